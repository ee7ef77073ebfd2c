//! A question set: its questions, the set's score once all are checked, and a retry.
//! The best score is kept in progress.

use crate::ui::components::question::{QuestionNumber, QuestionView};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::learner::use_learner;
use crate::web::dom;
use amane_core::content::QuestionSet;
use amane_core::key;
use amane_core::quiz::{question_set_score, seed_for, Outcome};
use leptos::prelude::*;
use std::sync::Arc;

/// Plays a question set of `module`.
#[component]
pub fn QuizPlayer(
    /// Id of the module (progress is recorded under it).
    module: Arc<str>,
    /// The question set.
    set: QuestionSet,
) -> impl IntoView {
    let learner = use_learner();
    let i18n = use_i18n();
    let attempt = RwSignal::new(0u32);
    let outcomes: Vec<RwSignal<Option<Outcome>>> =
        set.questions.iter().map(|_| RwSignal::new(None)).collect();
    let all = outcomes.clone();
    let finished = Memo::new(move |_| all.iter().all(|o| o.with(Option::is_some)));
    let scored = outcomes.clone();
    let (module_id, set_id) = (module.clone(), set.id.clone());
    Effect::new(move |_| {
        if finished.get() {
            let list: Vec<Outcome> = scored.iter().filter_map(|o| o.get_untracked()).collect();
            learner.record_quiz(&module_id, &set_id, question_set_score(&list));
        }
    });
    let best_id = (module.clone(), set.id.clone());
    let best = move || learner.with(|p| p.best_quiz_score(&best_id.0, &best_id.1));
    let reset = outcomes.clone();
    let first_control = format!(
        "section[data-set=\"{}\"] :is(input, select, button):not(:disabled)",
        set.id
    );
    let retry = move |_| {
        reset.iter().for_each(|o| o.set(None));
        attempt.update(|a| *a += 1);
        let first = first_control.clone();
        request_animation_frame(move || dom::focus(&first));
    };
    let total = set.questions.len();
    let questions = set.questions.clone();
    let set_id = set.id.clone();
    view! {
        <section class="quiz" data-set=set.id.clone()>
            {move || {
                let round = attempt.get();
                questions
                    .iter()
                    .zip(outcomes.iter())
                    .enumerate()
                    .map(|(n, (q, outcome))| {
                        let name = format!("{set_id}-{}-{round}", q.id);
                        let seed = seed_for(&[&module, &set_id, &q.id, &round.to_string()]);
                        view! {
                            <QuestionNumber n=n total=total />
                            <QuestionView question=q.clone() name=name seed=seed outcome=*outcome />
                        }
                    })
                    .collect_view()
            }}
            <Show when=move || finished.get()>
                <div class="quiz-result">
                    {
                        let best = best.clone();
                        move || {
                            best()
                                .map(|s| {
                                    view! {
                                        <p>
                                            {move || {
                                                i18n.t_args(
                                                    key!("question-best-score"),
                                                    &[("percent", i18n.percent(f64::from(s.percent())).into())],
                                                )
                                            }}
                                        </p>
                                    }
                                })
                        }
                    } <button on:click=retry.clone()>{tr(key!("question-retry"))}</button>
                </div>
            </Show>
        </section>
    }
}
