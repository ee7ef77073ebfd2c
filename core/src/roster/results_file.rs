//! A learner's results file: what a learner hands to the trainer (their name, typed once, and
//! their progress with its attempts; nothing else), and reading one back with the reason it
//! was refused.
//!
//! ```json
//! {
//!   "format": "amane-results",
//!   "version": 1,
//!   "course": "amane-securite-en-ligne",
//!   "course_version": "2026.11",
//!   "learner": "Fatima Zahra",
//!   "exported_ms": 1764000900000,
//!   "progress": { "format": "amane-progress", "version": 3, "course": "…", … }
//! }
//! ```
//!
//! The progress inside is a whole progress file, so it is read (and older versions migrated)
//! exactly as an imported progress file is.

use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::progress::{decode, export, is_unsafe_char, ImportError, Progress};

/// The `format` every results file carries.
pub const RESULTS_FORMAT: &str = "amane-results";
/// The version of the results file this Amane writes and reads.
pub const RESULTS_VERSION: u64 = 1;
/// A size no real results file reaches: a progress file's limit and room for the rest.
pub const RESULTS_LIMIT_BYTES: usize = crate::progress::IMPORT_LIMIT_BYTES + 4 * 1024;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// One learner's results, as read from their file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LearnerResults {
    /// The name the learner typed.
    pub learner: String,
    /// The version of the course text they followed.
    pub course_version: String,
    /// When they exported the file (ms since the epoch).
    pub exported_ms: u64,
    /// Their progress, attempts included.
    pub progress: Progress,
}

/// Why a results file was not added to the class results.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ResultsError {
    /// Bigger than any real results file.
    TooBig {
        /// Size of the file in bytes.
        size: usize,
        /// Largest accepted size in bytes.
        limit: usize,
    },
    /// Not an Amane results file (another file, or a progress file).
    NotResultsFile,
    /// A results file that is damaged or was edited.
    Corrupt {
        /// What is wrong, in English.
        detail: String,
    },
    /// The results of another course.
    OtherCourse {
        /// The course id in the file.
        found: String,
    },
    /// Written by a newer Amane.
    NewerVersion {
        /// The version in the file.
        found: u64,
    },
}

impl fmt::Display for ResultsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooBig { size, limit } => write!(
                f,
                "this file is {} KB, more than a results file's {} KB",
                size.div_ceil(1024),
                limit / 1024
            ),
            Self::NotResultsFile => write!(f, "this is not an Amane results file"),
            Self::Corrupt { detail } => write!(f, "this results file is damaged: {detail}"),
            Self::OtherCourse { found } => {
                write!(f, "these are results of another course ({found})")
            }
            Self::NewerVersion { found } => {
                write!(f, "this file comes from a newer Amane (format {found})")
            }
        }
    }
}

impl std::error::Error for ResultsError {}

/// The fields of a results file after its `format` and `version`.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Fields {
    course: String,
    course_version: String,
    learner: String,
    exported_ms: u64,
    progress: Value,
}

/// The stamp written in front of the fields, so that a file says what it is first.
#[derive(Serialize)]
struct Stamped {
    format: &'static str,
    version: u64,
    #[serde(flatten)]
    fields: Fields,
}

/// The results file of `progress` for the learner `name` at `now_ms` (indented JSON).
pub fn export_results(
    progress: &Progress,
    name: &str,
    course_version: &str,
    now_ms: u64,
) -> String {
    let progress: Value =
        serde_json::from_str(&export(progress)).expect("an exported progress is JSON");
    let fields = Fields {
        course: progress_course(progress.get("course")),
        course_version: course_version.to_owned(),
        learner: name.trim().to_owned(),
        exported_ms: now_ms,
        progress,
    };
    let file = Stamped {
        format: RESULTS_FORMAT,
        version: RESULTS_VERSION,
        fields,
    };
    serde_json::to_string_pretty(&file).expect("a results file serializes")
}

fn progress_course(course: Option<&Value>) -> String {
    course
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

/// Reads a results file for the course `course_id`, refusing it with a reason.
pub fn read_results(
    bytes: &[u8],
    course_id: &str,
    max_bytes: usize,
) -> Result<LearnerResults, ResultsError> {
    if bytes.len() > max_bytes {
        return Err(ResultsError::TooBig {
            size: bytes.len(),
            limit: max_bytes,
        });
    }
    let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| ResultsError::NotResultsFile)?;
    if !text.trim_start().starts_with('{') {
        // Notes, a spreadsheet, a photo: not a results file. One cut short is damaged.
        return Err(ResultsError::NotResultsFile);
    }
    let value: Value = serde_json::from_str(text).map_err(|error| ResultsError::Corrupt {
        detail: format!("{error}"),
    })?;
    let Value::Object(mut file) = value else {
        return Err(ResultsError::NotResultsFile);
    };
    if file.remove("format") != Some(Value::String(RESULTS_FORMAT.to_owned())) {
        return Err(ResultsError::NotResultsFile);
    }
    match file.remove("version").as_ref().and_then(Value::as_u64) {
        Some(RESULTS_VERSION) => {}
        Some(found) if found > RESULTS_VERSION => {
            return Err(ResultsError::NewerVersion { found });
        }
        _ => return Err(corrupt("its version is missing or unknown")),
    }
    let fields: Fields = serde_json::from_value(Value::Object(file)).map_err(corrupt)?;
    if fields.course != course_id {
        return Err(ResultsError::OtherCourse {
            found: fields.course,
        });
    }
    let learner = fields.learner.trim().to_owned();
    if learner.is_empty() {
        return Err(corrupt("it has no learner name"));
    }
    if learner.chars().any(is_unsafe_char) {
        return Err(corrupt("the learner's name hides characters"));
    }
    let progress = decode(&fields.progress.to_string()).map_err(|error| match error {
        ImportError::NewerVersion { found, .. } => ResultsError::NewerVersion { found },
        other => corrupt(other),
    })?;
    if progress.course != course_id {
        return Err(corrupt("its progress belongs to another course"));
    }
    Ok(LearnerResults {
        learner,
        course_version: fields.course_version,
        exported_ms: fields.exported_ms,
        progress,
    })
}

fn corrupt(detail: impl fmt::Display) -> ResultsError {
    ResultsError::Corrupt {
        detail: detail.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roster::test_support::{progress, COURSE, T0};

    fn sample() -> Progress {
        progress(1, &[(3, 150)])
    }

    fn file(name: &str) -> String {
        export_results(&sample(), name, "2026.11", T0 + 5)
    }

    fn read(text: &str) -> Result<LearnerResults, ResultsError> {
        read_results(text.as_bytes(), COURSE, RESULTS_LIMIT_BYTES)
    }

    #[test]
    fn a_results_file_reads_back_with_the_name_version_and_progress() {
        let text = file("  فاطمة الزهراء ");
        assert!(text.starts_with("{\n  \"format\": \"amane-results\",\n  \"version\": 1,"));
        let results = read(&text).unwrap();
        assert_eq!(results.learner, "فاطمة الزهراء");
        assert_eq!(results.course_version, "2026.11");
        assert_eq!(results.exported_ms, T0 + 5);
        assert_eq!(results.progress, sample());
    }

    #[test]
    fn a_byte_order_mark_is_accepted() {
        let text = format!("\u{feff}{}", file("Amina"));
        assert_eq!(read(&text).unwrap().learner, "Amina");
    }

    #[test]
    fn each_refused_file_says_why() {
        let progress_file = export(&sample());
        let other_course = file("Amina").replace("\"amane\"", "\"other\"");
        let newer = file("Amina").replace("\"version\": 1,", "\"version\": 2,");
        let inner_newer = file("Amina").replace(
            format!("\"version\": {}", crate::progress::CURRENT_VERSION).as_str(),
            "\"version\": 9",
        );
        let unnamed = file("   ");
        let hidden = file("Ami\u{202e}na");
        let cut = &file("Amina")[..100];
        let cases: [(&[u8], ResultsError); 9] = [
            (progress_file.as_bytes(), ResultsError::NotResultsFile),
            (b"\xff\xfe binary", ResultsError::NotResultsFile),
            (
                other_course.as_bytes(),
                ResultsError::OtherCourse {
                    found: "other".into(),
                },
            ),
            (newer.as_bytes(), ResultsError::NewerVersion { found: 2 }),
            (
                inner_newer.as_bytes(),
                ResultsError::NewerVersion { found: 9 },
            ),
            (unnamed.as_bytes(), corrupt("it has no learner name")),
            (
                hidden.as_bytes(),
                corrupt("the learner's name hides characters"),
            ),
            (b"{}", ResultsError::NotResultsFile),
            (b"Liste des presents", ResultsError::NotResultsFile),
        ];
        for (bytes, expected) in cases {
            assert_eq!(
                read_results(bytes, COURSE, RESULTS_LIMIT_BYTES),
                Err(expected)
            );
        }
        let damaged = read(cut).unwrap_err();
        assert!(
            damaged
                .to_string()
                .starts_with("this results file is damaged: "),
            "{damaged}"
        );
    }

    #[test]
    fn a_file_too_big_is_refused_before_it_is_read() {
        let error = read_results(&[b' '; 3000], COURSE, 2048).unwrap_err();
        assert_eq!(
            error,
            ResultsError::TooBig {
                size: 3000,
                limit: 2048
            }
        );
        assert_eq!(
            error.to_string(),
            "this file is 3 KB, more than a results file's 2 KB"
        );
    }

    #[test]
    fn a_progress_edited_inside_the_results_file_is_refused() {
        let text = file("Amina").replace("\"earned\": 150", "\"earned\": 900");
        let error = read(&text).unwrap_err();
        assert!(error.to_string().contains("above its maximum"), "{error}");
    }
}
