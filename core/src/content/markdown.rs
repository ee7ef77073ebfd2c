//! The one Markdown entry point: every piece of course text becomes HTML here, with the
//! options we allow, raw HTML shown as text, and link and image URLs allow-listed.

use pulldown_cmark::{Event, Options, Parser};

use super::cite::Citations;
use super::digit_groups::isolate_digit_groups;
use super::model::Html;
use super::sanitize::make_safe;

/// Markdown extensions turned on for course text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarkdownOptions {
    /// GitHub-style tables.
    pub tables: bool,
    /// `~~struck~~` text.
    pub strikethrough: bool,
    /// `[^note]` footnotes.
    pub footnotes: bool,
    /// `{#id .class}` after a heading.
    pub heading_attributes: bool,
    /// `- [ ]` and `- [x]` list items.
    pub task_lists: bool,
    /// Curly quotes and dashes (off: authors type the punctuation of their language).
    pub smart_punctuation: bool,
}

impl Default for MarkdownOptions {
    fn default() -> Self {
        Self {
            tables: true,
            strikethrough: true,
            footnotes: true,
            heading_attributes: true,
            task_lists: true,
            smart_punctuation: false,
        }
    }
}

impl MarkdownOptions {
    pub(crate) fn to_cmark(&self) -> Options {
        let mut options = Options::empty();
        let wanted = [
            (self.tables, Options::ENABLE_TABLES),
            (self.strikethrough, Options::ENABLE_STRIKETHROUGH),
            (self.footnotes, Options::ENABLE_FOOTNOTES),
            (self.heading_attributes, Options::ENABLE_HEADING_ATTRIBUTES),
            (self.task_lists, Options::ENABLE_TASKLISTS),
            (self.smart_punctuation, Options::ENABLE_SMART_PUNCTUATION),
        ];
        for (on, flag) in wanted {
            options.set(flag, on);
        }
        options
    }
}

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
