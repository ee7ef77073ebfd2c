//! Quiz grading, scenario state machine and scoring. Pure: the page asks, this decides.
//!
//! - [`score`]: scores in hundredths of a point and the pass mark;
//! - [`grade`](mod@grade): one answer against one question, with per-option verdicts;
//! - [`shuffle`]: seeded on-screen orders, the same on every device;
//! - [`scenario`]: walking a branching scenario, one choice at a time;
//! - [`scenario_points`]: the best path's points and a walk's score;
//! - [`recap`]: the "what would have happened if…" recap;
//! - [`module_score`](mod@module_score): a module's score from the best stored scores.
//!
//! A question from shown options to a stored score:
//!
//! ```
//! use amane_core::content::{render, Choice, MarkdownOptions, Question, QuestionKind};
//! use amane_core::quiz::{display_order, grade, seed_for, Response};
//!
//! // Course text is HTML only through the Markdown renderer.
//! let html = |text: &str| render(text, &MarkdownOptions::default());
//! let option = |text: &str, correct| Choice { text: html(text), correct, feedback: None };
//! let question = Question {
//!     id: "q1".into(),
//!     prompt: html("Which one is strongest?"),
//!     points: 1,
//!     kind: QuestionKind::Single(vec![option("123456", false), option("four random words", true)]),
//!     explanation: None,
//! };
//! // The same order on the projector and on every phone.
//! let order = display_order(&question.kind, seed_for(&["03-phishing", "check", "q1"]));
//! // Options are shown in `order`, each keeping its content index as its value: the
//! // learner taps the one shown where "four random words" landed.
//! let tapped = order.iter().position(|&i| i == 1).unwrap();
//! let response = Response::Single(order[tapped]);
//! let outcome = grade(&question, &response).unwrap();
//! assert!(outcome.correct);
//! assert_eq!((outcome.score.earned, outcome.score.max), (100, 100));
//! ```

pub mod grade;
pub mod module_score;
pub mod recap;
pub mod scenario;
pub mod scenario_points;
pub mod score;
pub mod shuffle;

#[cfg(test)]
mod test_support;

pub use grade::{grade, GradeError, Outcome, Response, Standing, Verdict};
pub use module_score::{
    blocks_score, module_score, question_set_max, question_set_score, scored_blocks,
};
pub use recap::{alternatives, Alternative, StepRecap};
pub use scenario::{current, ending, restart, start, step, ScenarioState, StepError};
pub use scenario_points::{max_points, scenario_score};
pub use score::{hundredths, passed, Score};
pub use shuffle::{display_order, seed_for, shuffled_order};
