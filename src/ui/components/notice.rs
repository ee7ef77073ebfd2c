//! Messages about loading and saving: load errors with a retry, and the storage banner.

use crate::ui::content::LoadFailure;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::learner::use_learner;
use crate::web::fetch::FetchError;
use leptos::prelude::*;

/// Why something could not be loaded, with the author-facing details and a retry.
#[component]
pub fn LoadError(
    /// What failed.
    failure: LoadFailure,
    /// Fluent id of the heading (a module by default).
    #[prop(default = "content-module-failed")]
    title: &'static str,
) -> impl IntoView {
    let details = match &failure {
        LoadFailure::Fetch(FetchError::Status(code)) => vec![format!("HTTP {code}")],
        LoadFailure::Fetch(_) => Vec::new(),
        LoadFailure::Invalid(diagnostics) => diagnostics.iter().map(|d| d.to_string()).collect(),
    };
    view! {
        <section class="load-error" role="alert">
            <h1>{tr(title)}</h1>
            <ul class="diagnostics">
                {details.into_iter().map(|d| view! { <li><code>{d}</code></li> }).collect_view()}
            </ul>
            <button on:click=|_| reload()>{tr("content-retry")}</button>
        </section>
    }
}

/// Reloads the page.
fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// The banner about storage (unavailable, recovered, full…), with export and dismiss.
#[component]
pub fn StorageBanner() -> impl IntoView {
    let learner = use_learner();
    let i18n = use_i18n();
    move || {
        learner.banner.get().map(|key| {
            view! {
                <div class="banner" role="alert">
                    <p>{move || i18n.t(key)}</p>
                    <a class="button" href="#/my-data">{tr("storage-export-now")}</a>
                    <button on:click=move |_| learner.banner.set(None)>{tr("storage-dismiss")}</button>
                </div>
            }
        })
    }
}
