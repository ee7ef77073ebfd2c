//! A step's blocks: prose, callouts, question sets, scenarios, and inline errors for
//! malformed blocks (the rest of the module still renders).

use crate::ui::components::quiz::QuizPlayer;
use crate::ui::components::scenario::ScenarioPlayer;
use crate::ui::i18n::{tr, use_i18n};
use amane_core::content::{Block, Callout, CalloutKind, Diagnostic, Html};
use leptos::prelude::*;
use std::sync::Arc;

/// Safe HTML from the content parser (raw HTML already escaped, URLs allow-listed).
#[component]
pub fn Prose(html: Html, #[prop(optional, into)] class: String) -> impl IntoView {
    view! { <div class=format!("prose {class}") inner_html=html.0></div> }
}

/// Every block of one step, for learners (trainer notes left out).
#[component]
pub fn Blocks(module: Arc<str>, blocks: Vec<Block>) -> impl IntoView {
    blocks
        .into_iter()
        .map(|block| match block {
            Block::Prose(html) => view! { <Prose html=html/> }.into_any(),
            Block::Callout(Callout {
                kind: CalloutKind::Trainer,
                ..
            }) => ().into_any(),
            Block::Callout(callout) => view! { <CalloutBox callout=callout/> }.into_any(),
            Block::Quiz(set) => view! { <QuizPlayer module=module.clone() set=set/> }.into_any(),
            Block::Scenario(s) => {
                view! { <ScenarioPlayer module=module.clone() scenario=s/> }.into_any()
            }
            Block::Invalid(d) => view! { <BlockError diagnostic=d/> }.into_any(),
        })
        .collect_view()
}

/// A tip, warning, help box or trainer note, labelled in words (not colour alone).
#[component]
pub fn CalloutBox(callout: Callout) -> impl IntoView {
    let (class, label) = match callout.kind {
        CalloutKind::Tip => ("callout tip", "lesson-callout-tip"),
        CalloutKind::Warning => ("callout warning", "lesson-callout-warning"),
        CalloutKind::Help => ("callout help", "lesson-callout-help"),
        CalloutKind::Trainer => ("callout trainer", "lesson-callout-trainer"),
    };
    view! {
        <aside class=class>
            <p class="callout-label">{tr(label)}</p>
            <Prose html=callout.body/>
        </aside>
    }
}

/// A malformed block: what went wrong and where, for the author.
#[component]
pub fn BlockError(diagnostic: Diagnostic) -> impl IntoView {
    let i18n = use_i18n();
    let location = move || {
        i18n.t_args(
            "content-block-error-location",
            &[
                ("file", diagnostic.file.clone().into()),
                ("line", diagnostic.line.into()),
                ("message", diagnostic.message.clone().into()),
            ],
        )
    };
    view! {
        <div class="block-error" role="note">
            <p>{tr("content-block-error")}</p>
            <p><code>{location}</code></p>
        </div>
    }
}
