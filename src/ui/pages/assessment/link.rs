//! The way to the final assessment from the course map, after the modules: when it opens,
//! or how the learner did.

use crate::ui::i18n::{tr, use_i18n};
use crate::ui::learner::use_learner;
use amane_core::assessment::Unlock;
use amane_core::content::Course;
use amane_core::key;
use amane_core::route::Route;
use leptos::prelude::*;
use std::sync::Arc;

/// A card linking to the assessment, when the course has one.
#[component]
pub fn AssessmentLink() -> impl IntoView {
    let course = expect_context::<Arc<Course>>();
    let learner = use_learner();
    let i18n = use_i18n();
    let settings = course.assessment.clone()?;
    let best = move || {
        learner.with(|p| {
            p.assessment
                .best()
                .and_then(|(_, attempt)| attempt.submission)
        })
    };
    let opens_later = settings.unlock == Unlock::AfterModules;
    Some(view! {
        <section class="module-card assessment-card" aria-labelledby="assessment-card-title">
            <h2 id="assessment-card-title">
                <a href=Route::Assessment.to_hash()>{tr(key!("assessment-title"))}</a>
            </h2>
            <p>{tr(key!("assessment-map-summary"))}</p>
            <p class="module-meta">
                {move || match best() {
                    Some(ended) => {
                        let key = if ended.passed {
                            key!("assessment-map-passed")
                        } else {
                            key!("assessment-map-not-passed")
                        };
                        let percent = i18n.percent(f64::from(ended.score.percent()));
                        view! {
                            <span class="module-state">
                                {move || i18n.t_args(key, &[("percent", percent.clone().into())])}
                            </span>
                        }
                            .into_any()
                    }
                    None if opens_later => {
                        view! { <span class="module-state">{tr(key!("assessment-locked"))}</span> }
                            .into_any()
                    }
                    None => ().into_any(),
                }}
            </p>
        </section>
    })
}
