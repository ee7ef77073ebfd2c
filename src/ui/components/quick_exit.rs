//! Quick exit: a button always in the same place and Shift pressed three times. The page is
//! blanked at once and replaced by a neutral site, so Back does not return to the course.

use crate::ui::i18n::tr;
use crate::web::clock::now_ms;
use amane_core::safety::ShiftTriple;
use leptos::prelude::*;

/// Blanks the page and replaces it with `url` in the history.
fn leave(url: &str) {
    if let Some(w) = web_sys::window() {
        if let Some(d) = w.document() {
            if let Some(html) = d.document_element() {
                let _ = html.class_list().add_1("leaving");
            }
            // The tab shows the neutral site's name, not the course's, while it loads.
            let host = web_sys::Url::new(url)
                .map(|u| u.hostname())
                .unwrap_or_default();
            d.set_title(if host.is_empty() { "-" } else { &host });
        }
        let _ = w.location().replace(url);
    }
}

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
        <button class="quick-exit" title=tr("header-quick-exit-hint") on:click=move |_| leave(&url)>
            {tr("header-quick-exit")}
        </button>
    }
}
