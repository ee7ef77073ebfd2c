//! Quiz grading, scenario state machine and scoring. Pure: the page asks, this decides.
//!
//! - [`score`]: scores in hundredths of a point and the pass mark;
//! - [`grade`]: one answer against one question, with per-option verdicts;
//! - [`shuffle`]: seeded on-screen orders, the same on every device;
//! - [`scenario`]: walking a branching scenario and the "what if" recap;
//! - [`module_score`]: a module's score from the best stored scores.

pub mod grade;
pub mod module_score;
pub mod scenario;
pub mod score;
pub mod shuffle;

#[cfg(test)]
mod test_support;

pub use grade::{grade, GradeError, Outcome, Response, Verdict};
pub use module_score::{module_score, question_set_max, question_set_score};
pub use scenario::{
    alternatives, ending, max_points, restart, scenario_score, start, step, Alternative,
    ScenarioState, StepError, StepRecap,
};
pub use score::{passed, Score};
pub use shuffle::{display_order, seed_for, shuffled_order};
