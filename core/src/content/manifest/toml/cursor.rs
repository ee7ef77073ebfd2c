//! Moving through a TOML text: spaces, comments, line ends, and the words quoted in messages.

use super::value::Problem;

/// A position in a TOML text being read.
pub(super) struct Reader<'t> {
    /// The whole text.
    pub(super) text: &'t str,
    /// Byte offset of what is read next.
    pub(super) pos: usize,
}

impl Reader<'_> {
    /// The byte read next.
    pub(super) fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    /// The byte `ahead` bytes after the one read next.
    pub(super) fn peek_at(&self, ahead: usize) -> Option<u8> {
        self.text.as_bytes().get(self.pos + ahead).copied()
    }

    /// The text not read yet.
    pub(super) fn rest(&self) -> &str {
        &self.text[self.pos..]
    }

    /// Skips spaces and tabs.
    pub(super) fn skip_spaces(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.pos += 1;
        }
    }

    /// Skips a comment up to (not including) the end of its line.
    fn skip_comment(&mut self) -> Result<(), Problem> {
        if self.peek() != Some(b'#') {
            return Ok(());
        }
        let end = self
            .rest()
            .find('\n')
            .map_or(self.text.len(), |at| self.pos + at);
        let comment = &self.text[self.pos..end];
        let comment = comment.strip_suffix('\r').unwrap_or(comment);
        if let Some(at) = comment.find(|c: char| c.is_control() && c != '\t') {
            return Err(Problem::new(
                self.pos + at,
                "a comment may not contain control characters",
            ));
        }
        self.pos += comment.len();
        Ok(())
    }

    /// Consumes one line break (`\n` or `\r\n`); false when there is none here.
    pub(super) fn newline(&mut self) -> Result<bool, Problem> {
        match self.peek() {
            Some(b'\n') => {
                self.pos += 1;
                Ok(true)
            }
            Some(b'\r') if self.peek_at(1) == Some(b'\n') => {
                self.pos += 2;
                Ok(true)
            }
            Some(b'\r') => Err(Problem::new(
                self.pos,
                "a carriage return must be followed by a line break",
            )),
            _ => Ok(false),
        }
    }

    /// Skips spaces, comments and line breaks.
    pub(super) fn skip_blank_lines(&mut self) -> Result<(), Problem> {
        loop {
            self.skip_spaces();
            self.skip_comment()?;
            if !self.newline()? {
                return Ok(());
            }
        }
    }

    /// After a key/value or a header: only spaces and a comment before the line ends.
    pub(super) fn end_of_line(&mut self) -> Result<(), Problem> {
        self.skip_spaces();
        self.skip_comment()?;
        if self.peek().is_none() || self.newline()? {
            return Ok(());
        }
        Err(Problem::new(
            self.pos,
            format!(
                "unexpected `{}`: write one `key = value` per line, text in quotes",
                self.word()
            ),
        ))
    }

    /// The text from here up to the next space, line break or delimiter, for messages.
    pub(super) fn word(&self) -> &str {
        let rest = self.rest();
        let end = rest
            .find(|c: char| c.is_whitespace() || matches!(c, ',' | ']' | '}' | '#'))
            .unwrap_or(rest.len());
        if end == 0 {
            rest.chars().next().map_or("", |c| &rest[..c.len_utf8()])
        } else {
            &rest[..end]
        }
    }
}

/// `key = "text"`, or only `"text"` for a value that has no key of its own.
pub(super) fn suggestion(key: &str, text: &str) -> String {
    if key.is_empty() {
        format!("\"{text}\"")
    } else {
        format!("{key} = \"{text}\"")
    }
}
