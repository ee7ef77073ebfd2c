//! "My data": copies of the progress set aside on this device (an unreadable save, or one
//! another copy of the course set aside before keys were named per course) that can be
//! brought back. Shown only when there is one.

use crate::ui::i18n::{tr, use_i18n};
use crate::ui::learner::use_learner;
use amane_core::key;
use leptos::prelude::*;

/// The copies that can be brought back, each with its count of steps read and a button.
#[component]
pub fn KeptCopies() -> impl IntoView {
    let learner = use_learner();
    let i18n = use_i18n();
    let restored = RwSignal::new(false);
    let copies = move || learner.kept_copies();
    view! {
        <Show when=move || !copies().is_empty() || restored.get()>
            <section aria-labelledby="kept-title">
                <h2 id="kept-title">{tr(key!("data-kept-title"))}</h2>
                <p>{tr(key!("data-kept-body"))}</p>
                <ul class="kept-copies">
                    {move || {
                        copies()
                            .into_iter()
                            .map(|copy| {
                                let steps: usize = copy
                                    .progress
                                    .modules
                                    .values()
                                    .map(|m| m.steps_read.len())
                                    .sum();
                                let key = copy.key.clone();
                                view! {
                                    <li>
                                        {move || {
                                            i18n.t_args(
                                                key!("data-kept-copy"),
                                                &[("steps", steps.into())],
                                            )
                                        }} " "
                                        <button on:click=move |_| {
                                            learner.restore(&key);
                                            restored.set(true);
                                        }>{tr(key!("data-kept-restore"))}</button>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
                <Show when=move || restored.get()>
                    <p role="status">{tr(key!("data-kept-restored"))}</p>
                </Show>
            </section>
        </Show>
    }
}
