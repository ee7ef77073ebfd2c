//! An address that matches no page.

use crate::ui::i18n::tr;
use amane_core::key;
use leptos::prelude::*;

/// Not-found screen.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <h1 tabindex="-1">{tr(key!("not-found-title"))}</h1>
        <p>{tr(key!("not-found-body"))}</p>
        <p>
            <a href="#/">{tr(key!("not-found-home"))}</a>
        </p>
    }
}
