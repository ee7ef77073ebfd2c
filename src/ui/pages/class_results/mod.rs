//! Class results (`#/trainer/results`): the trainer picks or drops the learners' results
//! files, all at once, and sees one table (one row per learner, duplicates merged) and the
//! files refused with their reason. The table is downloaded as CSV or printed, and kept on
//! this device only when the trainer asks. The rules are `amane_core::roster`'s.

mod table;

use crate::ui::components::notice::LoadError;
use crate::ui::content::{loaded_modules, use_modules};
use crate::ui::i18n::tr;
use crate::ui::learner::{use_learner, Keeping};
use crate::web::many_files::{read_dropped_files, read_picked_files};
use crate::web::storage::DeviceStorage;
use amane_core::content::{Course, Module};
use amane_core::i18n::MessageKey;
use amane_core::key;
use amane_core::roster::{ClassResults, DroppedFile, RESULTS_LIMIT_BYTES};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::future::Future;
use std::sync::Arc;
use table::{Actions, RefusedFiles, ResultsTable};

/// The class results of this visit, and what the last keep or delete said.
#[derive(Clone, Copy)]
struct Page {
    results: RwSignal<ClassResults<DeviceStorage>>,
    status: RwSignal<Option<MessageKey>>,
}

impl Page {
    /// Adds the files `reading` reads; a kept table is kept again with them.
    fn add(self, reading: impl Future<Output = Vec<DroppedFile>> + 'static) {
        spawn_local(async move {
            let files = reading.await;
            let mut kept = Ok(());
            self.results.update(|r| kept = r.add_files(files));
            self.status
                .set(kept.err().map(|_| key!("results-keep-failed")));
        });
    }
}

/// The class results screen.
#[component]
pub fn ClassResultsPage() -> impl IntoView {
    let course = expect_context::<Arc<Course>>();
    // In private mode nothing of this app goes on the device, the table included.
    let storage = match use_learner().keeping_untracked() {
        Keeping::OnDevice => DeviceStorage::detect(),
        Keeping::Private | Keeping::Unavailable => DeviceStorage::memory(),
    };
    let page = Page {
        results: RwSignal::new(ClassResults::open(storage, &course.id)),
        status: RwSignal::new(None),
    };
    let loads = use_modules(&course);
    let pass_mark = course.pass_mark;
    let rows = Memo::new(move |_| {
        let modules = loaded_modules(&loads)?;
        Some(modules.map(|modules| {
            let refs: Vec<&Module> = modules.iter().map(|m| &m.module).collect();
            page.results.with(|r| r.roster().rows(&refs, pass_mark))
        }))
    });
    view! {
        <h1 tabindex="-1">{tr(key!("results-title"))}</h1>
        <p class="results-tools">{tr(key!("results-intro"))}</p>
        <FilePicker page=page />
        <RefusedFiles results=page.results />
        {move || match rows.get() {
            None => {
                view! {
                    <p class="loading" role="status">
                        {tr(key!("app-loading"))}
                    </p>
                }
                    .into_any()
            }
            Some(Err(failure)) => view! { <LoadError failure=failure /> }.into_any(),
            Some(Ok(rows)) if rows.is_empty() => {
                view! { <p class="results-empty">{tr(key!("results-empty"))}</p> }.into_any()
            }
            Some(Ok(rows)) => {
                view! {
                    <ResultsTable rows=rows.clone() />
                    <Actions rows=rows />
                }
                    .into_any()
            }
        }}
        <KeepSection page=page />
    }
}

/// Choosing many files, or dropping them on the frame.
#[component]
fn FilePicker(page: Page) -> impl IntoView {
    let input = NodeRef::<leptos::html::Input>::new();
    let dragging = RwSignal::new(false);
    let on_pick = move |_| {
        if let Some(el) = input.get_untracked() {
            page.add(read_picked_files(&el, RESULTS_LIMIT_BYTES));
            el.set_value("");
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        page.add(read_dropped_files(&ev, RESULTS_LIMIT_BYTES));
    };
    view! {
        <div
            class="results-drop results-tools"
            class:dragging=move || dragging.get()
            on:dragover=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop
        >
            <label class="button primary">
                {tr(key!("results-pick"))}
                <input
                    type="file"
                    multiple
                    accept=".json,application/json"
                    class="visually-hidden"
                    node_ref=input
                    on:change=on_pick
                />
            </label>
            <p>{tr(key!("results-drop"))}</p>
        </div>
    }
}

/// Keeping the table on this device, or deleting the kept one (offered only when the
/// progress itself is kept on the device).
#[component]
fn KeepSection(page: Page) -> impl IntoView {
    let on_device = use_learner().keeping_untracked() == Keeping::OnDevice;
    let kept = move || page.results.with(|r| r.is_kept());
    let has_rows = move || {
        page.results
            .with(|r| r.roster().learners().next().is_some())
    };
    let keep = move |_| {
        let mut result = Ok(());
        page.results.update(|r| result = r.keep());
        page.status.set(Some(match result {
            Ok(()) => key!("results-kept"),
            Err(_) => key!("results-keep-failed"),
        }));
    };
    let delete = move |_| {
        page.results.update(|r| r.delete());
        page.status.set(Some(key!("results-deleted")));
    };
    view! {
        <div class="results-keep results-tools">
            {move || {
                on_device
                    .then(|| match (kept(), has_rows()) {
                        (true, _) => {
                            view! {
                                <p>{tr(key!("results-kept"))}</p>
                                <button class="danger" on:click=delete>
                                    {tr(key!("results-delete"))}
                                </button>
                            }
                                .into_any()
                        }
                        (false, true) => {
                            view! { <button on:click=keep>{tr(key!("results-keep"))}</button> }
                                .into_any()
                        }
                        (false, false) => ().into_any(),
                    })
            }} <p role="status" class="results-status">
                {move || page.status.get().map(|key| view! { {tr(key)} })}
            </p>
        </div>
    }
}
