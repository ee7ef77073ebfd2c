//! The learner's results file for their trainer (on "My data"): their name, typed once and
//! kept on this device with their progress, and their progress with its attempts; nothing
//! else. The rules are `amane_core::roster`'s.

use crate::ui::i18n::tr;
use crate::ui::learner::{use_learner, Keeping};
use crate::web::clock::{now_ms, utc_offset_minutes};
use crate::web::file::download;
use crate::web::storage::DeviceStorage;
use amane_core::content::Course;
use amane_core::i18n::CivilDate;
use amane_core::key;
use amane_core::progress::StoreKeys;
use amane_core::roster::{
    export_results, learner_name, results_file_name, store_learner_name, stored_learner_name,
    NAME_MAX_CHARS,
};
use leptos::prelude::*;
use std::sync::Arc;

/// The name field and the download button.
#[component]
pub fn ResultsExport() -> impl IntoView {
    let learner = use_learner();
    let course = expect_context::<Arc<Course>>();
    let keys = StoreKeys::for_course(&course.id);
    let on_device = move || learner.keeping_untracked() == Keeping::OnDevice;
    let typed_before = on_device()
        .then(|| stored_learner_name(&DeviceStorage::detect(), &keys))
        .flatten();
    let name = RwSignal::new(typed_before.unwrap_or_default());
    let refused = RwSignal::new(false);
    let field = NodeRef::<leptos::html::Input>::new();
    let export = move |_| {
        let Some(clean) = learner_name(&name.get_untracked()) else {
            refused.set(true);
            crate::web::dom::focus_node(field);
            return;
        };
        refused.set(false);
        if on_device() {
            // Not kept (full or blocked storage): the file is still made, the name is asked
            // again next time.
            let _ = store_learner_name(&mut DeviceStorage::detect(), &keys, &clean);
        }
        let now = now_ms();
        let text = export_results(
            &learner.with_untracked(Clone::clone),
            &clean,
            &course.version,
            now,
        );
        let day = CivilDate::from_unix_ms(now as i64, utc_offset_minutes());
        download(&results_file_name(&clean, day), &text, "application/json");
    };
    view! {
        <section aria-labelledby="results-export-title">
            <h2 id="results-export-title">{tr(key!("data-results-title"))}</h2>
            <p>{tr(key!("data-results-body"))}</p>
            <div class="record-tools">
                <label for="results-name">{tr(key!("data-results-name"))}</label>
                <input
                    id="results-name"
                    type="text"
                    autocomplete="name"
                    maxlength=NAME_MAX_CHARS
                    node_ref=field
                    prop:value=move || name.get()
                    aria-invalid=move || refused.get().then_some("true")
                    aria-describedby=move || refused.get().then_some("results-name-error")
                    on:input=move |ev| name.set(event_target_value(&ev))
                />
                <button class="primary" on:click=export>
                    {tr(key!("data-results-button"))}
                </button>
                {move || {
                    refused
                        .get()
                        .then(|| {
                            view! {
                                <p id="results-name-error" class="import-error" role="alert">
                                    {tr(key!("data-results-name-needed"))}
                                </p>
                            }
                        })
                }}
            </div>
        </section>
    }
}
