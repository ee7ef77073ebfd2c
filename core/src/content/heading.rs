//! Headings with `{#id .class key=value}` attributes: steps, questions, scenario nodes.

use std::ops::Range;

use pulldown_cmark::{Event, HeadingLevel, Tag};

use super::events::{inside, plain, plain_text, Located};
use super::position::offset_of;

/// A heading and its attributes.
pub(crate) struct Heading<'a> {
    /// `##` is H2, `###` is H3.
    pub level: HeadingLevel,
    /// `{#id}`.
    pub id: Option<String>,
    /// `.class` words.
    pub classes: Vec<String>,
    /// `key=value` pairs.
    pub attrs: Vec<(String, Option<String>)>,
    /// Heading text, plain.
    pub title: String,
    /// Heading content, for rendering.
    pub inline: Vec<Event<'a>>,
    /// Byte offset of the heading in the module file.
    pub offset: usize,
    /// Source of the heading line.
    source: &'a str,
}

impl Heading<'_> {
    /// Offset of `token` (e.g. `pts=1`) in the heading, to point a diagnostic at it.
    pub(crate) fn offset_of(&self, token: &str) -> usize {
        let attributes = self.source.rfind('{').unwrap_or(0);
        offset_of(self.offset + attributes, &self.source[attributes..], token)
    }
}

/// Reads the heading element `range` of `events` (parsed from `text`, which starts at byte
/// `base` of the module file); `None` when it is not a heading.
pub(crate) fn read_heading<'a>(
    events: &[Located<'a>],
    range: &Range<usize>,
    text: &'a str,
    base: usize,
) -> Option<Heading<'a>> {
    let (
        Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }),
        span,
    ) = &events[range.start]
    else {
        return None;
    };
    let content = inside(events, range);
    Some(Heading {
        level: *level,
        id: id.as_ref().map(|id| id.to_string()),
        classes: classes.iter().map(|class| class.to_string()).collect(),
        attrs: attrs
            .iter()
            .map(|(key, value)| (key.to_string(), value.as_ref().map(|v| v.to_string())))
            .collect(),
        title: plain_text(content),
        inline: plain(content),
        offset: base + span.start,
        source: &text[span.clone()],
    })
}
