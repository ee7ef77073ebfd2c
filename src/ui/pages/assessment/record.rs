//! The final assessment and the issuer on the completion record: the best attempt (score,
//! day, attempt number), who issues the record with a line to sign, and what the record
//! proves.

use crate::ui::i18n::{tr, use_i18n};
use crate::ui::learner::use_learner;
use crate::web::clock::utc_offset_minutes;
use amane_core::content::Course;
use amane_core::i18n::{CivilDate, Localizer};
use amane_core::key;
use leptos::prelude::*;
use std::sync::Arc;

/// The best attempt at the final assessment, or that none has ended yet.
#[component]
pub fn RecordAssessment(
    /// The course (its assessment settings).
    course: Arc<Course>,
) -> impl IntoView {
    let learner = use_learner();
    let i18n = use_i18n();
    course.assessment.as_ref()?;
    let best = move || {
        learner.with(|p| {
            let (number, attempt) = p.assessment.best()?;
            Some((number, attempt.submission?))
        })
    };
    Some(view! {
        <p class="record-assessment">
            {move || match best() {
                Some((number, ended)) => {
                    let day = CivilDate::from_unix_ms(ended.ended_ms as i64, utc_offset_minutes());
                    let key = if ended.passed {
                        key!("record-assessment-passed")
                    } else {
                        key!("record-assessment-not-passed")
                    };
                    i18n.t_args(
                        key,
                        &[
                            ("percent", i18n.percent(f64::from(ended.score.percent())).into()),
                            ("number", number.into()),
                            ("date", Localizer::new(i18n.locale()).long_date(day).into()),
                        ],
                    )
                }
                None => i18n.t(key!("record-assessment-none")),
            }}
        </p>
        <p class="record-statement">{tr(key!("record-assessment-proves"))}</p>
    })
}

/// Who issues the record, and a line for the trainer's signature.
#[component]
pub fn RecordIssuer(
    /// The course (its issuer).
    course: Arc<Course>,
) -> impl IntoView {
    let i18n = use_i18n();
    let issuer = course.issuer.clone()?;
    Some(view! {
        <div class="record-issuer">
            <p>
                {move || {
                    i18n.t_args(key!("record-issued-by"), &[("issuer", issuer.clone().into())])
                }}
            </p>
            <p class="record-signature">{tr(key!("record-signature"))}</p>
        </div>
    })
}
