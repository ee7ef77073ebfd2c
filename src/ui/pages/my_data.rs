//! My data: export the progress to a file, import one back (with a preview that also lists
//! what the course no longer has; the rest is merged, never replacing), private mode (nothing
//! kept on the device), and delete everything of this app from the device.

use crate::ui::components::kept_copies::KeptCopies;
use crate::ui::components::results_export::ResultsExport;
use crate::ui::content::{use_content, Content};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::learner::{use_learner, Keeping};
use crate::web::clock::now_ms;
use crate::web::file::read_picked;
use amane_core::content::{Course, Module};
use amane_core::i18n::MessageKey;
use amane_core::key;
use amane_core::progress::{
    parse_import, preview, CourseIds, ImportError, ImportPreview, Progress, IMPORT_LIMIT_BYTES,
};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

/// What the import part shows.
#[derive(Clone)]
enum ImportState {
    Idle,
    Refused(ImportError),
    /// The part of the file this course knows (what confirming merges), and the preview.
    Preview(Box<Progress>, ImportPreview),
    Done,
}

/// My-data screen.
#[component]
pub fn MyDataPage() -> impl IntoView {
    let learner = use_learner();
    view! {
        <h1 tabindex="-1">{tr(key!("data-title"))}</h1>
        <p>{tr(key!("data-intro"))}</p>
        <section aria-labelledby="export-title">
            <h2 id="export-title">{tr(key!("data-export-title"))}</h2>
            <p>{tr(key!("data-export-body"))}</p>
            <button class="primary" on:click=move |_| learner.download_export()>
                {tr(key!("data-export-button"))}
            </button>
        </section>
        <ResultsExport />
        <KeptCopies />
        <ImportSection />
        <PrivateSection />
        <DeleteSection />
    }
}

/// Collects the ids of every module of the course (needed to check an imported file).
/// `content` is passed in: an async task has no reactive owner to read a context from.
async fn course_ids(
    content: Content,
    course: Arc<Course>,
    locale: amane_core::i18n::Locale,
) -> Option<CourseIds> {
    let mut modules: Vec<Module> = Vec::new();
    for id in &course.modules {
        modules.push(
            content
                .module(id.clone(), locale)
                .await
                .ok()?
                .module
                .clone(),
        );
    }
    Some(CourseIds::from_content(&course, &modules))
}

/// Import: pick a file, see what it adds, confirm.
#[component]
fn ImportSection() -> impl IntoView {
    let learner = use_learner();
    let i18n = use_i18n();
    let course = expect_context::<Arc<Course>>();
    let state = RwSignal::new(ImportState::Idle);
    let input = NodeRef::<leptos::html::Input>::new();
    let content = use_content();
    let on_pick = move |_| {
        let Some(el) = input.get_untracked() else {
            return;
        };
        let course = course.clone();
        let locale = i18n.locale_untracked();
        // The previous answer goes away while the new file is read, so that the same message
        // for a second file is announced again.
        state.set(ImportState::Idle);
        spawn_local(async move {
            let read = read_picked(&el, IMPORT_LIMIT_BYTES).await;
            let ids = course_ids(content, course, locale).await;
            let result = match (read, ids) {
                (Some(Ok(bytes)), Some(ids)) => parse_import(&bytes, &ids, now_ms()),
                (Some(Err(size)), _) => Err(ImportError::TooLarge {
                    size,
                    limit: IMPORT_LIMIT_BYTES,
                }),
                _ => Err(ImportError::NotText),
            };
            state.set(match result {
                Ok(incoming) => {
                    let p = learner.with_untracked(|current| preview(current, &incoming));
                    ImportState::Preview(Box::new(incoming.progress), p)
                }
                Err(e) => ImportState::Refused(e),
            });
            el.set_value("");
        });
    };
    view! {
        <section aria-labelledby="import-title">
            <h2 id="import-title">{tr(key!("data-import-title"))}</h2>
            <p>{tr(key!("data-import-body"))}</p>
            <label class="button">
                {tr(key!("data-import-button"))}
                <input
                    type="file"
                    accept=".json,application/json"
                    class="visually-hidden"
                    node_ref=input
                    on:change=on_pick
                />
            </label>
            <div aria-live="polite">
                {move || match state.get() {
                    ImportState::Idle => ().into_any(),
                    ImportState::Refused(e) => {
                        view! {
                            <p class="import-error" role="alert">
                                {move || i18n.t_args(e.key(), &e.args())}
                            </p>
                        }
                            .into_any()
                    }
                    ImportState::Done => {
                        view! { <p class="import-done">{tr(key!("data-import-done"))}</p> }
                            .into_any()
                    }
                    ImportState::Preview(incoming, p) => {
                        view! {
                            <PreviewView
                                preview=p
                                on_confirm=move || {
                                    learner.import(&incoming);
                                    state.set(ImportState::Done);
                                }
                            />
                        }
                            .into_any()
                    }
                }}
            </div>
        </section>
    }
}

/// What an import will add, the ids of the file it leaves out, and the confirm button
/// when it adds anything.
#[component]
fn PreviewView(preview: ImportPreview, on_confirm: impl Fn() + 'static) -> impl IntoView {
    let i18n = use_i18n();
    let left_out = preview.left_out_message().map(|(key, args)| {
        view! { <p class="import-left-out">{move || i18n.t_args(key, &args)}</p> }
    });
    if preview.is_empty() {
        return view! {
            <div class="import-preview">
                <p>{tr(key!("data-import-preview-nothing"))}</p>
                {left_out}
            </div>
        }
        .into_any();
    }
    let lines = [
        (
            key!("data-import-preview-modules"),
            preview.modules_started.len(),
        ),
        (key!("data-import-preview-steps"), preview.steps_added.len()),
        (
            key!("data-import-preview-scores"),
            preview.scores_improved.len(),
        ),
        (
            key!("data-import-preview-endings"),
            preview.endings_added.len(),
        ),
        (
            key!("data-import-preview-attempts"),
            preview.attempts_added + preview.attempts_updated,
        ),
    ];
    view! {
        <div class="import-preview">
            <p>{tr(key!("data-import-preview-title"))}</p>
            <ul>
                {lines
                    .into_iter()
                    .filter(|(_, n)| *n > 0)
                    .map(|(key, n)| {
                        view! { <li>{move || i18n.t_args(key, &[("count", n.into())])}</li> }
                    })
                    .collect_view()}
            </ul>
            {left_out}
            <button class="primary" on:click=move |_| on_confirm()>
                {tr(key!("data-import-confirm"))}
            </button>
        </div>
    }
    .into_any()
}

/// Delete my data, after a confirmation.
#[component]
fn DeleteSection() -> impl IntoView {
    let learner = use_learner();
    let asking = RwSignal::new(false);
    let done = RwSignal::new(false);
    view! {
        <section aria-labelledby="delete-title">
            <h2 id="delete-title">{tr(key!("data-delete-title"))}</h2>
            <p>{tr(key!("data-delete-body"))}</p>
            <Show
                when=move || asking.get()
                fallback=move || {
                    view! {
                        <button on:click=move |_| {
                            asking.set(true);
                            done.set(false);
                        }>{tr(key!("data-delete-button"))}</button>
                    }
                }
            >
                <Confirm
                    id="delete-confirm-title"
                    asking=asking
                    title=key!("data-delete-confirm-title")
                    body=key!("data-delete-confirm-body")
                    confirm=key!("data-delete-confirm")
                    on_confirm=move || {
                        learner.delete_all();
                        done.set(true);
                    }
                />
            </Show>
            <Show when=move || done.get()>
                <p role="status">{tr(key!("data-delete-done"))}</p>
            </Show>
        </section>
    }
}

/// Private mode: after a confirmation, nothing of this app stays on the device; the progress
/// is kept in memory for this visit only.
#[component]
fn PrivateSection() -> impl IntoView {
    let learner = use_learner();
    let asking = RwSignal::new(false);
    let saved_again = RwSignal::new(false);
    let body = move || match learner.keeping() {
        Keeping::Private => view! {
            <p role="status">
                <strong>{tr(key!("private-mode-on"))}</strong>
            </p>
            <p>{tr(key!("private-mode-reload"))}</p>
            <p>{tr(key!("private-mode-off-body"))}</p>
            <button on:click=move |_| {
                learner.keep_on_device();
                saved_again.set(learner.keeping_untracked() == Keeping::OnDevice);
            }>{tr(key!("private-mode-turn-off"))}</button>
        }
        .into_any(),
        Keeping::Unavailable => view! { <p>{tr(key!("private-mode-unavailable"))}</p> }.into_any(),
        Keeping::OnDevice if asking.get() => view! {
            <Confirm
                id="private-confirm-title"
                asking=asking
                title=key!("private-mode-confirm-title")
                body=key!("private-mode-confirm-body")
                confirm=key!("private-mode-confirm")
                on_confirm=move || {
                    learner.keep_private();
                    saved_again.set(false);
                }
            />
        }
        .into_any(),
        Keeping::OnDevice => view! {
            <button on:click=move |_| asking.set(true)>{tr(key!("private-mode-turn-on"))}</button>
            <Show when=move || saved_again.get()>
                <p role="status">{tr(key!("private-mode-saved-again"))}</p>
            </Show>
        }
        .into_any(),
    };
    view! {
        <section aria-labelledby="private-title">
            <h2 id="private-title">{tr(key!("private-mode-title"))}</h2>
            <p>{tr(key!("private-mode-body"))}</p>
            {body}
        </section>
    }
}

/// A confirmation asked in place of the button that opened it: a title (element `id`), a
/// body, a confirming and a cancelling button (Fluent keys). Both buttons close it (`asking`
/// set to false), the first after `on_confirm`.
#[component]
fn Confirm(
    id: &'static str,
    asking: RwSignal<bool>,
    title: MessageKey,
    body: MessageKey,
    confirm: MessageKey,
    on_confirm: impl Fn() + 'static,
) -> impl IntoView {
    view! {
        <div class="confirm" role="alertdialog" aria-labelledby=id>
            <p id=id>
                <strong>{tr(title)}</strong>
            </p>
            <p>{tr(body)}</p>
            <button
                class="danger"
                on:click=move |_| {
                    on_confirm();
                    asking.set(false);
                }
            >
                {tr(confirm)}
            </button>
            <button on:click=move |_| asking.set(false)>{tr(key!("app-cancel"))}</button>
        </div>
    }
}
