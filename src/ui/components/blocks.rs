//! A step's blocks: prose, callouts, question sets, scenarios, guides, and inline errors for
//! malformed blocks (the rest of the module still renders).

use crate::ui::components::guide::GuidePlayer;
use crate::ui::components::notice::AuthorDetails;
use crate::ui::components::quiz::QuizPlayer;
use crate::ui::components::scenario::ScenarioPlayer;
use crate::ui::i18n::tr;
use amane_core::content::{Block, Callout, CalloutKind, Diagnostic, Html};
use amane_core::i18n::MessageKey;
use amane_core::key;
use leptos::prelude::*;
use std::sync::Arc;

/// Safe HTML from the content parser (raw HTML already escaped, URLs allow-listed).
#[component]
pub fn Prose(
    /// The HTML to show.
    html: Html,
    /// Extra CSS classes.
    #[prop(optional, into)]
    class: String,
) -> impl IntoView {
    view! { <div class=format!("prose {class}") inner_html=html.as_str().to_owned()></div> }
}

/// A box of the course's text under a label in the interface language: an explanation, a
/// consequence, a discussion prompt, trainer notes.
#[component]
pub fn Labelled(
    /// The box's CSS classes.
    class: &'static str,
    /// What the box holds.
    label: MessageKey,
    /// An ARIA role, for a box that appears in answer to an action.
    #[prop(optional)]
    role: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    view! {
        <div class=class role=role>
            <p class="label">{tr(label)}</p>
            {children()}
        </div>
    }
}

/// Every block of one step, for learners (trainer notes left out).
#[component]
pub fn Blocks(
    /// Id of the module the blocks belong to (progress is recorded under it).
    module: Arc<str>,
    /// The blocks, in order.
    blocks: Vec<Block>,
) -> impl IntoView {
    blocks
        .into_iter()
        .map(|block| match block {
            Block::Prose(html) => view! { <Prose html=html /> }.into_any(),
            Block::Callout(Callout {
                kind: CalloutKind::Trainer,
                ..
            }) => ().into_any(),
            Block::Callout(callout) => view! { <CalloutBox callout=callout /> }.into_any(),
            Block::Quiz(set) => view! { <QuizPlayer module=module.clone() set=set /> }.into_any(),
            Block::Scenario(s) => {
                view! { <ScenarioPlayer module=module.clone() scenario=s /> }.into_any()
            }
            Block::Guide(guide) => view! { <GuidePlayer guide=guide /> }.into_any(),
            Block::Invalid(d) => view! { <BlockError diagnostic=d /> }.into_any(),
        })
        .collect_view()
}

/// A tip, warning, help box or trainer note, labelled in words (not colour alone).
#[component]
pub fn CalloutBox(
    /// The callout.
    callout: Callout,
) -> impl IntoView {
    let (class, label) = match callout.kind {
        CalloutKind::Tip => ("callout tip", key!("lesson-callout-tip")),
        CalloutKind::Warning => ("callout warning", key!("lesson-callout-warning")),
        CalloutKind::Help => ("callout help", key!("lesson-callout-help")),
        CalloutKind::Trainer => ("callout trainer", key!("lesson-callout-trainer")),
    };
    view! {
        <aside class=class>
            <p class="callout-label">{tr(label)}</p>
            <Prose html=callout.body />
        </aside>
    }
}

/// A malformed block: that it could not be shown, and what went wrong and where, for the
/// author.
#[component]
pub fn BlockError(
    /// What the parser found wrong, and where.
    diagnostic: Diagnostic,
) -> impl IntoView {
    view! {
        <div class="block-error" role="note">
            <p>{tr(key!("content-block-error"))}</p>
            <AuthorDetails diagnostics=vec![diagnostic] />
        </div>
    }
}
