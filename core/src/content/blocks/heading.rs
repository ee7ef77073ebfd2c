//! Headings with `{#id .class key=value}` attributes: steps, questions, scenario nodes.

use std::ops::Range;

use pulldown_cmark::{CowStr, Event, HeadingLevel, Tag};

use crate::content::markdown::citations::warn_in_title;
use crate::content::markdown::events::{inside, plain_text, Located};
use crate::content::report::findings::Findings;
use crate::content::report::locator::offset_of;

/// A heading and its attributes, borrowed from the events it was read from.
pub(crate) struct Heading<'e, 'a> {
    /// `##` is H2, `###` is H3.
    pub level: HeadingLevel,
    /// `{#id}`.
    pub id: Option<&'e str>,
    /// `.class` words.
    pub classes: &'e [CowStr<'a>],
    /// `key=value` pairs.
    pub attrs: &'e [(CowStr<'a>, Option<CowStr<'a>>)],
    /// Heading content, for rendering.
    pub content: &'e [Located<'a>],
    /// Byte offset of the heading in the module file.
    pub offset: usize,
    /// Source of the heading line.
    source: &'a str,
    /// Byte offset in the module file of the text the events were parsed from.
    base: usize,
}

impl Heading<'_, '_> {
    /// The title of a step or scenario node: its text, plain, as the course map, the progress
    /// bar and the browser tab show it; a citation typed in it is a warning.
    pub(crate) fn title(&self, findings: &mut Findings<'_>) -> String {
        warn_in_title(self.content, self.base, findings);
        plain_text(self.content)
    }

    /// Offset of `token` (e.g. `pts=1`) in the heading, to point a diagnostic at it.
    pub(crate) fn offset_of(&self, token: &str) -> usize {
        let attributes = self.source.rfind('{').unwrap_or(0);
        offset_of(self.offset + attributes, &self.source[attributes..], token)
    }
}

/// Reads the heading element `range` of `events` (parsed from `text`, which starts at byte
/// `base` of the module file); `None` when it is not a heading.
pub(crate) fn read_heading<'e, 'a>(
    events: &'e [Located<'a>],
    range: &Range<usize>,
    text: &'a str,
    base: usize,
) -> Option<Heading<'e, 'a>> {
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
    Some(Heading {
        level: *level,
        id: id.as_deref(),
        classes,
        attrs,
        content: inside(events, range),
        offset: base + span.start,
        source: &text[span.clone()],
        base,
    })
}
