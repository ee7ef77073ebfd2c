//! What the course tells an LMS about a learner, from the course's own rules.
//!
//! - **Completion**: completed once every module is done (every step read and its pass mark
//!   reached, as on the course map) and, when the course has a final assessment, an attempt
//!   at it has ended; incomplete before.
//! - **Success**: with a final assessment, passed when its best attempt passed, failed when
//!   attempts ended and none passed (a later attempt can still pass), unknown before the first
//!   ends; without one, passed once every module is done, unknown before.
//! - **Score**, a whole percentage rounded down: the best ended attempt's when there is one;
//!   otherwise the average of the modules' percentages, over the modules that have points to
//!   earn (a module not started counts 0); none while nothing has been scored.
//! - **Language**: the one the learner chose.

use crate::content::{Course, Module};
use crate::progress::{course_done, module_status, Progress};

/// Whether the learner has done everything the course asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Completion {
    /// Something is left to do.
    Incomplete,
    /// Every module is done, and the final assessment taken when there is one.
    Completed,
}

/// Whether the learner met the course's bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Success {
    /// Nothing decides it yet.
    Unknown,
    /// The bar is met.
    Passed,
    /// The final assessment was taken and not passed (yet).
    Failed,
}

/// What is reported to the LMS (see the rules above).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// Completion.
    pub completion: Completion,
    /// Success.
    pub success: Success,
    /// Score in whole percent, if anything was scored.
    pub score: Option<u32>,
    /// The learner's language code, if they chose one.
    pub language: Option<String>,
}

impl Report {
    /// The report for `progress` in `course`, whose `modules` are all loaded (in any order).
    pub fn new(course: &Course, modules: &[&Module], progress: &Progress) -> Self {
        let modules_done = course_done(course, modules, progress);
        let best = progress.assessment.best().and_then(|(_, a)| a.submission);
        let has_assessment = course.assessment.is_some();
        let completion = if modules_done && (!has_assessment || best.is_some()) {
            Completion::Completed
        } else {
            Completion::Incomplete
        };
        let success = match (has_assessment, best) {
            (true, Some(ended)) if ended.passed => Success::Passed,
            (true, Some(_)) => Success::Failed,
            (false, _) if modules_done => Success::Passed,
            _ => Success::Unknown,
        };
        let score = match best {
            Some(ended) => Some(ended.score.percent()),
            None => modules_average(course, modules, progress),
        };
        Report {
            completion,
            success,
            score,
            language: progress.locale_code().map(str::to_owned),
        }
    }
}

/// The average of the modules' percentages over those with points, if any was scored.
fn modules_average(course: &Course, modules: &[&Module], progress: &Progress) -> Option<u32> {
    let anything_scored = progress
        .modules
        .values()
        .any(|m| !m.quiz_best.is_empty() || !m.scenario_best.is_empty());
    let percents: Vec<u32> = modules
        .iter()
        .map(|m| module_status(m, progress.modules.get(&m.id), course.pass_mark).1)
        .filter(|score| score.max > 0)
        .map(|score| score.percent())
        .collect();
    if !anything_scored || percents.is_empty() {
        return None;
    }
    Some(percents.iter().sum::<u32>() / percents.len() as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::Attempt;
    use crate::lms::shipped::{shipped, Shipped};
    use crate::quiz::Score;

    const T0: u64 = 1_764_000_000_000;

    fn report(course: &Shipped, progress: &Progress) -> Report {
        let modules: Vec<&Module> = course.modules.iter().collect();
        Report::new(&course.course, &modules, progress)
    }

    /// `progress` with its attempts ended at these results instead (percent, passed).
    fn with_attempts(progress: &Progress, results: &[(u32, bool)]) -> Progress {
        let template = progress.assessment.numbered().next().unwrap().1.clone();
        let attempts = results.iter().enumerate().map(|(n, &(percent, passed))| {
            let mut attempt = Attempt {
                started_ms: T0 + n as u64,
                ..template.clone()
            };
            let ended = attempt.submission.as_mut().unwrap();
            ended.score = Score::new(percent, 100);
            ended.passed = passed;
            attempt
        });
        Progress {
            assessment: attempts.collect(),
            ..progress.clone()
        }
    }

    #[test]
    fn a_learner_who_has_just_arrived_is_incomplete_with_no_score() {
        let course = shipped();
        let mut progress = Progress::new(course.course.id.clone());
        progress.set_locale("ar", T0);
        let report = report(&course, &progress);
        assert_eq!(
            report,
            Report {
                completion: Completion::Incomplete,
                success: Success::Unknown,
                score: None,
                language: Some("ar".into()),
            }
        );
    }

    #[test]
    fn before_the_assessment_the_score_is_the_modules_average() {
        let course = shipped();
        let done = course.everything_done();
        let mut progress = Progress {
            assessment: Default::default(),
            ..done.clone()
        };
        let scored: Vec<&Module> = course
            .modules
            .iter()
            .filter(|m| module_status(m, None, 70).1.max > 0)
            .collect();
        assert!(scored.len() >= 2);
        // Every point in every module but one, which has none.
        progress.modules.remove(&scored[0].id);
        let expected = 100 * (scored.len() as u32 - 1) / scored.len() as u32;
        let report = report(&course, &progress);
        assert_eq!(report.score, Some(expected));
        assert_eq!(report.completion, Completion::Incomplete);
        assert_eq!(report.success, Success::Unknown);
    }

    #[test]
    fn every_module_passed_without_an_assessment_taken_is_not_yet_complete() {
        let course = shipped();
        let progress = Progress {
            assessment: Default::default(),
            ..course.everything_done()
        };
        let report = report(&course, &progress);
        assert_eq!(report.completion, Completion::Incomplete);
        assert_eq!(report.score, Some(100));
    }

    #[test]
    fn the_best_attempt_gives_the_score_and_the_result() {
        let course = shipped();
        let done = course.everything_done();
        let failed = with_attempts(&done, &[(40, false), (65, false)]);
        let report_failed = report(&course, &failed);
        assert_eq!(report_failed.completion, Completion::Completed);
        assert_eq!(report_failed.success, Success::Failed);
        assert_eq!(report_failed.score, Some(65));
        let passed = with_attempts(&done, &[(40, false), (90, true), (75, true)]);
        let report_passed = report(&course, &passed);
        assert_eq!(report_passed.success, Success::Passed);
        assert_eq!(report_passed.score, Some(90));
    }

    #[test]
    fn a_passed_assessment_with_a_module_left_is_passed_but_incomplete() {
        let course = shipped();
        let mut progress = with_attempts(&course.everything_done(), &[(80, true)]);
        let last = course.modules.last().unwrap();
        progress
            .modules
            .get_mut(&last.id)
            .unwrap()
            .steps_read
            .clear();
        let report = report(&course, &progress);
        assert_eq!(report.completion, Completion::Incomplete);
        assert_eq!(report.success, Success::Passed);
    }

    #[test]
    fn without_an_assessment_every_module_done_is_completed_and_passed() {
        let mut course = shipped();
        let progress = Progress {
            assessment: Default::default(),
            ..course.everything_done()
        };
        course.course.assessment = None;
        let report = report(&course, &progress);
        assert_eq!(report.completion, Completion::Completed);
        assert_eq!(report.success, Success::Passed);
        assert_eq!(report.score, Some(100));
    }
}
