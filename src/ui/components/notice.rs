//! Messages about loading and saving: load errors with a retry, and the storage banner.

use crate::ui::content::{LoadFailure, LoadedModule, ModuleLoad};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::learner::{use_learner, Keeping};
use crate::web::fetch::FetchError;
use crate::web::page;
use amane_core::content::Diagnostic;
use amane_core::i18n::MessageKey;
use amane_core::key;
use leptos::prelude::*;
use std::sync::Arc;

/// A module page: "loading…", then the load error with a retry, or `ready` with the module.
pub fn module_page(
    load: ModuleLoad,
    ready: impl Fn(Arc<LoadedModule>) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    move || match load.get() {
        None => view! {
            <p class="loading" role="status">
                {tr(key!("content-loading"))}
            </p>
        }
        .into_any(),
        Some(Err(failure)) => view! { <LoadError failure=failure /> }.into_any(),
        Some(Ok(loaded)) => ready(loaded),
    }
}

/// Why something could not be loaded, with the server's answer or the author-facing details,
/// and a retry.
#[component]
pub fn LoadError(
    /// What failed.
    failure: LoadFailure,
    /// Fluent id of the heading (a module by default).
    #[prop(default = key!("content-module-failed"))]
    title: MessageKey,
) -> impl IntoView {
    let i18n = use_i18n();
    let status = match &failure {
        LoadFailure::Fetch(FetchError::Status(code)) => Some(code.to_string()),
        _ => None,
    };
    let diagnostics = match failure {
        LoadFailure::Invalid(diagnostics) => diagnostics,
        LoadFailure::Fetch(_) => Vec::new(),
    };
    view! {
        <section class="load-error" role="alert">
            <h1>{tr(title)}</h1>
            {status
                .map(|code| {
                    view! {
                        <p class="load-status">
                            {move || {
                                i18n.t_args(
                                    key!("content-http-status"),
                                    &[("code", code.clone().into())],
                                )
                            }}
                        </p>
                    }
                })}
            <AuthorDetails diagnostics=diagnostics />
            <button on:click=|_| page::reload()>{tr(key!("content-retry"))}</button>
        </section>
    }
}

/// The checker's diagnostics, written in English for the course's authors: under a heading
/// in the reader's language, marked as English, left to right, so that screen readers and
/// the bidi algorithm read them right in an Arabic page. Nothing when there are none.
#[component]
pub fn AuthorDetails(
    /// What the content parser found, with file, line and column.
    diagnostics: Vec<Diagnostic>,
    /// Fluent id of the heading.
    #[prop(default = key!("content-author-details"))]
    title: MessageKey,
) -> impl IntoView {
    (!diagnostics.is_empty()).then(|| {
        view! {
            <div class="author-details">
                <h2 class="author-details-title">{tr(title)}</h2>
                <ul class="diagnostics" lang="en" dir="ltr">
                    {diagnostics
                        .iter()
                        .map(|d| {
                            view! {
                                <li>
                                    <code>{d.to_string()}</code>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}

/// The banner about storage (unavailable, recovered, full…) or about private mode, with a
/// button that downloads the progress file at once.
#[component]
pub fn StorageBanner() -> impl IntoView {
    let learner = use_learner();
    let i18n = use_i18n();
    let export = move |_| learner.download_export();
    move || {
        if learner.keeping() == Keeping::Private {
            return Some(
                view! {
                    <div class="banner private" role="status">
                        <p>{tr(key!("private-mode-on"))}</p>
                        <p>{tr(key!("private-mode-reload"))}</p>
                        <button class="primary" on:click=export>
                            {tr(key!("storage-export-now"))}
                        </button>
                        <button on:click=move |_| {
                            learner.keep_on_device()
                        }>{tr(key!("private-mode-turn-off"))}</button>
                    </div>
                }
                .into_any(),
            );
        }
        learner.banner().map(|key| {
            view! {
                <div class="banner" role="alert">
                    <p>{move || i18n.t(key)}</p>
                    <button class="primary" on:click=export>
                        {tr(key!("storage-export-now"))}
                    </button>
                    <button on:click=move |_| {
                        learner.dismiss_banner()
                    }>{tr(key!("storage-dismiss"))}</button>
                </div>
            }
            .into_any()
        })
    }
}
