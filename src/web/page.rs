//! The page as a whole: reload it, print it, or leave it for another site.

/// Reloads the page.
pub fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// Opens the browser's print dialog for the page.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Blanks the page at once and replaces it with `url` in the history, so Back does not
/// return to it. While `url` loads, the tab shows its host name, not the page's title.
pub fn leave_for(url: &str) {
    let Some(w) = web_sys::window() else {
        return;
    };
    if let Some(d) = w.document() {
        if let Some(html) = d.document_element() {
            let _ = html.class_list().add_1("leaving");
        }
        let host = web_sys::Url::new(url)
            .map(|u| u.hostname())
            .unwrap_or_default();
        d.set_title(if host.is_empty() { "-" } else { &host });
    }
    let _ = w.location().replace(url);
}
