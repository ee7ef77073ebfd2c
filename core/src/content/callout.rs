//! Callouts: a blockquote whose first line is `[!TIP]`, `[!WARNING]`, `[!HELP]`,
//! `[!TRAINER]` (or, in scenario nodes, `[!DISCUSS]`).

use pulldown_cmark::{Event, Tag, TagEnd};

use super::events::Located;
use super::model::CalloutKind;

/// The marker word of a blockquote whose source is `source`, e.g. `TIP` for `> [!TIP]`.
pub(crate) fn marker(source: &str) -> Option<&str> {
    let first_line = source.lines().next()?;
    let line = first_line.trim_start().strip_prefix('>')?.trim();
    let word = line.strip_prefix("[!")?.strip_suffix(']')?;
    (!word.is_empty() && word.chars().all(|c| c.is_ascii_alphabetic())).then_some(word)
}

/// The callout kind a marker word names (case does not matter).
pub(crate) fn callout_kind(word: &str) -> Option<CalloutKind> {
    match word.to_ascii_uppercase().as_str() {
        "TIP" => Some(CalloutKind::Tip),
        "WARNING" => Some(CalloutKind::Warning),
        "HELP" => Some(CalloutKind::Help),
        "TRAINER" => Some(CalloutKind::Trainer),
        _ => None,
    }
}

/// The events inside a callout's blockquote, without the marker line.
pub(crate) fn without_marker<'a>(inner: &[Located<'a>]) -> Vec<Event<'a>> {
    let events: Vec<Event<'a>> = inner.iter().map(|(event, _)| event.clone()).collect();
    if !matches!(events.first(), Some(Event::Start(Tag::Paragraph))) {
        return events;
    }
    for (index, event) in events.iter().enumerate().skip(1) {
        match event {
            Event::SoftBreak | Event::HardBreak => {
                let mut kept = vec![Event::Start(Tag::Paragraph)];
                kept.extend_from_slice(&events[index + 1..]);
                return kept;
            }
            Event::End(TagEnd::Paragraph) => return events[index + 1..].to_vec(),
            _ => {}
        }
    }
    events
}
