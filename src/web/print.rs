//! The browser's print dialog.

/// Opens the print dialog for the page (its print stylesheet decides what is printed).
pub fn print_page() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
