//! An open attempt: its drawn questions in order, each answer saved as it changes, the
//! countdown when it is timed, and Submit with a confirmation. No feedback before then.

use super::countdown::Countdown;
use super::Sitting;
use crate::ui::components::question::{QuestionNumber, QuestionView};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::learner::use_learner;
use crate::web::dom;
use amane_core::assessment::AttemptId;
use amane_core::key;
use amane_core::quiz::{seed_for, Response};
use leptos::prelude::*;

/// The questions of attempt `id`, drawn when it started; rendered once, so that saving an
/// answer never redraws the page under the learner's hands.
#[component]
pub fn OpenAttempt(id: AttemptId, sitting: Sitting) -> impl IntoView {
    let learner = use_learner();
    let i18n = use_i18n();
    let Some((number, attempt)) =
        learner.with_untracked(|p| p.assessment.find(id).map(|(n, a)| (n, a.clone())))
    else {
        return ().into_any();
    };
    let total = attempt.questions.len();
    let allowed = sitting.settings.attempts;
    let answered = Memo::new(move |_| {
        learner.with(|p| p.assessment.find(id).map_or(0, |(_, a)| a.answered()))
    });
    let questions = attempt
        .questions
        .iter()
        .enumerate()
        .filter_map(|(n, question_id)| {
            let question = sitting.bank.bank.question(question_id)?.clone();
            let answered = attempt.answers.get(question_id).map(|a| a.response.clone());
            let asked = question.clone();
            let on_answer = Callback::new(move |response: Response| {
                learner.answer_assessment(&asked, response)
            });
            Some(view! {
                <li class="assessment-question">
                    <QuestionNumber n=n total=total />
                    <QuestionView
                        question=question
                        name=question_name(id, question_id)
                        seed=question_seed(id, question_id)
                        outcome=RwSignal::new(None)
                        nostrip:answered=answered
                        on_answer=on_answer
                    />
                </li>
            })
        })
        .collect_view();
    let deadline = attempt.deadline_ms();
    view! {
        <section class="assessment-attempt" aria-labelledby="assessment-attempt-title">
            <h2 id="assessment-attempt-title" tabindex="-1">
                {move || {
                    i18n.t_args(
                        key!("assessment-attempt-number"),
                        &[("number", number.into()), ("total", allowed.into())],
                    )
                }}
            </h2>
            <p class="hint">{tr(key!("assessment-saved"))}</p>
            {deadline
                .map(|deadline| view! { <Countdown deadline=deadline sitting=sitting.clone() /> })}
            <ol class="assessment-questions">{questions}</ol>
            <p class="assessment-answered" aria-live="polite">
                {move || {
                    i18n.t_args(
                        key!("assessment-answered"),
                        &[("answered", answered.get().into()), ("total", total.into())],
                    )
                }}
            </p>
            <Submit sitting=sitting.clone() total=total answered=answered />
        </section>
    }
    .into_any()
}

/// Submit, then a confirmation saying how many questions are left unanswered.
#[component]
fn Submit(sitting: Sitting, total: usize, answered: Memo<usize>) -> impl IntoView {
    let learner = use_learner();
    let i18n = use_i18n();
    let confirming = RwSignal::new(false);
    let ask = move |_| {
        confirming.set(true);
        request_animation_frame(|| dom::focus(".assessment-confirm .primary"));
    };
    let keep_answering = move |_| {
        confirming.set(false);
        request_animation_frame(|| dom::focus(".assessment-submit"));
    };
    let submit = move |_| {
        learner.submit_assessment(&sitting.bank.bank, sitting.settings.pass_mark);
        request_animation_frame(|| dom::focus(".assessment-result h2"));
    };
    view! {
        <Show
            when=move || confirming.get()
            fallback=move || {
                view! {
                    <button class="primary assessment-submit" on:click=ask>
                        {tr(key!("assessment-submit"))}
                    </button>
                }
            }
        >
            <div class="assessment-confirm" role="group" aria-labelledby="assessment-confirm-text">
                <p id="assessment-confirm-text">{tr(key!("assessment-confirm"))}</p>
                {move || {
                    let left = total.saturating_sub(answered.get());
                    (left > 0)
                        .then(|| {
                            view! {
                                <p class="assessment-unanswered">
                                    {move || {
                                        i18n.t_args(
                                            key!("assessment-confirm-unanswered"),
                                            &[("count", left.into())],
                                        )
                                    }}
                                </p>
                            }
                        })
                }}
                <button class="primary" on:click=submit.clone()>
                    {tr(key!("assessment-confirm-yes"))}
                </button>
                <button on:click=keep_answering>{tr(key!("assessment-confirm-no"))}</button>
            </div>
        </Show>
    }
}

/// The name of a question's inputs in attempt `id` (unique on the page).
pub fn question_name(id: AttemptId, question: &str) -> String {
    format!("bilan-{}-{question}", id.started_ms)
}

/// The seed of a question's on-screen option order in attempt `id`: the same while
/// answering and in the review.
pub fn question_seed(id: AttemptId, question: &str) -> u64 {
    seed_for(&[&id.seed.to_string(), question])
}
