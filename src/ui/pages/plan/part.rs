//! One timed part of a session plan: its minutes, its name, what to do, what it shows, the
//! question for the room and the trainer's notes.

use super::script::{Script, ScriptView};
use crate::ui::components::blocks::{Labelled, Prose};
use crate::ui::i18n::{tr, use_i18n};
use amane_core::content::{Html, QuestionSet, Scenario};
use amane_core::i18n::MessageKey;
use amane_core::key;
use amane_core::plan::{Activity, Part};
use amane_core::present::lesson_address;
use amane_core::route::Route;
use leptos::prelude::*;

/// What the page shows of a part (owned, so the view can keep it).
#[derive(Clone)]
pub struct Shown {
    /// Short kind name, on `data-kind` (for styles and tests).
    kind: &'static str,
    /// Fluent id of the part's name.
    name: MessageKey,
    /// Fluent id of what the trainer does.
    instructions: MessageKey,
    /// Minutes.
    minutes: u32,
    /// Titles of the steps it shows, in order.
    steps: Vec<String>,
    /// Fluent id and count of its size (questions, decisions).
    size: Option<(MessageKey, usize)>,
    /// The block (or first lesson step) to present, as a presentation address.
    address: Option<String>,
    /// The question for the room.
    discussion: Option<Html>,
    /// The trainer's notes.
    notes: Vec<Html>,
    /// The content itself, for a plan read out rather than projected.
    script: Script,
}

impl Shown {
    /// What to show of `part`.
    pub fn of(part: &Part<'_>) -> Self {
        let mut shown = Shown {
            kind: "",
            name: key!("plan-part-opening"),
            instructions: key!("plan-do-opening"),
            minutes: part.minutes,
            steps: Vec::new(),
            size: None,
            address: None,
            discussion: None,
            notes: part.notes.iter().map(|h| (*h).clone()).collect(),
            script: Script::None,
        };
        match &part.activity {
            Activity::Opening => shown.kind = "opening",
            Activity::Presentation { steps } => {
                shown.kind = "presentation";
                shown.name = key!("plan-part-presentation");
                shown.instructions = key!("plan-do-presentation");
                shown.steps = steps.iter().map(|s| s.title.clone()).collect();
                shown.address = steps.first().map(|s| lesson_address(&s.id));
                shown.script = Script::Steps(steps.iter().map(|s| (*s).clone()).collect());
            }
            Activity::Vote { step, set } => {
                shown.kind = "vote";
                shown.name = key!("plan-part-vote");
                shown.instructions = key!("plan-do-vote");
                shown.steps = vec![step.title.clone()];
                shown.size = Some((key!("trainer-size-questions"), set.questions.len()));
                shown.address = Some(set.id.clone());
                shown.script = Script::Questions(QuestionSet::clone(set));
            }
            Activity::Scenario {
                step,
                scenario,
                decisions,
            } => {
                shown.kind = "scenario";
                shown.name = key!("plan-part-scenario");
                shown.instructions = key!("plan-do-scenario");
                shown.steps = vec![step.title.clone()];
                shown.size = Some((key!("trainer-size-decisions"), *decisions));
                shown.address = Some(scenario.id.clone());
                shown.script = Script::Scenario(Scenario::clone(scenario));
            }
            Activity::Discussion { prompt } => {
                shown.kind = "discussion";
                shown.name = key!("plan-part-discussion");
                shown.instructions = key!("plan-do-discussion");
                shown.discussion = Some((*prompt).clone());
            }
            Activity::PairWork => {
                shown.kind = "pair-work";
                shown.name = key!("plan-part-pair-work");
                shown.instructions = key!("plan-do-pair-work");
            }
            Activity::Closing => {
                shown.kind = "closing";
                shown.name = key!("plan-part-closing");
                shown.instructions = key!("plan-do-closing");
            }
        }
        shown
    }
}

/// One part: minutes and name, what to do, then what it shows.
#[component]
pub fn PartView(
    /// The part.
    part: Shown,
    /// Whether to show the content itself (a session read out, not projected).
    script: bool,
    /// The module, to present the part from (`None`: the part is not projected).
    module: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let minutes = part.minutes;
    let instructions = if script && part.kind == "presentation" {
        key!("plan-do-tell")
    } else {
        part.instructions
    };
    let present = module.zip(part.address).map(|(module, block)| {
        let href = Route::Present { module, block }.to_hash();
        view! {
            <a class="button present-link" href=href>
                {tr(key!("trainer-present"))}
            </a>
        }
    });
    let steps = (!part.steps.is_empty()).then(|| {
        view! { <p class="plan-part-steps">{tr(key!("plan-steps"))} " " {part.steps.join(" · ")}</p> }
    });
    let size = part.size.map(|(size_key, count)| {
        view! { <p class="plan-part-size">{move || i18n.t_args(size_key, &[("count", count.into())])}</p> }
    });
    view! {
        <li class="plan-part" data-kind=part.kind data-minutes=minutes>
            <p class="plan-part-head">
                <span class="plan-part-minutes">
                    {move || i18n.t_args(key!("plan-minutes"), &[("count", minutes.into())])}
                </span>
                <strong class="plan-part-name">{tr(part.name)}</strong>
                {present}
            </p>
            <p class="plan-part-do">{tr(instructions)}</p>
            {steps}
            {size}
            {part
                .discussion
                .map(|d| {
                    view! {
                        <Labelled class="plan-discussion" label=key!("scenario-discussion")>
                            <Prose html=d />
                        </Labelled>
                    }
                })}
            {script.then(|| view! { <ScriptView script=part.script /> })}
            {(!part.notes.is_empty())
                .then(|| {
                    view! {
                        <Labelled class="plan-notes" label=key!("lesson-callout-trainer")>
                            {part
                                .notes
                                .into_iter()
                                .map(|n| view! { <Prose html=n class="trainer-note" /> })
                                .collect_view()}
                        </Labelled>
                    }
                })}
        </li>
    }
}
