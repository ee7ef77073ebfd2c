//! Why a progress file or stored copy could not be read, with a Fluent message key per reason.

use std::fmt;

use crate::i18n::{Arg, MessageKey};
use crate::key;

/// How many ids an error message lists before it says how many more there are.
const LISTED_IDS: usize = 10;
/// How many characters of one id an error message shows.
const SHOWN_ID_CHARS: usize = 60;

/// Why a progress file was refused. Nothing is changed when this is returned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The file is bigger than any real progress file.
    TooLarge {
        /// Size of the file in bytes.
        size: usize,
        /// Largest accepted size in bytes.
        limit: usize,
    },
    /// The file is not UTF-8 text.
    NotText,
    /// Brackets nest deeper than a progress file ever does.
    TooDeep {
        /// Deepest nesting accepted.
        limit: usize,
    },
    /// A number JSON cannot hold: `NaN`, `Infinity` or too large for a float.
    NotANumber {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// The text is not valid JSON.
    NotJson {
        /// 1-based line of the first problem.
        line: usize,
        /// 1-based column of the first problem.
        column: usize,
    },
    /// Valid JSON, but not an Amane progress file (`format` missing or different).
    NotProgressFile,
    /// The `version` is missing or is not a version Amane ever wrote.
    UnknownVersion {
        /// The version as written in the file (empty when missing).
        found: String,
    },
    /// Written by a newer Amane: refused rather than read partly.
    NewerVersion {
        /// Version in the file.
        found: u64,
        /// Newest version this Amane reads.
        supported: u32,
    },
    /// A progress file whose content does not have the expected shape.
    Invalid {
        /// What is wrong, in English, for logs and for whoever repairs the file.
        detail: String,
    },
    /// A progress file for another course.
    OtherCourse {
        /// Id of this course.
        expected: String,
        /// Id in the file.
        found: String,
    },
    /// Ids containing control or invisible direction-changing characters.
    UnsafeIds {
        /// The ids as found, as paths (`module/step`); messages show them through [`visible`].
        ids: Vec<String>,
    },
}

impl ImportError {
    /// The Fluent message id that explains this error to the learner. Reasons a learner
    /// cannot tell apart share a message: a binary file and broken JSON are both unreadable,
    /// a file without a known version is not a progress file Amane wrote.
    pub fn key(&self) -> MessageKey {
        match self {
            ImportError::TooLarge { .. } => key!("import-too-large"),
            ImportError::NotText | ImportError::NotJson { .. } => key!("import-not-json"),
            ImportError::TooDeep { .. } => key!("import-too-deep"),
            ImportError::NotANumber { .. } => key!("import-not-a-number"),
            ImportError::NotProgressFile | ImportError::UnknownVersion { .. } => {
                key!("import-wrong-format")
            }
            ImportError::NewerVersion { .. } => key!("import-newer-version"),
            ImportError::Invalid { .. } => key!("import-failed"),
            ImportError::OtherCourse { .. } => key!("import-other-course"),
            ImportError::UnsafeIds { .. } => key!("import-forbidden-characters"),
        }
    }

    /// The variables of the Fluent message named by [`ImportError::key`], ready for
    /// `Localizer::t_args`. Sizes are in kilobytes; ids are shortened and made visible (see
    /// [`visible`]).
    pub fn args(&self) -> Vec<(&'static str, Arg<'static>)> {
        match self {
            ImportError::TooLarge { size, limit } => vec![
                ("size", kilobytes(*size).into()),
                ("limit", kilobytes(*limit).into()),
            ],
            ImportError::NotText | ImportError::NotProgressFile => Vec::new(),
            ImportError::TooDeep { limit } => vec![("limit", (*limit).into())],
            ImportError::NotJson { line, column } | ImportError::NotANumber { line, column } => {
                vec![("line", (*line).into()), ("column", (*column).into())]
            }
            ImportError::UnknownVersion { found } => vec![("version", visible(found).into())],
            ImportError::NewerVersion { found, supported } => vec![
                ("version", (*found).into()),
                ("supported", (*supported).into()),
            ],
            ImportError::Invalid { detail } => vec![("detail", visible(detail).into())],
            ImportError::OtherCourse { expected, found } => vec![
                ("course", visible(found).into()),
                ("expected", visible(expected).into()),
            ],
            ImportError::UnsafeIds { ids } => id_args(ids),
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::TooLarge { size, limit } => write!(
                f,
                "the file is too large ({} KB; a progress file is at most {} KB)",
                kilobytes(*size),
                kilobytes(*limit)
            ),
            ImportError::NotText => write!(f, "the file is not text"),
            ImportError::TooDeep { limit } => {
                write!(f, "the file nests brackets more than {limit} levels deep")
            }
            ImportError::NotJson { line, column } => write!(
                f,
                "the file is not valid JSON (line {line}, column {column})"
            ),
            ImportError::NotANumber { line, column } => write!(
                f,
                "the file holds a number JSON cannot hold, such as NaN or Infinity \
                 (line {line}, column {column})"
            ),
            ImportError::NotProgressFile => write!(f, "the file is not an Amane progress file"),
            ImportError::UnknownVersion { found } => {
                write!(f, "the file has an unknown version `{}`", visible(found))
            }
            ImportError::NewerVersion { found, supported } => write!(
                f,
                "the file comes from a newer Amane (version {found}; this one reads up to \
                 version {supported}): update Amane, then import it again"
            ),
            ImportError::Invalid { detail } => {
                write!(f, "the file is damaged: {}", visible(detail))
            }
            ImportError::OtherCourse { expected, found } => write!(
                f,
                "the file is for the course `{}`, not `{}`",
                visible(found),
                visible(expected)
            ),
            ImportError::UnsafeIds { ids } => {
                write!(
                    f,
                    "the file contains hidden characters in: {}",
                    id_list(ids)
                )
            }
        }
    }
}

impl std::error::Error for ImportError {}

/// True for characters that must never appear in an id: control characters, and the
/// invisible marks that reorder or hide text (bidi overrides, isolates, marks, zero widths).
pub fn is_unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2069}'
                | '\u{FEFF}'
        )
}

/// An id as it may be shown on screen: unsafe characters written as `\u{…}`, cut after a
/// few dozen characters.
pub fn visible(id: &str) -> String {
    let mut shown: String = id
        .chars()
        .take(SHOWN_ID_CHARS)
        .map(|c| {
            if is_unsafe_char(c) {
                c.escape_unicode().to_string()
            } else {
                c.to_string()
            }
        })
        .collect();
    if id.chars().nth(SHOWN_ID_CHARS).is_some() {
        shown.push('…');
    }
    shown
}

/// The variables of a message that lists ids: `ids`, the first of them made visible (see
/// [`id_list`]), and `count`, how many there are in all.
pub(super) fn id_args(ids: &[String]) -> Vec<(&'static str, Arg<'static>)> {
    vec![("ids", id_list(ids).into()), ("count", ids.len().into())]
}

/// The first ids of a list, made visible, then how many more there are.
fn id_list(ids: &[String]) -> String {
    let mut listed: Vec<String> = ids.iter().take(LISTED_IDS).map(|id| visible(id)).collect();
    if ids.len() > LISTED_IDS {
        listed.push(format!("+{}", ids.len() - LISTED_IDS));
    }
    listed.join(", ")
}

fn kilobytes(bytes: usize) -> usize {
    bytes.div_ceil(1024)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_right_to_left_override_is_shown_escaped_never_applied() {
        let shown = visible("step\u{202E}txt.exe");
        assert!(!shown.contains('\u{202E}'));
        assert!(shown.contains("\\u{202e}"));
    }

    #[test]
    fn arabic_letters_are_safe_in_ids() {
        assert!(!"خطوة-١".chars().any(is_unsafe_char));
    }

    #[test]
    fn a_long_list_of_ids_is_shortened_and_counted() {
        let ids: Vec<String> = (0..25).map(|n| format!("module-{n}")).collect();
        let error = ImportError::UnsafeIds { ids };
        let message = error.to_string();
        assert!(message.contains("module-9"));
        assert!(!message.contains("module-10"));
        assert!(message.contains("+15"));
        assert!(error.args().contains(&("count", 25usize.into())));
    }

    #[test]
    fn a_huge_id_is_cut_when_shown() {
        let shown = visible(&"a".repeat(10_000));
        assert!(shown.chars().count() <= SHOWN_ID_CHARS + 1);
        assert!(shown.ends_with('…'));
    }

    #[test]
    fn sizes_are_given_to_the_learner_in_kilobytes() {
        let error = ImportError::TooLarge {
            size: 300 * 1024 + 1,
            limit: 256 * 1024,
        };
        assert!(error.args().contains(&("size", 301usize.into())));
        assert!(error.args().contains(&("limit", 256usize.into())));
    }
}
