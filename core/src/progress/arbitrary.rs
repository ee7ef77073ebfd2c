//! Random progress for property tests: ids drawn from small pools so that copies overlap, and
//! attempts whose start times and seeds collide so that copies share attempts.

use std::collections::{BTreeMap, BTreeSet};

use proptest::collection::{btree_map, btree_set, vec};
use proptest::option;
use proptest::prelude::*;

use super::model::{LocaleChoice, ModuleProgress, Progress};
use crate::assessment::{Answer, Attempt, EndedBy, Submission};
use crate::quiz::{Response, Score};

/// The course id every generated progress uses.
pub const COURSE: &str = "amane-test";

fn id(prefix: &'static str) -> impl Strategy<Value = String> {
    (0..4u8).prop_map(move |n| format!("{prefix}{n}"))
}

fn any_score() -> impl Strategy<Value = Score> {
    (0..=400u32, 0..=400u32).prop_map(|(a, b)| Score {
        earned: a.min(b),
        max: a.max(b),
    })
}

fn any_module() -> impl Strategy<Value = ModuleProgress> {
    (
        btree_set(id("step-"), 0..4),
        btree_map(id("set-"), any_score(), 0..3),
        btree_map(id("scenario-"), any_score(), 0..3),
        btree_map(id("scenario-"), btree_set(id("end-"), 1..3), 0..3),
        option::of(0..1_000u64),
        option::of(0..1_000u64),
        option::of(any_outline()),
    )
        .prop_map(
            |(steps, quizzes, scenarios, endings, first, last, outline)| ModuleProgress {
                steps_read: steps,
                quiz_best: quizzes,
                scenario_best: scenarios,
                scenario_endings: endings,
                first_activity: first,
                last_activity: last,
                outline,
            },
        )
}

fn any_outline() -> impl Strategy<Value = super::Outline> {
    (
        0..1_000u64,
        btree_set(id("step-"), 0..3),
        btree_map(id("set-"), 0..400u32, 0..2),
    )
        .prop_map(|(noted, steps, blocks)| super::Outline {
            noted,
            steps,
            blocks,
        })
}

fn any_response() -> impl Strategy<Value = Response> {
    prop_oneof![
        (0..4usize).prop_map(Response::Single),
        btree_set(0..4usize, 0..3).prop_map(Response::Multiple),
        vec(0..4usize, 0..4).prop_map(Response::Ordering),
        vec(option::of(0..4usize), 0..4).prop_map(Response::Matching),
    ]
}

fn any_submission() -> impl Strategy<Value = Submission> {
    (0..50u64, any::<bool>(), any_score(), any::<bool>()).prop_map(
        |(ended_ms, time_up, score, passed)| Submission {
            ended_ms,
            ended_by: if time_up {
                EndedBy::TimeUp
            } else {
                EndedBy::Submitted
            },
            score,
            passed,
        },
    )
}

/// Attempts started at one of 3 times with one of 2 seeds, answering questions `q-0`…`q-3`
/// at close times, open or ended.
fn any_attempt() -> impl Strategy<Value = Attempt> {
    let answer = (any_response(), 0..20u64).prop_map(|(response, answered_ms)| Answer {
        response,
        answered_ms,
    });
    (
        0..3u64,
        0..2u64,
        any::<bool>(),
        option::of(1..100u64),
        btree_map(id("q-"), answer, 0..3),
        option::of(any_submission()),
    )
        .prop_map(
            |(started_ms, seed, reversed, time_limit_ms, answers, submission)| {
                let mut questions: Vec<String> = (0..4).map(|n| format!("q-{n}")).collect();
                if reversed {
                    questions.reverse();
                }
                Attempt {
                    started_ms,
                    seed,
                    questions,
                    time_limit_ms,
                    answers,
                    submission: submission.map(|s| Submission {
                        ended_ms: started_ms + s.ended_ms,
                        ..s
                    }),
                }
            },
        )
}

/// Any progress for [`COURSE`], with overlapping module, step and set ids and attempts.
pub fn any_progress() -> impl Strategy<Value = Progress> {
    (
        option::of((prop::sample::select(vec!["fr", "ar", "ary"]), 0..1_000u64)),
        btree_map(id("module-"), any_module(), 0..4),
        vec(any_attempt(), 0..3),
        0..1_000u64,
    )
        .prop_map(|(locale, modules, attempts, updated)| Progress {
            course: COURSE.to_owned(),
            locale: locale.map(|(code, chosen_at)| LocaleChoice {
                code: code.to_owned(),
                chosen_at,
            }),
            modules,
            assessment: attempts.into_iter().collect(),
            updated,
        })
}

/// Every id `progress` uses, as a course whose content holds exactly them.
pub fn ids_of(progress: &Progress) -> super::CourseIds {
    let modules = progress
        .modules
        .iter()
        .map(|(id, m)| {
            let scenarios: BTreeSet<String> = m
                .scenario_best
                .keys()
                .chain(m.scenario_endings.keys())
                .cloned()
                .collect();
            let scenarios: BTreeMap<String, BTreeSet<String>> = scenarios
                .into_iter()
                .map(|s| {
                    let endings = m.scenario_endings.get(&s).cloned().unwrap_or_default();
                    (s, endings)
                })
                .collect();
            let ids = super::ModuleIds {
                steps: m.steps_read.clone(),
                quiz_sets: m.quiz_best.keys().cloned().collect(),
                scenarios,
            };
            (id.clone(), ids)
        })
        .collect();
    super::CourseIds {
        course: COURSE.to_owned(),
        locales: ["fr", "ar", "ary"].map(str::to_owned).into(),
        modules,
    }
}

/// A small known progress in course `amane`: module `01-intro` with step `why` read, set `check`
/// at 150/200, scenario `chat` ended at `help` (2/2), and `locale` chosen, all at `at_ms`.
pub fn sample(locale: &str, at_ms: u64) -> Progress {
    let mut progress = Progress::new("amane");
    progress.set_locale(locale, at_ms);
    progress.mark_step_read("01-intro", "why", at_ms);
    progress.record_quiz("01-intro", "check", Score::new(150, 200), at_ms);
    progress.record_scenario("01-intro", "chat", "help", Score::new(2, 2), at_ms);
    progress
}
