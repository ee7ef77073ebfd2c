//! `window.localStorage`, wrapped so a blocked or missing storage is a value, never a panic.

/// The page's local storage, or `None` when the browser blocks or lacks it.
pub fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads a key; `None` when absent or when storage is unavailable.
pub fn get(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// Writes a key; `false` when storage is unavailable or full.
pub fn set(key: &str, value: &str) -> bool {
    local_storage().is_some_and(|s| s.set_item(key, value).is_ok())
}
