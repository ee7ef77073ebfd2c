//! A small question bank and settings shared by the assessment's tests (test builds only).

use std::collections::BTreeMap;

use crate::content::{AssessmentSettings, Choice, Html, Pools, Question, QuestionKind, Unlock};
use crate::quiz::Response;

/// A start time for the tests (ms since the epoch).
pub const T0: u64 = 1_764_000_000_000;

/// Pool `cas` holds single-choice questions `c0`…`c4`, pool `droits` true/false `d0`…`d2`.
pub fn pools() -> Pools {
    let ids = |prefix: &str, n: usize| (0..n).map(|i| format!("{prefix}{i}")).collect();
    [("cas".into(), ids("c", 5)), ("droits".into(), ids("d", 3))].into()
}

/// Every question of [`pools`], one point each, the first option right.
pub fn bank() -> BTreeMap<String, Question> {
    let choices = |n: usize| {
        (0..n)
            .map(|i| Choice {
                text: Html::for_tests(&format!("option {i}")),
                correct: i == 0,
                feedback: None,
            })
            .collect::<Vec<_>>()
    };
    pools()
        .into_values()
        .flatten()
        .map(|id| {
            let kind = if id.starts_with('c') {
                QuestionKind::Single(choices(3))
            } else {
                QuestionKind::TrueFalse(choices(2))
            };
            let question = Question {
                id: id.clone(),
                prompt: Html::for_tests("?"),
                points: 1,
                kind,
                explanation: None,
            };
            (id, question)
        })
        .collect()
}

/// The lookup an attempt grades with.
pub fn lookup<'b>(
    bank: &'b BTreeMap<String, Question>,
) -> impl Fn(&str) -> Option<&'b Question> + Copy {
    move |id| bank.get(id)
}

/// The right answer to a question of [`bank`].
pub fn right() -> Response {
    Response::Single(0)
}

/// A wrong answer to a question of [`bank`].
pub fn wrong() -> Response {
    Response::Single(1)
}

/// Two questions from `cas` and one from `droits`, three attempts, pass mark 70 %, untimed.
pub fn settings() -> AssessmentSettings {
    AssessmentSettings {
        unlock: Unlock::AfterModules,
        attempts: 3,
        pass_mark: 70,
        time_limit_minutes: None,
        pools: [("cas".to_owned(), 2), ("droits".to_owned(), 1)].into(),
    }
}

/// [`settings`] with a time limit of `minutes`.
pub fn timed_settings(minutes: u32) -> AssessmentSettings {
    AssessmentSettings {
        time_limit_minutes: Some(minutes),
        ..settings()
    }
}
