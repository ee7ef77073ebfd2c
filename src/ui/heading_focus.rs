//! Where keyboard focus goes when the route changes: on the new screen's heading, so a screen
//! reader starts there. A screen whose code is still downloading (src/ui/components/chunk.rs)
//! has no heading yet: the move waits until it is shown.

use crate::web::dom;
use leptos::prelude::*;

/// The heading to focus once the screen shows it, if a route change asked for it.
#[derive(Clone, Copy)]
pub struct HeadingFocus {
    pending: RwSignal<bool>,
}

impl HeadingFocus {
    /// Provides it to the screens.
    pub fn provide() -> Self {
        let focus = Self {
            pending: RwSignal::new(false),
        };
        provide_context(focus);
        focus
    }

    /// The route changed: focus the heading once the new screen is painted, or when it shows.
    pub fn request(self) {
        self.pending.set(true);
        request_animation_frame(move || self.now());
    }

    /// A screen arrived later than its route: take a pending move.
    pub fn screen_shown(self) {
        request_animation_frame(move || self.now());
    }

    fn now(self) {
        if self.pending.get_untracked() && dom::focus_found("main h1") {
            self.pending.set(false);
        }
    }
}
