//! The one Markdown entry point: every piece of course text becomes HTML here, with the
//! options we allow, raw HTML shown as text, and link and image URLs allow-listed.

use pulldown_cmark::{Alignment, CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};

use super::model::Html;
use super::url::{allow_url, UrlUse};

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
    to_html(Parser::new_ext(md, opts.to_cmark()))
}

/// Markdown events with their byte ranges in `md`, for the block parsers.
pub(crate) fn events_with_offsets<'a>(
    md: &'a str,
    opts: &MarkdownOptions,
) -> Vec<(Event<'a>, std::ops::Range<usize>)> {
    // Course text makes about one event per 8 bytes: reserving that avoids regrowing.
    let mut events = Vec::with_capacity(md.len() / 8);
    events.extend(Parser::new_ext(md, opts.to_cmark()).into_offset_iter());
    events
}

/// Turns already parsed events into safe HTML (the same rules as [`render`]).
pub(crate) fn to_html<'a>(events: impl IntoIterator<Item = Event<'a>>) -> Html {
    let events = events.into_iter();
    // A guess at the size of the HTML, so the string is rarely grown more than once.
    let mut out = String::with_capacity(events.size_hint().0 * HTML_BYTES_PER_EVENT);
    pulldown_cmark::html::push_html(&mut out, Sanitizer::new(events));
    Html(out)
}

/// Typical length of the HTML one event of course text becomes.
const HTML_BYTES_PER_EVENT: usize = 16;

/// Rewrites events so the HTML writer only ever produces safe markup: no author HTML, no
/// unsafe URL, no attribute but a heading id, and no inline `style` (table alignment), which
/// the content security policy forbids.
struct Sanitizer<I> {
    inner: I,
    /// For each open link or image: whether it was kept.
    open: Vec<bool>,
}

impl<I> Sanitizer<I> {
    fn new(inner: I) -> Self {
        Self {
            inner,
            open: Vec::new(),
        }
    }
}

impl<'a, I: Iterator<Item = Event<'a>>> Iterator for Sanitizer<I> {
    type Item = Event<'a>;

    fn next(&mut self) -> Option<Event<'a>> {
        loop {
            let event = self.inner.next()?;
            if let Some(kept) = self.sanitize(event) {
                return Some(kept);
            }
        }
    }
}

impl<'a, I> Sanitizer<I> {
    /// The safe form of `event`, or `None` to drop it.
    fn sanitize(&mut self, event: Event<'a>) -> Option<Event<'a>> {
        match event {
            Event::Html(raw) | Event::InlineHtml(raw) => Some(Event::Text(raw)),
            Event::Start(Tag::HtmlBlock) => Some(Event::Start(Tag::Paragraph)),
            Event::End(TagEnd::HtmlBlock) => Some(Event::End(TagEnd::Paragraph)),
            Event::Start(Tag::Table(columns)) => Some(Event::Start(Tag::Table(vec![
                Alignment::None;
                columns.len()
            ]))),
            Event::Start(Tag::Heading { level, id, .. }) => Some(Event::Start(Tag::Heading {
                level,
                id,
                classes: Vec::new(),
                attrs: Vec::new(),
            })),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                ..
            }) => {
                let url = match link_type {
                    LinkType::Email => format!("mailto:{dest_url}"),
                    _ => dest_url.to_string(),
                };
                let safe = allow_url(&url, UrlUse::Link);
                self.open.push(safe.is_some());
                safe.map(|safe| Event::InlineHtml(anchor(&safe.url, safe.external, &title).into()))
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let safe = allow_url(&dest_url, UrlUse::Image);
                self.open.push(safe.is_some());
                safe.map(|safe| {
                    Event::Start(Tag::Image {
                        link_type,
                        dest_url: CowStr::from(safe.url),
                        title,
                        id,
                    })
                })
            }
            Event::End(TagEnd::Link) => self
                .open
                .pop()
                .unwrap_or(false)
                .then(|| Event::InlineHtml("</a>".into())),
            Event::End(TagEnd::Image) => self
                .open
                .pop()
                .unwrap_or(false)
                .then_some(Event::End(TagEnd::Image)),
            other => Some(other),
        }
    }
}

/// The opening `<a>` tag of an allowed link.
fn anchor(url: &str, external: bool, title: &str) -> String {
    let mut tag = format!("<a href=\"{}\"", escape_attribute(url));
    if !title.is_empty() {
        tag.push_str(&format!(" title=\"{}\"", escape_attribute(title)));
    }
    if external {
        tag.push_str(" rel=\"noopener noreferrer\"");
    }
    tag.push('>');
    tag
}

fn escape_attribute(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
    out
}
