//! The progress model: versioned, mergeable, migratable, importable, and stored so that it
//! is never lost.
//!
//! - [`Progress`] and its verbs record what a learner did; progress only ever grows.
//! - [`merge`] combines two copies without losing anything either holds.
//! - [`export`] writes a file; [`parse_import`] checks one against the course, [`preview`]
//!   says what importing it changes, and importing is a [`merge`], never a replacement.
//! - [`ProgressStore`] keeps progress in browser-like storage with a backup.

#[cfg(test)]
mod arbitrary;
mod codec;
mod course_ids;
mod error;
mod import;
mod key_value;
mod memory;
mod merge;
mod model;
mod notice;
mod preview;
mod score;
mod store;
mod v1;

pub use codec::{export, CURRENT_VERSION, FORMAT, MAX_DEPTH};
pub use course_ids::{CourseIds, ModuleIds};
pub use error::{is_unsafe_char, visible, ImportError};
pub use import::{parse_import, IMPORT_LIMIT_BYTES};
pub use key_value::{KeyValue, WriteError};
pub use memory::MemoryStore;
pub use merge::merge;
pub use model::{LocaleChoice, ModuleProgress, Progress};
pub use notice::{ExternalChange, LoadNotice, Loaded, StoredCopy};
pub use preview::{preview, EndingRef, ImportPreview, ScoreChange, Scored, StepRef};
pub use score::{better_score, compare_achievement, Score};
pub use store::{ProgressStore, BACKUP_KEY, CORRUPT_PREFIX, MAIN_KEY, NEWER_PREFIX, PREFIX};
