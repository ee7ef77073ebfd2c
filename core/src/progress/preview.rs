//! What importing a file would change, shown to the learner before they confirm.

use std::collections::BTreeMap;

use super::merge::merge;
use super::model::Progress;
use crate::quiz::Score;

/// The changes an import would make. It is computed from the merge itself, so it shows
/// exactly what confirming does.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportPreview {
    /// Modules the learner had not started here.
    pub modules_started: Vec<String>,
    /// Steps newly marked as read.
    pub steps_added: Vec<StepRef>,
    /// Quiz and scenario scores that improve.
    pub scores_improved: Vec<ScoreChange>,
    /// Scenario endings newly reached.
    pub endings_added: Vec<EndingRef>,
    /// The language the app switches to, when the file's choice is newer.
    pub locale_changed_to: Option<String>,
}

/// A step in a module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepRef {
    /// Module id.
    pub module: String,
    /// Step id.
    pub step: String,
}

/// A scenario ending in a module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EndingRef {
    /// Module id.
    pub module: String,
    /// Scenario id.
    pub scenario: String,
    /// Ending node id.
    pub ending: String,
}

/// What a score belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scored {
    /// A question set.
    Quiz,
    /// A scenario.
    Scenario,
}

/// A best score that improves.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScoreChange {
    /// Module id.
    pub module: String,
    /// Whether it is a question set or a scenario.
    pub kind: Scored,
    /// Id of the question set or scenario.
    pub id: String,
    /// Best score before, if there was one.
    pub before: Option<Score>,
    /// Best score after.
    pub after: Score,
}

impl ImportPreview {
    /// True when the file holds nothing this profile does not already have.
    pub fn is_empty(&self) -> bool {
        *self == ImportPreview::default()
    }
}

/// What merging `incoming` into `current` would change.
pub fn preview(current: &Progress, incoming: &Progress) -> ImportPreview {
    let merged = merge(current, incoming);
    let mut changes = ImportPreview {
        locale_changed_to: merged
            .locale_code()
            .filter(|code| Some(*code) != current.locale_code())
            .map(str::to_owned),
        ..ImportPreview::default()
    };
    let empty = Default::default();
    for (module_id, after) in &merged.modules {
        let before = current.modules.get(module_id).unwrap_or(&empty);
        if !current.modules.contains_key(module_id) {
            changes.modules_started.push(module_id.clone());
        }
        changes
            .steps_added
            .extend(
                after
                    .steps_read
                    .difference(&before.steps_read)
                    .map(|step| StepRef {
                        module: module_id.clone(),
                        step: step.clone(),
                    }),
            );
        for (kind, old, new) in [
            (Scored::Quiz, &before.quiz_best, &after.quiz_best),
            (
                Scored::Scenario,
                &before.scenario_best,
                &after.scenario_best,
            ),
        ] {
            changes
                .scores_improved
                .extend(improved(old, new).map(|(id, before, after)| ScoreChange {
                    module: module_id.clone(),
                    kind,
                    id,
                    before,
                    after,
                }));
        }
        for (scenario, endings) in &after.scenario_endings {
            let known = before.scenario_endings.get(scenario);
            let added = endings
                .iter()
                .filter(|e| !known.is_some_and(|k| k.contains(*e)));
            changes.endings_added.extend(added.map(|ending| EndingRef {
                module: module_id.clone(),
                scenario: scenario.clone(),
                ending: ending.clone(),
            }));
        }
    }
    changes
}

/// The scores of `after` that differ from `before` (merging only ever improves them).
fn improved<'a>(
    before: &'a BTreeMap<String, Score>,
    after: &'a BTreeMap<String, Score>,
) -> impl Iterator<Item = (String, Option<Score>, Score)> + 'a {
    after.iter().filter_map(|(id, &score)| {
        let old = before.get(id).copied();
        (old != Some(score)).then(|| (id.clone(), old, score))
    })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::progress::arbitrary::any_progress;
    use crate::progress::model::ModuleProgress;

    const T0: u64 = 1_764_000_000_000;

    fn score(earned: u32, max: u32) -> Score {
        Score { earned, max }
    }

    #[test]
    fn the_preview_lists_what_the_file_adds_and_nothing_else() {
        let mut here = Progress::new("amane");
        here.set_locale("fr", T0);
        here.mark_step_read("01-intro", "why", T0);
        here.record_quiz("01-intro", "check", score(100, 200), T0);
        here.record_quiz("01-intro", "recap", score(200, 200), T0);

        let mut file = Progress::new("amane");
        file.set_locale("ar", T0 + 1);
        file.mark_step_read("01-intro", "why", T0 + 1);
        file.mark_step_read("01-intro", "how", T0 + 1);
        file.record_quiz("01-intro", "check", score(200, 200), T0 + 1);
        file.record_quiz("01-intro", "recap", score(0, 200), T0 + 1);
        file.record_scenario("02-chat", "group", "help", score(2, 2), T0 + 1);

        let changes = preview(&here, &file);
        assert_eq!(changes.modules_started, ["02-chat"]);
        let steps: Vec<_> = changes
            .steps_added
            .iter()
            .map(|s| s.step.as_str())
            .collect();
        assert_eq!(steps, ["how"]);
        let scores: Vec<_> = changes
            .scores_improved
            .iter()
            .map(|c| (c.kind, c.id.as_str(), c.before, c.after))
            .collect();
        assert_eq!(
            scores,
            [
                (
                    Scored::Quiz,
                    "check",
                    Some(score(100, 200)),
                    score(200, 200)
                ),
                (Scored::Scenario, "group", None, score(2, 2)),
            ]
        );
        assert_eq!(changes.endings_added.len(), 1);
        assert_eq!(changes.locale_changed_to.as_deref(), Some("ar"));
    }

    #[test]
    fn an_older_file_does_not_switch_the_language() {
        let mut here = Progress::new("amane");
        here.set_locale("ary", T0);
        let mut file = Progress::new("amane");
        file.set_locale("fr", T0 - 1);
        assert!(preview(&here, &file).is_empty());
    }

    /// What the learner sees of each module: everything except activity times.
    fn achievements(progress: &Progress) -> BTreeMap<String, ModuleProgress> {
        let without_times = |m: &ModuleProgress| ModuleProgress {
            first_activity: None,
            last_activity: None,
            ..m.clone()
        };
        progress
            .modules
            .iter()
            .map(|(id, m)| (id.clone(), without_times(m)))
            .collect()
    }

    proptest! {
        #[test]
        fn importing_the_same_file_twice_changes_nothing_the_second_time(
            here in any_progress(), file in any_progress()
        ) {
            let once = merge(&here, &file);
            prop_assert!(preview(&once, &file).is_empty());
        }

        #[test]
        fn a_preview_is_empty_exactly_when_the_import_changes_nothing(
            here in any_progress(), file in any_progress()
        ) {
            let merged = merge(&here, &file);
            let unchanged = achievements(&merged) == achievements(&here)
                && merged.locale_code() == here.locale_code();
            prop_assert_eq!(preview(&here, &file).is_empty(), unchanged);
        }
    }
}
