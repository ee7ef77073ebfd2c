//! An address that matches no page.

use crate::ui::i18n::tr;
use leptos::prelude::*;

/// Not-found screen.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <h1 tabindex="-1">{tr("not-found-title")}</h1>
        <p>{tr("not-found-body")}</p>
        <p><a href="#/">{tr("not-found-home")}</a></p>
    }
}
