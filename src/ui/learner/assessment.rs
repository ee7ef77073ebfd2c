//! The learner's verbs for the final assessment: each changes the attempts through the
//! engine (`amane_core::assessment`) and saves at once, so a reload or another tab finds
//! the same attempt, questions and answers.

use super::Learner;
use crate::web::clock::now_ms;
use crate::web::random;
use amane_core::assessment::{AssessmentSettings, Bank};
use amane_core::content::Question;
use amane_core::quiz::Response;
use leptos::prelude::WithUntracked;

impl Learner {
    /// Starts an attempt with a fresh random seed, if one may start now.
    pub fn start_assessment(
        self,
        settings: &AssessmentSettings,
        bank: &Bank,
        modules_passed: bool,
    ) {
        self.change(|p, now| {
            p.assessment_mut(now)
                .start(settings, &bank.pools, modules_passed, random::seed(), now)
                .is_ok()
        });
    }

    /// Records (or changes) the open attempt's answer to `question`.
    pub fn answer_assessment(self, question: &Question, response: Response) {
        self.change(|p, now| {
            p.assessment_mut(now)
                .open_mut()
                .is_some_and(|attempt| attempt.answer(question, response, now).is_ok())
        });
    }

    /// Submits the open attempt (graded with `bank`).
    pub fn submit_assessment(self, bank: &Bank, pass_mark: u8) {
        self.change(|p, now| {
            p.assessment_mut(now)
                .open_mut()
                .and_then(|attempt| attempt.submit(|id| bank.question(id), pass_mark, now))
                .is_some()
        });
    }

    /// Ends the open attempt if its time ran out, with the answers given in time (called
    /// every second while one is timed: the progress is only copied when it is due).
    pub fn expire_assessment(self, bank: &Bank, pass_mark: u8) {
        if !self
            .progress
            .with_untracked(|p| p.assessment.is_due(now_ms()))
        {
            return;
        }
        self.change(|p, now| {
            p.assessment.is_due(now)
                && p.assessment_mut(now)
                    .expire_if_due(|id| bank.question(id), pass_mark, now)
        });
    }
}
