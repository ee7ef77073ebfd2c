//! Rewriting events so the HTML writer only ever produces safe markup: no author HTML, no
//! unsafe URL, no attribute but a heading id, no inline `style` (table alignment), which the
//! content security policy forbids, and no `#…` fragment link, which the hash router would
//! take for a route (footnotes are numbered without one).

use pulldown_cmark::{Alignment, CowStr, Event, LinkType, Tag, TagEnd};

use crate::content::markdown::citations::{text_aside, Citations};
use crate::content::markdown::escape::escape_attribute;
use crate::content::markdown::url::{allow_url, UrlUse};

/// Rewrites `events` in place into their safe form, with the `citations` they make linked.
/// A dropped event becomes empty inline HTML, which writes nothing and leaves the writer as
/// it was.
pub(crate) fn make_safe(events: &mut Vec<Event<'_>>, citations: Citations<'_>) {
    // For each open link or image: whether it was kept.
    let mut open = Vec::new();
    let mut notes = Notes::default();
    let mut aside = 0;
    let mut at = 0;
    while at < events.len() {
        if aside == 0 && !citations.is_empty() && matches!(events[at], Event::Text(_)) {
            let run = events[at..]
                .iter()
                .take_while(|event| matches!(event, Event::Text(_)))
                .count();
            at += citations.link(events, at..at + run);
            continue;
        }
        aside = text_aside(&events[at], aside);
        make_event_safe(&mut events[at], &mut open, &mut notes);
        at += 1;
    }
}

/// Footnote labels in the order they first appear: a footnote's number is its place here,
/// as pulldown-cmark would number it.
#[derive(Default)]
struct Notes(Vec<String>);

impl Notes {
    fn number(&mut self, label: &str) -> usize {
        match self.0.iter().position(|seen| seen == label) {
            Some(index) => index + 1,
            None => {
                self.0.push(label.to_string());
                self.0.len()
            }
        }
    }
}

fn make_event_safe<'a>(event: &mut Event<'a>, open: &mut Vec<bool>, notes: &mut Notes) {
    match event {
        Event::FootnoteReference(label) => {
            let number = notes.number(label);
            *event = Event::InlineHtml(
                format!("<sup class=\"footnote-reference\">{number}</sup>").into(),
            );
        }
        Event::Start(Tag::FootnoteDefinition(label)) => {
            let number = notes.number(label);
            *event = Event::InlineHtml(
                format!(
                    "<div class=\"footnote-definition\"><sup class=\"footnote-definition-label\">\
                     {number}</sup>"
                )
                .into(),
            );
        }
        Event::Html(raw) | Event::InlineHtml(raw) => *event = Event::Text(take(raw)),
        Event::Start(Tag::HtmlBlock) => *event = Event::Start(Tag::Paragraph),
        Event::End(TagEnd::HtmlBlock) => *event = Event::End(TagEnd::Paragraph),
        Event::Start(Tag::Table(columns)) => columns.fill(Alignment::None),
        Event::Start(Tag::Heading { classes, attrs, .. }) => {
            classes.clear();
            attrs.clear();
        }
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
            open.push(safe.is_some());
            *event = match safe {
                Some(safe) => Event::InlineHtml(anchor(&safe.url, safe.external, title).into()),
                None => nothing(),
            };
        }
        Event::Start(Tag::Image { dest_url, .. }) => {
            let safe = allow_url(dest_url, UrlUse::Image);
            open.push(safe.is_some());
            match safe {
                Some(safe) => *dest_url = CowStr::from(safe.url),
                None => *event = nothing(),
            }
        }
        Event::End(TagEnd::Link) => {
            *event = match open.pop() {
                Some(true) => Event::InlineHtml("</a>".into()),
                _ => nothing(),
            };
        }
        Event::End(TagEnd::Image) if open.pop() != Some(true) => *event = nothing(),
        _ => {}
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

/// An event that writes nothing.
fn nothing() -> Event<'static> {
    Event::InlineHtml(CowStr::Borrowed(""))
}

fn take<'a>(text: &mut CowStr<'a>) -> CowStr<'a> {
    std::mem::replace(text, CowStr::Borrowed(""))
}
