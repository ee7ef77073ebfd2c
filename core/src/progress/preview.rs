//! What importing a file would change, shown to the learner before they confirm.

use std::collections::BTreeMap;

use super::error::id_args;
use super::import::Imported;
use super::merge::merge;
use super::model::Progress;
use crate::i18n::{Arg, MessageKey};
use crate::key;
use crate::quiz::Score;

/// The Fluent message that lists the ids of a file the course does not have.
const LEFT_OUT_KEY: MessageKey = key!("import-left-out");

/// The changes an import would make, and what the file holds that it leaves out. The
/// changes are computed from the merge itself, so they show exactly what confirming does.
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
    /// Attempts at the final assessment this device did not have.
    pub attempts_added: usize,
    /// Attempts this device has that the file brings further (answers given later, or ended).
    pub attempts_updated: usize,
    /// Ids the file mentions that this course does not have, as [`Imported::unknown`] lists
    /// them: they are not imported.
    pub left_out: Vec<String>,
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
    /// True when confirming would change nothing: the file holds nothing this profile does
    /// not already have. Ids left out are no change.
    pub fn is_empty(&self) -> bool {
        let ImportPreview {
            modules_started,
            steps_added,
            scores_improved,
            endings_added,
            locale_changed_to,
            attempts_added,
            attempts_updated,
            left_out: _,
        } = self;
        modules_started.is_empty()
            && steps_added.is_empty()
            && scores_improved.is_empty()
            && endings_added.is_empty()
            && locale_changed_to.is_none()
            && *attempts_added == 0
            && *attempts_updated == 0
    }

    /// The Fluent message id and variables that tell the learner which ids are left out,
    /// when some are (ids shortened and made visible, as in [`super::ImportError::args`]).
    pub fn left_out_message(&self) -> Option<(MessageKey, Vec<(&'static str, Arg<'static>)>)> {
        (!self.left_out.is_empty()).then(|| (LEFT_OUT_KEY, id_args(&self.left_out)))
    }
}

/// What importing `incoming` into `current` would change (its known part is merged), and
/// what it leaves out.
pub fn preview(current: &Progress, incoming: &Imported) -> ImportPreview {
    ImportPreview {
        left_out: incoming.unknown.clone(),
        ..changes(current, &incoming.progress)
    }
}

/// What merging `incoming` into `current` would change.
fn changes(current: &Progress, incoming: &Progress) -> ImportPreview {
    let merged = merge(current, incoming);
    let mut changes = ImportPreview {
        locale_changed_to: merged
            .locale_code()
            .filter(|code| Some(*code) != current.locale_code())
            .map(str::to_owned),
        ..ImportPreview::default()
    };
    for (_, attempt) in merged.assessment.numbered() {
        match current.assessment.find(attempt.id()) {
            None => changes.attempts_added += 1,
            Some((_, before)) if before != attempt => changes.attempts_updated += 1,
            Some(_) => {}
        }
    }
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

    /// A file read for a course that has every id it mentions.
    fn whole(progress: &Progress) -> Imported {
        Imported {
            progress: progress.clone(),
            unknown: Vec::new(),
        }
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

        let changes = preview(&here, &whole(&file));
        assert_eq!(changes.left_out, Vec::<String>::new());
        assert_eq!(changes.left_out_message(), None);
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
        assert!(preview(&here, &whole(&file)).is_empty());
    }

    #[test]
    fn ids_left_out_are_listed_with_what_the_rest_adds() {
        let mut known = Progress::new("amane");
        known.mark_step_read("01-intro", "why", T0);
        let incoming = Imported {
            progress: known,
            unknown: vec!["01-intro/old-step".into(), "99-gone".into()],
        };
        let changes = preview(&Progress::new("amane"), &incoming);
        assert_eq!(changes.steps_added.len(), 1);
        assert_eq!(changes.left_out, incoming.unknown);
        let (key, args) = changes.left_out_message().unwrap();
        assert_eq!(key, "import-left-out");
        assert!(args.contains(&("ids", "01-intro/old-step, 99-gone".into())));
        assert!(args.contains(&("count", 2usize.into())));
    }

    #[test]
    fn a_file_with_only_ids_left_out_adds_nothing_and_says_what_it_left_out() {
        let incoming = Imported {
            progress: Progress::new("amane"),
            unknown: vec!["99-gone".into()],
        };
        let changes = preview(&Progress::new("amane"), &incoming);
        assert!(changes.is_empty());
        assert_eq!(changes.left_out, ["99-gone"]);
        assert!(changes.left_out_message().is_some());
    }

    #[test]
    fn attempts_the_device_lacks_or_has_at_an_earlier_point_are_counted() {
        use crate::assessment::{AssessmentSettings, Pools, Unlock};
        let settings = AssessmentSettings {
            unlock: Unlock::Always,
            attempts: 3,
            pass_mark: 70,
            time_limit_minutes: None,
            pools: [("cas".to_owned(), 1)].into(),
        };
        let pools: Pools = [("cas".to_owned(), vec!["q".to_owned()])].into();
        let mut here = Progress::new("amane");
        here.assessment_mut(T0)
            .start(&settings, &pools, true, 1, T0)
            .unwrap();
        let mut file = here.clone();
        file.assessment_mut(T0 + 5)
            .open_mut()
            .unwrap()
            .submit(|_| None, 70, T0 + 5)
            .unwrap();
        file.assessment_mut(T0 + 6)
            .start(&settings, &pools, true, 2, T0 + 6)
            .unwrap();
        let changes = preview(&here, &whole(&file));
        assert_eq!((changes.attempts_added, changes.attempts_updated), (1, 1));
        assert!(!changes.is_empty());
        assert!(
            preview(&file, &whole(&here)).is_empty(),
            "nothing older comes back"
        );
    }

    /// What the learner did in each module: everything except activity times and the
    /// outline of the content.
    fn achievements(progress: &Progress) -> BTreeMap<String, ModuleProgress> {
        let without_times = |m: &ModuleProgress| ModuleProgress {
            first_activity: None,
            last_activity: None,
            outline: None,
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
            prop_assert!(preview(&once, &whole(&file)).is_empty());
        }

        #[test]
        fn a_preview_is_empty_exactly_when_the_import_changes_nothing(
            here in any_progress(), file in any_progress()
        ) {
            let merged = merge(&here, &file);
            let unchanged = achievements(&merged) == achievements(&here)
                && merged.locale_code() == here.locale_code()
                && merged.assessment == here.assessment;
            prop_assert_eq!(preview(&here, &whole(&file)).is_empty(), unchanged);
        }
    }
}
