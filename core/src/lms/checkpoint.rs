//! When the progress is worth sending to the LMS at once: a finished question set or scenario
//! (a better score or a new ending), an attempt at the final assessment started or ended, a
//! new language. Reading a step is not: it travels with the next of these, and when the
//! learner leaves.

use std::collections::{BTreeMap, BTreeSet};

use crate::assessment::{AttemptId, Submission};
use crate::progress::Progress;
use crate::quiz::Score;

/// What of a progress, once changed, is sent to the LMS at once (compare two with `==`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Checkpoint {
    language: Option<String>,
    scores: BTreeMap<(String, String), Score>,
    endings: BTreeSet<(String, String, String)>,
    attempts: Vec<(AttemptId, Option<Submission>)>,
}

impl Checkpoint {
    /// The checkpoint `progress` has reached.
    pub fn of(progress: &Progress) -> Self {
        let mut checkpoint = Checkpoint {
            language: progress.locale_code().map(str::to_owned),
            ..Checkpoint::default()
        };
        for (module, record) in &progress.modules {
            for (block, score) in record.quiz_best.iter().chain(&record.scenario_best) {
                checkpoint
                    .scores
                    .insert((module.clone(), block.clone()), *score);
            }
            for (scenario, endings) in &record.scenario_endings {
                for ending in endings {
                    let key = (module.clone(), scenario.clone(), ending.clone());
                    checkpoint.endings.insert(key);
                }
            }
        }
        checkpoint.attempts = progress
            .assessment
            .numbered()
            .map(|(_, a)| (a.id(), a.submission))
            .collect();
        checkpoint
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::arbitrary::sample;

    const T0: u64 = 1_764_000_000_000;

    #[test]
    fn reading_a_step_is_not_a_checkpoint() {
        let before = sample("fr", T0);
        let mut after = before.clone();
        after.mark_step_read("01-intro", "how", T0 + 1);
        assert_eq!(Checkpoint::of(&before), Checkpoint::of(&after));
    }

    #[test]
    fn a_better_score_a_new_ending_or_a_language_is_one() {
        let before = sample("fr", T0);
        let mut better = before.clone();
        better.record_quiz("01-intro", "check", Score::new(200, 200), T0 + 1);
        let mut ending = before.clone();
        ending.record_scenario("01-intro", "chat", "fight", Score::new(0, 2), T0 + 1);
        let mut language = before.clone();
        language.set_locale("ar", T0 + 1);
        for after in [better, ending, language] {
            assert_ne!(Checkpoint::of(&before), Checkpoint::of(&after));
        }
    }

    #[test]
    fn a_worse_score_changes_nothing() {
        let before = sample("fr", T0);
        let mut worse = before.clone();
        worse.record_quiz("01-intro", "check", Score::new(0, 200), T0 + 1);
        assert_eq!(Checkpoint::of(&before), Checkpoint::of(&worse));
    }
}
