//! What a learner has done, per module, and the verbs that record it.
//!
//! Progress only grows: a step once read stays read, a score is replaced only by a better
//! one, an ending once reached stays reached. That is what lets [`super::merge`] combine two
//! copies without ever losing anything. Attempts at the final assessment are kept whole, each
//! once (see [`Attempts::merge`]).

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::outline::Outline;
use crate::assessment::Attempts;
use crate::quiz::Score;

/// A learner's progress through one course (the current version of the file format, without
/// its `format` and `version` stamp, which [`super::export`] adds and reading checks).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Progress {
    /// Id of the course this progress belongs to (`id` in `course.toml`).
    pub course: String,
    /// Language the learner chose, when they chose one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<LocaleChoice>,
    /// Per module id, what was done in it. Modules never opened are absent.
    #[serde(default)]
    pub modules: BTreeMap<String, ModuleProgress>,
    /// Every attempt at the final assessment, in the order they started.
    #[serde(default, skip_serializing_if = "Attempts::is_empty")]
    pub assessment: Attempts,
    /// When this copy last changed, in milliseconds since the Unix epoch (0 when unknown).
    #[serde(default)]
    pub updated: u64,
}

/// A language choice and when it was made, so that the latest choice wins a merge.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleChoice {
    /// When it was chosen, in ms since the epoch (first, so that the derived order is
    /// "latest choice, then greater code").
    pub chosen_at: u64,
    /// Locale code (`fr`, `ar`, `ary`).
    pub code: String,
}

/// What a learner has done in one module.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModuleProgress {
    /// Ids of the steps the learner has seen.
    #[serde(default)]
    pub steps_read: BTreeSet<String>,
    /// Best score per question set id.
    #[serde(default)]
    pub quiz_best: BTreeMap<String, Score>,
    /// Best score per scenario id.
    #[serde(default)]
    pub scenario_best: BTreeMap<String, Score>,
    /// Ending node ids reached, per scenario id.
    #[serde(default)]
    pub scenario_endings: BTreeMap<String, BTreeSet<String>>,
    /// First time anything was recorded in this module (ms since the epoch), if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_activity: Option<u64>,
    /// Last time anything was recorded in this module (ms since the epoch), if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_activity: Option<u64>,
    /// The module's steps and scored blocks when the learner last opened it, so that the
    /// course map shows its state without the module's file (absent in older progress).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outline: Option<Outline>,
}

impl Progress {
    /// Empty progress for a course: the state of a learner who has not started.
    pub fn new(course: impl Into<String>) -> Self {
        Progress {
            course: course.into(),
            ..Progress::default()
        }
    }

    /// Records that the learner saw a step. Returns true the first time.
    pub fn mark_step_read(&mut self, module: &str, step: &str, now_ms: u64) -> bool {
        self.touch(module, now_ms)
            .steps_read
            .insert(step.to_owned())
    }

    /// Records a finished question set. Returns true when it is the best score so far.
    pub fn record_quiz(&mut self, module: &str, set: &str, score: Score, now_ms: u64) -> bool {
        keep_best(&mut self.touch(module, now_ms).quiz_best, set, score)
    }

    /// Records a scenario played to an ending, keeping the best score for the scenario.
    /// Returns true when this ending had not been reached before.
    pub fn record_scenario(
        &mut self,
        module: &str,
        scenario: &str,
        ending: &str,
        score: Score,
        now_ms: u64,
    ) -> bool {
        let module = self.touch(module, now_ms);
        keep_best(&mut module.scenario_best, scenario, score);
        module
            .scenario_endings
            .entry(scenario.to_owned())
            .or_default()
            .insert(ending.to_owned())
    }

    /// The attempts at the final assessment, to start, answer or submit one at `now_ms`
    /// (the copy counts as changed then).
    pub fn assessment_mut(&mut self, now_ms: u64) -> &mut Attempts {
        self.bump(now_ms);
        &mut self.assessment
    }

    /// The code of the language the learner chose, if they chose one.
    pub fn locale_code(&self) -> Option<&str> {
        self.locale.as_ref().map(|choice| choice.code.as_str())
    }

    /// Records the language the learner chose. It is always later than the choice it
    /// replaces, even if the clock was set back since, so that no merge brings the old one back.
    pub fn set_locale(&mut self, locale: &str, now_ms: u64) {
        let after_previous = self
            .locale
            .as_ref()
            .map_or(0, |choice| choice.chosen_at + 1);
        self.locale = Some(LocaleChoice {
            chosen_at: after_previous.max(now_ms),
            code: locale.to_owned(),
        });
        self.bump(now_ms);
    }

    /// Moves `updated` forward (never back: a clock set back must not make a copy look older)
    /// and returns the module's record, creating it and stamping its activity times.
    fn touch(&mut self, module: &str, now_ms: u64) -> &mut ModuleProgress {
        self.bump(now_ms);
        let record = self.modules.entry(module.to_owned()).or_default();
        record.first_activity = Some(record.first_activity.map_or(now_ms, |t| t.min(now_ms)));
        record.last_activity = Some(record.last_activity.map_or(now_ms, |t| t.max(now_ms)));
        record
    }

    /// Brings every time later than `now_ms` back to `now_ms`: a file dated in the future
    /// (a wrong clock on another device) must not outrank what the learner does next.
    /// Attempts keep their times: their start time is what identifies them in every copy.
    pub fn clamp_times(&mut self, now_ms: u64) {
        if let Some(choice) = &mut self.locale {
            choice.chosen_at = choice.chosen_at.min(now_ms);
        }
        for module in self.modules.values_mut() {
            for time in [&mut module.first_activity, &mut module.last_activity]
                .into_iter()
                .flatten()
            {
                *time = (*time).min(now_ms);
            }
        }
        self.updated = self.updated.min(now_ms);
    }

    fn bump(&mut self, now_ms: u64) {
        self.updated = self.updated.max(now_ms);
    }
}

/// Stores `score` under `id` unless a better one is there. Returns true when it was stored.
fn keep_best(best: &mut BTreeMap<String, Score>, id: &str, score: Score) -> bool {
    match best.get(id) {
        Some(&previous) if previous >= score => false,
        _ => {
            best.insert(id.to_owned(), score);
            true
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: u64 = 1_764_000_000_000;

    fn score(earned: u32, max: u32) -> Score {
        Score { earned, max }
    }

    #[test]
    fn reading_a_step_starts_the_module_and_is_reported_once() {
        let mut progress = Progress::new("course");
        assert!(progress.mark_step_read("01-intro", "why", T0));
        assert!(!progress.mark_step_read("01-intro", "why", T0 + 5));
        let module = &progress.modules["01-intro"];
        assert!(module.steps_read.contains("why"));
        assert_eq!(module.first_activity, Some(T0));
        assert_eq!(module.last_activity, Some(T0 + 5));
        assert_eq!(progress.updated, T0 + 5);
    }

    #[test]
    fn a_worse_quiz_attempt_does_not_replace_the_best_one() {
        let mut progress = Progress::new("course");
        assert!(progress.record_quiz("02-pw", "check", score(300, 400), T0));
        assert!(!progress.record_quiz("02-pw", "check", score(100, 400), T0 + 1));
        assert!(progress.record_quiz("02-pw", "check", score(400, 400), T0 + 2));
        assert_eq!(
            progress.modules["02-pw"].quiz_best["check"],
            score(400, 400)
        );
    }

    #[test]
    fn every_scenario_ending_reached_is_kept_with_the_best_score() {
        let mut progress = Progress::new("course");
        assert!(progress.record_scenario("03-group", "whatsapp", "help", score(200, 200), T0));
        assert!(progress.record_scenario("03-group", "whatsapp", "fight", score(0, 200), T0 + 1));
        assert!(!progress.record_scenario("03-group", "whatsapp", "help", score(100, 200), T0 + 2));
        let module = &progress.modules["03-group"];
        let endings: Vec<_> = module.scenario_endings["whatsapp"].iter().collect();
        assert_eq!(endings, ["fight", "help"]);
        assert_eq!(module.scenario_best["whatsapp"], score(200, 200));
    }

    #[test]
    fn a_clock_set_back_does_not_make_progress_look_older() {
        let mut progress = Progress::new("course");
        progress.mark_step_read("01-intro", "why", T0);
        progress.mark_step_read("01-intro", "how", T0 - 60_000);
        assert_eq!(progress.updated, T0);
        let module = &progress.modules["01-intro"];
        assert_eq!(module.first_activity, Some(T0 - 60_000));
        assert_eq!(module.last_activity, Some(T0));
    }

    #[test]
    fn a_new_language_choice_wins_even_with_a_clock_set_back() {
        let mut progress = Progress::new("course");
        progress.set_locale("fr", T0);
        progress.set_locale("ar", T0 - 60_000);
        assert_eq!(progress.locale_code(), Some("ar"));
    }

    #[test]
    fn choosing_a_language_changes_no_module() {
        let mut progress = Progress::new("course");
        progress.set_locale("ary", T0);
        assert_eq!(progress.locale_code(), Some("ary"));
        assert!(progress.modules.is_empty());
        assert_eq!(progress.updated, T0);
    }
}
