//! A case guide: one question at a time, Back to the previous one, and at the end the next
//! steps with a short summary of the path that can be printed or copied, then cleared.
//! Nothing is scored and nothing is stored: the walk lives in this component only.

use crate::ui::components::blocks::Prose;
use crate::ui::i18n::tr;
use crate::web::{dom, page};
use amane_core::content::Scenario;
use amane_core::guide::{GuideWalk, SummaryLabels};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

/// Walks `guide`; its trainer notes are never shown here (only when projected).
#[component]
pub fn GuidePlayer(
    /// The guide.
    guide: Scenario,
    /// The guide's title, first line of the text copied.
    #[prop(optional, into)]
    title: String,
) -> impl IntoView {
    let guide = Arc::new(guide);
    let Some(first) = GuideWalk::start(&guide) else {
        return ().into_any();
    };
    let walk = RwSignal::new(first.clone());
    let first = StoredValue::new(first);
    let heading = NodeRef::<leptos::html::H2>::new();
    let moved = move |next: GuideWalk| {
        walk.set(next);
        dom::focus_after_render(heading);
    };
    let g = guide.clone();
    let choose = move |index: usize| {
        if let Ok(next) = walk.get_untracked().choose(&g, index) {
            moved(next);
        }
    };
    let back = move |_| moved(walk.get_untracked().back());
    let clear = move |_| moved(first.get_value());
    let g = guide.clone();
    view! {
        <section class="guide" data-guide=guide.id.clone()>
            {move || {
                let now = walk.get();
                let node = now.node(&g)?.clone();
                let at_end = now.next_steps(&g).is_some();
                let choices = (!at_end).then(|| view! {
                    <ul class="choices guide-choices">
                        {node.choices.iter().enumerate().map(|(i, c)| { let choose = choose.clone(); view! {
                            <li><button class="choice" on:click=move |_| choose(i)>
                                <Prose html=c.text.clone() class="choice-text"/>
                            </button></li>
                        }}).collect_view()}
                    </ul>
                });
                let summary = at_end.then(|| view! {
                    <GuideSummary guide=g.clone() walk=now.clone() title=title.clone()/>
                });
                Some(view! {
                    <h2 class="guide-question" tabindex="-1" data-node=node.id.clone() node_ref=heading>
                        {at_end.then(|| view! { <span class="guide-end-label">{tr("guide-next-steps")}" : "</span> })}
                        {node.title.clone()}
                    </h2>
                    <Prose html=node.body.clone() class=if at_end { "guide-next" } else { "" }/>
                    {choices}
                    {summary}
                    <p class="guide-actions">
                        {now.can_go_back().then(|| view! {
                            <button class="guide-back" on:click=back>{tr("guide-back")}</button>
                        })}
                        {at_end.then(|| view! {
                            <button class="guide-clear" on:click=clear>{tr("guide-clear")}</button>
                        })}
                    </p>
                })
            }}
        </section>
    }
    .into_any()
}

/// At the end: what was answered, and buttons to print the page or copy it as text.
#[component]
fn GuideSummary(guide: Arc<Scenario>, walk: GuideWalk, title: String) -> impl IntoView {
    let copied = RwSignal::new(None::<bool>);
    let labels = SummaryLabels {
        answered: tr("guide-summary-answered")(),
        to_do: tr("guide-next-steps")(),
    };
    let text = walk.summary_text(&guide, &title, &labels);
    let copy = move |_| {
        let text = text.clone();
        spawn_local(async move { copied.set(Some(page::copy_text(&text).await)) });
    };
    view! {
        <div class="guide-summary">
            <h3>{tr("guide-summary-answered")}</h3>
            <ol class="guide-answers">
                {walk.answers(&guide).into_iter().map(|a| view! {
                    <li><span class="guide-asked">{a.question}</span>" "<strong>{a.answer}</strong></li>
                }).collect_view()}
            </ol>
            <p class="guide-tools">
                <button class="primary" on:click=move |_| page::print()>{tr("guide-print")}</button>
                <button on:click=copy>{tr("guide-copy")}</button>
            </p>
            <p class="guide-copied" role="status">{move || copied.get().map(|done| tr(if done { "guide-copied" } else { "guide-copy-failed" })())}</p>
            <p class="guide-private">{tr("guide-private")}</p>
        </div>
    }
}
