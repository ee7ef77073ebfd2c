//! Quiz grading, scenario state machine and scoring. Pure: the page asks, this decides.
//!
//! - [`score`]: scores in hundredths of a point and the pass mark;
//! - [`grade`]: one answer against one question, with per-option verdicts;
//! - [`shuffle`]: seeded on-screen orders, the same on every device;
//! - [`scenario`]: walking a branching scenario, one choice at a time;
//! - [`scenario_points`]: the best path's points and a walk's score;
//! - [`recap`]: the "what would have happened if…" recap;
//! - [`module_score`]: a module's score from the best stored scores.

pub mod grade;
pub mod module_score;
pub mod recap;
pub mod scenario;
pub mod scenario_points;
pub mod score;
pub mod shuffle;

#[cfg(test)]
mod test_support;

pub use grade::{grade, GradeError, Outcome, Response, Verdict};
pub use module_score::{module_score, question_set_max, question_set_score};
pub use recap::{alternatives, Alternative, StepRecap};
pub use scenario::{current, ending, is_finished, restart, start, step, ScenarioState, StepError};
pub use scenario_points::{max_points, scenario_score};
pub use score::{hundredths, passed, Score};
pub use shuffle::{
    display_order, response_from_screen, response_to_screen, scrambled_order, seed_for,
    shuffled_order,
};
