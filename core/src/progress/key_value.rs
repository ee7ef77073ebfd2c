//! The storage the progress store writes to: `localStorage` in the browser, memory otherwise.

use crate::i18n::MessageKey;
use crate::key;
use std::fmt;

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
    /// A newer Amane's save is on the device: it is kept as it is, so nothing is written.
    NewerSaveKept,
}

impl WriteError {
    /// The Fluent message id telling the learner their last change was not saved.
    pub fn key(&self) -> MessageKey {
        match self {
            WriteError::Quota => key!("storage-full"),
            WriteError::Unavailable => key!("storage-unavailable"),
            WriteError::NewerSaveKept => key!("storage-newer-version"),
        }
    }
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WriteError::Quota => write!(f, "the storage is full; the previous save is kept"),
            WriteError::Unavailable => write!(f, "the storage cannot be written"),
            WriteError::NewerSaveKept => {
                write!(
                    f,
                    "a newer Amane's save is on this device and is kept as it is"
                )
            }
        }
    }
}

impl std::error::Error for WriteError {}
