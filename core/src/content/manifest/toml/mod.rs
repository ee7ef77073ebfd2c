//! A small TOML reader for `course.toml` and the module front matter.
//!
//! It reads the forms an author writes in these files: comments; bare, quoted and dotted keys;
//! `[table]` and `[[array-of-tables]]` headers; basic, literal and multi-line strings with every
//! escape; integers; booleans; arrays (over several lines, with comments and a trailing comma);
//! inline tables. Floats, dates, times and hexadecimal, octal or binary integers are refused
//! with a message saying what to write instead. Every value keeps the byte offset where it
//! starts, and every error has the byte offset of its cause.

pub(crate) mod fields;

/// A problem in a TOML text: the byte offset of its cause and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Problem {
    /// Byte offset in the text that was read.
    pub at: usize,
    /// What is wrong, for the author.
    pub message: String,
}

impl Problem {
    /// A problem at `at`.
    pub(crate) fn new(at: usize, message: impl Into<String>) -> Self {
        Self {
            at,
            message: message.into(),
        }
    }
}

/// A value and where it starts (for a table from a header, where the header starts).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Value {
    /// Byte offset of the value in the text.
    pub at: usize,
    /// The value itself.
    pub kind: Kind,
    origin: Origin,
}

/// The kinds of values the reader accepts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A string, escapes resolved.
    String(String),
    /// A whole number.
    Integer(i64),
    /// `true` or `false`.
    Boolean(bool),
    /// An array, or the tables of a `[[name]]` header.
    Array(Vec<Value>),
    /// A table, its keys in the order they were written.
    Table(Vec<Entry>),
}

/// One `key = value` of a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Entry {
    /// The key, quotes removed.
    pub key: String,
    /// Byte offset of the key.
    pub key_at: usize,
    /// Its value.
    pub value: Value,
}

/// How a value came to be, which decides whether it may still be extended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Origin {
    /// Written out in full (`x = …`, an inline table, an array): closed.
    Written,
    /// A table named by a `[header]`.
    Header,
    /// A table only named as the parent of a header (`a` in `[a.b]`): may get its own header.
    Implicit,
    /// A table made by a dotted key (`a` in `a.b = 1`).
    Dotted,
    /// The array of a `[[header]]`.
    HeaderArray,
}

impl Value {
    fn table(at: usize, origin: Origin) -> Self {
        Self {
            at,
            kind: Kind::Table(Vec::new()),
            origin,
        }
    }

    /// The entry `key` of this value when it is a table.
    pub(crate) fn get(&self, key: &str) -> Option<&Entry> {
        match &self.kind {
            Kind::Table(entries) => entries.iter().find(|entry| entry.key == key),
            _ => None,
        }
    }
}

/// Reads a whole TOML text into its root table (at offset 0).
pub(crate) fn parse(text: &str) -> Result<Value, Problem> {
    let mut reader = Reader {
        text,
        pos: usize::from(text.starts_with('\u{feff}')) * 3,
    };
    let mut root = Value::table(0, Origin::Header);
    let mut section: Vec<String> = Vec::new();
    loop {
        reader.skip_blank_lines()?;
        let Some(byte) = reader.peek() else {
            return Ok(root);
        };
        if byte == b'[' {
            section = reader.header(&mut root)?;
        } else {
            let table = section_table(&mut root, &section);
            reader.key_value(table, false)?;
        }
        reader.end_of_line()?;
    }
}

/// The table the keys after the header `path` go to (the last one of an array of tables).
fn section_table<'v>(root: &'v mut Value, path: &[String]) -> &'v mut Value {
    let mut current = root;
    for name in path {
        let Kind::Table(entries) = &mut current.kind else {
            unreachable!("a section path only goes through tables");
        };
        let Some(entry) = entries.iter_mut().find(|entry| entry.key == *name) else {
            unreachable!("a section path only names existing tables");
        };
        current = last_table(&mut entry.value);
    }
    current
}

/// The value itself, or the last table of a `[[header]]` array.
fn last_table(value: &mut Value) -> &mut Value {
    if value.origin != Origin::HeaderArray {
        return value;
    }
    match &mut value.kind {
        Kind::Array(items) => items
            .last_mut()
            .expect("a [[header]] array has at least one table"),
        _ => unreachable!("a [[header]] makes an array"),
    }
}

/// A key as written: its parts (`a.b.c`) with their offsets.
type DottedKey = Vec<(String, usize)>;

fn dotted_name(key: &[(String, usize)]) -> String {
    key.iter()
        .map(|(part, _)| part.as_str())
        .collect::<Vec<_>>()
        .join(".")
}

/// The entries of `table`, which the caller knows to be a table.
fn entries_mut(table: &mut Value) -> &mut Vec<Entry> {
    match &mut table.kind {
        Kind::Table(entries) => entries,
        _ => unreachable!("only tables are descended into"),
    }
}

/// Goes into the table `name` of `table`, creating it with `origin` when absent; `may_enter`
/// says which existing values the step may go into.
fn step_into<'v>(
    table: &'v mut Value,
    name: &str,
    at: usize,
    origin: Origin,
    may_enter: impl Fn(&Value) -> bool,
    refusal: impl FnOnce() -> Problem,
) -> Result<&'v mut Value, Problem> {
    let entries = entries_mut(table);
    let index = match entries.iter().position(|entry| entry.key == name) {
        Some(index) => index,
        None => {
            entries.push(Entry {
                key: name.to_string(),
                key_at: at,
                value: Value::table(at, origin),
            });
            entries.len() - 1
        }
    };
    let value = &mut entries[index].value;
    if !may_enter(value) {
        return Err(refusal());
    }
    Ok(last_table(value))
}

fn is_table(value: &Value) -> bool {
    matches!(value.kind, Kind::Table(_))
}

struct Reader<'t> {
    text: &'t str,
    pos: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn peek_at(&self, ahead: usize) -> Option<u8> {
        self.text.as_bytes().get(self.pos + ahead).copied()
    }

    fn rest(&self) -> &str {
        &self.text[self.pos..]
    }

    fn skip_spaces(&mut self) {
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
    fn newline(&mut self) -> Result<bool, Problem> {
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
    fn skip_blank_lines(&mut self) -> Result<(), Problem> {
        loop {
            self.skip_spaces();
            self.skip_comment()?;
            if !self.newline()? {
                return Ok(());
            }
        }
    }

    /// After a key/value or a header: only spaces and a comment before the line ends.
    fn end_of_line(&mut self) -> Result<(), Problem> {
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
    fn word(&self) -> &str {
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

    /// Reads `[a.b]` or `[[a.b]]` and makes its table; returns its path.
    fn header(&mut self, root: &mut Value) -> Result<Vec<String>, Problem> {
        let at = self.pos;
        let array = self.rest().starts_with("[[");
        self.pos += if array { 2 } else { 1 };
        self.skip_spaces();
        let key = self.key()?;
        self.skip_spaces();
        let close = if array { "]]" } else { "]" };
        if !self.rest().starts_with(close) {
            return Err(Problem::new(
                self.pos,
                format!("expected `{close}` to close the header"),
            ));
        }
        self.pos += close.len();
        let name = dotted_name(&key);
        let (last, parents) = key.split_last().expect("a key has at least one part");
        let mut table = root;
        for (part, part_at) in parents {
            table = step_into(
                table,
                part,
                *part_at,
                Origin::Implicit,
                |value| {
                    (is_table(value) && value.origin != Origin::Written)
                        || value.origin == Origin::HeaderArray
                },
                || {
                    Problem::new(
                        *part_at,
                        format!("`{part}` is already a value, it cannot hold the table [{name}]"),
                    )
                },
            )?;
        }
        let entries = entries_mut(table);
        let existing = entries.iter_mut().find(|entry| entry.key == last.0);
        match (existing, array) {
            (None, false) => entries.push(Entry {
                key: last.0.clone(),
                key_at: last.1,
                value: Value::table(at, Origin::Header),
            }),
            (None, true) => entries.push(Entry {
                key: last.0.clone(),
                key_at: last.1,
                value: Value {
                    at,
                    kind: Kind::Array(vec![Value::table(at, Origin::Header)]),
                    origin: Origin::HeaderArray,
                },
            }),
            (Some(entry), false) if entry.value.origin == Origin::Implicit => {
                entry.value.origin = Origin::Header;
                entry.value.at = at;
            }
            (Some(entry), true) if entry.value.origin == Origin::HeaderArray => {
                if let Kind::Array(items) = &mut entry.value.kind {
                    items.push(Value::table(at, Origin::Header));
                }
            }
            (Some(_), false) => {
                return Err(Problem::new(
                    at,
                    format!("duplicate table [{name}]: `{name}` is already defined"),
                ))
            }
            (Some(_), true) => {
                return Err(Problem::new(
                    at,
                    format!("`{name}` is already defined, and not by [[{name}]] headers"),
                ))
            }
        }
        let mut path = Vec::with_capacity(key.len());
        path.extend(key.into_iter().map(|(part, _)| part));
        Ok(path)
    }

    /// Reads `key = value` into `table` (`inline` inside `{ … }`).
    fn key_value(&mut self, table: &mut Value, inline: bool) -> Result<(), Problem> {
        let key = self.key()?;
        self.skip_spaces();
        if self.peek() != Some(b'=') {
            let hint = if inline {
                "expected `=` after the key, as in { key = value }"
            } else {
                "expected `=` after the key: write `key = value`"
            };
            return Err(Problem::new(self.pos, hint));
        }
        self.pos += 1;
        self.skip_spaces();
        let name = dotted_name(&key);
        let value = self.value(&name)?;
        let (last, parents) = key.split_last().expect("a key has at least one part");
        let mut target = table;
        for (part, part_at) in parents {
            target = step_into(
                target,
                part,
                *part_at,
                Origin::Dotted,
                |value| {
                    is_table(value) && matches!(value.origin, Origin::Dotted | Origin::Implicit)
                },
                || {
                    Problem::new(
                        *part_at,
                        format!(
                            "`{part}` is already defined elsewhere: add `{name}` where `{part}` \
                             is written"
                        ),
                    )
                },
            )?;
            target.origin = Origin::Dotted;
        }
        let entries = entries_mut(target);
        if entries.iter().any(|entry| entry.key == last.0) {
            return Err(Problem::new(
                last.1,
                format!("duplicate key `{}`: write each key once", last.0),
            ));
        }
        entries.push(Entry {
            key: last.0.clone(),
            key_at: last.1,
            value,
        });
        Ok(())
    }

    /// Reads a key: bare or quoted parts separated by dots.
    fn key(&mut self) -> Result<DottedKey, Problem> {
        let mut parts = Vec::new();
        loop {
            let at = self.pos;
            let part = match self.peek() {
                Some(b'"') => self.basic_string()?,
                Some(b'\'') => self.literal_string()?,
                _ => {
                    let len = self
                        .rest()
                        .bytes()
                        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-'))
                        .count();
                    let ends_well = self.rest()[len..]
                        .chars()
                        .next()
                        .is_none_or(|c| " \t.=]\r\n".contains(c));
                    if len == 0 || !ends_well {
                        return Err(Problem::new(
                            at,
                            format!(
                                "expected a key, found `{}`: keys use the letters a-z and A-Z, \
                                 digits, `-` and `_`, or are written in quotes",
                                self.word()
                            ),
                        ));
                    }
                    self.pos += len;
                    self.text[at..self.pos].to_string()
                }
            };
            parts.push((part, at));
            self.skip_spaces();
            if self.peek() != Some(b'.') {
                return Ok(parts);
            }
            self.pos += 1;
            self.skip_spaces();
        }
    }

    /// Reads a value; `key` names it in messages.
    fn value(&mut self, key: &str) -> Result<Value, Problem> {
        let at = self.pos;
        let kind = match self.peek() {
            Some(b'"') if self.rest().starts_with("\"\"\"") => {
                Kind::String(self.multi_line_basic_string()?)
            }
            Some(b'"') => Kind::String(self.basic_string()?),
            Some(b'\'') if self.rest().starts_with("'''") => {
                Kind::String(self.multi_line_literal_string()?)
            }
            Some(b'\'') => Kind::String(self.literal_string()?),
            Some(b'[') => Kind::Array(self.array()?),
            Some(b'{') => return self.inline_table(),
            Some(b't' | b'f') if self.word_is("true") => Kind::Boolean(true),
            Some(b'f') if self.word_is("false") => Kind::Boolean(false),
            Some(b'0'..=b'9' | b'+' | b'-') => Kind::Integer(self.number(key)?),
            None | Some(b'\n' | b'\r' | b'#' | b',' | b']' | b'}') => {
                return Err(Problem::new(at, "expected a value here"))
            }
            Some(_) if ["inf", "nan"].contains(&self.word()) => Kind::Integer(self.number(key)?),
            Some(_) => {
                let word = self.word();
                return Err(Problem::new(
                    at,
                    format!("text needs quotes: write {}", suggestion(key, word)),
                ));
            }
        };
        Ok(Value {
            at,
            kind,
            origin: Origin::Written,
        })
    }

    /// True, and the word consumed, when the text here is exactly `word`.
    fn word_is(&mut self, word: &str) -> bool {
        let rest = self.rest();
        let follows = rest.as_bytes().get(word.len()).copied();
        let ends =
            !matches!(follows, Some(b) if b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
        if rest.starts_with(word) && ends {
            self.pos += word.len();
            true
        } else {
            false
        }
    }

    /// Reads a decimal integer; refuses floats, dates, times and other bases, saying what to
    /// write instead.
    fn number(&mut self, key: &str) -> Result<i64, Problem> {
        let at = self.pos;
        let len = self
            .rest()
            .bytes()
            .take_while(|b| {
                b.is_ascii_alphanumeric() || matches!(b, b'_' | b'+' | b'-' | b'.' | b':')
            })
            .count();
        let token = &self.text[at..at + len];
        let digits = token.strip_prefix(['+', '-']).unwrap_or(token);
        let refuse = |message: String| Err(Problem::new(at, message));
        let date_like = token.len() >= 5
            && token.as_bytes()[..4].iter().all(u8::is_ascii_digit)
            && token.as_bytes()[4] == b'-';
        let time_like = token.len() >= 3
            && token.as_bytes()[..2].iter().all(u8::is_ascii_digit)
            && token.as_bytes()[2] == b':';
        if date_like || time_like {
            let what = if date_like { "dates" } else { "times" };
            return refuse(format!(
                "write {what} in quotes: {}",
                suggestion(key, token)
            ));
        }
        if ["0x", "0o", "0b"]
            .iter()
            .any(|base| digits.starts_with(base))
        {
            return refuse(format!(
                "write whole numbers in decimal digits: `{token}` is not read"
            ));
        }
        let float_like = ["inf", "nan"].contains(&digits)
            || (digits.starts_with(|c: char| c.is_ascii_digit())
                && digits.contains(['.', 'e', 'E']));
        if float_like {
            return refuse(format!(
                "only whole numbers are read: write 5, or text in quotes: {}",
                suggestion(key, token)
            ));
        }
        let well_formed = is_decimal(digits);
        if !well_formed {
            return refuse(format!(
                "`{token}` is not a number: write digits (5, 1_000), or text in quotes"
            ));
        }
        let plain: String = token.chars().filter(|&c| c != '_').collect();
        let number = plain
            .parse::<i64>()
            .or_else(|_| refuse(format!("`{token}` is too large a number")))?;
        self.pos += len;
        Ok(number)
    }

    /// Reads `[a, b, …]`, over several lines if need be.
    fn array(&mut self) -> Result<Vec<Value>, Problem> {
        let open = self.pos;
        self.pos += 1;
        let mut items = Vec::new();
        loop {
            self.skip_blank_lines()?;
            match self.peek() {
                Some(b']') => {
                    self.pos += 1;
                    return Ok(items);
                }
                None => return Err(Problem::new(open, "this array is never closed: add `]`")),
                _ => {}
            }
            items.push(self.value("")?);
            self.skip_blank_lines()?;
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {}
                None => return Err(Problem::new(open, "this array is never closed: add `]`")),
                Some(_) => {
                    return Err(Problem::new(
                        self.pos,
                        "expected `,` between the values of the array, or `]` after the last",
                    ))
                }
            }
        }
    }

    /// Reads `{ key = value, … }`.
    fn inline_table(&mut self) -> Result<Value, Problem> {
        let open = self.pos;
        self.pos += 1;
        let mut table = Value::table(open, Origin::Written);
        let unclosed = || Problem::new(open, "this inline table is never closed: add `}`");
        loop {
            self.skip_blank_lines()?;
            match self.peek() {
                Some(b'}') => break,
                None => return Err(unclosed()),
                _ => {}
            }
            self.key_value(&mut table, true)?;
            self.skip_blank_lines()?;
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => break,
                None => return Err(unclosed()),
                Some(_) => {
                    return Err(Problem::new(
                        self.pos,
                        "expected `,` between the keys of the inline table, or `}` after the last",
                    ))
                }
            }
        }
        self.pos += 1;
        close_dotted(&mut table);
        Ok(table)
    }

    /// Reads `"…"`.
    fn basic_string(&mut self) -> Result<String, Problem> {
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
    fn multi_line_basic_string(&mut self) -> Result<String, Problem> {
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
    fn literal_string(&mut self) -> Result<String, Problem> {
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
    fn multi_line_literal_string(&mut self) -> Result<String, Problem> {
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

/// Digits with single `_` between them, and no `0` in front of others.
fn is_decimal(digits: &str) -> bool {
    let bytes = digits.as_bytes();
    let groups_ok = digits
        .split('_')
        .all(|group| !group.is_empty() && group.bytes().all(|b| b.is_ascii_digit()));
    groups_ok && !(bytes.len() > 1 && bytes[0] == b'0')
}

/// `key = "text"`, or only `"text"` for a value that has no key of its own.
fn suggestion(key: &str, text: &str) -> String {
    if key.is_empty() {
        format!("\"{text}\"")
    } else {
        format!("{key} = \"{text}\"")
    }
}

/// Tables made by dotted keys inside an inline table are closed with it.
fn close_dotted(value: &mut Value) {
    value.origin = Origin::Written;
    if let Kind::Table(entries) = &mut value.kind {
        for entry in entries {
            if entry.value.origin == Origin::Dotted {
                close_dotted(&mut entry.value);
            }
        }
    }
}

fn unclosed_string(open: usize, quote: &str) -> Problem {
    Problem::new(
        open,
        format!("this string is never closed: add `{quote}` at its end"),
    )
}

#[cfg(test)]
mod tests;
