//! The final assessment: settings, the draw of each attempt's questions, the attempts
//! themselves and how they are kept in the progress.
//!
//! - [`AssessmentSettings`]: what `course.toml` says (unlocking, attempts, pass mark, time
//!   limit, questions drawn per pool), checked by [`AssessmentSettings::problems`];
//! - [`draw()`]: N questions per pool in one seeded order;
//! - [`Attempt`]: answer, submit, end at the deadline, review — graded by the quiz's grader
//!   through a lookup, so it does not depend on how questions are written;
//! - [`Attempts`]: every attempt, started within the limits, the best one, and the merge that
//!   keeps each attempt once.
//!
//! An attempt from start to best score, kept in the progress:
//!
//! ```
//! use std::collections::BTreeMap;
//! use amane_core::assessment::*;
//! use amane_core::content::{render, Choice, MarkdownOptions, Question, QuestionKind};
//! use amane_core::progress::{decode, export, Progress};
//! use amane_core::quiz::Response;
//!
//! let html = |text: &str| render(text, &MarkdownOptions::default());
//! let question = |id: &str| Question {
//!     id: id.into(),
//!     prompt: html("A message threatens to publish a photo. First step?"),
//!     points: 1,
//!     kind: QuestionKind::Single(vec![
//!         Choice { text: html("Keep the evidence"), correct: true, feedback: None },
//!         Choice { text: html("Answer the sender"), correct: false, feedback: None },
//!     ]),
//!     explanation: None,
//! };
//! let bank: BTreeMap<String, Question> =
//!     ["c1", "c2", "c3"].map(|id| (id.to_owned(), question(id))).into();
//! let pools: Pools = [("cases".to_owned(), bank.keys().cloned().collect())].into();
//! let settings = AssessmentSettings {
//!     unlock: Unlock::AfterModules,
//!     attempts: 3,
//!     pass_mark: 70,
//!     time_limit_minutes: Some(30),
//!     pools: [("cases".to_owned(), 2)].into(),
//! };
//! assert!(settings.problems(&pools).is_empty());
//! let lookup = |id: &str| bank.get(id);
//! let now = 1_764_000_000_000;
//!
//! let mut progress = Progress::new("amane");
//! let attempt = progress
//!     .assessment_mut(now)
//!     .start(&settings, &pools, true, 0x5eed, now)
//!     .expect("every module is passed");
//! let first = attempt.questions[0].clone();
//! attempt.answer(&bank[&first], Response::Single(0), now + 1_000).unwrap();
//!
//! // A reload finds the same attempt, questions and answer.
//! let mut progress = decode(&export(&progress)).unwrap();
//! let attempt = progress.assessment_mut(now + 2_000).open_mut().expect("still open");
//! let ended = attempt.submit(lookup, settings.pass_mark, now + 2_000).unwrap();
//! assert_eq!((ended.score.percent(), ended.passed), (50, false));
//! assert_eq!(progress.assessment.attempts_left(&settings), 2);
//! assert_eq!(progress.assessment.best().unwrap().0, 1);
//! ```

mod answer;
mod attempt;
mod attempts;
mod bank;
mod draw;
mod sitting;
#[cfg(test)]
mod test_support;

pub use crate::content::{AssessmentSettings, Pools, SettingsProblem, Unlock};
pub use answer::Answer;
pub use attempt::{AnswerError, Attempt, AttemptId, EndedBy, Reviewed, Submission};
pub use attempts::{unlocked, Attempts, StartError};
pub use bank::Bank;
pub use draw::draw;
pub use sitting::{announced_minutes, countdown_text, Stage};
