//! A small hash router: the current [`Route`] as a signal, following `hashchange`.
//!
//! Moving inside the app never adds a history entry: following an in-app link (or
//! [`location::go`]) replaces the current entry. The app keeps a single entry, so Back
//! after a quick exit leaves the course instead of showing one of its pages; the app's own
//! previous/next controls move between steps.

use crate::web::location;
use amane_core::route::{parse_hash, Route};
use leptos::prelude::*;

/// The route of the current `location.hash`.
fn current() -> Route {
    parse_hash(&location::hash())
}

/// The current route, updated on every `hashchange`; in-app links replace the history entry.
pub fn use_route() -> ReadSignal<Route> {
    let (route, set_route) = signal(current());
    let listener = window_event_listener(leptos::ev::hashchange, move |_| set_route.set(current()));
    let clicks = window_event_listener(leptos::ev::click, move |e| {
        if let Some(hash) = location::in_app_link(&e) {
            e.prevent_default();
            location::go(&hash);
        }
    });
    on_cleanup(move || {
        listener.remove();
        clicks.remove();
    });
    route
}
