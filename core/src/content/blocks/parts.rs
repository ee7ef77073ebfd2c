//! What the quiz and scenario parsers receive: a fenced block's id and inside.

use pulldown_cmark::Event;

use crate::content::blocks::heading::{read_heading, Heading};
use crate::content::markdown::citations::Citations;
use crate::content::markdown::events::{for_each_element, Located};
use crate::content::markdown::options::MarkdownOptions;
use crate::content::markdown::render::to_html;
use crate::content::model::Html;
use crate::content::report::findings::Findings;

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

/// What a block parser does with the parts of a block: a `###` heading starts a new draft
/// (a question, a node); every other top-level element goes to the last draft.
pub(crate) trait Parts<'a> {
    /// What one heading and the elements after it make.
    type Draft;
    /// The error for an element before the first heading.
    const BEFORE_FIRST: &'static str;
    /// Starts a draft from its heading.
    fn start(&mut self, heading: &Heading<'_, 'a>, findings: &mut Findings<'_>) -> Self::Draft;
    /// Adds one element to `draft`: its events (ranges in the block's inside, the events may
    /// be taken out of the vector), its Markdown and where it starts in the module file.
    fn add(
        &mut self,
        draft: &mut Self::Draft,
        element: &mut Vec<Located<'a>>,
        source: &str,
        at: usize,
        findings: &mut Findings<'_>,
    );
}

/// The drafts `parts` makes of the inside of `block`, element by element.
pub(crate) fn read_parts<'a, P: Parts<'a>>(
    block: &BlockSource<'a>,
    parts: &mut P,
    options: &MarkdownOptions,
    citations: Citations<'_>,
    findings: &mut Findings<'_>,
) -> Vec<P::Draft> {
    let mut drafts: Vec<P::Draft> = Vec::new();
    for_each_element(block.inner, options, |element| {
        let span = element[0].1.clone();
        citations.check(
            element,
            &block.inner[span.clone()],
            block.inner_offset,
            findings,
        );
        let at = block.inner_offset + span.start;
        let whole = 0..element.len();
        if let Some(heading) = read_heading(element, &whole, block.inner, block.inner_offset) {
            drafts.push(parts.start(&heading, findings));
        } else if let Some(draft) = drafts.last_mut() {
            parts.add(draft, element, &block.inner[span], at, findings);
        } else {
            findings.error(at, P::BEFORE_FIRST);
        }
        true
    });
    drafts
}

/// Reads `points=N` (1 to 100) from a heading or choice; `default` when absent.
pub(crate) fn read_points(
    value: Option<&str>,
    at: usize,
    default: u32,
    findings: &mut Findings<'_>,
) -> u32 {
    let Some(value) = value else {
        return default;
    };
    match value.parse::<u32>() {
        Ok(points) if (1..=100).contains(&points) => points,
        _ => {
            findings.error(
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
    findings: &mut Findings<'_>,
) -> u32 {
    let mut points = default;
    for (key, value) in heading.attrs {
        let at = heading.offset_of(key);
        if key.as_ref() == "points" {
            points = read_points(Some(value.as_deref().unwrap_or("")), at, default, findings);
        } else {
            findings.error(
                at,
                format!("unknown attribute `{key}` on this {what}: only points=N is allowed"),
            );
        }
    }
    points
}

/// Renders optional events to HTML.
pub(crate) fn optional_html(
    events: Option<Vec<Event<'_>>>,
    citations: Citations<'_>,
) -> Option<Html> {
    events.map(|events| to_html(events, citations))
}
