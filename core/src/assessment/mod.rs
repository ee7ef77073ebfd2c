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

mod answer;
mod attempt;
mod attempts;
mod draw;
mod settings;
#[cfg(test)]
mod test_support;

pub use answer::Answer;
pub use attempt::{AnswerError, Attempt, AttemptId, EndedBy, Reviewed, Submission};
pub use attempts::{unlocked, Attempts, StartError};
pub use draw::{draw, Pools};
pub use settings::{AssessmentSettings, SettingsProblem, Unlock};
