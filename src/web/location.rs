//! The page's address and the in-app links clicked on it.

use wasm_bindgen::JsCast;

/// The current `location.hash` (`#/m/03-phishing/2`), empty when there is none.
pub fn hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The `#…` address of the in-app link a plain click landed on, if it did. Clicks with a
/// modifier or another button (open in a new tab or window) and links to another window are
/// left to the browser.
pub fn in_app_link(event: &web_sys::MouseEvent) -> Option<String> {
    if event.default_prevented()
        || event.button() != 0
        || event.ctrl_key()
        || event.meta_key()
        || event.shift_key()
        || event.alt_key()
    {
        return None;
    }
    let link = event
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("a[href]")
        .ok()??;
    if link.get_attribute("target").is_some_and(|t| t != "_self") || link.has_attribute("download")
    {
        return None;
    }
    link.get_attribute("href")
        .filter(|href| href.starts_with('#'))
}

/// Moves to the hash route `hash` (`#/…`) in place of the current history entry, so the app
/// never leaves a trail of its pages in the history (see `crate::ui::router`).
pub fn go(hash: &str) {
    if let Some(w) = web_sys::window() {
        let hash = if hash.starts_with('#') {
            hash.to_owned()
        } else {
            format!("#{hash}")
        };
        let _ = w.location().replace(&hash);
    }
}
