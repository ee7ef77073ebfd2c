//! Quick exit: a button always in the same place and Shift pressed three times. The page is
//! blanked at once and replaced by a neutral site, so Back does not return to the course.
//! Inside a SCORM package, the LMS's windows leave too (when the browser allows it): the one
//! around the package's frame, or the one that opened the package's window.

use crate::ui::i18n::tr;
use crate::web::clock::now_ms;
use crate::web::{lms, page};
use amane_core::key;
use amane_core::safety::ShiftTriple;
use leptos::prelude::*;

/// The quick-exit button, plus the Shift×3 gesture on the whole page.
#[component]
pub fn QuickExit(
    /// The neutral site to replace the page with.
    url: String,
) -> impl IntoView {
    // The start-up page's quick exit (index.html) gives way to this one.
    crate::web::dom::remove("#boot-top");
    let gesture = StoredValue::new(ShiftTriple::default());
    let key_url = url.clone();
    let listener = window_event_listener(leptos::ev::keydown, move |e| {
        if e.repeat() {
            return;
        }
        let trigger = gesture
            .try_update_value(|g| {
                if e.key() == "Shift" {
                    g.press(now_ms())
                } else {
                    g.reset();
                    false
                }
            })
            .unwrap_or(false);
        if trigger {
            leave(&key_url);
        }
    });
    on_cleanup(move || listener.remove());
    view! {
        <button
            class="quick-exit"
            title=tr(key!("header-quick-exit-hint"))
            on:click=move |_| leave(&url)
        >
            {tr(key!("header-quick-exit"))}
        </button>
    }
}

/// Leaves for `url`: the LMS's windows around a package first, then this page in any case (so
/// the page is blanked at once, and leaves by itself when the LMS window cannot).
fn leave(url: &str) {
    if lms::packaged().is_some() {
        lms::leave_lms_for(url);
    }
    page::leave_for(url);
}
