//! A small hash router: the current [`Route`] as a signal, following `hashchange`.
//!
//! Moving inside the app never adds a history entry: following an in-app link (or
//! [`crate::web::dom::go`]) replaces the current entry. The app keeps a single entry, so Back
//! after a quick exit leaves the course instead of showing one of its pages; the app's own
//! previous/next controls move between steps.

use amane_core::route::{parse_hash, Route};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The route of the current `location.hash`.
fn current() -> Route {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    parse_hash(&hash)
}

/// The `#…` address of the in-app link a plain click landed on, if it did. Clicks with a
/// modifier or another button (open in a new tab or window) and links to another window are
/// left to the browser.
fn in_app_link(event: &leptos::ev::MouseEvent) -> Option<String> {
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

/// The current route, updated on every `hashchange`; in-app links replace the history entry.
pub fn use_route() -> ReadSignal<Route> {
    let (route, set_route) = signal(current());
    let listener = window_event_listener(leptos::ev::hashchange, move |_| set_route.set(current()));
    let clicks = window_event_listener(leptos::ev::click, move |e| {
        if let Some(hash) = in_app_link(&e) {
            e.prevent_default();
            crate::web::dom::go(&hash);
        }
    });
    on_cleanup(move || {
        listener.remove();
        clicks.remove();
    });
    route
}
