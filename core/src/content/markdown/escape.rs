//! The one escaper of text put in an HTML attribute: pulldown-cmark's own, which the HTML
//! writer uses for every attribute it writes.

/// `value` escaped for an HTML attribute between double quotes (`&`, `<`, `>`, `"` and `'`).
pub(crate) fn escape_attribute(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    // Writing to a `String` cannot fail.
    let _ = pulldown_cmark_escape::escape_html(&mut out, value);
    out
}
