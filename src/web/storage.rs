//! `window.localStorage` as the progress store's [`KeyValue`], wrapped so a blocked or
//! missing storage is a value, never a panic (gloo's `LocalStorage::raw()` would panic).

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
    /// `localStorage` if a probe write succeeds, otherwise memory.
    pub fn detect() -> Self {
        let probe = "amane.probe";
        match local_storage() {
            Some(s) if s.set_item(probe, "1").is_ok() => {
                let _ = s.remove_item(probe);
                DeviceStorage::Browser
            }
            _ => DeviceStorage::Memory(MemoryStore::new()),
        }
    }

    /// Whether nothing survives a reload.
    pub fn is_memory(&self) -> bool {
        matches!(self, DeviceStorage::Memory(_))
    }
}

/// The name of a DOMException, e.g. `QuotaExceededError`.
fn exception_name(error: &wasm_bindgen::JsValue) -> String {
    error
        .dyn_ref::<web_sys::DomException>()
        .map(|e| e.name())
        .unwrap_or_default()
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
                storage.set_item(key, value).map_err(|e| {
                    if exception_name(&e) == "QuotaExceededError" {
                        WriteError::Quota
                    } else {
                        WriteError::Unavailable
                    }
                })
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
