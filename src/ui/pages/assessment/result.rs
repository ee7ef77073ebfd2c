//! An ended attempt: its score, pass or fail, and every question with the answer given, the
//! right one and the explanation (the question component with its outcome already set).

use super::attempt::{question_name, question_seed};
use super::Sitting;
use crate::ui::components::question::{QuestionNumber, QuestionView};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::learner::use_learner;
use amane_core::assessment::{AttemptId, EndedBy};
use amane_core::key;
use leptos::prelude::*;

/// The result and review of attempt `id`.
#[component]
pub fn AttemptResult(id: AttemptId, sitting: Sitting) -> impl IntoView {
    let learner = use_learner();
    let i18n = use_i18n();
    let Some((number, attempt)) =
        learner.with_untracked(|p| p.assessment.find(id).map(|(n, a)| (n, a.clone())))
    else {
        return ().into_any();
    };
    let Some(ended) = attempt.submission else {
        return ().into_any();
    };
    let bank = &sitting.bank.bank;
    let total = attempt.questions.len();
    let review = attempt
        .review(|question| bank.question(question))
        .into_iter()
        .enumerate()
        .filter_map(|(n, reviewed)| {
            let question = reviewed.question?.clone();
            let outcome = RwSignal::new(reviewed.outcome);
            let answered = reviewed.response.cloned();
            let unanswered = answered.is_none();
            Some(view! {
                <li class="assessment-question">
                    <QuestionNumber n=n total=total />
                    {unanswered
                        .then(|| {
                            view! {
                                <p class="assessment-no-answer">
                                    {tr(key!("assessment-unanswered"))}
                                </p>
                            }
                        })}
                    <QuestionView
                        question=question
                        name=format!("review-{}", question_name(id, reviewed.id))
                        seed=question_seed(id, reviewed.id)
                        outcome=outcome
                        nostrip:answered=answered
                    />
                </li>
            })
        })
        .collect_view();
    let percent = move || i18n.percent(f64::from(ended.score.percent()));
    let pass_mark = sitting.settings.pass_mark;
    let (class, verdict) = if ended.passed {
        ("assessment-result passed", key!("assessment-passed"))
    } else {
        ("assessment-result failed", key!("assessment-failed"))
    };
    view! {
        <section class=class aria-labelledby="assessment-result-title">
            <h2 id="assessment-result-title" tabindex="-1">
                {move || i18n.t_args(key!("assessment-result-title"), &[("number", number.into())])}
            </h2>
            <p class="assessment-score">
                {move || i18n.t_args(key!("assessment-score"), &[("percent", percent().into())])}
            </p>
            <p class="assessment-verdict">
                <span class="icon" aria-hidden="true"></span>
                {move || {
                    i18n.t_args(verdict, &[("percent", i18n.percent(f64::from(pass_mark)).into())])
                }}
            </p>
            {(ended.ended_by == EndedBy::TimeUp)
                .then(|| {
                    view! { <p class="assessment-time-up">{tr(key!("assessment-time-up"))}</p> }
                })}
            <h3>{tr(key!("assessment-review-title"))}</h3>
            <ol class="assessment-questions assessment-review">{review}</ol>
        </section>
    }
    .into_any()
}
