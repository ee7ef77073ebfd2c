//! The completion record: what a learner who finished every module may print, and what is
//! left before that.
//!
//! The record lists every module of the course in the course's order with its score (best
//! stored scores against what the content offers now, as on the course map) and the local
//! day of the last activity in it. The record's date is the latest of those days, the day
//! the learner last worked on the course. It is complete when every module is done (every
//! step read and the pass mark reached), exactly when [`super::course_done`] says so.

use super::model::Progress;
use super::status::{module_status, ModuleStatus};
use crate::content::{Course, Module};
use crate::i18n::CivilDate;
use crate::quiz::Score;

/// One module on the record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordLine {
    /// Module id.
    pub id: String,
    /// Module title in the language the module was loaded in (the id when it was not loaded).
    pub title: String,
    /// Where the learner stands in it.
    pub status: ModuleStatus,
    /// Its score; `max` is 0 for a module without questions or scenarios.
    pub score: Score,
    /// Local day of the last activity recorded in it, when known (files from version 1 of
    /// the progress format carry no times).
    pub last_day: Option<CivilDate>,
}

impl RecordLine {
    /// Whether the module has exercises with points, so that its score means something.
    pub fn is_scored(&self) -> bool {
        self.score.max > 0
    }
}

/// The completion record of one learner for one course.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompletionRecord {
    /// Version of the course text (`version` in `course.toml`).
    pub course_version: String,
    /// Every module of the course, in the course's order.
    pub lines: Vec<RecordLine>,
    /// Local day of the first activity in any module, when known.
    pub first_day: Option<CivilDate>,
    /// Local day of the last activity in any module, when known: the record's date.
    pub last_day: Option<CivilDate>,
}

impl CompletionRecord {
    /// The record of `progress` for `course`. `modules` are the course's modules as loaded
    /// (any order; a module of the course missing from them counts as not started, so the
    /// record cannot be complete). Times become local days with `utc_offset_minutes`, the
    /// device's offset from UTC (Morocco: `60`).
    pub fn new(
        course: &Course,
        modules: &[&Module],
        progress: &Progress,
        utc_offset_minutes: i32,
    ) -> Self {
        let day = |ms: u64| {
            CivilDate::from_unix_ms(i64::try_from(ms).unwrap_or(i64::MAX), utc_offset_minutes)
        };
        let lines = course
            .modules
            .iter()
            .map(|id| {
                let record = progress.modules.get(id);
                let (title, (status, score)) = match modules.iter().find(|m| m.id == *id) {
                    Some(module) => (
                        module.front.title.clone(),
                        module_status(module, record, course.pass_mark),
                    ),
                    None => (id.clone(), (ModuleStatus::NotStarted, Score::default())),
                };
                RecordLine {
                    id: id.clone(),
                    title,
                    status,
                    score,
                    last_day: record.and_then(|r| r.last_activity).map(day),
                }
            })
            .collect();
        let activity = course
            .modules
            .iter()
            .filter_map(|id| progress.modules.get(id));
        let first_day = activity.clone().filter_map(|r| r.first_activity).min();
        let last_day = activity.filter_map(|r| r.last_activity).max();
        CompletionRecord {
            course_version: course.version.clone(),
            lines,
            first_day: first_day.map(day),
            last_day: last_day.map(day),
        }
    }

    /// Whether every module of the course is done: the record may be printed.
    pub fn is_complete(&self) -> bool {
        !self.lines.is_empty() && self.lines.iter().all(|l| l.status == ModuleStatus::Done)
    }

    /// The modules still to finish, in the course's order.
    pub fn remaining(&self) -> impl Iterator<Item = &RecordLine> {
        self.lines.iter().filter(|l| l.status != ModuleStatus::Done)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{parse_course, parse_map, parse_module};
    use crate::progress::course_done;

    const COURSE: &str = "id = \"c\"\nversion = \"2026.11\"\nlanguages = [{ code = \"fr\", name = \"Français\", dir = \"ltr\", plural = \"fr\" }]\nmodules = [\"a\", \"b\"]\npass_mark = 70\nquick_exit_url = \"https://example.org/\"\n\n[title]\nfr = \"Cours\"\n";

    /// Module `a`: two steps and a 2-point question; module `b`: one step, no questions.
    fn modules() -> Vec<Module> {
        let a = "+++\nsources = []\n+++\n\n## Un {#un}\n\nTexte.\n\n## Deux {#deux}\n\n```quiz q\n### Vrai ? {#v .true-false points=2}\n\n- [x] Vrai\n- [ ] Faux\n```\n";
        let b = "+++\nsources = []\n+++\n\n## Seul {#seul}\n\nTexte.\n";
        let map = "[a]\ntitle = \"Alpha\"\nsummary = \"S\"\nminutes = 5\n\n\
                   [b]\ntitle = \"Bêta\"\nsummary = \"S\"\nminutes = 5\n";
        let map = parse_map("map/fr.toml", map).map;
        [("a", a), ("b", b)]
            .into_iter()
            .map(|(id, text)| {
                let parsed = parse_module(&format!("{id}/fr.md"), id, "fr", text);
                assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
                let mut module = parsed.module;
                module.place_on_map(&map);
                module
            })
            .collect()
    }

    fn course() -> Course {
        parse_course("course.toml", COURSE).expect("a valid manifest")
    }

    /// 2026-03-14 23:30 UTC, which is already 15 March in Morocco (UTC+1).
    const LATE_EVENING: u64 = 1_773_531_000_000;
    const DAY: u64 = 86_400_000;

    fn date(year: i64, month: u32, day: u32) -> CivilDate {
        CivilDate { year, month, day }
    }

    fn finished() -> Progress {
        let mut p = Progress::new("c");
        p.mark_step_read("a", "un", LATE_EVENING - 3 * DAY);
        p.mark_step_read("a", "deux", LATE_EVENING - 2 * DAY);
        p.record_quiz("a", "q", Score::new(200, 200), LATE_EVENING - 2 * DAY);
        p.mark_step_read("b", "seul", LATE_EVENING);
        p
    }

    fn record(progress: &Progress, offset: i32) -> CompletionRecord {
        let modules = modules();
        let refs: Vec<&Module> = modules.iter().collect();
        CompletionRecord::new(&course(), &refs, progress, offset)
    }

    #[test]
    fn a_finished_course_lists_every_module_in_order_with_its_score_and_day() {
        let record = record(&finished(), 60);
        assert!(record.is_complete());
        assert_eq!(record.course_version, "2026.11");
        let lines: Vec<_> = record
            .lines
            .iter()
            .map(|l| (l.id.as_str(), l.title.as_str(), l.score, l.last_day))
            .collect();
        assert_eq!(
            lines,
            [
                ("a", "Alpha", Score::new(200, 200), Some(date(2026, 3, 13))),
                ("b", "Bêta", Score::new(0, 0), Some(date(2026, 3, 15))),
            ]
        );
        assert!(record.lines[0].is_scored());
        assert!(!record.lines[1].is_scored());
        assert_eq!(record.first_day, Some(date(2026, 3, 12)));
        assert_eq!(record.last_day, Some(date(2026, 3, 15)));
        assert_eq!(record.remaining().count(), 0);
    }

    #[test]
    fn days_are_the_learners_local_days() {
        assert_eq!(record(&finished(), 0).last_day, Some(date(2026, 3, 14)));
        assert_eq!(record(&finished(), 60).last_day, Some(date(2026, 3, 15)));
    }

    #[test]
    fn a_module_below_the_pass_mark_is_left_and_the_record_is_not_complete() {
        let mut p = finished();
        let mut low = Progress::new("c");
        low.record_quiz("a", "q", Score::new(100, 200), LATE_EVENING);
        p.modules.get_mut("a").unwrap().quiz_best = low.modules["a"].quiz_best.clone();
        let record = record(&p, 60);
        assert!(!record.is_complete());
        let left: Vec<_> = record.remaining().map(|l| l.id.as_str()).collect();
        assert_eq!(left, ["a"]);
        assert_eq!(record.lines[0].status, ModuleStatus::InProgress);
    }

    #[test]
    fn modules_never_opened_are_left_in_the_course_order() {
        let mut p = Progress::new("c");
        p.mark_step_read("b", "seul", LATE_EVENING);
        let record = record(&p, 60);
        let left: Vec<_> = record
            .remaining()
            .map(|l| (l.id.as_str(), l.status))
            .collect();
        assert_eq!(left, [("a", ModuleStatus::NotStarted)]);
        assert_eq!(record.lines[0].last_day, None);
    }

    #[test]
    fn a_module_that_could_not_be_loaded_keeps_the_record_incomplete() {
        let modules = modules();
        let only_a = [&modules[0]];
        let record = CompletionRecord::new(&course(), &only_a, &finished(), 60);
        assert!(!record.is_complete());
        let left: Vec<_> = record.remaining().map(|l| l.title.as_str()).collect();
        assert_eq!(left, ["b"]);
    }

    #[test]
    fn progress_without_times_has_no_dates_but_can_be_complete() {
        let mut p = finished();
        for module in p.modules.values_mut() {
            module.first_activity = None;
            module.last_activity = None;
        }
        let record = record(&p, 60);
        assert!(record.is_complete());
        assert_eq!((record.first_day, record.last_day), (None, None));
        assert!(record.lines.iter().all(|l| l.last_day.is_none()));
    }

    #[test]
    fn activity_in_modules_no_longer_in_the_course_does_not_date_the_record() {
        let mut p = finished();
        p.mark_step_read("retired", "old", LATE_EVENING + 30 * DAY);
        assert_eq!(record(&p, 60).last_day, Some(date(2026, 3, 15)));
    }

    #[test]
    fn complete_exactly_when_the_course_map_says_the_course_is_done() {
        let modules = modules();
        let refs: Vec<&Module> = modules.iter().collect();
        let mut p = Progress::new("c");
        let steps = [("a", "un"), ("a", "deux"), ("b", "seul")];
        for (n, (module, step)) in steps.into_iter().enumerate() {
            let record = CompletionRecord::new(&course(), &refs, &p, 0);
            assert_eq!(record.is_complete(), course_done(&course(), &refs, &p));
            p.mark_step_read(module, step, n as u64);
        }
        p.record_quiz("a", "q", Score::new(150, 200), 9);
        let record = CompletionRecord::new(&course(), &refs, &p, 0);
        assert!(record.is_complete());
        assert!(course_done(&course(), &refs, &p));
    }
}
