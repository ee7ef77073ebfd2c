//! Citations: `[^id]` in a module's text, where `id` is one of its front-matter sources,
//! becomes the source's number linked to the source.
//!
//! pulldown-cmark turns `[^id]` into a footnote reference only when a definition `[^id]: …`
//! exists; otherwise the text stays `[^id]` (as text events `[`, `^id`, `]`). A citation is
//! that text: real footnotes are left to pulldown-cmark.

use std::ops::Range;

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

use crate::content::markdown::escape::escape_attribute;
use crate::content::markdown::events::Located;
use crate::content::markdown::url::{allow_url, UrlUse};
use crate::content::model::Source;
use crate::content::report::findings::Findings;

/// The sources a module's text may cite, numbered from 1 in front-matter order.
#[derive(Clone, Copy, Default)]
pub(crate) struct Citations<'s> {
    sources: &'s [Source],
}

impl<'s> Citations<'s> {
    /// The citations of a module with these sources.
    pub(crate) fn new(sources: &'s [Source]) -> Self {
        Self { sources }
    }

    /// Whether no source can be cited.
    pub(crate) fn is_empty(&self) -> bool {
        self.sources.is_empty()
    }

    /// Reports each `[^id]` in the text of `element` (whose Markdown is `source`) that names
    /// no source, at its `[`; the element's ranges start at byte `base` of the module file.
    pub(crate) fn check(
        &self,
        element: &[Located<'_>],
        source: &str,
        base: usize,
        findings: &mut Findings<'_>,
    ) {
        let is_code = matches!(element[0].0, Event::Start(Tag::CodeBlock(_)));
        if is_code || !may_cite(source) {
            return;
        }
        for_each_citation(element, base, |offset, id| {
            if !self.sources.iter().any(|source| source.id == id) {
                findings.note(offset, self.unknown(id));
            }
        });
    }

    /// The message for `[^id]` when no source has that id.
    fn unknown(&self, id: &str) -> String {
        let known: Vec<String> = self
            .sources
            .iter()
            .map(|source| format!("`{}`", source.id))
            .collect();
        if known.is_empty() {
            format!("`[^{id}]` cites no source: this module lists no sources")
        } else {
            format!(
                "`[^{id}]` cites no source: this module's sources are {}",
                known.join(", ")
            )
        }
    }

    /// Replaces the known citations in the text events `events[run]` by their HTML; returns
    /// how many events the run has afterwards.
    pub(crate) fn link(&self, events: &mut Vec<Event<'_>>, run: Range<usize>) -> usize {
        let texts = events[run.clone()].iter().filter_map(|event| match event {
            Event::Text(text) => Some(text.as_ref()),
            _ => None,
        });
        if !texts.clone().any(may_cite) {
            return run.len();
        }
        let text: String = texts.collect();
        let mut linked = Vec::new();
        let mut done = 0;
        for (at, id) in citations_in(&text) {
            let Some(number) = self.sources.iter().position(|source| source.id == id) else {
                continue;
            };
            if at.start > done {
                linked.push(Event::Text(CowStr::from(text[done..at.start].to_string())));
            }
            let html = citation(number + 1, &self.sources[number]);
            linked.push(Event::InlineHtml(CowStr::from(html)));
            done = at.end;
        }
        if linked.is_empty() {
            return run.len();
        }
        if done < text.len() {
            linked.push(Event::Text(CowStr::from(text[done..].to_string())));
        }
        let len = linked.len();
        events.splice(run, linked);
        len
    }
}

/// The HTML of a citation of `source`, number `number`: a link only when its URL is safe.
fn citation(number: usize, source: &Source) -> String {
    match allow_url(&source.url, UrlUse::Link).filter(|safe| safe.external) {
        Some(safe) => format!(
            "<sup class=\"citation\"><a href=\"{}\" rel=\"noopener noreferrer\" \
             title=\"{}\">[{number}]</a></sup>",
            escape_attribute(&safe.url),
            escape_attribute(&format!("{} — {}", source.title, source.publisher)),
        ),
        None => format!("<sup class=\"citation\">[{number}]</sup>"),
    }
}

/// Whether `text` may hold a citation (cheap: most text has no `^`).
fn may_cite(text: &str) -> bool {
    text.as_bytes().contains(&b'^')
}

/// Each `[^id]` in `text` (an id is letters, digits, `-` and `_`): where it is, and the id.
fn citations_in(text: &str) -> impl Iterator<Item = (Range<usize>, &str)> {
    text.match_indices("[^").filter_map(move |(at, _)| {
        let rest = &text[at + 2..];
        let len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(rest.len());
        (len > 0 && rest[len..].starts_with(']')).then(|| (at..at + len + 3, &rest[..len]))
    })
}

/// Warns about each `[^id]` typed in a title (`element`, the heading's content, parsed from text
/// starting at byte `base` of the module file): a title is plain text in the course map, the
/// progress bar and the browser tab, where a citation shows as typed.
pub(crate) fn warn_in_title(element: &[Located<'_>], base: usize, findings: &mut Findings<'_>) {
    for_each_citation(element, base, |offset, id| {
        findings.warning(
            offset,
            format!(
                "the citation `[^{id}]` in this title is shown as typed: cite the source in \
                 the text under the title"
            ),
        );
    });
}

/// Calls `visit` with the module-file offset and the id of each `[^id]` read as text in
/// `element` (parsed from text starting at byte `base` of the module file).
fn for_each_citation(element: &[Located<'_>], base: usize, mut visit: impl FnMut(usize, &str)) {
    for_each_text_run(element, |run| {
        let text = run_text(run);
        let mut cursor = RunCursor::new(run);
        for (at, id) in citations_in(&text) {
            visit(base + cursor.offset_of(at.start), id);
        }
    });
}

/// Calls `visit` with each run of consecutive text events of `element` that is read as
/// text: not code, and not inside a link or an image (a citation there could not link).
fn for_each_text_run(element: &[Located<'_>], mut visit: impl FnMut(&[Located<'_>])) {
    let mut aside = 0usize;
    let mut run_start = None;
    for (index, (event, _)) in element.iter().enumerate() {
        let is_text = matches!(event, Event::Text(_)) && aside == 0;
        match (is_text, run_start) {
            (true, None) => run_start = Some(index),
            (false, Some(start)) => {
                visit(&element[start..index]);
                run_start = None;
            }
            _ => {}
        }
        aside = text_aside(event, aside);
    }
    if let Some(start) = run_start {
        visit(&element[start..]);
    }
}

/// How deep in code, links and images the text after `event` is (never a citation there),
/// given how deep the text before it is.
pub(crate) fn text_aside(event: &Event<'_>, depth: usize) -> usize {
    match event {
        Event::Start(Tag::CodeBlock(_) | Tag::Link { .. } | Tag::Image { .. }) => depth + 1,
        Event::End(TagEnd::CodeBlock | TagEnd::Link | TagEnd::Image) => depth.saturating_sub(1),
        _ => depth,
    }
}

/// The text of a run of text events.
fn run_text(run: &[Located<'_>]) -> String {
    run.iter()
        .filter_map(|(event, _)| match event {
            Event::Text(text) => Some(text.as_ref()),
            _ => None,
        })
        .collect()
}

/// Finds where bytes of a run's text come from in the parsed text, for bytes asked in
/// increasing order: each event of the run is passed once, so a run with many citations is
/// read in linear time.
struct RunCursor<'r, 'e> {
    run: &'r [Located<'e>],
    /// The event to look at next.
    index: usize,
    /// How many bytes of the run's text come before that event.
    start: usize,
}

impl<'r, 'e> RunCursor<'r, 'e> {
    fn new(run: &'r [Located<'e>]) -> Self {
        Self {
            run,
            index: 0,
            start: 0,
        }
    }

    /// Where the byte `at` of the run's text (not before the previous one asked) comes from:
    /// exact when the text event holding it is the source as written, the event's start
    /// otherwise.
    fn offset_of(&mut self, at: usize) -> usize {
        while let Some((event, range)) = self.run.get(self.index) {
            if let Event::Text(text) = event {
                if at < self.start + text.len() {
                    let verbatim = text.len() == range.len();
                    return range.start + if verbatim { at - self.start } else { 0 };
                }
                self.start += text.len();
            }
            self.index += 1;
        }
        self.run.last().map_or(0, |(_, range)| range.end)
    }
}
