//! Walking the Markdown events of a module or of a block's inside.

use std::ops::Range;

use pulldown_cmark::{CowStr, Event, Parser, Tag, TagEnd};

use super::markdown::MarkdownOptions;

/// A Markdown event and its byte range in the parsed text.
pub(crate) type Located<'a> = (Event<'a>, Range<usize>);

/// Index ranges of the elements directly inside `events` (a start tag up to its end tag,
/// or a single event).
pub(crate) fn elements(events: &[Located<'_>]) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (index, (event, _)) in events.iter().enumerate() {
        match event {
            Event::Start(_) => {
                if depth == 0 {
                    start = index;
                }
                depth += 1;
            }
            Event::End(_) => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    found.push(start..index + 1);
                }
            }
            _ if depth == 0 => found.push(index..index + 1),
            _ => {}
        }
    }
    found
}

/// Parses `md` and calls `visit` with the events of each top-level element in turn, so a
/// large module never holds all its events at once.
pub(crate) fn for_each_element<'a>(
    md: &'a str,
    options: &MarkdownOptions,
    mut visit: impl FnMut(&[Located<'a>]),
) {
    let mut element: Vec<Located<'a>> = Vec::new();
    let mut depth = 0usize;
    for located in Parser::new_ext(md, options.to_cmark()).into_offset_iter() {
        match located.0 {
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
        element.push(located);
        if depth == 0 {
            visit(&element);
            element.clear();
        }
    }
}

/// The events strictly inside the element `range` (without its start and end tags).
pub(crate) fn inside<'e, 'a>(events: &'e [Located<'a>], range: &Range<usize>) -> &'e [Located<'a>] {
    if range.len() < 2 {
        return &[];
    }
    &events[range.start + 1..range.end - 1]
}

/// The events of `located` without their ranges.
pub(crate) fn plain<'a>(located: &[Located<'a>]) -> Vec<Event<'a>> {
    located.iter().map(|(event, _)| event.clone()).collect()
}

/// The text of inline events, for titles (breaks become spaces).
pub(crate) fn plain_text(events: &[Located<'_>]) -> String {
    let mut text = String::new();
    for (event, _) in events {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            _ => {}
        }
    }
    text.trim().to_string()
}

/// Joins neighbouring text events, so a separator is never split between two of them.
pub(crate) fn merge_text(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let mut merged: Vec<Event<'_>> = Vec::with_capacity(events.len());
    for event in events {
        match (merged.last_mut(), event) {
            (Some(Event::Text(previous)), Event::Text(next)) => {
                *previous = CowStr::from(format!("{previous}{next}"));
            }
            (_, event) => merged.push(event),
        }
    }
    merged
}

/// Removes the paragraph around content made of a single paragraph (loose list items), so
/// an option reads the same in tight and loose lists.
pub(crate) fn unwrap_paragraph(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let single = matches!(events.first(), Some(Event::Start(Tag::Paragraph)))
        && matches!(events.last(), Some(Event::End(TagEnd::Paragraph)))
        && events[1..events.len() - 1]
            .iter()
            .all(|event| !matches!(event, Event::Start(Tag::Paragraph)));
    if single {
        events[1..events.len() - 1].to_vec()
    } else {
        events
    }
}
