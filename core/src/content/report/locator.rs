//! Turning byte offsets into the `file:line:col` authors see (columns in characters, so
//! Arabic text is counted the way an editor shows it).

use std::cell::Cell;

use crate::content::model::{Diagnostic, Severity};

/// Locates offsets of one file and builds its diagnostics.
pub(crate) struct Locator<'a> {
    file: &'a str,
    text: &'a str,
    line_starts: Vec<usize>,
    /// The last offset located and its column: the next one on the same line, further on,
    /// counts characters from there, so many diagnostics on one long line cost linear time.
    last: Cell<(usize, usize)>,
}

impl<'a> Locator<'a> {
    /// A locator for `text`, the whole content of `file`.
    pub(crate) fn new(file: &'a str, text: &'a str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, byte)| byte == b'\n')
                .map(|(at, _)| at + 1),
        );
        Self {
            file,
            text,
            line_starts,
            last: Cell::new((0, 1)),
        }
    }

    /// Length of the file in bytes.
    pub(crate) fn len(&self) -> usize {
        self.text.len()
    }

    /// Where the lines starting at or after `offset` start, counted from `offset`.
    pub(crate) fn lines_from(&self, offset: usize) -> impl Iterator<Item = usize> + '_ {
        let first = self.line_starts.partition_point(|&start| start < offset);
        self.line_starts[first..]
            .iter()
            .map(move |start| start - offset)
    }

    /// 1-based line and column (in characters) of the byte `offset`.
    pub(crate) fn line_col(&self, offset: usize) -> (u32, u32) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_starts.partition_point(|&start| start <= offset) - 1;
        let line_start = self.line_starts[line];
        let (last_offset, last_col) = self.last.get();
        let (from, col_before) = if (line_start..=offset).contains(&last_offset) {
            (last_offset, last_col)
        } else {
            (line_start, 1)
        };
        let col = col_before + self.text[from..offset].chars().count();
        self.last.set((offset, col));
        (to_u32(line + 1), to_u32(col))
    }

    /// An error at `offset`.
    pub(crate) fn error(&self, offset: usize, message: impl Into<String>) -> Diagnostic {
        self.diagnostic(offset, Severity::Error, message.into())
    }

    /// A warning at `offset`.
    pub(crate) fn warning(&self, offset: usize, message: impl Into<String>) -> Diagnostic {
        self.diagnostic(offset, Severity::Warning, message.into())
    }

    /// A source not yet checked, at `offset` (see [`Severity::Unverified`]).
    pub(crate) fn unverified(&self, offset: usize, message: impl Into<String>) -> Diagnostic {
        self.diagnostic(offset, Severity::Unverified, message.into())
    }

    fn diagnostic(&self, offset: usize, severity: Severity, message: String) -> Diagnostic {
        let (line, col) = self.line_col(offset);
        Diagnostic {
            file: self.file.to_string(),
            line,
            col,
            severity,
            message,
        }
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Byte offset of `needle` inside `haystack`, which starts at `base`; `base` when absent.
pub(crate) fn offset_of(base: usize, haystack: &str, needle: &str) -> usize {
    haystack.find(needle).map_or(base, |at| base + at)
}
