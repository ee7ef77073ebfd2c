//! `window.localStorage` as the progress store's [`KeyValue`], wrapped so a blocked or
//! missing storage is a value, never a panic (gloo's `LocalStorage::raw()` would panic).
//!
//! Even once storage is known to work, gloo-storage cannot read or write the progress: it
//! stores every value as JSON, so `LocalStorage::set(key, text)` writes the progress text
//! quoted and escaped (`"{\"format\":…}"`), which earlier versions and other tabs cannot
//! read, and `LocalStorage::get::<String>(key)` fails on the progress already saved (a JSON
//! object, not a JSON string). Its `delete` and `length` also panic when storage goes away.

use amane_core::progress::{KeyValue, MemoryStore, WriteError};
use wasm_bindgen::JsCast;

/// The page's local storage, or `None` when the browser blocks or lacks it.
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Where progress is kept on this device.
#[derive(Debug)]
pub enum DeviceStorage {
    /// The browser's `localStorage`, which works.
    Browser,
    /// In memory only: the browser has no usable storage (or private mode is on).
    Memory(MemoryStore),
}

impl DeviceStorage {
    /// `localStorage` if it can be written, or if it is only full (what is saved there can
    /// still be read, and each refused save tells the learner); otherwise memory.
    pub fn detect() -> Self {
        let probe = "amane.probe";
        let Some(storage) = local_storage() else {
            return DeviceStorage::memory();
        };
        match storage.set_item(probe, "1") {
            Ok(()) => {
                let _ = storage.remove_item(probe);
                DeviceStorage::Browser
            }
            Err(e) if write_error(&e) == WriteError::Quota => DeviceStorage::Browser,
            Err(_) => DeviceStorage::memory(),
        }
    }

    /// Empty storage in memory: nothing survives a reload.
    pub fn memory() -> Self {
        DeviceStorage::Memory(MemoryStore::new())
    }

    /// Whether nothing survives a reload.
    pub fn is_memory(&self) -> bool {
        matches!(self, DeviceStorage::Memory(_))
    }
}

/// Why `localStorage` refused a write: full (`QuotaExceededError`, or Firefox's older
/// `NS_ERROR_DOM_QUOTA_REACHED`), or anything else.
fn write_error(error: &wasm_bindgen::JsValue) -> WriteError {
    let name = error
        .dyn_ref::<web_sys::DomException>()
        .map(|e| e.name())
        .unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => WriteError::Quota,
        _ => WriteError::Unavailable,
    }
}

impl KeyValue for DeviceStorage {
    fn get(&self, key: &str) -> Option<String> {
        match self {
            DeviceStorage::Browser => local_storage()?.get_item(key).ok().flatten(),
            DeviceStorage::Memory(m) => m.get(key),
        }
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), WriteError> {
        match self {
            DeviceStorage::Browser => {
                let storage = local_storage().ok_or(WriteError::Unavailable)?;
                storage.set_item(key, value).map_err(|e| write_error(&e))
            }
            DeviceStorage::Memory(m) => m.set(key, value),
        }
    }

    fn remove(&mut self, key: &str) {
        match self {
            DeviceStorage::Browser => {
                if let Some(s) = local_storage() {
                    let _ = s.remove_item(key);
                }
            }
            DeviceStorage::Memory(m) => m.remove(key),
        }
    }

    fn keys(&self) -> Vec<String> {
        match self {
            DeviceStorage::Browser => local_storage()
                .map(|s| {
                    let n = s.length().unwrap_or(0);
                    (0..n).filter_map(|i| s.key(i).ok().flatten()).collect()
                })
                .unwrap_or_default(),
            DeviceStorage::Memory(m) => m.keys(),
        }
    }
}
