//! The progress model: versioned, mergeable, migratable, importable, and stored so that it
//! is never lost.
//!
//! - [`Progress`] and its verbs record what a learner did; progress only ever grows.
//! - [`merge`] combines two copies without losing anything either holds.
//! - [`export`] writes a file; [`parse_import`] checks one against the course and sets aside
//!   the ids the course does not have, [`preview`] says what importing it changes and what it
//!   leaves out, and importing is a [`merge`] of the known part, never a replacement.
//! - [`ProgressStore`] keeps progress in browser-like storage with a backup.
//! - [`CompletionRecord`] is the printable record of a finished course.
//!
//! The whole life of a learner's progress, as the app drives it:
//!
//! ```
//! use amane_core::progress::*;
//!
//! let course = CourseIds {
//!     course: "amane".into(),
//!     locales: ["fr".into(), "ar".into(), "ary".into()].into(),
//!     modules: [("01-intro".into(), ModuleIds {
//!         steps: ["why".into(), "how".into()].into(),
//!         ..ModuleIds::default()
//!     })].into(),
//! };
//! let now = 1_764_000_000_000;
//!
//! // On the centre's computer: load, record, save, export.
//! let mut centre = ProgressStore::new(MemoryStore::new(), "amane");
//! let mut progress = centre.load(now).progress;
//! progress.set_locale("ary", now);
//! progress.mark_step_read("01-intro", "why", now);
//! let progress = centre.save(&progress).expect("storage has room");
//! let file = export(&progress);
//!
//! // On the learner's phone, which already has some progress: check, preview, merge, save.
//! let mut phone = ProgressStore::new(MemoryStore::new(), "amane");
//! let mut mine = phone.load(now).progress;
//! mine.mark_step_read("01-intro", "how", now + 1);
//! let incoming = parse_import(file.as_bytes(), &course, now).expect("a file from this course");
//! let changes = preview(&mine, &incoming);
//! assert_eq!(changes.steps_added.len(), 1);
//! assert!(changes.left_out.is_empty());
//! let merged = phone.save(&merge(&mine, &incoming.progress)).expect("storage has room");
//! assert_eq!(merged.modules["01-intro"].steps_read.len(), 2);
//! ```

#[cfg(test)]
pub(crate) mod arbitrary;
mod codec;
mod course_ids;
mod error;
mod import;
mod key_value;
mod memory;
mod merge;
mod model;
mod notice;
mod outline;
mod preview;
mod queries;
mod record;
mod scan;
mod status;
mod store;
mod v1;

pub use codec::{decode, export, CURRENT_VERSION, FORMAT};
pub use course_ids::{CourseIds, ModuleIds};
pub use error::{is_unsafe_char, visible, ImportError};
pub use import::{parse_import, Imported, IMPORT_LIMIT_BYTES};
pub use key_value::{KeyValue, WriteError};
pub use memory::MemoryStore;
pub use merge::merge;
pub use model::{LocaleChoice, ModuleProgress, Progress};
pub use notice::{ExternalChange, LoadNotice, Loaded, StoredCopy};
pub use outline::Outline;
pub use preview::{preview, EndingRef, ImportPreview, ScoreChange, Scored, StepRef};
pub use record::{CompletionRecord, RecordLine};
pub use scan::MAX_DEPTH;
pub use status::{course_done, map_status, module_status, ModuleStatus};
pub use store::{KeptCopy, ProgressStore, StoreKeys, LEGACY_BACKUP_KEY, LEGACY_MAIN_KEY, PREFIX};

/// Every Fluent message id this module asks the app to show, so that the locale files can be
/// checked for them.
pub const MESSAGE_KEYS: &[&str] = &[
    "import-too-large",
    "import-not-json",
    "import-too-deep",
    "import-not-a-number",
    "import-wrong-format",
    "import-newer-version",
    "import-failed",
    "import-other-course",
    "import-forbidden-characters",
    "import-left-out",
    "storage-full",
    "storage-unavailable",
    "storage-recovered",
    "storage-newer-version",
    "storage-unreadable",
];

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::i18n::{Catalog, Locale, Localizer, MessageKey};

    const LOCALES: [Locale; 3] = [Locale::of("fr"), Locale::of("ar"), Locale::of("ary")];

    fn every_import_error() -> Vec<ImportError> {
        let ids = vec!["01-intro/old-step".to_owned(), "09-gone".to_owned()];
        vec![
            ImportError::TooLarge {
                size: 300_000,
                limit: IMPORT_LIMIT_BYTES,
            },
            ImportError::NotText,
            ImportError::TooDeep { limit: MAX_DEPTH },
            ImportError::NotANumber {
                line: 2,
                column: 14,
            },
            ImportError::NotJson { line: 3, column: 3 },
            ImportError::NotProgressFile,
            ImportError::UnknownVersion {
                found: "\"2\"".into(),
            },
            ImportError::NewerVersion {
                found: 3,
                supported: CURRENT_VERSION,
            },
            ImportError::Invalid {
                detail: "missing field `course`".into(),
            },
            ImportError::OtherCourse {
                expected: "amane".into(),
                found: "other".into(),
            },
            ImportError::UnsafeIds { ids },
        ]
    }

    /// A preview of a file from an older version of the course, with ids left out.
    fn preview_with_ids_left_out() -> ImportPreview {
        let incoming = Imported {
            progress: Progress::new("amane"),
            unknown: vec!["01-intro/old-step".to_owned(), "09-gone".to_owned()],
        };
        preview(&Progress::new("amane"), &incoming)
    }

    fn every_banner_key() -> Vec<MessageKey> {
        let set_aside = |reason| LoadNotice::SetAside {
            copy: StoredCopy::Save,
            reason,
            kept_as: None,
        };
        let newer = ImportError::NewerVersion {
            found: 3,
            supported: CURRENT_VERSION,
        };
        [
            vec![LoadNotice::LoadedBackup],
            vec![set_aside(ImportError::NotText), LoadNotice::StartedEmpty],
            vec![set_aside(newer), LoadNotice::LoadedBackup],
        ]
        .into_iter()
        .filter_map(|notices| {
            Loaded {
                progress: Progress::default(),
                notices,
            }
            .banner_key()
        })
        .collect()
    }

    #[test]
    fn every_message_the_app_may_show_is_listed() {
        let used: BTreeSet<&str> = every_import_error()
            .iter()
            .map(ImportError::key)
            .chain(
                [
                    WriteError::Quota,
                    WriteError::Unavailable,
                    WriteError::NewerSaveKept,
                ]
                .iter()
                .map(WriteError::key),
            )
            .chain(every_banner_key())
            .chain(
                preview_with_ids_left_out()
                    .left_out_message()
                    .map(|(key, _)| key),
            )
            .map(MessageKey::as_str)
            .collect();
        assert_eq!(used, MESSAGE_KEYS.iter().copied().collect());
        assert_eq!(used.len(), MESSAGE_KEYS.len());
    }

    #[test]
    fn every_message_exists_in_every_language() {
        for locale in LOCALES {
            for key in MESSAGE_KEYS {
                let defined = Catalog::shipped().has_message(locale, key);
                assert!(defined, "{key} is missing from locales/{locale}/main.ftl");
            }
        }
    }

    #[test]
    fn every_import_error_fills_all_the_variables_of_its_message() {
        for locale in LOCALES {
            let messages = Localizer::new(locale);
            for error in every_import_error() {
                let text = messages.t_args(error.key().as_str(), &error.args());
                assert!(!text.contains("{$"), "{locale} {}: {text}", error.key());
            }
        }
    }

    #[test]
    fn the_list_of_ids_left_out_fills_all_the_variables_of_its_message() {
        let (key, args) = preview_with_ids_left_out()
            .left_out_message()
            .expect("ids are left out");
        for locale in LOCALES {
            let text = Localizer::new(locale).t_args(key.as_str(), &args);
            assert!(!text.contains("{$"), "{locale} {key}: {text}");
            assert!(text.contains("01-intro/old-step"), "{locale}: {text}");
        }
    }
}
