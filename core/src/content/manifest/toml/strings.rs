//! Basic, literal and multi-line strings, with every escape.

use super::cursor::Reader;
use super::value::Problem;

impl Reader<'_> {
    /// Reads `"…"`.
    pub(super) fn basic_string(&mut self) -> Result<String, Problem> {
        let open = self.pos;
        self.pos += 1;
        let mut text = String::new();
        loop {
            let Some(c) = self.rest().chars().next() else {
                return Err(unclosed_string(open, "\""));
            };
            match c {
                '"' => {
                    self.pos += 1;
                    return Ok(text);
                }
                '\\' => text.push(self.escape()?),
                '\n' | '\r' => return Err(unclosed_string(open, "\"")),
                c => {
                    self.check_character(c)?;
                    text.push(c);
                    self.pos += c.len_utf8();
                }
            }
        }
    }

    /// At three `quote`s (up to five: one or two may end the text), keeps the extra quotes in
    /// `text`, steps past them and says the string is closed.
    fn closes_multi_line(&mut self, quote: u8, text: &mut String) -> bool {
        let quotes = self.rest().bytes().take_while(|&b| b == quote).count();
        if quotes < 3 {
            return false;
        }
        let quotes = quotes.min(5);
        text.extend(std::iter::repeat_n(char::from(quote), quotes - 3));
        self.pos += quotes;
        true
    }

    /// Reads `"""…"""`.
    pub(super) fn multi_line_basic_string(&mut self) -> Result<String, Problem> {
        let open = self.pos;
        self.pos += 3;
        self.newline()?;
        let mut text = String::new();
        loop {
            if self.closes_multi_line(b'"', &mut text) {
                return Ok(text);
            }
            let Some(c) = self.rest().chars().next() else {
                return Err(unclosed_string(open, "\"\"\""));
            };
            match c {
                '\\' if self.line_ending_backslash() => self.skip_whitespace_and_newlines()?,
                '\\' => text.push(self.escape()?),
                '\n' | '\r' => self.line_break(&mut text)?,
                c => {
                    self.check_character(c)?;
                    text.push(c);
                    self.pos += c.len_utf8();
                }
            }
        }
    }

    /// Keeps a line break of a multi-line string as written (`\n` or `\r\n`).
    fn line_break(&mut self, text: &mut String) -> Result<(), Problem> {
        let from = self.pos;
        self.newline()?;
        text.push_str(&self.text[from..self.pos]);
        Ok(())
    }

    /// True when the backslash here ends its line (only spaces after it).
    fn line_ending_backslash(&self) -> bool {
        let after = &self.rest()[1..];
        let trimmed = after.trim_start_matches([' ', '\t']);
        trimmed.starts_with('\n') || trimmed.starts_with("\r\n")
    }

    fn skip_whitespace_and_newlines(&mut self) -> Result<(), Problem> {
        self.pos += 1;
        loop {
            self.skip_spaces();
            if !self.newline()? {
                return Ok(());
            }
        }
    }

    /// Reads `'…'`.
    pub(super) fn literal_string(&mut self) -> Result<String, Problem> {
        let open = self.pos;
        self.pos += 1;
        let start = self.pos;
        loop {
            let Some(c) = self.rest().chars().next() else {
                return Err(unclosed_string(open, "'"));
            };
            match c {
                '\'' => {
                    let text = self.text[start..self.pos].to_string();
                    self.pos += 1;
                    return Ok(text);
                }
                '\n' | '\r' => return Err(unclosed_string(open, "'")),
                c => {
                    self.check_character(c)?;
                    self.pos += c.len_utf8();
                }
            }
        }
    }

    /// Reads `'''…'''`.
    pub(super) fn multi_line_literal_string(&mut self) -> Result<String, Problem> {
        let open = self.pos;
        self.pos += 3;
        self.newline()?;
        let mut text = String::new();
        loop {
            if self.closes_multi_line(b'\'', &mut text) {
                return Ok(text);
            }
            let Some(c) = self.rest().chars().next() else {
                return Err(unclosed_string(open, "'''"));
            };
            if c == '\n' || c == '\r' {
                self.line_break(&mut text)?;
            } else {
                self.check_character(c)?;
                text.push(c);
                self.pos += c.len_utf8();
            }
        }
    }

    /// Refuses control characters other than tab inside strings.
    fn check_character(&self, c: char) -> Result<(), Problem> {
        if c.is_control() && c != '\t' {
            return Err(Problem::new(
                self.pos,
                format!(
                    "control character U+{:04X} in a string: write it as an escape (\\u{:04X})",
                    u32::from(c),
                    u32::from(c)
                ),
            ));
        }
        Ok(())
    }

    /// Reads one escape, from its backslash.
    fn escape(&mut self) -> Result<char, Problem> {
        let at = self.pos;
        let Some(code) = self.peek_at(1) else {
            return Err(unclosed_string(at, "\""));
        };
        self.pos += 2;
        let simple = match code {
            b'b' => Some('\u{8}'),
            b't' => Some('\t'),
            b'n' => Some('\n'),
            b'f' => Some('\u{c}'),
            b'r' => Some('\r'),
            b'e' => Some('\u{1b}'),
            b'"' => Some('"'),
            b'\\' => Some('\\'),
            _ => None,
        };
        if let Some(c) = simple {
            return Ok(c);
        }
        let digits = match code {
            b'x' => 2,
            b'u' => 4,
            b'U' => 8,
            _ => {
                return Err(Problem::new(
                    at,
                    format!(
                        "unknown escape `\\{}`: write `\\\\` for a backslash",
                        self.text[at + 1..].chars().next().unwrap_or(' ')
                    ),
                ))
            }
        };
        let hex = self.text.get(self.pos..self.pos + digits).unwrap_or("");
        let c = (hex.len() == digits && hex.bytes().all(|b| b.is_ascii_hexdigit()))
            .then(|| u32::from_str_radix(hex, 16).ok())
            .flatten()
            .and_then(char::from_u32);
        let Some(c) = c else {
            return Err(Problem::new(
                at,
                format!(
                    "`\\{}` needs {digits} hexadecimal digits of a Unicode character",
                    char::from(code)
                ),
            ));
        };
        self.pos += digits;
        Ok(c)
    }
}

fn unclosed_string(open: usize, quote: &str) -> Problem {
    Problem::new(
        open,
        format!("this string is never closed: add `{quote}` at its end"),
    )
}
