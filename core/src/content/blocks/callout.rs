//! Callouts: a blockquote whose first line is `[!TIP]`, `[!WARNING]`, `[!HELP]`,
//! `[!TRAINER]` (or, in scenario nodes, `[!DISCUSS]`).

use pulldown_cmark::{CowStr, Event, TagEnd};

use crate::content::markdown::events::{join_text_at, plain, Located};
use crate::content::model::CalloutKind;

/// The marker word of a blockquote whose source is `source`, e.g. `TIP` for `> [!TIP]`
/// (the callout's text may follow the marker on the same line).
pub(crate) fn marker(source: &str) -> Option<&str> {
    let first_line = source.lines().next()?;
    let line = first_line.trim_start().strip_prefix('>')?.trim_start();
    let rest = line.strip_prefix("[!")?;
    let word = &rest[..rest.find(']')?];
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

/// Whether a quote whose source is `source` opens with `[!TRAINER]`.
pub(crate) fn is_trainer_note(source: &str) -> bool {
    marker(source).and_then(callout_kind) == Some(CalloutKind::Trainer)
}

/// Byte offsets of the quotes opening a `[!TRAINER]` note that are indented (inside a list
/// item or another quote): those are never read as notes, learners see them as text.
pub(crate) fn nested_trainer_notes(text: &str) -> impl Iterator<Item = usize> + '_ {
    text.split_inclusive('\n')
        .scan(0, |start, line| {
            let at = *start;
            *start += line.len();
            Some((at, line))
        })
        .filter(|(_, line)| line.starts_with(char::is_whitespace) && is_trainer_note(line))
        .map(|(at, line)| at + line.len() - line.trim_start().len())
}

/// The events inside a callout's blockquote, without the marker.
pub(crate) fn without_marker<'a>(inner: &[Located<'a>]) -> Vec<Event<'a>> {
    let mut events: Vec<Event<'a>> = plain(inner).collect();
    join_text_at(&mut events, 1);
    let Some(Event::Text(first)) = events.get(1) else {
        return events;
    };
    let after_marker = first
        .find(']')
        .map_or("", |end| first[end + 1..].trim_start());
    if !after_marker.is_empty() {
        events[1] = Event::Text(CowStr::from(after_marker.to_string()));
        return events;
    }
    match events.get(2) {
        Some(Event::SoftBreak | Event::HardBreak) => {
            events.drain(1..3);
        }
        Some(Event::End(TagEnd::Paragraph)) => {
            events.drain(0..3);
        }
        _ => {
            events.remove(1);
        }
    }
    events
}
