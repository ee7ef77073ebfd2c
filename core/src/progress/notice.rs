//! What loading found and what another tab's save did, for the app to tell the learner.

use super::error::ImportError;
use super::model::Progress;
use crate::i18n::MessageKey;
use crate::key;

/// Which stored copy a notice is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoredCopy {
    /// The latest save, [`StoreKeys::main`](super::store::StoreKeys::main).
    Save,
    /// The save before it, [`StoreKeys::backup`](super::store::StoreKeys::backup).
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
    /// A stored copy was written by a newer Amane: it stays where it is, untouched, and
    /// nothing is saved during this visit.
    NewerKept {
        /// Which copy.
        copy: StoredCopy,
    },
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
    /// a save from a newer Amane first (kept as it is; nothing is saved this visit), then a
    /// recovered backup, then progress that could not be read at all.
    pub fn banner_key(&self) -> Option<MessageKey> {
        let has = |wanted: fn(&LoadNotice) -> bool| self.notices.iter().any(wanted);
        if has(|n| matches!(n, LoadNotice::NewerKept { .. })) {
            Some(key!("storage-newer-version"))
        } else if self.notices.contains(&LoadNotice::LoadedBackup) {
            Some(key!("storage-recovered"))
        } else if has(|n| matches!(n, LoadNotice::SetAside { .. })) {
            Some(key!("storage-unreadable"))
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
