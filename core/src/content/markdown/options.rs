//! The Markdown extensions course text may use, and how they map to pulldown-cmark's.

use pulldown_cmark::Options;

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
