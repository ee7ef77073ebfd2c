//! A small hash router: the current [`Route`] as a signal, following `hashchange`.

use amane_core::route::{parse_hash, Route};
use leptos::prelude::*;

/// The route of the current `location.hash`.
fn current() -> Route {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    parse_hash(&hash)
}

/// The current route, updated on every `hashchange`.
pub fn use_route() -> ReadSignal<Route> {
    let (route, set_route) = signal(current());
    let listener = window_event_listener(leptos::ev::hashchange, move |_| set_route.set(current()));
    on_cleanup(move || listener.remove());
    route
}
