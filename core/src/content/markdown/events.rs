//! Walking the Markdown events of a module or of a block's inside.

use std::ops::Range;

use pulldown_cmark::{CowStr, Event, Parser, Tag, TagEnd};

use crate::content::markdown::options::MarkdownOptions;

/// A Markdown event and its byte range in the parsed text.
pub(crate) type Located<'a> = (Event<'a>, Range<usize>);

/// Index ranges of the elements directly inside `events` (a start tag up to its end tag,
/// or a single event), in order.
pub(crate) fn elements<'e>(events: &'e [Located<'_>]) -> impl Iterator<Item = Range<usize>> + 'e {
    let mut next = 0;
    std::iter::from_fn(move || {
        let start = next;
        let mut depth = 0usize;
        for (index, (event, _)) in events.iter().enumerate().skip(start) {
            match event {
                Event::Start(_) => depth += 1,
                Event::End(_) => depth = depth.saturating_sub(1),
                _ => {}
            }
            if depth == 0 {
                next = index + 1;
                return Some(start..next);
            }
        }
        None
    })
}

/// Parses `md` and calls `visit` with the events of each top-level element in turn, so a
/// large module never holds all its events at once. `visit` may take the events out of the
/// vector, and returns false to stop.
pub(crate) fn for_each_element<'a>(
    md: &'a str,
    options: &MarkdownOptions,
    mut visit: impl FnMut(&mut Vec<Located<'a>>) -> bool,
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
            if !visit(&mut element) {
                return;
            }
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

/// Copies of the events of `located`, without their ranges.
pub(crate) fn plain<'e, 'a>(located: &'e [Located<'a>]) -> impl Iterator<Item = Event<'a>> + 'e {
    located.iter().map(|(event, _)| event.clone())
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
pub(crate) fn merge_text(events: &mut Vec<Event<'_>>) {
    for at in 0..events.len() {
        if at >= events.len() {
            break;
        }
        join_text_at(events, at);
    }
}

/// Joins the text events from `at` up to the next other event into one.
pub(crate) fn join_text_at(events: &mut Vec<Event<'_>>, at: usize) {
    let run = events
        .iter()
        .skip(at)
        .take_while(|event| matches!(event, Event::Text(_)))
        .count();
    if run > 1 {
        let mut joined = String::new();
        for event in events.drain(at + 1..at + run) {
            if let Event::Text(text) = event {
                joined.push_str(&text);
            }
        }
        if let Event::Text(first) = &mut events[at] {
            joined.insert_str(0, first);
            *first = CowStr::from(joined);
        }
    }
}

/// Removes the paragraph around content made of a single paragraph (loose list items), so
/// an option reads the same in tight and loose lists.
pub(crate) fn unwrap_paragraph(events: &mut Vec<Event<'_>>) {
    let single = matches!(events.first(), Some(Event::Start(Tag::Paragraph)))
        && matches!(events.last(), Some(Event::End(TagEnd::Paragraph)))
        && events[1..events.len() - 1]
            .iter()
            .all(|event| !matches!(event, Event::Start(Tag::Paragraph)));
    if single {
        events.pop();
        events.remove(0);
    }
}
