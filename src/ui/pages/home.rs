//! The course map.

use leptos::prelude::*;

/// Home screen.
#[component]
pub fn HomePage() -> impl IntoView {
    view! { <h1>"Amane"</h1> <p><a href="#/help">"Aide"</a></p> }
}
