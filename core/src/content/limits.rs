//! Limits that keep a hostile or broken file from freezing the page.

use crate::content::model::{Diagnostic, Severity};

/// Largest module file parsed (1 MB): a real module is a few tens of kilobytes.
pub(crate) const MAX_MODULE_BYTES: usize = 1 << 20;

/// Most diagnostics listed for one file: past that, one more says how many were left out, so
/// a broken file gets a readable list (and the page no long one to show).
pub(crate) const MAX_DIAGNOSTICS_PER_FILE: usize = 100;

/// Keeps the first [`MAX_DIAGNOSTICS_PER_FILE`] of `diagnostics` (sorted by place) and adds
/// one at the first left out that says how many were; it is an error when any of them was.
pub(crate) fn cap_diagnostics(diagnostics: &mut Vec<Diagnostic>) {
    if diagnostics.len() <= MAX_DIAGNOSTICS_PER_FILE {
        return;
    }
    let left_out = diagnostics.split_off(MAX_DIAGNOSTICS_PER_FILE);
    let severity = left_out
        .iter()
        .map(|d| d.severity)
        .min()
        .unwrap_or(Severity::Error);
    let first = &left_out[0];
    diagnostics.push(Diagnostic {
        file: first.file.clone(),
        line: first.line,
        col: first.col,
        severity,
        message: format!(
            "{} more problems in this file are not listed: fix the ones above, then check again",
            left_out.len()
        ),
    });
}

/// Deepest nesting of lists and quotes parsed.
pub(crate) const MAX_NESTING: usize = 32;

/// Byte offset of the first line whose lists and quotes nest deeper than [`MAX_NESTING`];
/// `lines` are the offsets where the lines of `text` start.
pub(crate) fn too_deeply_nested(
    text: &str,
    mut lines: impl Iterator<Item = usize>,
) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut next = lines.next();
    while let Some(line_start) = next.filter(|&start| start < bytes.len()) {
        next = lines.next();
        let line_end = next.map_or(bytes.len(), |end| end - 1);
        if nesting(&bytes[line_start..line_end]) > MAX_NESTING {
            return Some(line_start);
        }
    }
    None
}

/// Container markers (`>`, `-`, `*`, `+`, `1.`) opening `line`, plus the levels its
/// indentation implies when it opens with a marker (nested lists indent by 2 or more).
fn nesting(line: &[u8]) -> usize {
    let indent = blank_prefix(line);
    let mut at = indent;
    let mut markers = 0;
    loop {
        at += blank_prefix(&line[at..]);
        let marker = match line.get(at) {
            Some(b'>') => 1,
            Some(_) => list_marker(&line[at..]),
            None => 0,
        };
        if marker == 0 {
            break;
        }
        markers += 1;
        at += marker;
    }
    if markers == 0 {
        0
    } else {
        markers + indent / 2
    }
}

fn blank_prefix(text: &[u8]) -> usize {
    text.iter()
        .take_while(|&&b| b == b' ' || b == b'\t')
        .count()
}

/// Length of the list marker (`-`, `*`, `+`, `12.`, `3)`) opening `text`, or 0.
fn list_marker(text: &[u8]) -> usize {
    let digits = text.iter().take_while(|b| b.is_ascii_digit()).count();
    let len = match text.get(digits) {
        Some(b'.' | b')') if digits > 0 => digits + 1,
        Some(b'-' | b'*' | b'+') if digits == 0 => 1,
        _ => return 0,
    };
    match text.get(len) {
        None | Some(b' ' | b'\t' | b'\r') => len,
        _ => 0,
    }
}
