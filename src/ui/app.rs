//! The application shell: header, the current page, footer.

use crate::ui::pages::{help::HelpPage, home::HomePage};
use crate::ui::router::use_route;
use amane_core::route::Route;
use leptos::prelude::*;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let route = use_route();
    view! {
        <main id="main">
            {move || match route.get() {
                Route::Help => view! { <HelpPage/> }.into_any(),
                _ => view! { <HomePage/> }.into_any(),
            }}
        </main>
    }
}
