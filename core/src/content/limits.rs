//! Limits that keep a hostile or broken file from freezing the page.

/// Largest module file parsed (1 MB): a real module is a few tens of kilobytes.
pub(crate) const MAX_MODULE_BYTES: usize = 1 << 20;

/// Deepest nesting of lists and quotes parsed.
pub(crate) const MAX_NESTING: usize = 32;

/// Byte offset of the first line whose lists and quotes nest deeper than [`MAX_NESTING`].
pub(crate) fn too_deeply_nested(text: &str) -> Option<usize> {
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        if nesting(line) > MAX_NESTING {
            return Some(line_start);
        }
        line_start += line.len();
    }
    None
}

/// Container markers (`>`, `-`, `*`, `+`, `1.`) opening `line`, plus the levels its
/// indentation implies when it opens with a marker (nested lists indent by 2 or more).
fn nesting(line: &str) -> usize {
    let indent = line.len() - line.trim_start_matches([' ', '\t']).len();
    let mut rest = &line[indent..];
    let mut markers = 0;
    loop {
        rest = rest.trim_start_matches([' ', '\t']);
        let after = if let Some(after) = rest.strip_prefix('>') {
            after
        } else if let Some(after) = list_marker(rest) {
            after
        } else {
            break;
        };
        markers += 1;
        rest = after;
    }
    if markers == 0 {
        0
    } else {
        markers + indent / 2
    }
}

/// The text after a list marker that opens `text`, if it does.
fn list_marker(text: &str) -> Option<&str> {
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let after = if digits > 0 {
        text[digits..].strip_prefix(['.', ')'])?
    } else {
        text.strip_prefix(['-', '*', '+'])?
    };
    (after.is_empty() || after.starts_with([' ', '\t', '\n', '\r'])).then_some(after)
}
