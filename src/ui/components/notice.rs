//! Messages about loading and saving: load errors with a retry, and the storage banner.

use crate::ui::content::{LoadFailure, LoadedModule, ModuleLoad};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::learner::{use_learner, Keeping};
use crate::web::fetch::FetchError;
use leptos::prelude::*;
use std::sync::Arc;

/// A module page: "loading…", then the load error with a retry, or `ready` with the module.
pub fn module_page(
    load: ModuleLoad,
    ready: impl Fn(Arc<LoadedModule>) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    move || match load.get() {
        None => view! { <p class="loading" role="status">{tr("content-loading")}</p> }.into_any(),
        Some(Err(failure)) => view! { <LoadError failure=failure/> }.into_any(),
        Some(Ok(loaded)) => ready(loaded),
    }
}

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

/// The banner about storage (unavailable, recovered, full…) or about private mode, with a
/// button that downloads the progress file at once.
#[component]
pub fn StorageBanner() -> impl IntoView {
    let learner = use_learner();
    let i18n = use_i18n();
    let export = move |_| learner.download_export();
    move || {
        if learner.keeping.get() == Keeping::Private {
            return Some(
                view! {
                    <div class="banner private" role="status">
                        <p>{tr("private-mode-on")}</p>
                        <p>{tr("private-mode-reload")}</p>
                        <button class="primary" on:click=export>{tr("storage-export-now")}</button>
                        <button on:click=move |_| learner.keep_on_device()>{tr("private-mode-turn-off")}</button>
                    </div>
                }
                .into_any(),
            );
        }
        learner.banner.get().map(|key| {
            view! {
                <div class="banner" role="alert">
                    <p>{move || i18n.t(key)}</p>
                    <button class="primary" on:click=export>{tr("storage-export-now")}</button>
                    <button on:click=move |_| learner.banner.set(None)>{tr("storage-dismiss")}</button>
                </div>
            }
            .into_any()
        })
    }
}
