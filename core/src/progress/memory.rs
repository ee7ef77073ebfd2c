//! Storage kept in memory: used when the browser gives no storage (progress then lasts until
//! the tab closes, and the app says so), and by tests, which can give it a size limit.

use std::collections::BTreeMap;

use super::key_value::{KeyValue, WriteError};

/// Key-value storage in memory, with an optional limit on its total size.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MemoryStore {
    entries: BTreeMap<String, String>,
    quota_bytes: Option<usize>,
}

impl MemoryStore {
    /// Empty storage without a size limit.
    pub fn new() -> Self {
        MemoryStore::default()
    }

    /// Empty storage that refuses writes once keys and values together would exceed
    /// `quota_bytes` bytes (UTF-8), as a full browser storage does.
    pub fn with_quota(quota_bytes: usize) -> Self {
        MemoryStore {
            entries: BTreeMap::new(),
            quota_bytes: Some(quota_bytes),
        }
    }

    fn used_bytes_without(&self, key: &str) -> usize {
        self.entries
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| k.len() + v.len())
            .sum()
    }
}

impl KeyValue for MemoryStore {
    fn get(&self, key: &str) -> Option<String> {
        self.entries.get(key).cloned()
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), WriteError> {
        if let Some(quota) = self.quota_bytes {
            if self.used_bytes_without(key) + key.len() + value.len() > quota {
                return Err(WriteError::Quota);
            }
        }
        self.entries.insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&mut self, key: &str) {
        self.entries.remove(key);
    }

    fn keys(&self) -> Vec<String> {
        self.entries.keys().cloned().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refused_write_leaves_the_old_value() {
        let mut store = MemoryStore::with_quota(10);
        store.set("k", "12345").unwrap();
        assert_eq!(store.set("k", "1234567890"), Err(WriteError::Quota));
        assert_eq!(store.get("k").as_deref(), Some("12345"));
    }

    #[test]
    fn replacing_a_value_counts_only_the_new_one() {
        let mut store = MemoryStore::with_quota(10);
        store.set("k", "123456789").unwrap();
        assert_eq!(store.set("k", "987654321"), Ok(()));
        store.remove("k");
        assert!(store.keys().is_empty());
    }
}
