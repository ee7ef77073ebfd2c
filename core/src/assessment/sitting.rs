//! What the assessment screen shows, decided here so that the screen only wires it:
//!
//! - locked until every module is passed (unless the course opens it from the start);
//! - an open attempt is shown to be answered, whatever else is true (a second tab or a
//!   reload finds it);
//! - otherwise the latest ended attempt (its score and review), with a start button while
//!   attempts are left;
//! - a timed attempt's countdown is announced to screen readers only when the announced
//!   minutes change: every 5 minutes, then at 1 minute left — never every second.

use super::attempt::{Attempt, AttemptId};
use super::attempts::{unlocked, Attempts};
use crate::content::AssessmentSettings;

/// The screen's state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Every module must be passed first.
    Locked,
    /// An attempt is open: answer it, then submit.
    Open(AttemptId),
    /// No attempt is open.
    Closed {
        /// The latest ended attempt, to show its result and review.
        latest: Option<AttemptId>,
        /// Attempts the learner may still start.
        attempts_left: u32,
    },
}

impl Attempts {
    /// What the assessment screen shows for these attempts.
    pub fn stage(&self, settings: &AssessmentSettings, modules_passed: bool) -> Stage {
        if let Some(open) = self.open() {
            return Stage::Open(open.id());
        }
        if self.is_empty() && !unlocked(settings, modules_passed) {
            return Stage::Locked;
        }
        let latest = self
            .numbered()
            .filter(|(_, attempt)| !attempt.is_open())
            .last()
            .map(|(_, attempt)| attempt.id());
        let attempts_left = if unlocked(settings, modules_passed) {
            self.attempts_left(settings)
        } else {
            0
        };
        Stage::Closed {
            latest,
            attempts_left,
        }
    }

    /// The attempt `id` and its number (from 1), if it is one of these.
    pub fn find(&self, id: AttemptId) -> Option<(usize, &Attempt)> {
        self.numbered().find(|(_, attempt)| attempt.id() == id)
    }

    /// Whether an open attempt's time ran out by `now_ms` (end it with
    /// [`Attempts::expire_if_due`]).
    pub fn is_due(&self, now_ms: u64) -> bool {
        self.open()
            .and_then(Attempt::deadline_ms)
            .is_some_and(|deadline| deadline <= now_ms)
    }
}

impl Attempt {
    /// Milliseconds left at `now_ms` before a timed attempt ends (0 once it has).
    pub fn remaining_ms(&self, now_ms: u64) -> Option<u64> {
        self.deadline_ms()
            .map(|deadline| deadline.saturating_sub(now_ms))
    }

    /// How many of the drawn questions have an answer.
    pub fn answered(&self) -> usize {
        self.questions
            .iter()
            .filter(|id| self.answers.contains_key(*id))
            .count()
    }
}

/// The minutes announced to screen readers with `remaining_ms` left: a multiple of 5 while
/// more than 5 minutes are left, then 5, then 1 for the last minute. The announcement is
/// made when this number changes.
pub fn announced_minutes(remaining_ms: u64) -> u64 {
    let minutes = remaining_ms.div_ceil(60_000);
    match minutes {
        0 | 1 => minutes,
        2..=5 => 5,
        _ => minutes.div_ceil(5) * 5,
    }
}

/// A countdown as shown: `mm:ss`, or `h:mm:ss` from an hour, a started second counting whole.
pub fn countdown_text(remaining_ms: u64) -> String {
    crate::i18n::format_clock(remaining_ms.div_ceil(1000))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::test_support::*;
    use crate::content::Unlock;

    #[test]
    fn the_assessment_is_locked_until_the_modules_are_passed_unless_always_open() {
        let attempts = Attempts::default();
        assert_eq!(attempts.stage(&settings(), false), Stage::Locked);
        let open = AssessmentSettings {
            unlock: Unlock::Always,
            ..settings()
        };
        assert_eq!(
            attempts.stage(&open, false),
            Stage::Closed {
                latest: None,
                attempts_left: 3
            }
        );
    }

    #[test]
    fn an_open_attempt_is_shown_then_the_latest_result_with_the_attempts_left() {
        let bank = bank();
        let mut attempts = Attempts::default();
        let id = attempts
            .start(&settings(), &pools(), true, 1, T0)
            .unwrap()
            .id();
        assert_eq!(attempts.stage(&settings(), true), Stage::Open(id));
        assert_eq!(attempts.find(id).map(|(n, _)| n), Some(1));
        attempts
            .open_mut()
            .unwrap()
            .submit(lookup(&bank), 70, T0 + 5)
            .unwrap();
        assert_eq!(
            attempts.stage(&settings(), true),
            Stage::Closed {
                latest: Some(id),
                attempts_left: 2
            }
        );
    }

    #[test]
    fn a_timed_attempt_is_due_at_its_deadline_and_counts_down() {
        let mut attempts = Attempts::default();
        let attempt = attempts
            .start(&timed_settings(10), &pools(), true, 1, T0)
            .unwrap();
        assert_eq!(attempt.remaining_ms(T0 + 1_000), Some(599_000));
        assert_eq!(attempt.remaining_ms(T0 + 700_000), Some(0));
        assert!(!attempts.is_due(T0 + 599_999));
        assert!(attempts.is_due(T0 + 600_000));
    }

    #[test]
    fn the_countdown_is_announced_every_five_minutes_then_at_the_last_minute() {
        let at = |minutes: u64, seconds: u64| announced_minutes(minutes * 60_000 + seconds * 1000);
        assert_eq!(at(29, 59), 30);
        assert_eq!(at(25, 1), 30);
        assert_eq!(at(25, 0), 25);
        assert_eq!(at(7, 0), 10);
        assert_eq!(at(4, 30), 5);
        assert_eq!(at(1, 1), 5);
        assert_eq!(at(1, 0), 1);
        assert_eq!(at(0, 1), 1);
        assert_eq!(at(0, 0), 0);
        let changes = (0..=30 * 60)
            .rev()
            .map(|s| announced_minutes(s * 1000))
            .collect::<Vec<_>>()
            .windows(2)
            .filter(|pair| pair[0] != pair[1])
            .count();
        assert_eq!(changes, 7, "30 → 25 → … → 5 → 1 → 0");
    }

    #[test]
    fn the_countdown_reads_as_minutes_and_seconds() {
        assert_eq!(countdown_text(90_000), "01:30");
        assert_eq!(countdown_text(1), "00:01");
        assert_eq!(countdown_text(3_600_000 + 5_000), "1:00:05");
    }

    #[test]
    fn the_answered_count_follows_the_answers_given() {
        let bank = bank();
        let mut attempt = Attempt::new(&settings(), &pools(), 3, T0);
        assert_eq!(attempt.answered(), 0);
        let first = &bank[&attempt.questions[0]];
        attempt.answer(first, right(), T0 + 1).unwrap();
        attempt.answer(first, wrong(), T0 + 2).unwrap();
        assert_eq!(attempt.answered(), 1);
    }
}
