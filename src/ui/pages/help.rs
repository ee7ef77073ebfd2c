//! Help contacts and leaving safely.

use leptos::prelude::*;

/// Help screen.
#[component]
pub fn HelpPage() -> impl IntoView {
    view! { <h1>"Aide"</h1> <p><a href="#/">"Accueil"</a></p> }
}
