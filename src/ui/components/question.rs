//! One question: the learner answers, checks, and sees per-option feedback and the
//! explanation. Grading is the engine's (`amane_core::quiz::grade`); this only wires it.
//!
//! The final assessment uses the same question in two more ways: while an attempt is open,
//! every change is reported (`on_answer`) with no check button and no feedback; in the
//! review, the answer given (`answered`) is shown with its outcome already set.

use crate::ui::components::blocks::{Labelled, Prose};
use crate::ui::i18n::{tr, use_i18n};
use crate::web::dom;
use amane_core::content::{Choice, Html, Question, QuestionKind};
use amane_core::i18n::MessageKey;
use amane_core::key;
use amane_core::quiz::{display_order, grade, Outcome, Response, Standing, Verdict};
use leptos::prelude::*;
use std::collections::BTreeSet;

/// A question with its answer inputs and, once checked, its feedback.
#[component]
pub fn QuestionView(
    /// The question.
    question: Question,
    /// Unique name for its inputs (set id + question id).
    name: String,
    /// Seed for the on-screen order (same for everyone).
    seed: u64,
    /// Where the outcome goes once checked (`None` while answering).
    outcome: RwSignal<Option<Outcome>>,
    /// The answer already given, shown instead of a blank question.
    #[prop(optional)]
    answered: Option<Response>,
    /// Assessment mode: each change of the answer goes here, and there is no check button.
    #[prop(optional)]
    on_answer: Option<Callback<Response>>,
) -> impl IntoView {
    let order = display_order(&question.kind, seed);
    let had_answer = answered.is_some();
    let response = RwSignal::new(answered.or_else(|| initial_response(&question.kind, &order)));
    if let Some(report) = on_answer {
        // An ordering left as shown is answered as shown: what is graded is what is seen.
        Effect::new(move |ran: Option<()>| {
            if let Some(current) = response.get() {
                let shown_order = !had_answer && matches!(current, Response::Ordering(_));
                if ran.is_some() || shown_order {
                    report.run(current);
                }
            }
        });
    }
    let missing = RwSignal::new(false);
    let feedback_ref = NodeRef::<leptos::html::Div>::new();
    let q = question.clone();
    let check = move |_| match response.get_untracked().and_then(|r| grade(&q, &r).ok()) {
        Some(o) => {
            missing.set(false);
            dom::focus_node(feedback_ref);
            outcome.set(Some(o));
        }
        None => missing.set(true),
    };
    let checked = move || outcome.with(Option::is_some);
    let inputs = match &question.kind {
        QuestionKind::Single(choices) | QuestionKind::TrueFalse(choices) => {
            choice_inputs(choices, &order, &name, false, response, outcome).into_any()
        }
        QuestionKind::Multiple(choices) => {
            choice_inputs(choices, &order, &name, true, response, outcome).into_any()
        }
        QuestionKind::Ordering(items) => {
            ordering_input(items.clone(), response, outcome).into_any()
        }
        QuestionKind::Matching(pairs) => {
            matching_input(pairs.clone(), &order, response, outcome).into_any()
        }
    };
    let hint = match &question.kind {
        QuestionKind::Multiple(_) => key!("question-choose-many"),
        QuestionKind::Ordering(_) => key!("question-order-instructions"),
        QuestionKind::Matching(_) => key!("question-match-instructions"),
        _ => key!("question-choose-one"),
    };
    let explanation = question.explanation.clone();
    view! {
        <fieldset class="question" data-question=question.id.clone()>
            <legend>
                <Prose html=question.prompt.clone() class="prompt" />
            </legend>
            <p class="hint">{tr(hint)}</p>
            {inputs}
            <Show when=move || missing.get()>
                <p class="answer-all" role="alert">
                    {tr(key!("question-answer-all"))}
                </p>
            </Show>
            <Show when=move || on_answer.is_none() && !checked()>
                <button class="primary" on:click=check.clone()>
                    {tr(key!("question-check"))}
                </button>
            </Show>
            <div class="feedback" tabindex="-1" aria-live="polite" node_ref=feedback_ref>
                {move || {
                    outcome
                        .get()
                        .map(|o| view! { <Verdict outcome=o explanation=explanation.clone() /> })
                }}
            </div>
        </fieldset>
    }
}

/// The overall verdict, score and explanation of a checked question.
#[component]
fn Verdict(outcome: Outcome, explanation: Option<Html>) -> impl IntoView {
    let i18n = use_i18n();
    let (class, key) = match outcome.standing() {
        Standing::Correct => ("verdict correct", key!("question-correct")),
        Standing::Partial => ("verdict partial", key!("question-partly-correct")),
        Standing::Incorrect => ("verdict incorrect", key!("question-incorrect")),
    };
    let (earned, max) = outcome.score.points();
    view! {
        <p class=class>
            <span class="icon" aria-hidden="true"></span>
            {tr(key)}
        </p>
        <p class="score">
            {move || {
                i18n.t_args(
                    key!("question-your-score"),
                    &[("earned", earned.into()), ("max", max.into())],
                )
            }}
        </p>
        {explanation
            .map(|e| {
                view! {
                    <Labelled class="explanation" label=key!("question-explanation")>
                        <Prose html=e />
                    </Labelled>
                }
            })}
    }
}

/// The first response: nothing chosen, or the items in their shown order.
fn initial_response(kind: &QuestionKind, order: &[usize]) -> Option<Response> {
    match kind {
        QuestionKind::Ordering(_) => Some(Response::Ordering(order.to_vec())),
        QuestionKind::Matching(pairs) => Some(Response::Matching(vec![None; pairs.len()])),
        QuestionKind::Multiple(_) => Some(Response::Multiple(BTreeSet::new())),
        _ => None,
    }
}

/// The words for a verdict (feedback never relies on colour alone).
fn verdict_key(v: Verdict) -> Option<MessageKey> {
    match v {
        Verdict::ChosenRight => Some(key!("question-option-chosen-correct")),
        Verdict::ChosenWrong => Some(key!("question-option-chosen-wrong")),
        Verdict::MissedRight => Some(key!("question-option-missed")),
        Verdict::LeftOut => None,
    }
}

/// Radio buttons (single, true/false) or checkboxes (multiple), in the shown order; values
/// are the options' content indices, so no mapping back is needed.
fn choice_inputs(
    choices: &[Choice],
    order: &[usize],
    name: &str,
    multiple: bool,
    response: RwSignal<Option<Response>>,
    outcome: RwSignal<Option<Outcome>>,
) -> impl IntoView {
    let items = order
        .iter()
        .map(|&i| {
            let choice = choices[i].clone();
            let verdict = move || outcome.with(|o| o.as_ref().map(|o| o.verdicts[i]));
            let is_on = move || match response.get() {
                Some(Response::Single(c)) => c == i,
                Some(Response::Multiple(set)) => set.contains(&i),
                _ => false,
            };
            let toggle = move |_| {
                response.update(|r| match r {
                    Some(Response::Multiple(set)) if multiple => {
                        if !set.remove(&i) {
                            set.insert(i);
                        }
                    }
                    _ => *r = Some(Response::Single(i)),
                })
            };
            let feedback = choice.feedback.clone();
            view! {
                <li class="option" data-verdict=move || verdict().map(verdict_class)>
                    <label>
                        <input
                            type=if multiple { "checkbox" } else { "radio" }
                            name=name.to_owned()
                            value=i.to_string()
                            prop:checked=is_on
                            on:change=toggle
                            disabled=move || verdict().is_some()
                        />
                        <Prose html=choice.text.clone() class="option-text" />
                    </label>
                    {move || {
                        verdict()
                            .and_then(verdict_key)
                            .map(|k| view! { <p class="option-verdict">{tr(k)}</p> })
                    }}
                    {move || {
                        let shown = matches!(
                            verdict(),
                            Some(Verdict::ChosenRight | Verdict::ChosenWrong | Verdict::MissedRight)
                        );
                        feedback
                            .clone()
                            .filter(|_| shown)
                            .map(|f| view! { <Prose html=f class="option-feedback" /> })
                    }}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="options">{items}</ul> }
}

/// Whether right-hand item `right` is the one picked for left-hand item `left`.
fn is_picked(response: RwSignal<Option<Response>>, left: usize, right: usize) -> bool {
    response.with_untracked(|r| match r {
        Some(Response::Matching(picks)) => picks.get(left) == Some(&Some(right)),
        _ => false,
    })
}

/// A CSS hook for a verdict.
fn verdict_class(v: Verdict) -> &'static str {
    match v {
        Verdict::ChosenRight => "right",
        Verdict::ChosenWrong => "wrong",
        Verdict::MissedRight => "missed",
        Verdict::LeftOut => "none",
    }
}

/// Ordering: a list with move up / move down buttons (keyboard-operable, no dragging).
fn ordering_input(
    items: Vec<Html>,
    response: RwSignal<Option<Response>>,
    outcome: RwSignal<Option<Outcome>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let sequence = move || match response.get() {
        Some(Response::Ordering(seq)) => seq,
        _ => Vec::new(),
    };
    let swap = move |a: usize, b: usize| {
        response.update(|r| {
            if let Some(Response::Ordering(seq)) = r {
                if b < seq.len() {
                    seq.swap(a, b);
                }
            }
        })
    };
    let total = items.len();
    view! {
        <ol class="ordering">
            {move || {
                sequence()
                    .into_iter()
                    .enumerate()
                    .map(|(pos, item)| {
                        let verdict = outcome.with(|o| o.as_ref().map(|o| o.verdicts[pos]));
                        let done = verdict.is_some();
                        let label = i18n
                            .t_args(
                                key!("question-order-position"),
                                &[("position", (pos + 1).into()), ("total", total.into())],
                            );
                        view! {
                            <li
                                class="order-item"
                                data-item=item
                                data-verdict=verdict.map(verdict_class)
                            >
                                <Prose html=items[item].clone() class="option-text" />
                                <span class="order-buttons" role="group" aria-label=label>
                                    <button
                                        disabled=done || pos == 0
                                        on:click=move |_| swap(pos - 1, pos)
                                    >
                                        <span aria-hidden="true">"↑ "</span>
                                        {tr(key!("question-order-move-up"))}
                                    </button>
                                    <button
                                        disabled=done || pos + 1 == total
                                        on:click=move |_| swap(pos, pos + 1)
                                    >
                                        <span aria-hidden="true">"↓ "</span>
                                        {tr(key!("question-order-move-down"))}
                                    </button>
                                </span>
                                {verdict
                                    .map(|v| {
                                        view! {
                                            <p class="option-verdict">
                                                {tr(
                                                    if v == Verdict::ChosenRight {
                                                        key!("question-order-correct-position")
                                                    } else {
                                                        key!("question-order-wrong-position")
                                                    },
                                                )}
                                            </p>
                                        }
                                    })}
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ol>
    }
}

/// Matching: one menu per left-hand item, the right-hand sides in the shown order.
fn matching_input(
    pairs: Vec<(Html, Html)>,
    order: &[usize],
    response: RwSignal<Option<Response>>,
    outcome: RwSignal<Option<Outcome>>,
) -> impl IntoView {
    let rights: Vec<(usize, String)> = order
        .iter()
        .map(|&r| (r, pairs[r].1.to_plain_text()))
        .collect();
    let rows = pairs
        .iter()
        .enumerate()
        .map(|(left, (text, _))| {
            let rights = rights.clone();
            let verdict = move || outcome.with(|o| o.as_ref().map(|o| o.verdicts[left]));
            let pick = move |ev: leptos::ev::Event| {
                let value = event_target_value(&ev).parse::<usize>().ok();
                response.update(|r| {
                    if let Some(Response::Matching(picks)) = r {
                        picks[left] = value;
                    }
                })
            };
            view! {
                <li class="match-row" data-verdict=move || verdict().map(verdict_class)>
                    <label>
                        <Prose html=text.clone() class="option-text" />
                        <select on:change=pick disabled=move || verdict().is_some()>
                            <option value="">{tr(key!("question-match-choose"))}</option>
                            {rights
                                .into_iter()
                                .map(|(r, t)| {
                                    view! {
                                        <option
                                            value=r.to_string()
                                            selected=is_picked(response, left, r)
                                        >
                                            {t}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </label>
                    {move || {
                        verdict()
                            .map(|v| {
                                view! {
                                    <p class="option-verdict">
                                        {tr(
                                            if v == Verdict::ChosenRight {
                                                key!("question-match-correct")
                                            } else {
                                                key!("question-match-wrong")
                                            },
                                        )}
                                    </p>
                                }
                            })
                    }}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="matching">{rows}</ul> }
}

/// "Question n of total" above a question of a set or an attempt (`n` counts from 0).
#[component]
pub fn QuestionNumber(
    /// The question's place, from 0.
    n: usize,
    /// How many questions there are.
    total: usize,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="question-number">
            {move || {
                i18n.t_args(
                    key!("question-number"),
                    &[("current", (n + 1).into()), ("total", total.into())],
                )
            }}
        </p>
    }
}
