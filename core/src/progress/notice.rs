//! What loading found and what another tab's save did, for the app to tell the learner.

use super::error::ImportError;
use super::model::Progress;

/// Which stored copy a notice is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoredCopy {
    /// The latest save, [`MAIN_KEY`](super::store::MAIN_KEY).
    Save,
    /// The save before it, [`BACKUP_KEY`](super::store::BACKUP_KEY).
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

/// The progress found in storage and how it was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded {
    /// The progress to start from.
    pub progress: Progress,
    /// What happened, in order.
    pub notices: Vec<LoadNotice>,
}

impl Loaded {
    /// The Fluent message id of the one banner to show the learner, if anything went wrong:
    /// a save from a newer Amane first (updating fixes it), then a recovered backup, then
    /// progress that could not be read at all.
    pub fn banner_key(&self) -> Option<&'static str> {
        let set_aside = |newer: bool| {
            self.notices.iter().any(|notice| {
                matches!(notice, LoadNotice::SetAside { reason, .. }
                    if matches!(reason, ImportError::NewerVersion { .. }) == newer)
            })
        };
        if set_aside(true) {
            Some("storage-newer-version")
        } else if self.notices.contains(&LoadNotice::LoadedBackup) {
            Some("storage-recovered")
        } else if set_aside(false) {
            Some("storage-unreadable")
        } else {
            None
        }
    }
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
