//! List items inside quiz and scenario blocks: options, ordering items, pairs, choices.

use std::ops::Range;

use pulldown_cmark::{Event, Tag};

use crate::content::markdown::events::{
    elements, inside, merge_text, plain, unwrap_paragraph, Located,
};

/// One list item, split into what it says and the feedback quoted under it.
pub(crate) struct Item<'a> {
    /// Byte offset of the item in the module file.
    pub offset: usize,
    /// `Some(true)` for `- [x]`, `Some(false)` for `- [ ]`, `None` without a checkbox.
    pub checkbox: Option<bool>,
    /// The item's own content (text merged, a lone paragraph unwrapped).
    pub content: Vec<Event<'a>>,
    /// The blockquote indented under the item, if any.
    pub feedback: Option<Vec<Event<'a>>>,
}

/// The items of the list element `list` of `events`; `base` is the byte offset of the
/// parsed text in the module file.
pub(crate) fn list_items<'a>(
    events: &[Located<'a>],
    list: &Range<usize>,
    base: usize,
) -> Vec<Item<'a>> {
    let inner = inside(events, list);
    elements(inner)
        .map(|item| read_item(inside(inner, &item), base + inner[item.start].1.start))
        .collect()
}

fn read_item<'a>(parts: &[Located<'a>], offset: usize) -> Item<'a> {
    let mut checkbox = None;
    let mut content = Vec::with_capacity(parts.len());
    let mut feedback: Option<Vec<Event<'a>>> = None;
    for part in elements(parts) {
        let events = &parts[part.clone()];
        match &events[0].0 {
            Event::TaskListMarker(checked) if content.is_empty() => checkbox = Some(*checked),
            Event::Start(Tag::BlockQuote(_)) => feedback
                .get_or_insert_with(Vec::new)
                .extend(plain(inside(parts, &part))),
            Event::Start(Tag::Paragraph) if checkbox.is_none() && content.is_empty() => {
                // In a loose list the checkbox sits inside the first paragraph.
                if let Some((Event::TaskListMarker(checked), _)) = events.get(1) {
                    checkbox = Some(*checked);
                    content.push(events[0].0.clone());
                    content.extend(plain(&events[2..]));
                } else {
                    content.extend(plain(events));
                }
            }
            _ => content.extend(plain(events)),
        }
    }
    unwrap_paragraph(&mut content);
    merge_text(&mut content);
    Item {
        offset,
        checkbox,
        content,
        feedback,
    }
}
