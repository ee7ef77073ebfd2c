//! Keeping progress in the browser's storage so that it is never lost: the previous save is
//! kept as a backup, unreadable data is set aside rather than overwritten, a full storage
//! keeps the last good save, and other tabs' saves are merged, not overwritten.
//!
//! The browser adapter only implements [`KeyValue`] over `localStorage` and forwards the
//! `storage` events of [`MAIN_KEY`] to [`ProgressStore::merge_external`].

use std::fmt;

use super::codec::{decode, encode};
use super::error::ImportError;
use super::merge::merge;
use super::model::Progress;

/// Every key Amane writes starts with this; "Delete my data" removes exactly these keys.
pub const PREFIX: &str = "amane.";
/// The latest save.
pub const MAIN_KEY: &str = "amane.progress";
/// The save before the latest one.
pub const BACKUP_KEY: &str = "amane.progress.backup";
/// Unreadable data set aside, followed by the time in ms.
pub const CORRUPT_PREFIX: &str = "amane.corrupt.";
/// Data written by a newer Amane set aside, followed by the time in ms.
pub const NEWER_PREFIX: &str = "amane.newer.";

/// String key-value storage, such as the browser's `localStorage`.
pub trait KeyValue {
    /// The value under `key`, if any (an adapter returns `None` when reading fails).
    fn get(&self, key: &str) -> Option<String>;
    /// Stores `value` under `key`. On error the previous value must be left as it was.
    fn set(&mut self, key: &str, value: &str) -> Result<(), WriteError>;
    /// Removes `key` if present.
    fn remove(&mut self, key: &str);
    /// Every key present, including other applications' keys.
    fn keys(&self) -> Vec<String>;
}

/// Why storage refused a write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WriteError {
    /// The storage is full.
    Quota,
    /// The storage cannot be written (blocked, private mode, removed).
    Unavailable,
}

impl WriteError {
    /// The Fluent message id telling the learner their last change was not saved.
    pub fn key(&self) -> &'static str {
        match self {
            WriteError::Quota => "storage-full",
            WriteError::Unavailable => "storage-unavailable",
        }
    }
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WriteError::Quota => write!(f, "the storage is full; the previous save is kept"),
            WriteError::Unavailable => write!(f, "the storage cannot be written"),
        }
    }
}

impl std::error::Error for WriteError {}

/// Which stored copy a notice is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoredCopy {
    /// The latest save, [`MAIN_KEY`].
    Save,
    /// The save before it, [`BACKUP_KEY`].
    Backup,
}

/// What happened while loading, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadNotice {
    /// The latest save was read.
    LoadedSave,
    /// The save before the latest one was read, because the latest could not be.
    LoadedBackup,
    /// Nothing readable was stored: the learner starts from the beginning.
    StartedEmpty,
    /// A stored copy could not be read. It was moved to `kept_as`, or left where it was
    /// (`None`) if the storage refused to copy it; it is never overwritten unread.
    SetAside {
        /// Which copy.
        copy: StoredCopy,
        /// Why it could not be read.
        reason: ImportError,
        /// Key it was moved to.
        kept_as: Option<String>,
    },
}

impl LoadNotice {
    /// The Fluent message id to show the learner, if this is worth telling them.
    pub fn key(&self) -> Option<&'static str> {
        match self {
            LoadNotice::LoadedSave | LoadNotice::StartedEmpty => None,
            LoadNotice::LoadedBackup => Some("storage-restored-backup"),
            LoadNotice::SetAside {
                reason: ImportError::NewerVersion { .. },
                ..
            } => Some("storage-newer-version"),
            LoadNotice::SetAside { .. } => Some("storage-unreadable"),
        }
    }
}

/// The progress found in storage and how it was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded {
    /// The progress to start from.
    pub progress: Progress,
    /// What happened, in order.
    pub notices: Vec<LoadNotice>,
}

/// What another tab's save did to this tab's progress.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExternalChange {
    /// The other tab's progress was merged in; this is the result.
    Merged(Progress),
    /// The other tab deleted all data: this tab starts over too, so it does not write the
    /// deleted progress back.
    Deleted(Progress),
    /// The other tab wrote something this Amane cannot read; nothing changed here.
    Ignored(ImportError),
}

/// Progress saved in a [`KeyValue`] storage.
#[derive(Debug)]
pub struct ProgressStore<S: KeyValue> {
    storage: S,
    current: Progress,
}

impl<S: KeyValue> ProgressStore<S> {
    /// A store for `course` over `storage`. Call [`ProgressStore::load`] before anything else.
    pub fn new(storage: S, course: impl Into<String>) -> Self {
        ProgressStore {
            storage,
            current: Progress::new(course),
        }
    }

    /// The progress as last loaded, saved or merged.
    pub fn progress(&self) -> &Progress {
        &self.current
    }

    /// The storage underneath.
    pub fn storage(&self) -> &S {
        &self.storage
    }

    /// Reads the latest save, or the one before when the latest cannot be read. Unreadable
    /// copies are moved under [`CORRUPT_PREFIX`] (or [`NEWER_PREFIX`]) followed by `now_ms`.
    pub fn load(&mut self, now_ms: u64) -> Loaded {
        let mut notices = Vec::new();
        for (copy, key) in [
            (StoredCopy::Save, MAIN_KEY),
            (StoredCopy::Backup, BACKUP_KEY),
        ] {
            let Some(text) = self.storage.get(key) else {
                continue;
            };
            match self.read(&text) {
                Ok(progress) => {
                    notices.push(match copy {
                        StoredCopy::Save => LoadNotice::LoadedSave,
                        StoredCopy::Backup => LoadNotice::LoadedBackup,
                    });
                    self.current = progress;
                    return self.loaded(notices);
                }
                Err(reason) => {
                    let kept_as = self.set_aside(key, &text, &reason, now_ms).ok();
                    notices.push(LoadNotice::SetAside {
                        copy,
                        reason,
                        kept_as,
                    });
                }
            }
        }
        notices.push(LoadNotice::StartedEmpty);
        self.current = Progress::new(self.current.course.clone());
        self.loaded(notices)
    }

    /// Saves `progress`, merged with what this store knows and with what another tab may
    /// have saved meanwhile, and returns the progress saved. The previous save becomes the
    /// backup first. On error nothing stored has changed: the last good save is intact.
    pub fn save(&mut self, progress: &Progress) -> Result<Progress, WriteError> {
        let mut merged = merge(&self.current, progress);
        if let Some(stored_text) = self.storage.get(MAIN_KEY) {
            match self.read(&stored_text) {
                Ok(stored) => {
                    merged = merge(&merged, &stored);
                    if encode(&merged) != stored_text {
                        self.storage.set(BACKUP_KEY, &stored_text)?;
                    }
                }
                Err(reason) => {
                    self.set_aside(MAIN_KEY, &stored_text, &reason, merged.updated)?;
                }
            }
        }
        self.storage.set(MAIN_KEY, &encode(&merged))?;
        self.current = merged;
        Ok(self.current.clone())
    }

    /// Takes in another tab's save: `new_value` is the new text of [`MAIN_KEY`], or `None`
    /// when that tab removed it.
    pub fn merge_external(&mut self, new_value: Option<&str>) -> ExternalChange {
        let Some(text) = new_value else {
            self.current = Progress::new(self.current.course.clone());
            return ExternalChange::Deleted(self.current.clone());
        };
        match self.read(text) {
            Ok(theirs) => {
                self.current = merge(&self.current, &theirs);
                ExternalChange::Merged(self.current.clone())
            }
            Err(reason) => ExternalChange::Ignored(reason),
        }
    }

    /// Removes every key starting with [`PREFIX`] and nothing else, and starts over.
    /// Returns how many keys were removed.
    pub fn delete_all(&mut self) -> usize {
        let ours: Vec<String> = self
            .storage
            .keys()
            .into_iter()
            .filter(|key| key.starts_with(PREFIX))
            .collect();
        for key in &ours {
            self.storage.remove(key);
        }
        self.current = Progress::new(self.current.course.clone());
        ours.len()
    }

    /// Reads stored text; progress for another course counts as unreadable here.
    fn read(&self, text: &str) -> Result<Progress, ImportError> {
        let progress = decode(text)?;
        if progress.course != self.current.course {
            return Err(ImportError::OtherCourse {
                expected: self.current.course.clone(),
                found: progress.course,
            });
        }
        Ok(progress)
    }

    /// Copies `text` to a fresh set-aside key, then removes `key`.
    fn set_aside(
        &mut self,
        key: &str,
        text: &str,
        reason: &ImportError,
        now_ms: u64,
    ) -> Result<String, WriteError> {
        let prefix = match reason {
            ImportError::NewerVersion { .. } => NEWER_PREFIX,
            _ => CORRUPT_PREFIX,
        };
        let existing = self.storage.keys();
        let kept_as = std::iter::once(format!("{prefix}{now_ms}"))
            .chain((2..).map(|n| format!("{prefix}{now_ms}-{n}")))
            .find(|candidate| !existing.contains(candidate))
            .expect("an unbounded sequence of keys has a free one");
        self.storage.set(&kept_as, text)?;
        self.storage.remove(key);
        Ok(kept_as)
    }

    fn loaded(&self, notices: Vec<LoadNotice>) -> Loaded {
        Loaded {
            progress: self.current.clone(),
            notices,
        }
    }
}
