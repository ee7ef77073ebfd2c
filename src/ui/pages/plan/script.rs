//! The content of a part, for a session read out rather than projected (the parents'
//! session): the steps' text, the questions with their right answers, the scenario's nodes
//! with where each choice leads.

use crate::ui::components::blocks::{CalloutBox, Prose};
use crate::ui::i18n::tr;
use amane_core::content::{
    Block, Choice, Ending, Question, QuestionKind, QuestionSet, Scenario, Step,
};
use amane_core::key;
use amane_core::present::lesson_blocks;
use leptos::prelude::*;

/// What a part shows.
#[derive(Clone)]
pub enum Script {
    /// Nothing of the content (opening, discussion, pair work, closing).
    None,
    /// Lesson steps.
    Steps(Vec<Step>),
    /// A question set.
    Questions(QuestionSet),
    /// A scenario.
    Scenario(Scenario),
}

/// The content of a part.
#[component]
pub fn ScriptView(
    /// What to show.
    script: Script,
) -> impl IntoView {
    let body = match script {
        Script::None => ().into_any(),
        Script::Steps(steps) => steps
            .into_iter()
            .map(|step| view! { <StepText step=step /> })
            .collect_view()
            .into_any(),
        Script::Questions(set) => view! {
            <ol class="plan-questions">
                {set
                    .questions
                    .into_iter()
                    .map(|q| view! { <QuestionText question=q /> })
                    .collect_view()}
            </ol>
        }
        .into_any(),
        Script::Scenario(s) => view! { <ScenarioText scenario=s /> }.into_any(),
    };
    view! { <div class="plan-script">{body}</div> }
}

/// A lesson step's title and text (trainer notes are the part's).
#[component]
fn StepText(
    /// The step.
    step: Step,
) -> impl IntoView {
    let blocks = lesson_blocks(&step)
        .cloned()
        .map(|block| match block {
            Block::Callout(c) => view! { <CalloutBox callout=c /> }.into_any(),
            Block::Prose(html) => view! { <Prose html=html /> }.into_any(),
            _ => ().into_any(),
        })
        .collect_view();
    view! {
        <h3>{step.title.clone()}</h3>
        {blocks}
    }
}

/// A question, its options with the right ones marked, and its explanation.
#[component]
fn QuestionText(
    /// The question.
    question: Question,
) -> impl IntoView {
    let options = match question.kind {
        QuestionKind::Single(c) | QuestionKind::Multiple(c) | QuestionKind::TrueFalse(c) => {
            view! { <ul>{c.into_iter().map(|c| view! { <ChoiceText choice=c /> }).collect_view()}</ul> }
                .into_any()
        }
        QuestionKind::Ordering(items) => view! {
            <ol>
                {items
                    .into_iter()
                    .map(|i| {
                        view! {
                            <li>
                                <Prose html=i />
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        }
        .into_any(),
        QuestionKind::Matching(pairs) => view! {
            <ul>
                {pairs
                    .into_iter()
                    .map(|(a, b)| {
                        view! {
                            <li class="plan-pair">
                                <Prose html=a />
                                " — "
                                <Prose html=b />
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any(),
    };
    view! {
        <li>
            <Prose html=question.prompt />
            {options}
            {question.explanation.map(|e| view! { <Prose html=e class="plan-explanation" /> })}
        </li>
    }
}

/// An option, marked when it is right.
#[component]
fn ChoiceText(
    /// The option.
    choice: Choice,
) -> impl IntoView {
    let right = choice.correct;
    view! {
        <li class:plan-right=right>
            <Prose html=choice.text />
            {right
                .then(|| {
                    view! {
                        <strong class="plan-right-label">{tr(key!("question-correct"))}</strong>
                    }
                })}
        </li>
    }
}

/// Every node of a scenario: title (and ending), narrative, and where each choice leads.
#[component]
fn ScenarioText(
    /// The scenario.
    scenario: Scenario,
) -> impl IntoView {
    let title_of = |id: &str| {
        scenario
            .nodes
            .iter()
            .find(|n| n.id == id)
            .map(|n| n.title.clone())
            .unwrap_or_default()
    };
    scenario
        .nodes
        .iter()
        .map(|node| {
            let ending = node.ending.and_then(|e| match e {
                Ending::Good => Some(key!("scenario-ending-good")),
                Ending::Mixed => Some(key!("scenario-ending-mixed")),
                Ending::Bad => Some(key!("scenario-ending-bad")),
                Ending::NextSteps => None,
            });
            let choices = node
                .choices
                .iter()
                .map(|c| {
                    let to = title_of(&c.target);
                    view! {
                        <li>
                            <Prose html=c.text.clone() />
                            " → "
                            {to}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h3>
                    {node.title.clone()}
                    {ending
                        .map(|k| {
                            view! {
                                " ("
                                {tr(k)}
                                ")"
                            }
                        })}
                </h3>
                <Prose html=node.body.clone() />
                <ul class="plan-choices">{choices}</ul>
            }
        })
        .collect_view()
}
