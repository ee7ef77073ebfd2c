//! Reading each quiz and scenario block once.
//!
//! Parsed whole, a module makes pulldown-cmark scan the inside of every quiz and scenario
//! block as code, before the block parsers parse that inside again as Markdown. So the module
//! is parsed with the inside of those blocks cut out (their fence lines stay), and the ranges
//! of its events are moved back to the real text. Cuts are found by looking at lines only; a
//! cut that is not really such a block (one inside an HTML comment or a list item, say) is
//! caught while the module's elements are read, and the module is then parsed whole.

use std::borrow::Cow;

use pulldown_cmark::{CodeBlockKind, Event, Tag};

use crate::content::markdown::events::Located;

/// A quiz or scenario block whose inside is cut out, in offsets of the whole body.
#[derive(Clone, Copy)]
struct Cut {
    /// Start of the opening fence line.
    opening: usize,
    /// Start of the cut text (the line after the opening fence).
    from: usize,
    /// End of the cut text (the start of the closing fence line).
    to: usize,
}

/// The cuts made in a module body, to move offsets back to the body.
#[derive(Default)]
pub(crate) struct Cuts {
    cuts: Vec<Cut>,
    /// Cuts already matched with their block.
    checked: usize,
    /// Bytes cut out by those.
    removed: usize,
}

/// `body` with the inside of the blocks that look like closed quiz or scenario blocks cut
/// out, and the cuts made. `lines` are the offsets where the lines of `body` start.
pub(crate) fn cut_out_blocks(
    body: &str,
    lines: impl Iterator<Item = usize>,
) -> (Cow<'_, str>, Cuts) {
    let cuts = find_cuts(body, lines);
    if cuts.is_empty() {
        return (Cow::Borrowed(body), Cuts::default());
    }
    let mut kept = String::with_capacity(body.len());
    let mut from = 0;
    for cut in &cuts {
        kept.push_str(&body[from..cut.from]);
        from = cut.to;
    }
    kept.push_str(&body[from..]);
    let cuts = Cuts {
        cuts,
        ..Cuts::default()
    };
    (Cow::Owned(kept), cuts)
}

impl Cuts {
    /// Moves the ranges of one top-level element (its events, in order) from the parsed text
    /// to the body. False when the element contradicts a cut: the module must be parsed whole.
    pub(crate) fn restore(&mut self, element: &mut [Located<'_>]) -> bool {
        let removed = self.removed;
        let Some(cut) = self.cuts.get(self.checked).copied() else {
            shift(element, removed, usize::MAX, 0);
            return true;
        };
        let cut_at = cut.from - removed;
        let (start, end) = (element[0].1.start + removed, element[0].1.end + removed);
        if end <= cut.from {
            shift(element, removed, usize::MAX, 0);
            return end <= cut.opening;
        }
        let is_block = matches!(
            element[0].0,
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(_)))
        );
        if !is_block || start < cut.opening || start >= cut.from {
            return false;
        }
        shift(element, removed, cut_at, cut.len());
        self.checked += 1;
        self.removed += cut.len();
        true
    }

    /// Whether every cut was matched with its block.
    pub(crate) fn all_checked(&self) -> bool {
        self.checked == self.cuts.len()
    }
}

impl Cut {
    fn len(&self) -> usize {
        self.to - self.from
    }
}

/// Adds `by` to every offset of `element`, and `more` to the offsets from `cut_at` on.
fn shift(element: &mut [Located<'_>], by: usize, cut_at: usize, more: usize) {
    let at = |offset: usize| offset + by + if offset >= cut_at { more } else { 0 };
    for (_, range) in element {
        *range = at(range.start)..at(range.end);
    }
}

/// The closed quiz and scenario blocks of `body`, found line by line (other fenced code
/// blocks are skipped so that an example block in them is not taken for a real one).
fn find_cuts(body: &str, starts: impl Iterator<Item = usize>) -> Vec<Cut> {
    let mut cuts = Vec::new();
    let mut lines = Lines {
        text: body,
        starts: starts.peekable(),
    };
    while let Some((opening, line)) = lines.next() {
        let Some(fence) = opening_fence(line) else {
            continue;
        };
        let Some(&from) = lines.starts.peek() else {
            break;
        };
        let Some((to, _)) = lines.find(|(_, line)| closes(line, fence)) else {
            break;
        };
        if fence.holds_block && to > from {
            cuts.push(Cut { opening, from, to });
        }
    }
    cuts
}

/// The lines of a text with the offset of each, from the offsets where they start.
struct Lines<'a, I: Iterator<Item = usize>> {
    text: &'a str,
    starts: std::iter::Peekable<I>,
}

impl<'a, I: Iterator<Item = usize>> Iterator for Lines<'a, I> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        let start = self
            .starts
            .next()
            .filter(|&start| start < self.text.len())?;
        let end = self.starts.peek().map_or(self.text.len(), |&end| end);
        Some((start, &self.text[start..end]))
    }
}

/// An opening fence: its character and length, and whether it opens a quiz, scenario or guide.
#[derive(Clone, Copy)]
struct OpeningFence {
    char: u8,
    len: usize,
    holds_block: bool,
}

/// The fence `line` opens, if it is an opening fence (at most 3 spaces before it).
fn opening_fence(line: &str) -> Option<OpeningFence> {
    let indent = line.bytes().take_while(|&byte| byte == b' ').count();
    let fence = line.get(indent..).filter(|_| indent <= 3)?;
    let char = *fence
        .as_bytes()
        .first()
        .filter(|c| matches!(c, b'`' | b'~'))?;
    let len = fence.bytes().take_while(|&byte| byte == char).count();
    let info = fence[len..].trim();
    if len < 3 || (char == b'`' && info.contains('`')) {
        return None;
    }
    let kind = info.split_whitespace().next();
    Some(OpeningFence {
        char,
        len,
        holds_block: matches!(kind, Some("quiz" | "scenario" | "guide")),
    })
}

/// Whether `line` could close `fence`. It accepts every line pulldown-cmark takes for a
/// closing fence (and maybe more): a block that does not end where a cut ends is caught.
fn closes(line: &str, fence: OpeningFence) -> bool {
    let blank = |byte: &u8| matches!(byte, b' ' | b'\t' | b'\r' | b'\n');
    let mut bytes = line.bytes().skip_while(blank);
    let run = bytes
        .by_ref()
        .take_while(|&byte| byte == fence.char)
        .count();
    run >= fence.len && bytes.all(|byte| blank(&byte))
}
