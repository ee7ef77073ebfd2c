//! The one Markdown entry point: every piece of course text becomes HTML here, with the
//! options we allow, raw HTML shown as text, and link and image URLs allow-listed.

use pulldown_cmark::{Event, Parser};

use crate::content::markdown::citations::Citations;
use crate::content::markdown::digit_groups::isolate_digit_groups;
use crate::content::markdown::options::MarkdownOptions;
use crate::content::markdown::sanitize::make_safe;
use crate::content::model::Html;

/// Renders Markdown to safe HTML.
pub fn render(md: &str, opts: &MarkdownOptions) -> Html {
    to_html(
        Parser::new_ext(md, opts.to_cmark()).collect(),
        Citations::default(),
    )
}

/// Turns already parsed events into safe HTML (the same rules as [`render`]), with the
/// `citations` of a module's sources linked.
pub(crate) fn to_html(mut events: Vec<Event<'_>>, citations: Citations<'_>) -> Html {
    make_safe(&mut events, citations);
    isolate_digit_groups(&mut events);
    // A guess at the size of the HTML, so the string is rarely grown more than once.
    let mut out = String::with_capacity(events.len() * HTML_BYTES_PER_EVENT);
    pulldown_cmark::html::push_html(&mut out, events.into_iter());
    Html::from_safe(out)
}

/// Typical length of the HTML one event of course text becomes.
const HTML_BYTES_PER_EVENT: usize = 16;

#[cfg(test)]
mod tests {
    use super::render;
    use crate::content::markdown::options::MarkdownOptions;

    #[test]
    fn rendered_numbers_are_left_to_right_and_code_stays_as_written() {
        let html = render(
            "اتصلوا بـ **+212 6 24 40 58 89** أو [0800 00 25 11](tel:0800002511).\n\n\
             ```\n+212 6 24 40 58 89\n```\n\n![1 2 3](images/a.png)\n",
            &MarkdownOptions::default(),
        );
        let html = html.as_str();
        assert!(html.contains(
            "<strong><span class=\"digits\" dir=\"ltr\">+212 6 24 40 58 89</span></strong>"
        ));
        assert!(html.contains(
            "<a href=\"tel:0800002511\"><span class=\"digits\" dir=\"ltr\">0800 00 25 11</span></a>"
        ));
        assert!(html.contains("<code>+212 6 24 40 58 89\n</code>"));
        assert!(html.contains("alt=\"1 2 3\""), "{html}");
    }

    #[test]
    fn text_without_spaced_numbers_renders_as_before() {
        let html = render("Le 19, la loi 09-08.", &MarkdownOptions::default());
        assert_eq!(html.as_str(), "<p>Le 19, la loi 09-08.</p>\n");
    }
}
