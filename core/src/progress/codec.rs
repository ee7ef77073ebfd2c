//! The progress file on disk and in storage: a `format` and `version` stamp around
//! [`Progress`], older versions migrated, newer ones refused.
//!
//! Version 3, the current one (scores in hundredths of a point, times in ms since the epoch;
//! empty collections and unknown times may be left out). Version 2 was the same without
//! `assessment`; version 1 is described in `v1.rs`.
//!
//! ```json
//! {
//!   "format": "amane-progress",
//!   "version": 3,
//!   "course": "amane-securite-en-ligne",
//!   "locale": { "chosen_at": 1764000000000, "code": "ary" },
//!   "modules": {
//!     "03-groupe": {
//!       "steps_read": ["debut", "pratique"],
//!       "quiz_best": { "verifier": { "earned": 300, "max": 400 } },
//!       "scenario_best": { "groupe-whatsapp": { "earned": 200, "max": 200 } },
//!       "scenario_endings": { "groupe-whatsapp": ["aide"] },
//!       "first_activity": 1764000000000,
//!       "last_activity": 1764000360000
//!     }
//!   },
//!   "assessment": [
//!     {
//!       "started_ms": 1764000400000,
//!       "seed": 8141,
//!       "questions": ["cas-2", "droits-1"],
//!       "time_limit_ms": 1800000,
//!       "answers": {
//!         "cas-2": { "response": { "single": 1 }, "answered_ms": 1764000460000 }
//!       },
//!       "submission": {
//!         "ended_ms": 1764000500000,
//!         "ended_by": "submitted",
//!         "score": { "earned": 100, "max": 200 },
//!         "passed": false
//!       }
//!     }
//!   ],
//!   "updated": 1764000500000
//! }
//! ```

use serde::Serialize;
use serde_json::{Map, Value};

use super::error::{is_unsafe_char, ImportError};
use super::model::Progress;
use super::scan::scan;
use super::v1::ProgressV1;

/// The `format` every progress file carries.
pub const FORMAT: &str = "amane-progress";
/// The version this Amane writes; it reads this one and every older one.
pub const CURRENT_VERSION: u32 = 4;

/// The stamp written in front of the progress fields.
#[derive(Serialize)]
struct Stamped<'a> {
    format: &'static str,
    version: u32,
    #[serde(flatten)]
    progress: &'a Progress,
}

/// Progress as a file the learner can keep (indented JSON, readable by a trainer).
pub fn export(progress: &Progress) -> String {
    serde_json::to_string_pretty(&stamp(progress)).expect("progress always serializes")
}

/// Progress as stored in the browser (compact JSON).
pub fn encode(progress: &Progress) -> String {
    serde_json::to_string(&stamp(progress)).expect("progress always serializes")
}

fn stamp(progress: &Progress) -> Stamped<'_> {
    Stamped {
        format: FORMAT,
        version: CURRENT_VERSION,
        progress,
    }
}

/// Reads a progress file of any version this Amane knows, migrated to the current shape.
/// Ids are not checked against a course here (see [`super::parse_import`]): stored progress
/// keeps ids a newer course text may have dropped, rather than losing them.
pub fn decode(text: &str) -> Result<Progress, ImportError> {
    scan(text)?;
    let value: Value = serde_json::from_str(text).map_err(|error| ImportError::NotJson {
        line: error.line(),
        column: error.column(),
    })?;
    let Value::Object(mut fields) = value else {
        return Err(ImportError::NotProgressFile);
    };
    if fields.remove("format") != Some(Value::String(FORMAT.to_owned())) {
        return Err(ImportError::NotProgressFile);
    }
    let progress = match read_version(&mut fields)? {
        1 => deserialize::<ProgressV1>(fields)?.migrate()?,
        2 => migrate_v2(fields)?,
        3 => migrate_v3(fields)?,
        4 => deserialize::<Progress>(fields)?,
        found => {
            return Err(ImportError::NewerVersion {
                found,
                supported: CURRENT_VERSION,
            })
        }
    };
    check_scores(&progress)?;
    check_attempts(&progress)?;
    Ok(progress)
}

/// Version 2 is version 3 without attempts: it is read as such, and an `assessment` in it
/// is refused like any field its version did not have.
fn migrate_v2(fields: Map<String, Value>) -> Result<Progress, ImportError> {
    if fields.contains_key("assessment") {
        return Err(ImportError::Invalid {
            detail: "unknown field `assessment` in a version 2 file".into(),
        });
    }
    deserialize(fields)
}

/// Version 3 is version 4 without the modules' outlines: it is read as such (its modules are
/// placed on the course map once opened again), and an `outline` in it is refused like any
/// field its version did not have.
fn migrate_v3(fields: Map<String, Value>) -> Result<Progress, ImportError> {
    let outlined = fields
        .get("modules")
        .and_then(Value::as_object)
        .is_some_and(|modules| {
            modules
                .values()
                .any(|m| m.as_object().is_some_and(|m| m.contains_key("outline")))
        });
    if outlined {
        return Err(ImportError::Invalid {
            detail: "unknown field `outline` in a version 3 file".into(),
        });
    }
    deserialize(fields)
}

fn read_version(fields: &mut Map<String, Value>) -> Result<u64, ImportError> {
    let version = fields.remove("version");
    match version.as_ref().and_then(Value::as_u64) {
        Some(found) if found >= 1 => Ok(found),
        _ => Err(ImportError::UnknownVersion {
            found: version.map(|v| v.to_string()).unwrap_or_default(),
        }),
    }
}

fn deserialize<T: serde::de::DeserializeOwned>(
    fields: Map<String, Value>,
) -> Result<T, ImportError> {
    serde_json::from_value(Value::Object(fields)).map_err(|error| ImportError::Invalid {
        detail: error.to_string(),
    })
}

/// An attempt Amane cannot have written (answers to questions it did not draw, a score above
/// its maximum…) was edited or damaged; question ids hiding characters must never reach the
/// screen.
fn check_attempts(progress: &Progress) -> Result<(), ImportError> {
    let attempts = || progress.assessment.numbered().map(|(_, attempt)| attempt);
    if let Some(detail) = attempts().find_map(|attempt| attempt.inconsistency()) {
        return Err(ImportError::Invalid { detail });
    }
    let unsafe_ids: Vec<String> = attempts()
        .flat_map(|attempt| &attempt.questions)
        .filter(|id| id.chars().any(is_unsafe_char))
        .cloned()
        .collect();
    if unsafe_ids.is_empty() {
        Ok(())
    } else {
        Err(ImportError::UnsafeIds { ids: unsafe_ids })
    }
}

/// A score above its maximum cannot come from a quiz: the file was edited or damaged.
fn check_scores(progress: &Progress) -> Result<(), ImportError> {
    for (module_id, module) in &progress.modules {
        let scores = module.quiz_best.iter().chain(&module.scenario_best);
        for (id, score) in scores {
            if score.earned > score.max {
                return Err(ImportError::Invalid {
                    detail: format!(
                        "score {}/{} for `{module_id}/{id}` is above its maximum",
                        score.earned, score.max
                    ),
                });
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::progress::arbitrary::any_progress;
    use crate::quiz::Score;

    const T0: u64 = 1_764_000_000_000;

    fn sample() -> Progress {
        crate::progress::arbitrary::sample("ar", T0)
    }

    #[test]
    fn what_is_stored_reads_back_the_same() {
        let progress = sample();
        assert_eq!(decode(&encode(&progress)), Ok(progress.clone()));
        assert_eq!(decode(&export(&progress)), Ok(progress));
    }

    #[test]
    fn an_exported_file_says_what_it_is_first() {
        let file = export(&sample());
        let start = "{\n  \"format\": \"amane-progress\",\n  \"version\": 4,";
        assert!(file.starts_with(start), "{file}");
    }

    #[test]
    fn a_version_1_file_keeps_steps_and_percentages() {
        let text = r#"{"format":"amane-progress","version":1,"course":"amane",
            "modules":{"02-pw":{"read":["why","how"],"scores":{"check":75}}}}"#;
        let progress = decode(text).unwrap();
        let module = &progress.modules["02-pw"];
        assert_eq!(module.steps_read.len(), 2);
        assert_eq!(
            module.quiz_best["check"],
            Score {
                earned: 75,
                max: 100
            }
        );
        assert_eq!(progress.updated, 0);
    }

    #[test]
    fn a_version_1_percentage_above_100_is_refused() {
        let text = r#"{"format":"amane-progress","version":1,"course":"amane",
            "modules":{"02-pw":{"scores":{"check":101}}}}"#;
        assert_eq!(decode(text).unwrap_err().key(), "import-failed");
    }

    #[test]
    fn a_file_from_a_newer_amane_is_refused_not_truncated() {
        let text = r#"{"format":"amane-progress","version":5,"course":"amane","badges":[]}"#;
        let error = decode(text).unwrap_err();
        assert_eq!(
            error,
            ImportError::NewerVersion {
                found: 5,
                supported: 4
            }
        );
        assert!(error.to_string().contains("newer Amane"));
    }

    #[test]
    fn a_missing_or_odd_version_is_refused() {
        for version in [
            "",
            ",\"version\":0",
            ",\"version\":\"2\"",
            ",\"version\":1.5",
        ] {
            let text = format!(r#"{{"format":"amane-progress"{version},"course":"amane"}}"#);
            let error = decode(&text).unwrap_err();
            assert!(
                matches!(error, ImportError::UnknownVersion { .. }),
                "{text}: {error}"
            );
            assert_eq!(error.key(), "import-wrong-format");
        }
    }

    #[test]
    fn unknown_fields_are_refused_rather_than_dropped() {
        let text = r#"{"format":"amane-progress","version":2,"course":"amane","badges":[]}"#;
        assert_eq!(decode(text).unwrap_err().key(), "import-failed");
    }

    #[test]
    fn a_score_above_its_maximum_is_refused() {
        let text = r#"{"format":"amane-progress","version":2,"course":"amane",
            "modules":{"m":{"quiz_best":{"q":{"earned":5,"max":4}}}}}"#;
        assert_eq!(decode(text).unwrap_err().key(), "import-failed");
    }

    #[test]
    fn a_version_2_file_keeps_everything_and_has_no_attempts() {
        let text = r#"{"format":"amane-progress","version":2,"course":"amane",
            "locale":{"chosen_at":5,"code":"ar"},
            "modules":{"02-pw":{"steps_read":["why"],"quiz_best":{"check":{"earned":3,"max":4}}}},
            "updated":9}"#;
        let progress = decode(text).unwrap();
        assert_eq!(progress.locale_code(), Some("ar"));
        assert_eq!(
            progress.modules["02-pw"].quiz_best["check"],
            Score::new(3, 4)
        );
        assert!(progress.assessment.is_empty());
        assert_eq!(progress.updated, 9);
        assert!(encode(&progress).contains(&format!("\"version\":{CURRENT_VERSION}")));
    }

    #[test]
    fn a_version_3_file_is_read_without_outlines_and_written_as_version_4() {
        let text = r#"{"format":"amane-progress","version":3,"course":"amane",
            "modules":{"02-pw":{"steps_read":["why"]}}}"#;
        let progress = decode(text).unwrap();
        assert!(progress.modules["02-pw"].outline.is_none());
        assert!(encode(&progress).contains("\"version\":4"));
        let outlined = r#"{"format":"amane-progress","version":3,"course":"amane",
            "modules":{"02-pw":{"steps_read":["why"],"outline":{"noted":1,"steps":["why"]}}}}"#;
        assert_eq!(decode(outlined).unwrap_err().key(), "import-failed");
        let current = outlined.replace("\"version\":3", "\"version\":4");
        let read = decode(&current).unwrap();
        assert!(
            read.modules["02-pw"].outline.is_some(),
            "version 4 keeps outlines"
        );
    }

    #[test]
    fn a_version_2_file_with_attempts_is_refused() {
        let text = r#"{"format":"amane-progress","version":2,"course":"amane","assessment":[]}"#;
        assert_eq!(decode(text).unwrap_err().key(), "import-failed");
    }

    const ATTEMPT: &str = r#"{"format":"amane-progress","version":3,"course":"amane",
        "assessment":[{"started_ms":10,"seed":7,"questions":["a","b"],"time_limit_ms":600000,
        "answers":{"a":{"response":{"single":1},"answered_ms":20}}}]}"#;

    #[test]
    fn an_attempt_reloaded_has_the_same_questions_answers_and_deadline() {
        let progress = decode(ATTEMPT).unwrap();
        let open = progress
            .assessment
            .open()
            .expect("the attempt is still open");
        assert_eq!(open.questions, ["a", "b"]);
        assert_eq!(open.answers["a"].answered_ms, 20);
        assert_eq!(open.deadline_ms(), Some(600_010));
        assert_eq!(decode(&encode(&progress)), Ok(progress));
    }

    #[test]
    fn an_attempt_edited_by_hand_is_refused() {
        for (original, edited) in [
            (r#""questions":["a","b"]"#, r#""questions":["b"]"#),
            (r#""seed":7"#, r#""seed":"7""#),
        ] {
            let text = ATTEMPT.replace(original, edited);
            let error = decode(&text).unwrap_err();
            assert_eq!(error.key(), "import-failed", "{text}: {error}");
        }
    }

    #[test]
    fn an_attempt_whose_question_ids_hide_characters_is_refused() {
        let text = ATTEMPT.replace(r#"["a","b"]"#, r#"["a","b\u202e"]"#);
        assert_eq!(
            decode(&text),
            Err(ImportError::UnsafeIds {
                ids: vec!["b\u{202e}".into()]
            })
        );
    }

    proptest! {
        #[test]
        fn any_progress_reads_back_the_same(progress in any_progress()) {
            prop_assert_eq!(decode(&encode(&progress)), Ok(progress));
        }
    }
}
