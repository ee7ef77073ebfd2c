//! Reading a progress file the learner brings from another device: every check that stands
//! between an untrusted file and the learner's progress.
//!
//! A file that is too large, not text, not JSON, of another format, version or course, or
//! that hides characters in an id, is refused whole. Ids the course does not have (a step
//! renamed by a course update, a module removed) are not a reason to refuse the learner's only
//! backup: they are left out, listed, and the rest is imported.

use super::codec::decode;
use super::course_ids::{CourseIds, ModuleIds};
use super::error::{is_unsafe_char, ImportError};
use super::model::{ModuleProgress, Progress};

/// Largest progress file accepted, in bytes. A learner who finished every step, quiz and
/// scenario ending of a twelve-module course exports about 13 KB; this leaves room for a
/// course twenty times that size.
pub const IMPORT_LIMIT_BYTES: usize = 256 * 1024;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// A progress file read for a course: the part the course knows, and what was left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    /// Everything in the file that the course has: the only part an import merges.
    pub progress: Progress,
    /// Ids the course does not have, left out of [`Imported::progress`], as paths: a locale
    /// code, `module`, `module/step-or-set-or-scenario` or `module/scenario#ending`. The ids
    /// inside an unknown module are not listed: the module says it all.
    pub unknown: Vec<String>,
}

/// Reads and checks a progress file for `course`, at `now_ms`: times later than now are
/// brought back to now, ids the course does not have are left out and listed. The result
/// is meant to be shown with [`super::preview`] and then merged into the current progress,
/// never to replace it.
pub fn parse_import(
    bytes: &[u8],
    course: &CourseIds,
    now_ms: u64,
) -> Result<Imported, ImportError> {
    if bytes.len() > IMPORT_LIMIT_BYTES {
        return Err(ImportError::TooLarge {
            size: bytes.len(),
            limit: IMPORT_LIMIT_BYTES,
        });
    }
    let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotText)?;
    let mut progress = decode(text)?;
    progress.clamp_times(now_ms);
    if progress.course != course.course {
        return Err(ImportError::OtherCourse {
            expected: course.course.clone(),
            found: progress.course,
        });
    }
    let ids = mentioned_ids(&progress, course);
    refuse_unsafe_ids(&ids)?;
    let unknown = ids
        .into_iter()
        .filter(|(_, known)| !known)
        .map(|(path, _)| path)
        .collect();
    Ok(Imported {
        progress: known_part(progress, course),
        unknown,
    })
}

/// Refuses ids with hidden characters: they must never reach the screen as they are.
fn refuse_unsafe_ids(ids: &[(String, bool)]) -> Result<(), ImportError> {
    let unsafe_ids: Vec<String> = ids
        .iter()
        .filter(|(path, _)| path.chars().any(is_unsafe_char))
        .map(|(path, _)| path.clone())
        .collect();
    if unsafe_ids.is_empty() {
        Ok(())
    } else {
        Err(ImportError::UnsafeIds { ids: unsafe_ids })
    }
}

/// Every id the file mentions, as a path, with whether the course has it. The ids inside an
/// unknown module are not listed: the module says it all.
fn mentioned_ids(progress: &Progress, course: &CourseIds) -> Vec<(String, bool)> {
    let mut ids = Vec::new();
    if let Some(code) = progress.locale_code() {
        ids.push((code.to_owned(), course.locales.contains(code)));
    }
    for (module_id, module) in &progress.modules {
        let Some(known) = course.modules.get(module_id) else {
            ids.push((module_id.clone(), false));
            continue;
        };
        let inside = |id: &String, exists: bool| (format!("{module_id}/{id}"), exists);
        ids.extend(
            module
                .steps_read
                .iter()
                .map(|step| inside(step, known.steps.contains(step))),
        );
        ids.extend(
            module
                .quiz_best
                .keys()
                .map(|set| inside(set, known.quiz_sets.contains(set))),
        );
        let scenarios = module.scenario_best.keys().chain(
            module
                .scenario_endings
                .keys()
                .filter(|id| !module.scenario_best.contains_key(*id)),
        );
        ids.extend(scenarios.map(|id| inside(id, known.scenarios.contains_key(id))));
        for (scenario, endings) in &module.scenario_endings {
            let known_endings = known.scenarios.get(scenario);
            ids.extend(endings.iter().map(|ending| {
                let exists = known_endings.is_some_and(|e| e.contains(ending));
                (format!("{module_id}/{scenario}#{ending}"), exists)
            }));
        }
    }
    ids
}

/// What `progress` holds that `course` has. A module that held only unknown parts is
/// dropped with them, so that it does not count as started.
fn known_part(mut progress: Progress, course: &CourseIds) -> Progress {
    if progress
        .locale_code()
        .is_some_and(|code| !course.locales.contains(code))
    {
        progress.locale = None;
    }
    let modules = std::mem::take(&mut progress.modules);
    progress.modules = modules
        .into_iter()
        .filter_map(|(id, module)| {
            let known = course.modules.get(&id)?;
            let held_something = !holds_nothing(&module);
            let kept = known_in_module(module, known);
            let emptied = held_something && holds_nothing(&kept);
            (!emptied).then_some((id, kept))
        })
        .collect();
    progress
}

/// What `module` holds that the course's module (`known`) has; its activity times stay.
fn known_in_module(mut module: ModuleProgress, known: &ModuleIds) -> ModuleProgress {
    module.steps_read.retain(|step| known.steps.contains(step));
    // An outline of other content would place the module wrongly on the map until opened.
    module.outline = module.outline.filter(|outline| outline.matches(known));
    module
        .quiz_best
        .retain(|set, _| known.quiz_sets.contains(set));
    module
        .scenario_best
        .retain(|scenario, _| known.scenarios.contains_key(scenario));
    module.scenario_endings.retain(|scenario, endings| {
        let Some(known_endings) = known.scenarios.get(scenario) else {
            return false;
        };
        let had_some = !endings.is_empty();
        endings.retain(|ending| known_endings.contains(ending));
        let emptied = had_some && endings.is_empty();
        !emptied
    });
    module
}

/// True when a module records nothing the learner did (times aside).
fn holds_nothing(module: &ModuleProgress) -> bool {
    module.steps_read.is_empty()
        && module.quiz_best.is_empty()
        && module.scenario_best.is_empty()
        && module.scenario_endings.is_empty()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::progress::arbitrary::{any_progress, ids_of, COURSE};
    use crate::progress::codec::export;
    use crate::progress::course_ids::ModuleIds;
    use crate::progress::merge::merge;
    use crate::quiz::Score;

    const T0: u64 = 1_764_000_000_000;
    /// A time later than every time of these files: nothing is clamped.
    const NOW: u64 = u64::MAX;

    fn course() -> CourseIds {
        let module = ModuleIds {
            steps: ["why", "how"].map(String::from).into(),
            quiz_sets: ["check"].map(String::from).into(),
            scenarios: [("chat".to_owned(), ["help".to_owned()].into())].into(),
        };
        CourseIds {
            course: "amane".into(),
            locales: ["fr", "ar", "ary"].map(String::from).into(),
            modules: [("01-intro".to_owned(), module)].into(),
        }
    }

    fn sample() -> Progress {
        crate::progress::arbitrary::sample("ary", T0)
    }

    /// A file built from JSON text, with the stamp in front.
    fn file(fields: &str) -> Vec<u8> {
        format!(r#"{{"format":"amane-progress","version":2,"course":"amane"{fields}}}"#).into()
    }

    fn error_key(bytes: &[u8]) -> &'static str {
        parse_import(bytes, &course(), NOW)
            .unwrap_err()
            .key()
            .as_str()
    }

    /// A file read for [`course`] that must be accepted.
    fn read(bytes: &[u8]) -> Imported {
        parse_import(bytes, &course(), NOW).unwrap()
    }

    /// What importing `progress` gives when the course has every id it mentions.
    fn whole(progress: Progress) -> Imported {
        Imported {
            progress,
            unknown: Vec::new(),
        }
    }

    fn strings<const N: usize>(ids: [&str; N]) -> Vec<String> {
        ids.map(String::from).into()
    }

    #[test]
    fn an_exported_file_imported_on_an_empty_profile_gives_the_same_state() {
        let original = sample();
        let imported = read(export(&original).as_bytes());
        assert_eq!(imported.unknown, Vec::<String>::new());
        assert_eq!(merge(&Progress::new("amane"), &imported.progress), original);
    }

    #[test]
    fn a_file_saved_with_a_byte_order_mark_is_read() {
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend(export(&sample()).as_bytes());
        assert_eq!(parse_import(&bytes, &course(), NOW), Ok(whole(sample())));
    }

    #[test]
    fn a_file_over_256_kb_is_refused_before_reading_it() {
        let mut bytes = export(&sample()).into_bytes();
        bytes.resize(IMPORT_LIMIT_BYTES + 1, b' ');
        assert_eq!(error_key(&bytes), "import-too-large");
        bytes.truncate(IMPORT_LIMIT_BYTES);
        assert!(parse_import(&bytes, &course(), NOW).is_ok());
    }

    #[test]
    fn a_picture_or_other_binary_file_is_refused() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\xff";
        assert_eq!(parse_import(png, &course(), NOW), Err(ImportError::NotText));
        assert_eq!(error_key(png), "import-not-json");
    }

    #[test]
    fn ten_thousand_nested_brackets_give_a_clear_error() {
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        assert_eq!(error_key(deep.as_bytes()), "import-too-deep");
        let unclosed = "{\"a\":".repeat(10_000);
        assert_eq!(error_key(unclosed.as_bytes()), "import-too-deep");
    }

    #[test]
    fn nan_and_infinity_are_refused() {
        for number in ["NaN", "Infinity", "-Infinity", "1e999"] {
            let bytes = file(&format!(r#","updated":{number}"#));
            assert_eq!(error_key(&bytes), "import-not-a-number", "{number}");
        }
    }

    #[test]
    fn times_in_the_future_are_brought_back_to_now() {
        let mut dated = sample();
        dated.set_locale("ar", T0 + 10 * 365 * 24 * 3_600_000);
        let imported = parse_import(export(&dated).as_bytes(), &course(), T0)
            .unwrap()
            .progress;
        assert_eq!(imported.locale.as_ref().map(|c| c.chosen_at), Some(T0));
        assert_eq!(imported.updated, T0);
        assert!(imported
            .modules
            .values()
            .all(|m| m.last_activity <= Some(T0)));
    }

    #[test]
    fn broken_json_says_where() {
        let error = parse_import(
            b"{\n  \"format\": \"amane-progress\",\n  oops\n}",
            &course(),
            NOW,
        );
        assert_eq!(error, Err(ImportError::NotJson { line: 3, column: 3 }));
    }

    #[test]
    fn another_kind_of_file_is_refused() {
        assert_eq!(
            error_key(br#"{"format":"other","version":2}"#),
            "import-wrong-format"
        );
        assert_eq!(
            error_key(br#"{"version":2,"course":"amane"}"#),
            "import-wrong-format"
        );
        assert_eq!(error_key(b"[1, 2, 3]"), "import-wrong-format");
    }

    #[test]
    fn a_file_from_a_newer_amane_is_refused() {
        let bytes = br#"{"format":"amane-progress","version":7,"course":"amane"}"#;
        assert_eq!(error_key(bytes), "import-newer-version");
    }

    #[test]
    fn a_version_1_file_is_migrated_on_import() {
        let bytes = br#"{"format":"amane-progress","version":1,"course":"amane",
            "modules":{"01-intro":{"read":["why"],"scores":{"check":80}}}}"#;
        let progress = read(bytes).progress;
        assert!(progress.modules["01-intro"].steps_read.contains("why"));
    }

    #[test]
    fn a_file_for_another_course_is_refused() {
        let bytes = br#"{"format":"amane-progress","version":2,"course":"other-course"}"#;
        assert_eq!(error_key(bytes), "import-other-course");
    }

    #[test]
    fn ids_the_course_does_not_have_are_all_listed_and_left_out() {
        let bytes = file(
            r#","locale":{"code":"de","chosen_at":1},"modules":{
                "09-missing":{"steps_read":["x"]},
                "01-intro":{"steps_read":["why","gone"],
                    "quiz_best":{"old-set":{"earned":1,"max":1}},
                    "scenario_endings":{"chat":["help","nowhere"],"old-chat":["end"]}}}"#,
        );
        let imported = read(&bytes);
        let expected = [
            "de",
            "01-intro/gone",
            "01-intro/old-set",
            "01-intro/old-chat",
            "01-intro/chat#nowhere",
            "01-intro/old-chat#end",
            "09-missing",
        ];
        assert_eq!(imported.unknown, strings(expected));
        let kept = &imported.progress;
        assert_eq!(kept.locale, None);
        assert_eq!(kept.modules.keys().collect::<Vec<_>>(), ["01-intro"]);
        let intro = &kept.modules["01-intro"];
        assert_eq!(intro.steps_read, ["why"].map(String::from).into());
        assert!(intro.quiz_best.is_empty());
        assert_eq!(
            intro.scenario_endings,
            [("chat".to_owned(), ["help".to_owned()].into())].into()
        );
    }

    #[test]
    fn a_file_from_an_older_version_of_the_course_imports_its_known_parts() {
        let mut older = sample();
        older.mark_step_read("01-intro", "old-how", T0);
        older.mark_step_read("00-removed", "hello", T0);
        older.record_scenario("01-intro", "chat", "old-ending", Score::new(1, 2), T0);
        let imported = read(export(&older).as_bytes());
        assert_eq!(
            imported.unknown,
            strings(["00-removed", "01-intro/old-how", "01-intro/chat#old-ending"])
        );
        assert_eq!(imported.progress, sample());
    }

    #[test]
    fn a_module_left_with_nothing_known_is_not_started() {
        let bytes = file(r#","modules":{"01-intro":{"steps_read":["old"],"last_activity":5}}"#);
        let imported = read(&bytes);
        assert_eq!(imported.unknown, strings(["01-intro/old"]));
        assert!(imported.progress.modules.is_empty());
    }

    #[test]
    fn a_known_module_with_nothing_in_it_is_kept_as_it_is() {
        let bytes = file(r#","modules":{"01-intro":{"first_activity":5}}"#);
        let imported = read(&bytes);
        assert_eq!(
            imported.progress.modules["01-intro"].first_activity,
            Some(5)
        );
        assert!(imported.unknown.is_empty());
    }

    #[test]
    fn a_file_with_nothing_this_course_has_is_read_with_everything_listed() {
        let bytes = file(
            r#","locale":{"code":"de","chosen_at":1},"modules":{"99-inconnu":{"steps_read":["a"]}}"#,
        );
        let imported = read(&bytes);
        assert_eq!(imported.unknown, strings(["de", "99-inconnu"]));
        assert_eq!(imported.progress.locale, None);
        assert!(imported.progress.modules.is_empty());
    }

    #[test]
    fn ids_with_hidden_direction_or_control_characters_are_refused() {
        for hidden in [
            "\\u202e", "\\u200f", "\\u2066", "\\u0000", "\\u001b", "\\ufeff",
        ] {
            let bytes = file(&format!(
                r#","modules":{{"01-intro":{{"steps_read":["why{hidden}"]}}}}"#
            ));
            let error = parse_import(&bytes, &course(), NOW).unwrap_err();
            assert_eq!(error.key(), "import-forbidden-characters", "{hidden}");
            assert!(!error.to_string().chars().any(is_unsafe_char), "{error}");
        }
    }

    #[test]
    fn a_hidden_character_in_a_module_id_is_reported_as_unsafe() {
        let bytes = file(r#","modules":{"01-intro\u202e":{}}"#);
        assert_eq!(error_key(&bytes), "import-forbidden-characters");
    }

    #[test]
    fn a_hidden_character_refuses_the_file_even_beside_known_ids() {
        let bytes = file(
            r#","modules":{"01-intro":{"steps_read":["why","how"],
                "scenario_endings":{"chat":["help","end\u2066"]}}}"#,
        );
        let error = parse_import(&bytes, &course(), NOW).unwrap_err();
        assert_eq!(
            error,
            ImportError::UnsafeIds {
                ids: strings(["01-intro/chat#end\u{2066}"])
            }
        );
    }

    proptest! {
        #[test]
        fn any_progress_survives_export_and_import(progress in any_progress()) {
            let course = ids_of(&progress);
            let imported = parse_import(export(&progress).as_bytes(), &course, NOW);
            // An outline is kept only when it describes the course's module exactly.
            let mut expected = progress;
            for (id, module) in &mut expected.modules {
                module.outline = module.outline.take().filter(|o| o.matches(&course.modules[id]));
            }
            prop_assert_eq!(imported, Ok(whole(expected)));
        }

        #[test]
        fn exactly_the_known_ids_are_kept_and_every_other_one_is_listed(
            progress in any_progress(), other in any_progress()
        ) {
            let course = ids_of(&other);
            let imported = parse_import(export(&progress).as_bytes(), &course, NOW).unwrap();
            let (known, unknown): (Vec<_>, Vec<_>) = mentioned_ids(&progress, &course)
                .into_iter()
                .partition(|(_, known)| *known);
            let unknown: Vec<String> = unknown.into_iter().map(|(path, _)| path).collect();
            prop_assert_eq!(&imported.unknown, &unknown);
            // What is kept is known, and is a part of the file.
            let kept = mentioned_ids(&imported.progress, &course);
            prop_assert!(kept.iter().all(|(_, known)| *known));
            prop_assert_eq!(&merge(&progress, &imported.progress), &progress);
            // Every known id is kept, but a scenario the file records only by endings the
            // course does not have.
            for (path, _) in known.iter().filter(|id| !kept.contains(id)) {
                let endings_only = path.split_once('/').is_some_and(|(module, scenario)| {
                    let module = &progress.modules[module];
                    !module.scenario_best.contains_key(scenario)
                        && module.scenario_endings.contains_key(scenario)
                });
                prop_assert!(endings_only, "{} is lost", path);
            }
            for (id, module) in &imported.progress.modules {
                prop_assert!(!holds_nothing(module) || holds_nothing(&progress.modules[id]));
            }
        }

        #[test]
        fn arbitrary_bytes_are_refused_or_read_never_a_crash(
            bytes in prop::collection::vec(any::<u8>(), 0..512)
        ) {
            let course = CourseIds { course: COURSE.into(), ..CourseIds::default() };
            let _outcome = parse_import(&bytes, &course, NOW);
        }
    }
}
