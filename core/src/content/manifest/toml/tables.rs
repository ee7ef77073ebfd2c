//! Keys, `[table]` and `[[array-of-tables]]` headers, inline tables and arrays: where each
//! value goes, and which tables may still be extended.

use super::cursor::{suggestion, Reader};
use super::value::{Entry, Kind, Origin, Problem, Value};

/// The table the keys after the header `path` go to (the last one of an array of tables).
pub(super) fn section_table<'v>(root: &'v mut Value, path: &[String]) -> &'v mut Value {
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

impl Reader<'_> {
    /// Reads `[a.b]` or `[[a.b]]` and makes its table; returns its path.
    pub(super) fn header(&mut self, root: &mut Value) -> Result<Vec<String>, Problem> {
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
    pub(super) fn key_value(&mut self, table: &mut Value, inline: bool) -> Result<(), Problem> {
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
