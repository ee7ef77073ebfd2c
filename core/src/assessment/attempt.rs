//! One attempt at the final assessment: its questions fixed when it starts, answers that can
//! change until it ends, and the score it ended with.
//!
//! Rules:
//! - the questions and their order are drawn from the seed when the attempt starts and never
//!   change (a reload or a second tab resumes the same attempt);
//! - an answer is checked against its question by the quiz's grader when it is given, can be
//!   changed until the attempt ends, and gives no feedback before then;
//! - an attempt ends when the learner submits it or, if it is timed, at its deadline: an
//!   attempt found past its deadline (also after a reload) ends as of the deadline with the
//!   answers given before it;
//! - each question is graded by [`crate::quiz::grade`]; an unanswered question earns nothing;
//!   a question the course no longer has counts neither for nor against the learner;
//! - the attempt passes when its points reach the pass mark (compared exactly, as for a
//!   module) and there was something to score.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::answer::Answer;
use super::draw::draw;
use crate::content::{AssessmentSettings, Pools, Question};
use crate::quiz::{grade, passed, GradeError, Outcome, Response, Score};

/// What identifies an attempt in every copy of the progress: when it started and its seed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AttemptId {
    /// When the attempt started (ms since the epoch).
    pub started_ms: u64,
    /// The seed its questions were drawn with.
    pub seed: u64,
}

/// An attempt at the final assessment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attempt {
    /// When it started (ms since the epoch).
    pub started_ms: u64,
    /// The seed its questions were drawn with.
    pub seed: u64,
    /// The drawn question ids, in the order shown.
    pub questions: Vec<String>,
    /// How long it may last, fixed when it started (ms), if it is timed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_limit_ms: Option<u64>,
    /// The answer given to each question id, as last changed.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub answers: BTreeMap<String, Answer>,
    /// How it ended, once it has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submission: Option<Submission>,
}

/// How an attempt ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Submission {
    /// When it ended (ms since the epoch): when submitted, or the deadline.
    pub ended_ms: u64,
    /// Whether the learner submitted it or the time ran out.
    pub ended_by: EndedBy,
    /// Points earned out of the points of its questions.
    pub score: Score,
    /// Whether the score reached the pass mark.
    pub passed: bool,
}

/// What ended an attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EndedBy {
    /// The learner submitted it.
    Submitted,
    /// Its time limit ran out.
    TimeUp,
}

/// One question of an attempt, for the review after it ends.
#[derive(Clone, Debug, PartialEq)]
pub struct Reviewed<'a> {
    /// The question id.
    pub id: &'a str,
    /// The question, unless the course no longer has it.
    pub question: Option<&'a Question>,
    /// The answer counted, if one was given in time.
    pub response: Option<&'a Response>,
    /// Its grading (an unanswered question is [`Outcome::unanswered`]), if the question exists.
    pub outcome: Option<Outcome>,
}

/// Why an answer was not recorded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerError {
    /// The attempt has ended.
    Ended,
    /// The attempt's time is up: end it with [`Attempt::expire_if_due`].
    TimeUp,
    /// The question is not one of this attempt's.
    NotDrawn,
    /// The answer does not fit the question.
    Unfit(GradeError),
}

impl fmt::Display for AnswerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Ended => write!(f, "this attempt has ended"),
            Self::TimeUp => write!(f, "this attempt's time is up"),
            Self::NotDrawn => write!(f, "this question is not part of this attempt"),
            Self::Unfit(error) => write!(f, "{error}"),
        }
    }
}

impl std::error::Error for AnswerError {}

impl Attempt {
    /// A new attempt started at `now_ms`: its questions drawn from `pools` with `seed`.
    pub fn new(settings: &AssessmentSettings, pools: &Pools, seed: u64, now_ms: u64) -> Self {
        Attempt {
            started_ms: now_ms,
            seed,
            questions: draw(pools, &settings.pools, seed),
            time_limit_ms: settings.time_limit_ms(),
            answers: BTreeMap::new(),
            submission: None,
        }
    }

    /// What identifies this attempt in every copy of the progress.
    pub fn id(&self) -> AttemptId {
        AttemptId {
            started_ms: self.started_ms,
            seed: self.seed,
        }
    }

    /// When a timed attempt ends by itself (ms since the epoch).
    pub fn deadline_ms(&self) -> Option<u64> {
        self.time_limit_ms
            .map(|limit| self.started_ms.saturating_add(limit))
    }

    /// Whether the attempt is still open (not submitted, not ended by its time limit).
    pub fn is_open(&self) -> bool {
        self.submission.is_none()
    }

    /// Records (or changes) the answer to `question`, checked against it by the grader.
    pub fn answer(
        &mut self,
        question: &Question,
        response: Response,
        now_ms: u64,
    ) -> Result<(), AnswerError> {
        if !self.is_open() {
            return Err(AnswerError::Ended);
        }
        if self.is_due(now_ms) {
            return Err(AnswerError::TimeUp);
        }
        if !self.questions.contains(&question.id) {
            return Err(AnswerError::NotDrawn);
        }
        grade(question, &response).map_err(AnswerError::Unfit)?;
        // Always later than the answer it replaces, even with a clock set back.
        let answered_ms = self.answers.get(&question.id).map_or(now_ms, |previous| {
            now_ms.max(previous.answered_ms.saturating_add(1))
        });
        let answer = Answer {
            response,
            answered_ms,
        };
        self.answers.insert(question.id.clone(), answer);
        Ok(())
    }

    /// Ends the attempt as the learner submits it, graded with `lookup` (question id → the
    /// question). An attempt already past its deadline ends as of the deadline instead.
    /// Returns `None` when it had already ended.
    pub fn submit<'q>(
        &mut self,
        lookup: impl Fn(&str) -> Option<&'q Question>,
        pass_mark: u8,
        now_ms: u64,
    ) -> Option<Submission> {
        if !self.is_open() {
            return None;
        }
        let (ended_by, ended_ms) = match self.deadline_ms() {
            Some(deadline) if deadline <= now_ms => (EndedBy::TimeUp, deadline),
            _ => (EndedBy::Submitted, now_ms.max(self.started_ms)),
        };
        let score = self.score(lookup);
        let submission = Submission {
            ended_ms,
            ended_by,
            score,
            passed: score.max > 0 && passed(score, pass_mark),
        };
        self.submission = Some(submission);
        Some(submission)
    }

    /// Ends the attempt if its time ran out by `now_ms`, with the answers given in time.
    /// Returns true when it ended now.
    pub fn expire_if_due<'q>(
        &mut self,
        lookup: impl Fn(&str) -> Option<&'q Question>,
        pass_mark: u8,
        now_ms: u64,
    ) -> bool {
        self.is_open() && self.is_due(now_ms) && self.submit(lookup, pass_mark, now_ms).is_some()
    }

    /// Every question in the order shown, with the answer counted and its grading.
    pub fn review<'a, 'q: 'a>(
        &'a self,
        lookup: impl Fn(&str) -> Option<&'q Question>,
    ) -> Vec<Reviewed<'a>> {
        self.questions
            .iter()
            .map(|id| {
                let question = lookup(id);
                let response = self.counted_response(id);
                let outcome = question.map(|q| {
                    response
                        .and_then(|r| grade(q, r).ok())
                        .unwrap_or_else(|| Outcome::unanswered(q))
                });
                Reviewed {
                    id,
                    question,
                    response,
                    outcome,
                }
            })
            .collect()
    }

    /// The attempt's score now: every question's grade added up.
    pub fn score<'q>(&self, lookup: impl Fn(&str) -> Option<&'q Question>) -> Score {
        self.review(lookup)
            .into_iter()
            .filter_map(|reviewed| reviewed.outcome.map(|outcome| outcome.score))
            .sum()
    }

    /// The answer to `id` that counts: one given before the deadline.
    fn counted_response(&self, id: &str) -> Option<&Response> {
        let answer = self.answers.get(id)?;
        let in_time = self
            .deadline_ms()
            .is_none_or(|deadline| answer.answered_ms <= deadline);
        in_time.then_some(&answer.response)
    }

    fn is_due(&self, now_ms: u64) -> bool {
        self.deadline_ms()
            .is_some_and(|deadline| deadline <= now_ms)
    }

    /// Why this attempt cannot have been written by Amane, if it cannot: a file edited or
    /// damaged by hand.
    pub fn inconsistency(&self) -> Option<String> {
        let at = self.started_ms;
        if let Some(id) = self.answers.keys().find(|id| !self.questions.contains(id)) {
            return Some(format!(
                "attempt {at} answers `{id}`, which it did not draw"
            ));
        }
        let mut drawn: Vec<&String> = self.questions.iter().collect();
        drawn.sort();
        if drawn.windows(2).any(|pair| pair[0] == pair[1]) {
            return Some(format!("attempt {at} draws a question twice"));
        }
        let submission = self.submission?;
        if submission.score.earned > submission.score.max {
            return Some(format!("attempt {at} scores above its maximum"));
        }
        (submission.ended_ms < self.started_ms)
            .then(|| format!("attempt {at} ends before it starts"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::test_support::*;

    #[test]
    fn the_questions_are_fixed_by_the_seed_when_the_attempt_starts() {
        let attempt = Attempt::new(&settings(), &pools(), 42, T0);
        assert_eq!(attempt.questions.len(), 3);
        assert_eq!(attempt, Attempt::new(&settings(), &pools(), 42, T0));
        assert_eq!(attempt.deadline_ms(), None);
        assert!(attempt.is_open());
    }

    #[test]
    fn answers_can_change_until_the_attempt_is_submitted() {
        let bank = bank();
        let mut attempt = Attempt::new(&settings(), &pools(), 1, T0);
        let first = &bank[&attempt.questions[0]];
        attempt.answer(first, wrong(), T0 + 1).unwrap();
        attempt.answer(first, right(), T0 + 2).unwrap();
        assert_eq!(attempt.answers.len(), 1);
        let submitted = attempt.submit(lookup(&bank), 70, T0 + 3).unwrap();
        assert_eq!(submitted.score, Score::new(100, 300));
        assert_eq!(submitted.ended_by, EndedBy::Submitted);
        assert!(!submitted.passed);
        assert_eq!(
            attempt.answer(first, wrong(), T0 + 4),
            Err(AnswerError::Ended)
        );
        assert_eq!(attempt.submit(lookup(&bank), 70, T0 + 5), None);
    }

    #[test]
    fn every_right_answer_passes_and_partial_credit_comes_from_the_grader() {
        let bank = bank();
        let mut attempt = Attempt::new(&settings(), &pools(), 3, T0);
        for id in attempt.questions.clone() {
            attempt.answer(&bank[&id], right(), T0 + 1).unwrap();
        }
        let submitted = attempt.submit(lookup(&bank), 70, T0 + 2).unwrap();
        assert_eq!(submitted.score, Score::new(300, 300));
        assert!(submitted.passed);
        assert_eq!(submitted.score.percent(), 100);
    }

    #[test]
    fn an_answer_is_refused_when_it_does_not_fit_or_was_not_drawn() {
        let bank = bank();
        let mut attempt = Attempt::new(&settings(), &pools(), 1, T0);
        let undrawn = bank
            .values()
            .find(|q| !attempt.questions.contains(&q.id))
            .unwrap();
        let drawn = &bank[&attempt.questions[0]];
        assert_eq!(
            attempt.answer(undrawn, right(), T0),
            Err(AnswerError::NotDrawn)
        );
        let unfit = attempt.answer(drawn, Response::Single(9), T0);
        assert!(matches!(unfit, Err(AnswerError::Unfit(_))), "{unfit:?}");
        assert!(attempt.answers.is_empty());
    }

    #[test]
    fn a_time_limit_that_ran_out_ends_the_attempt_with_what_was_answered_in_time() {
        let bank = bank();
        let mut attempt = Attempt::new(&timed_settings(1), &pools(), 5, T0);
        assert_eq!(attempt.deadline_ms(), Some(T0 + 60_000));
        let first = &bank[&attempt.questions[0]];
        attempt.answer(first, right(), T0 + 10_000).unwrap();
        assert!(!attempt.expire_if_due(lookup(&bank), 70, T0 + 59_999));
        let second = &bank[&attempt.questions[1]];
        assert_eq!(
            attempt.answer(second, right(), T0 + 60_000),
            Err(AnswerError::TimeUp)
        );
        // The learner comes back the next day: the attempt ended at its deadline.
        assert!(attempt.expire_if_due(lookup(&bank), 70, T0 + 86_400_000));
        let ended = attempt.submission.unwrap();
        assert_eq!(ended.ended_by, EndedBy::TimeUp);
        assert_eq!(ended.ended_ms, T0 + 60_000);
        assert_eq!(ended.score, Score::new(100, 300));
        assert!(!attempt.expire_if_due(lookup(&bank), 70, T0 + 86_400_001));
    }

    #[test]
    fn an_answer_given_after_the_deadline_in_another_tab_does_not_count() {
        let bank = bank();
        let mut attempt = Attempt::new(&timed_settings(1), &pools(), 5, T0);
        let first = &bank[&attempt.questions[0]];
        attempt.answers.insert(
            first.id.clone(),
            Answer {
                response: right(),
                answered_ms: T0 + 61_000,
            },
        );
        assert_eq!(attempt.score(lookup(&bank)), Score::new(0, 300));
    }

    #[test]
    fn the_review_lists_every_question_in_order_and_skips_removed_ones_from_the_score() {
        let bank = bank();
        let mut attempt = Attempt::new(&settings(), &pools(), 8, T0);
        let removed = attempt.questions[2].clone();
        let first = &bank[&attempt.questions[0]];
        attempt.answer(first, right(), T0 + 1).unwrap();
        let without = |id: &str| bank.get(id).filter(|q| q.id != removed);
        let review = attempt.review(without);
        let ids: Vec<&str> = review.iter().map(|r| r.id).collect();
        assert_eq!(ids, attempt.questions);
        assert!(review[0].outcome.as_ref().unwrap().correct);
        assert_eq!(review[1].response, None);
        assert!(review[2].question.is_none() && review[2].outcome.is_none());
        assert_eq!(attempt.score(without), Score::new(100, 200));
    }

    #[test]
    fn nothing_to_score_does_not_pass() {
        let bank = bank();
        let mut attempt = Attempt::new(&settings(), &pools(), 8, T0);
        let submitted = attempt.submit(|_| None, 0, T0 + 1).unwrap();
        assert_eq!(submitted.score, Score::default());
        assert!(!submitted.passed);
        assert!(attempt.score(lookup(&bank)).max > 0);
    }

    proptest::proptest! {
        #[test]
        fn the_score_counts_each_right_answer_once_out_of_every_drawn_question(
            seed: u64, rights in proptest::collection::vec(proptest::option::of(proptest::bool::ANY), 3),
        ) {
            let bank = bank();
            let mut attempt = Attempt::new(&settings(), &pools(), seed, T0);
            for (id, right_or_wrong) in attempt.questions.clone().iter().zip(&rights) {
                if let Some(is_right) = right_or_wrong {
                    let response = if *is_right { right() } else { wrong() };
                    attempt.answer(&bank[id], response, T0 + 1).unwrap();
                }
            }
            let right_count = rights.iter().filter(|r| **r == Some(true)).count() as u32;
            let submitted = attempt.submit(lookup(&bank), 70, T0 + 2).unwrap();
            proptest::prop_assert_eq!(submitted.score, Score::new(100 * right_count, 300));
            proptest::prop_assert_eq!(submitted.passed, right_count == 3);
        }
    }

    #[test]
    fn a_hand_edited_attempt_is_told_apart() {
        let mut attempt = Attempt::new(&settings(), &pools(), 8, T0);
        assert_eq!(attempt.inconsistency(), None);
        attempt.questions.push(attempt.questions[0].clone());
        assert!(attempt.inconsistency().unwrap().contains("twice"));
    }
}
