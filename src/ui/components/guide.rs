//! A case guide: one question at a time, Back to the previous one, and at the end the next
//! steps with a short summary of the path that can be printed or copied, then cleared.
//! Nothing is scored and nothing is stored: the walk lives in this component only.

use crate::ui::components::blocks::Prose;
use crate::ui::components::scenario::ChoiceButtons;
use crate::ui::i18n::{tr, use_i18n};
use crate::web::{dom, page};
use amane_core::content::Scenario;
use amane_core::guide::{GuideWalk, SummaryLabels};
use amane_core::key;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

/// Walks `guide`; its trainer notes are never shown here (only when projected).
#[component]
pub fn GuidePlayer(
    /// The guide.
    guide: Scenario,
) -> impl IntoView {
    let i18n = use_i18n();
    let guide = Arc::new(guide);
    let Some(first) = GuideWalk::start(&guide) else {
        return ().into_any();
    };
    let walk = RwSignal::new(first.clone());
    let first = StoredValue::new(first);
    let copied = RwSignal::new(None::<bool>);
    let heading = NodeRef::<leptos::html::H2>::new();
    let moved = move |next: GuideWalk| {
        copied.set(None);
        walk.set(next);
        dom::focus_after_render(heading);
    };
    let g = guide.clone();
    let choose = move |index: usize| {
        if let Ok(next) = walk.get_untracked().choose(&g, index) {
            moved(next);
        }
    };
    let g = guide.clone();
    let copy = move |_| {
        let labels = SummaryLabels {
            answered: i18n.t(key!("guide-summary-answered")),
            to_do: i18n.t(key!("guide-next-steps")),
        };
        let text = walk.get_untracked().summary_text(&g, &labels);
        spawn_local(async move { copied.set(Some(page::copy_text(&text).await)) });
    };
    let g = guide.clone();
    view! {
        <section class="guide" data-guide=guide.id.clone()>
            {move || {
                let now = walk.get();
                let node = now.node(&g)?.clone();
                let end = now.next_steps(&g).is_some();
                let after = if end {
                    view! {
                        <div class="guide-summary">
                            <h3>{tr(key!("guide-summary-answered"))}</h3>
                            <ol class="guide-answers">
                                {now
                                    .answers(&g)
                                    .into_iter()
                                    .map(|a| {
                                        view! {
                                            <li>
                                                <span class="guide-asked">{a.question}</span>
                                                " "
                                                <strong>{a.answer}</strong>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ol>
                            <p class="guide-tools">
                                <button class="primary" on:click=|_| page::print()>
                                    {tr(key!("guide-print"))}
                                </button>
                                <button on:click=copy.clone()>{tr(key!("guide-copy"))}</button>
                                <button
                                    class="guide-clear"
                                    on:click=move |_| moved(first.get_value())
                                >
                                    {tr(key!("guide-clear"))}
                                </button>
                            </p>
                            <p class="guide-copied" role="status">
                                {move || {
                                    copied
                                        .get()
                                        .map(|done| {
                                            i18n.t(
                                                if done {
                                                    key!("guide-copied")
                                                } else {
                                                    key!("guide-copy-failed")
                                                },
                                            )
                                        })
                                }}
                            </p>
                            <p class="guide-private">{tr(key!("guide-private"))}</p>
                        </div>
                    }
                        .into_any()
                } else {
                    view! {
                        <ChoiceButtons
                            class="choices guide-choices"
                            texts=node.choices.iter().map(|c| c.text.clone()).collect()
                            choose=choose.clone()
                        />
                    }
                        .into_any()
                };
                Some(
                    view! {
                        <h2
                            class="guide-question"
                            class:guide-end=end
                            tabindex="-1"
                            data-node=node.id.clone()
                            node_ref=heading
                        >
                            {node.title.clone()}
                        </h2>
                        <Prose html=node.body.clone() class="guide-next" />
                        {after}
                        <p class="guide-actions" hidden=!now.can_go_back()>
                            <button
                                class="guide-back"
                                on:click=move |_| moved(walk.get_untracked().back())
                            >
                                {tr(key!("guide-back"))}
                            </button>
                        </p>
                    },
                )
            }}
        </section>
    }
    .into_any()
}
