//! What a static server answered for a course file. Some hosts answer a file that does not
//! exist with their index page and a success status; that page is not the course file asked
//! for and is taken as missing.

/// Whether an answer with this `content_type` header and `body` is a web page rather than a
/// course file (Markdown or TOML): served as `text/html`, or starting like an HTML document.
pub fn is_web_page(content_type: Option<&str>, body: &str) -> bool {
    let html_type = content_type.is_some_and(|t| {
        t.trim_start()
            .get(..9)
            .is_some_and(|start| start.eq_ignore_ascii_case("text/html"))
    });
    let start = body.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    let html_start = ["<!doctype html", "<html"].iter().any(|opening| {
        start
            .get(..opening.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(opening))
    });
    html_type || html_start
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_index_page_answered_for_a_missing_file_is_a_web_page() {
        let index = "<!doctype html>\n<html lang=\"fr\"><head>";
        assert!(is_web_page(Some("text/html; charset=utf-8"), index));
        assert!(is_web_page(Some("TEXT/HTML"), "anything"));
        assert!(is_web_page(Some("application/octet-stream"), index));
        assert!(is_web_page(None, "\u{feff}\n  <HTML><body>"));
    }

    #[test]
    fn course_files_are_not_web_pages() {
        let module = "+++\ntitle = \"Bienvenue\"\n+++\n\n## Bienvenue ! {#bienvenue}\n";
        assert!(!is_web_page(Some("text/markdown; charset=utf-8"), module));
        assert!(!is_web_page(None, module));
        assert!(!is_web_page(Some("text/plain"), "id = \"amane\"\n"));
        assert!(!is_web_page(
            Some("text/plain"),
            "<p>une note</p> en Markdown"
        ));
    }
}
