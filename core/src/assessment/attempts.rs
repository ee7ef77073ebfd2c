//! Every attempt a learner made, as the progress keeps them: starting one within the limits,
//! the best one, and merging two copies without losing or doubling an attempt.
//!
//! In the file, a list in the order they started: `"assessment": [{ "started_ms": …,
//! "seed": …, "questions": […], "answers": {…}, "submission": {…} }]`.

use std::collections::btree_map::{BTreeMap, Entry};
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::attempt::{Attempt, AttemptId};
use crate::content::{AssessmentSettings, Pools, Question, Unlock};

/// Every attempt at the final assessment, each once, in the order they started.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Attempts(BTreeMap<AttemptId, Attempt>);

/// Why a new attempt cannot start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StartError {
    /// The assessment opens once every module is passed.
    Locked,
    /// Every attempt allowed has been used.
    NoAttemptsLeft,
    /// An attempt is still open: resume it (or end it if its time is up).
    InProgress,
    /// An attempt with the same start time and seed exists: draw another seed.
    SameId,
}

impl fmt::Display for StartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Locked => "the assessment opens once every module is passed",
            Self::NoAttemptsLeft => "every attempt has been used",
            Self::InProgress => "an attempt is still open",
            Self::SameId => "an attempt with this start time and seed exists",
        })
    }
}

impl std::error::Error for StartError {}

/// Whether the assessment is open to a learner who has (or has not) passed every module.
pub fn unlocked(settings: &AssessmentSettings, modules_passed: bool) -> bool {
    settings.unlock == Unlock::Always || modules_passed
}

impl Attempts {
    /// Whether no attempt was ever started.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many attempts were started.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The attempts numbered from 1, in the order they started.
    pub fn numbered(&self) -> impl Iterator<Item = (usize, &Attempt)> {
        self.0.values().enumerate().map(|(i, a)| (i + 1, a))
    }

    /// The attempt still open, if one is.
    pub fn open(&self) -> Option<&Attempt> {
        self.0.values().find(|a| a.is_open())
    }

    /// The attempt still open, to answer or submit it.
    pub fn open_mut(&mut self) -> Option<&mut Attempt> {
        self.0.values_mut().find(|a| a.is_open())
    }

    /// Attempts the learner may still start.
    pub fn attempts_left(&self, settings: &AssessmentSettings) -> u32 {
        let used = u32::try_from(self.len()).unwrap_or(u32::MAX);
        settings.attempts.saturating_sub(used)
    }

    /// Starts an attempt at `now_ms` with `seed` (a fresh random number from the page).
    /// Refused while the assessment is locked, when no attempt is left, or while another is
    /// open: end a timed-out one first with [`Attempts::expire_if_due`].
    pub fn start(
        &mut self,
        settings: &AssessmentSettings,
        pools: &Pools,
        modules_passed: bool,
        seed: u64,
        now_ms: u64,
    ) -> Result<&mut Attempt, StartError> {
        if !unlocked(settings, modules_passed) {
            return Err(StartError::Locked);
        }
        if self.attempts_left(settings) == 0 {
            return Err(StartError::NoAttemptsLeft);
        }
        if self.open().is_some() {
            return Err(StartError::InProgress);
        }
        let attempt = Attempt::new(settings, pools, seed, now_ms);
        match self.0.entry(attempt.id()) {
            Entry::Occupied(_) => Err(StartError::SameId),
            Entry::Vacant(slot) => Ok(slot.insert(attempt)),
        }
    }

    /// Ends every open attempt whose time ran out by `now_ms` (see
    /// [`Attempt::expire_if_due`]). Returns true when one ended.
    pub fn expire_if_due<'q>(
        &mut self,
        lookup: impl Fn(&str) -> Option<&'q Question> + Copy,
        pass_mark: u8,
        now_ms: u64,
    ) -> bool {
        let mut ended = false;
        for attempt in self.0.values_mut() {
            ended |= attempt.expire_if_due(lookup, pass_mark, now_ms);
        }
        ended
    }

    /// The best ended attempt and its number: a pass before a fail, then the better score,
    /// then the earlier attempt.
    pub fn best(&self) -> Option<(usize, &Attempt)> {
        let mut best: Option<(usize, &Attempt)> = None;
        for (number, attempt) in self.numbered() {
            let Some(ended) = attempt.submission else {
                continue;
            };
            let beats = best.is_none_or(|(_, b)| {
                let kept = b.submission.expect("only ended attempts are kept");
                (ended.passed, ended.score) > (kept.passed, kept.score)
            });
            if beats {
                best = Some((number, attempt));
            }
        }
        best
    }

    /// Both copies' attempts, each once. An attempt in both copies keeps its ended state
    /// (the earlier end if both ended: an attempt ends once, a stale tab cannot reopen it);
    /// while open, each question keeps its later answer. Commutative, associative and
    /// idempotent, like the rest of the progress merge.
    pub fn merge(&self, other: &Attempts) -> Attempts {
        let mut merged = self.0.clone();
        for (id, theirs) in &other.0 {
            let value = match self.0.get(id) {
                Some(ours) => merge_attempt(ours, theirs),
                None => theirs.clone(),
            };
            merged.insert(*id, value);
        }
        Attempts(merged)
    }
}

impl FromIterator<Attempt> for Attempts {
    /// The attempts, each identified by its start time and seed; a later copy of one merges
    /// into the earlier.
    fn from_iter<I: IntoIterator<Item = Attempt>>(attempts: I) -> Self {
        attempts
            .into_iter()
            .fold(Attempts::default(), |all, attempt| {
                all.merge(&Attempts([(attempt.id(), attempt)].into()))
            })
    }
}

/// Two copies of one attempt (same id) as one.
fn merge_attempt(a: &Attempt, b: &Attempt) -> Attempt {
    match (&a.submission, &b.submission) {
        (Some(_), Some(_)) => earlier_end(a, b).clone(),
        (Some(_), None) => a.clone(),
        (None, Some(_)) => b.clone(),
        (None, None) => {
            // Same id, so the same draw unless a file was edited: keep one deterministically.
            let header = |x: &Attempt| (x.time_limit_ms, x.questions.clone());
            let base = if header(b) > header(a) { b } else { a };
            let mut answers = a.answers.clone();
            for (question, theirs) in &b.answers {
                let answer = match answers.remove(question) {
                    Some(ours) => ours.later(theirs.clone()),
                    None => theirs.clone(),
                };
                answers.insert(question.clone(), answer);
            }
            Attempt {
                answers,
                ..base.clone()
            }
        }
    }
}

/// Of two ended copies, the one that ended first (on a tie, the one whose text sorts first).
fn earlier_end<'a>(a: &'a Attempt, b: &'a Attempt) -> &'a Attempt {
    let key = |x: &Attempt| {
        let ended = x.submission.map(|s| s.ended_ms);
        (
            ended,
            serde_json::to_string(x).expect("an attempt serializes"),
        )
    };
    if key(b) < key(a) {
        b
    } else {
        a
    }
}

impl Serialize for Attempts {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.values())
    }
}

impl<'de> Deserialize<'de> for Attempts {
    /// A list of attempts; the same attempt twice is refused (a file edited by hand).
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let list = Vec::<Attempt>::deserialize(deserializer)?;
        let count = list.len();
        let attempts: BTreeMap<AttemptId, Attempt> =
            list.into_iter().map(|a| (a.id(), a)).collect();
        if attempts.len() < count {
            return Err(serde::de::Error::custom("the same attempt is listed twice"));
        }
        Ok(Attempts(attempts))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::test_support::*;
    use crate::quiz::Score;

    /// Starts an attempt, answers its first `right_answers` questions right and submits it.
    fn sit(attempts: &mut Attempts, seed: u64, at: u64, right_answers: usize) -> usize {
        let bank = bank();
        let attempt = attempts
            .start(&settings(), &pools(), true, seed, at)
            .unwrap();
        for id in attempt.questions.clone().iter().take(right_answers) {
            attempt.answer(&bank[id], right(), at + 1).unwrap();
        }
        attempt.submit(lookup(&bank), 70, at + 2).unwrap();
        attempts.len()
    }

    #[test]
    fn the_assessment_opens_after_the_modules_unless_it_is_always_open() {
        let mut attempts = Attempts::default();
        let locked = attempts.start(&settings(), &pools(), false, 1, T0);
        assert_eq!(locked.unwrap_err(), StartError::Locked);
        let always = AssessmentSettings {
            unlock: Unlock::Always,
            ..settings()
        };
        assert!(attempts.start(&always, &pools(), false, 1, T0).is_ok());
    }

    #[test]
    fn attempts_are_limited_and_one_is_open_at_a_time() {
        let mut attempts = Attempts::default();
        assert_eq!(attempts.attempts_left(&settings()), 3);
        attempts.start(&settings(), &pools(), true, 1, T0).unwrap();
        let again = attempts.start(&settings(), &pools(), true, 2, T0 + 1);
        assert_eq!(again.unwrap_err(), StartError::InProgress);
        let bank = bank();
        attempts
            .open_mut()
            .unwrap()
            .submit(lookup(&bank), 70, T0 + 2);
        sit(&mut attempts, 2, T0 + 10, 0);
        sit(&mut attempts, 3, T0 + 20, 0);
        assert_eq!(attempts.attempts_left(&settings()), 0);
        let fourth = attempts.start(&settings(), &pools(), true, 4, T0 + 30);
        assert_eq!(fourth.unwrap_err(), StartError::NoAttemptsLeft);
    }

    #[test]
    fn an_attempt_with_the_start_time_and_seed_of_another_is_refused() {
        let mut attempts = Attempts::default();
        sit(&mut attempts, 1, T0, 0);
        let twin = attempts.start(&settings(), &pools(), true, 1, T0);
        assert_eq!(twin.unwrap_err(), StartError::SameId);
        assert_eq!(attempts.len(), 1);
    }

    #[test]
    fn a_timed_out_attempt_is_ended_before_the_next_one_starts() {
        let bank = bank();
        let mut attempts = Attempts::default();
        attempts
            .start(&timed_settings(1), &pools(), true, 1, T0)
            .unwrap();
        assert!(!attempts.expire_if_due(lookup(&bank), 70, T0 + 1));
        assert!(attempts.expire_if_due(lookup(&bank), 70, T0 + 60_000));
        assert!(attempts.open().is_none());
        assert!(attempts
            .start(&timed_settings(1), &pools(), true, 2, T0 + 70_000)
            .is_ok());
    }

    #[test]
    fn the_best_attempt_is_a_pass_then_the_higher_score_then_the_earlier_one() {
        let mut attempts = Attempts::default();
        assert_eq!(attempts.best(), None);
        sit(&mut attempts, 1, T0, 2);
        sit(&mut attempts, 2, T0 + 10, 3);
        sit(&mut attempts, 3, T0 + 20, 3);
        let (number, best) = attempts.best().unwrap();
        assert_eq!(number, 2);
        assert_eq!(best.submission.unwrap().score, Score::new(300, 300));
    }

    #[test]
    fn the_same_attempt_answered_in_two_tabs_keeps_each_later_answer() {
        let bank = bank();
        let mut first_tab = Attempts::default();
        let attempt = first_tab.start(&settings(), &pools(), true, 1, T0).unwrap();
        let [q0, q1, _] = [0, 1, 2].map(|i| bank[&attempt.questions[i]].clone());
        let mut second_tab = first_tab.clone();
        let open = first_tab.open_mut().unwrap();
        open.answer(&q0, wrong(), T0 + 1).unwrap();
        open.answer(&q1, right(), T0 + 5).unwrap();
        let open = second_tab.open_mut().unwrap();
        open.answer(&q0, right(), T0 + 3).unwrap();
        open.answer(&q1, wrong(), T0 + 4).unwrap();

        let merged = first_tab.merge(&second_tab);
        assert_eq!(merged, second_tab.merge(&first_tab));
        assert_eq!(merged.len(), 1);
        let answers = &merged.open().unwrap().answers;
        assert_eq!(answers[&q0.id].response, right());
        assert_eq!(answers[&q1.id].response, right());
    }

    #[test]
    fn a_submitted_copy_wins_and_a_stale_tab_cannot_submit_again() {
        let bank = bank();
        let mut first_tab = Attempts::default();
        first_tab.start(&settings(), &pools(), true, 1, T0).unwrap();
        let mut stale_tab = first_tab.clone();
        first_tab
            .open_mut()
            .unwrap()
            .submit(lookup(&bank), 70, T0 + 10);
        let stale = stale_tab.open_mut().unwrap();
        for id in stale.questions.clone() {
            stale.answer(&bank[&id], right(), T0 + 20).unwrap();
        }
        stale.submit(lookup(&bank), 70, T0 + 30);

        let merged = stale_tab.merge(&first_tab);
        assert_eq!(merged, first_tab);
        assert!(!merged.best().unwrap().1.submission.unwrap().passed);
    }

    #[test]
    fn attempts_from_two_devices_are_all_kept_and_none_counted_twice() {
        let mut phone = Attempts::default();
        sit(&mut phone, 1, T0, 0);
        let mut centre = phone.clone();
        sit(&mut centre, 2, T0 + 100, 3);
        sit(&mut phone, 3, T0 + 50, 1);
        let merged = phone.merge(&centre);
        assert_eq!(merged.len(), 3);
        assert_eq!(merged.merge(&centre).merge(&phone), merged);
        let started: Vec<u64> = merged.numbered().map(|(_, a)| a.started_ms).collect();
        assert_eq!(started, [T0, T0 + 50, T0 + 100]);
        assert_eq!(merged.best().unwrap().0, 3);
    }

    #[test]
    fn attempts_are_written_as_a_list_and_the_same_one_twice_is_refused() {
        let mut attempts = Attempts::default();
        sit(&mut attempts, 1, T0, 2);
        let text = serde_json::to_string(&attempts).unwrap();
        assert!(text.starts_with("[{\"started_ms\":"), "{text}");
        assert_eq!(serde_json::from_str::<Attempts>(&text).unwrap(), attempts);
        let twice = format!("[{0},{0}]", &text[1..text.len() - 1]);
        let error = serde_json::from_str::<Attempts>(&twice).unwrap_err();
        assert!(error.to_string().contains("twice"), "{error}");
    }
}
