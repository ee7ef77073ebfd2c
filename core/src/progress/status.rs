//! Where a learner stands in a module: not started, in progress or done, with the score.

use super::model::{ModuleProgress, Progress};
use super::outline::Outline;
use crate::content::{Course, Module};
use crate::i18n::MessageKey;
use crate::key;
use crate::quiz::{blocks_score, passed, Score};

/// A module's state on the course map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModuleStatus {
    /// Nothing recorded yet.
    NotStarted,
    /// Started, but not every step read or the pass mark not reached.
    InProgress,
    /// Every step read and the pass mark reached.
    Done,
}

impl ModuleStatus {
    /// The words for the state, on the course map and in what is left before the record.
    pub fn key(self) -> MessageKey {
        match self {
            ModuleStatus::NotStarted => key!("map-module-not-started"),
            ModuleStatus::InProgress => key!("map-module-in-progress"),
            ModuleStatus::Done => key!("map-module-done"),
        }
    }

    /// The words of the map's button into the module: start, continue or review.
    pub fn action_key(self) -> MessageKey {
        match self {
            ModuleStatus::NotStarted => key!("map-start"),
            ModuleStatus::InProgress => key!("map-continue"),
            ModuleStatus::Done => key!("map-review"),
        }
    }

    /// A CSS hook for the state (`module-card done`).
    pub fn class(self) -> &'static str {
        match self {
            ModuleStatus::NotStarted => "not-started",
            ModuleStatus::InProgress => "in-progress",
            ModuleStatus::Done => "done",
        }
    }
}

/// The module's state and score (best stored scores against the content's maximum).
pub fn module_status(
    module: &Module,
    record: Option<&ModuleProgress>,
    pass_mark: u8,
) -> (ModuleStatus, Score) {
    outline_status(&Outline::of(module, 0), record, pass_mark)
}

/// The module's state on the course map from the progress alone, by the rules of
/// [`module_status`] applied to the outline recorded when the learner last opened the module
/// (see [`Outline`]). The score is `None` when it is not known without the module: never
/// opened, or opened before outlines were recorded (then "in progress", never "done").
pub fn map_status(record: Option<&ModuleProgress>, pass_mark: u8) -> (ModuleStatus, Option<Score>) {
    match record {
        None => (ModuleStatus::NotStarted, None),
        Some(record) => match &record.outline {
            None => (ModuleStatus::InProgress, None),
            Some(outline) => {
                let (status, score) = outline_status(outline, Some(record), pass_mark);
                (status, Some(score))
            }
        },
    }
}

/// The one rule for a module's state: every step read and the pass mark reached is done.
fn outline_status(
    outline: &Outline,
    record: Option<&ModuleProgress>,
    pass_mark: u8,
) -> (ModuleStatus, Score) {
    let blocks = || outline.blocks.iter().map(|(id, &max)| (id.as_str(), max));
    let Some(record) = record else {
        return (ModuleStatus::NotStarted, blocks_score(blocks(), |_| None));
    };
    let score = blocks_score(blocks(), |id| {
        record
            .quiz_best
            .get(id)
            .or_else(|| record.scenario_best.get(id))
            .copied()
    });
    let all_read = outline.steps.iter().all(|s| record.steps_read.contains(s));
    let status = if all_read && passed(score, pass_mark) {
        ModuleStatus::Done
    } else {
        ModuleStatus::InProgress
    };
    (status, score)
}

/// Whether every module of the course is done (the completion record becomes available).
pub fn course_done(course: &Course, modules: &[&Module], progress: &Progress) -> bool {
    course.modules.len() == modules.len()
        && modules.iter().all(|m| {
            module_status(m, progress.modules.get(&m.id), course.pass_mark).0 == ModuleStatus::Done
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::parse_module;

    const MODULE: &str = "+++\nsources = []\n+++\n\n## Un {#un}\n\nTexte.\n\n## Deux {#deux}\n\n```quiz q\n### Vrai ? {#a .true-false points=2}\n\n- [x] Vrai\n- [ ] Faux\n```\n";

    fn module() -> Module {
        let parsed = parse_module("m/fr.md", "m", "fr", MODULE);
        assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
        parsed.module
    }

    #[test]
    fn each_state_has_its_own_words_button_and_style() {
        let all = [
            ModuleStatus::NotStarted,
            ModuleStatus::InProgress,
            ModuleStatus::Done,
        ];
        let keys: std::collections::BTreeSet<_> = all.iter().map(|s| s.key()).collect();
        let actions: std::collections::BTreeSet<_> = all.iter().map(|s| s.action_key()).collect();
        let classes: std::collections::BTreeSet<_> = all.iter().map(|s| s.class()).collect();
        assert_eq!((keys.len(), actions.len(), classes.len()), (3, 3, 3));
        assert_eq!(ModuleStatus::Done.key(), "map-module-done");
        assert_eq!(ModuleStatus::InProgress.action_key(), "map-continue");
        assert_eq!(ModuleStatus::NotStarted.class(), "not-started");
    }

    #[test]
    fn a_module_never_opened_is_not_started_with_zero_of_its_points() {
        let (status, score) = module_status(&module(), None, 70);
        assert_eq!(status, ModuleStatus::NotStarted);
        assert_eq!(score, Score::new(0, 200));
    }

    #[test]
    fn reading_every_step_without_passing_is_in_progress() {
        let mut p = Progress::new("c");
        p.mark_step_read("m", "un", 1);
        p.mark_step_read("m", "deux", 2);
        p.record_quiz("m", "q", Score::new(0, 200), 3);
        let (status, _) = module_status(&module(), p.modules.get("m"), 70);
        assert_eq!(status, ModuleStatus::InProgress);
    }

    #[test]
    fn the_map_shows_no_module_file_is_needed_once_the_outline_is_noted() {
        let mut p = Progress::new("c");
        assert_eq!(
            map_status(p.modules.get("m"), 70),
            (ModuleStatus::NotStarted, None)
        );
        p.mark_step_read("m", "un", 1);
        assert!(p.note_outline(&module(), 1));
        assert!(
            !p.note_outline(&module(), 2),
            "the same outline is not noted again"
        );
        assert_eq!(
            map_status(p.modules.get("m"), 70),
            (ModuleStatus::InProgress, Some(Score::new(0, 200)))
        );
        p.record_quiz("m", "q", Score::new(200, 200), 3);
        p.mark_step_read("m", "deux", 4);
        assert_eq!(
            map_status(p.modules.get("m"), 70),
            (ModuleStatus::Done, Some(Score::new(200, 200)))
        );
        assert_eq!(
            map_status(p.modules.get("m"), 70),
            (
                module_status(&module(), p.modules.get("m"), 70).0,
                Some(module_status(&module(), p.modules.get("m"), 70).1)
            )
        );
    }

    #[test]
    fn a_module_started_before_outlines_is_in_progress_until_opened_never_done() {
        let mut p = Progress::new("c");
        p.mark_step_read("m", "un", 1);
        p.mark_step_read("m", "deux", 2);
        p.record_quiz("m", "q", Score::new(200, 200), 3);
        assert_eq!(
            module_status(&module(), p.modules.get("m"), 70).0,
            ModuleStatus::Done
        );
        assert_eq!(
            map_status(p.modules.get("m"), 70),
            (ModuleStatus::InProgress, None)
        );
        assert!(p.lacks_outline("m") && !p.lacks_outline("other"));
        p.note_outline(&module(), 4);
        assert!(!p.lacks_outline("m"));
        assert_eq!(map_status(p.modules.get("m"), 70).0, ModuleStatus::Done);
    }

    #[test]
    fn a_step_added_since_the_outline_shows_once_the_module_is_opened_again() {
        let mut p = Progress::new("c");
        p.mark_step_read("m", "un", 1);
        p.mark_step_read("m", "deux", 2);
        p.record_quiz("m", "q", Score::new(200, 200), 3);
        p.note_outline(&module(), 3);
        assert_eq!(map_status(p.modules.get("m"), 70).0, ModuleStatus::Done);
        let longer = parse_module(
            "m/fr.md",
            "m",
            "fr",
            &format!("{MODULE}\n## Trois {{#trois}}\n\nPlus.\n"),
        )
        .module;
        assert!(p.note_outline(&longer, 5));
        assert_eq!(
            map_status(p.modules.get("m"), 70).0,
            ModuleStatus::InProgress
        );
    }

    #[test]
    fn every_step_read_and_the_pass_mark_reached_is_done() {
        let mut p = Progress::new("c");
        p.mark_step_read("m", "un", 1);
        p.record_quiz("m", "q", Score::new(200, 200), 3);
        assert_eq!(
            module_status(&module(), p.modules.get("m"), 70).0,
            ModuleStatus::InProgress
        );
        p.mark_step_read("m", "deux", 4);
        let (status, score) = module_status(&module(), p.modules.get("m"), 70);
        assert_eq!((status, score), (ModuleStatus::Done, Score::new(200, 200)));
    }
}
