//! What the quiz and scenario parsers receive: a fenced block's id and inside.

use pulldown_cmark::Event;

use super::heading::Heading;
use super::markdown::to_html;
use super::model::Html;
use super::sink::Sink;

/// A fenced block's id and the Markdown between its fences.
pub(crate) struct BlockSource<'a> {
    /// Block id (after the kind on the fence line).
    pub id: &'a str,
    /// The Markdown between the fences.
    pub inner: &'a str,
    /// Byte offset of `inner` in the module file.
    pub inner_offset: usize,
    /// Byte offset of the opening fence in the module file.
    pub offset: usize,
}

/// Reads `points=N` (1 to 100) from a heading or choice; `default` when absent.
pub(crate) fn read_points(
    value: Option<&str>,
    at: usize,
    default: u32,
    sink: &mut Sink<'_>,
) -> u32 {
    let Some(value) = value else {
        return default;
    };
    match value.parse::<u32>() {
        Ok(points) if (1..=100).contains(&points) => points,
        _ => {
            sink.error(
                at,
                format!("points must be a whole number from 1 to 100, not `{value}`"),
            );
            default
        }
    }
}

/// Reports attributes other than `points=N` on `heading` (a `what`, e.g. "question").
pub(crate) fn points_attribute(
    heading: &Heading<'_, '_>,
    what: &str,
    default: u32,
    sink: &mut Sink<'_>,
) -> u32 {
    let mut points = default;
    for (key, value) in heading.attrs {
        let at = heading.offset_of(key);
        if key.as_ref() == "points" {
            points = read_points(Some(value.as_deref().unwrap_or("")), at, default, sink);
        } else {
            sink.error(
                at,
                format!("unknown attribute `{key}` on this {what}: only points=N is allowed"),
            );
        }
    }
    points
}

/// Renders optional events to HTML.
pub(crate) fn optional_html(events: Option<Vec<Event<'_>>>) -> Option<Html> {
    events.map(to_html)
}
