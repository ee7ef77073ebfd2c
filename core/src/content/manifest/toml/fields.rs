//! Typed reading of the tables [the TOML reader](super) returns: each field of a
//! manifest or front matter, with every problem at its position (unknown fields, missing
//! fields, values of the wrong type).

use std::collections::BTreeMap;

use crate::content::manifest::toml::{parse, Kind, Problem, Value};

/// A value and the byte offset where it starts in the TOML text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Spanned<T> {
    /// Byte offset of the value.
    pub at: usize,
    /// The value.
    pub value: T,
}

/// A type read from a TOML value.
pub(crate) trait FromToml: Sized {
    /// The value as `Self`; `None` when it is not one, with every reason in `problems`.
    fn read(value: &Value, problems: &mut Vec<Problem>) -> Option<Self>;
}

/// Implements [`FromToml`] for a struct read from a TOML table: its fields, in the order the
/// "expected one of" message lists them, each `required` or `optional`; any other key is an
/// unknown field. Every problem of the table is reported, not only the first.
macro_rules! from_toml_table {
    ($name:ident { $($field:ident: $how:ident),* $(,)? }) => {
        impl $crate::content::manifest::toml::fields::FromToml for $name {
            fn read(
                value: &$crate::content::manifest::toml::Value,
                problems: &mut Vec<$crate::content::manifest::toml::Problem>,
            ) -> Option<Self> {
                let known = [$(stringify!($field)),*];
                let mut fields = $crate::content::manifest::toml::fields::Fields::new(value, &known, problems)?;
                $(let $field = fields.$how(stringify!($field));)*
                fields.finish()?;
                Some(Self { $($field: $field?),* })
            }
        }
    };
}
pub(crate) use from_toml_table;

/// Reads a whole TOML text as a `T`: a syntax error alone, or every problem with the values,
/// in the order of the text.
pub(crate) fn read_toml<T: FromToml>(text: &str) -> Result<T, Vec<Problem>> {
    let root = parse(text).map_err(|problem| vec![problem])?;
    let mut problems = Vec::new();
    match T::read(&root, &mut problems) {
        Some(read) if problems.is_empty() => Ok(read),
        _ => {
            problems.sort_by_key(|problem| problem.at);
            Err(problems)
        }
    }
}

/// The fields of one table, taken one by one.
pub(crate) struct Fields<'v, 'p> {
    table: &'v Value,
    problems: &'p mut Vec<Problem>,
    failed: bool,
}

impl<'v, 'p> Fields<'v, 'p> {
    /// The fields of `value`, which must be a table whose keys are all in `known`.
    pub(crate) fn new(
        value: &'v Value,
        known: &[&str],
        problems: &'p mut Vec<Problem>,
    ) -> Option<Self> {
        let Kind::Table(entries) = &value.kind else {
            problems.push(invalid_type(value, "a table"));
            return None;
        };
        let before = problems.len();
        for entry in entries {
            if !known.contains(&entry.key.as_str()) {
                let expected: Vec<String> = known.iter().map(|name| format!("`{name}`")).collect();
                problems.push(Problem::new(
                    entry.key_at,
                    format!(
                        "unknown field `{}`, expected one of {}",
                        entry.key,
                        expected.join(", ")
                    ),
                ));
            }
        }
        Some(Self {
            table: value,
            failed: problems.len() > before,
            problems,
        })
    }

    /// The field `name`, which must be there.
    pub(crate) fn required<T: FromToml>(&mut self, name: &str) -> Option<T> {
        let read = self.optional(name)?;
        if read.is_none() {
            self.problems.push(Problem::new(
                self.table.at,
                format!("missing field `{name}`"),
            ));
            self.failed = true;
        }
        read
    }

    /// The field `name` when it is there: `Some(None)` when it is not, `None` when it is
    /// not a `T`.
    pub(crate) fn optional<T: FromToml>(&mut self, name: &str) -> Option<Option<T>> {
        let Some(entry) = self.table.get(name) else {
            return Some(None);
        };
        let read = T::read(&entry.value, self.problems);
        self.failed |= read.is_none();
        read.map(Some)
    }

    /// `Some` when every field read so far is known and of the right type.
    pub(crate) fn finish(self) -> Option<()> {
        (!self.failed).then_some(())
    }
}

/// What a value is, in the words of the messages authors already know.
fn unexpected(value: &Value) -> String {
    match &value.kind {
        Kind::String(text) => format!("string {text:?}"),
        Kind::Integer(number) => format!("integer `{number}`"),
        Kind::Boolean(flag) => format!("boolean `{flag}`"),
        Kind::Array(_) => "sequence".to_string(),
        Kind::Table(_) => "map".to_string(),
    }
}

fn invalid_type(value: &Value, expected: &str) -> Problem {
    Problem::new(
        value.at,
        format!("invalid type: {}, expected {expected}", unexpected(value)),
    )
}

/// Keeps what `value` holds when `pick` finds it, else reports that `expected` was expected.
fn read_kind<'v, T>(
    value: &'v Value,
    problems: &mut Vec<Problem>,
    expected: &str,
    pick: impl FnOnce(&'v Kind) -> Option<T>,
) -> Option<T> {
    let read = pick(&value.kind);
    if read.is_none() {
        problems.push(invalid_type(value, expected));
    }
    read
}

impl FromToml for String {
    fn read(value: &Value, problems: &mut Vec<Problem>) -> Option<Self> {
        read_kind(value, problems, "a string", |kind| match kind {
            Kind::String(text) => Some(text.clone()),
            _ => None,
        })
    }
}

impl FromToml for bool {
    fn read(value: &Value, problems: &mut Vec<Problem>) -> Option<Self> {
        read_kind(value, problems, "a boolean", |kind| match kind {
            Kind::Boolean(flag) => Some(*flag),
            _ => None,
        })
    }
}

/// A whole number that must fit in `T`, named `expected` in messages.
fn read_integer<T: TryFrom<i64>>(
    value: &Value,
    problems: &mut Vec<Problem>,
    expected: &str,
) -> Option<T> {
    let number = read_kind(value, problems, expected, |kind| match kind {
        Kind::Integer(number) => Some(*number),
        _ => None,
    })?;
    let fits = T::try_from(number).ok();
    if fits.is_none() {
        problems.push(Problem::new(
            value.at,
            format!("invalid value: integer `{number}`, expected {expected}"),
        ));
    }
    fits
}

impl FromToml for u8 {
    fn read(value: &Value, problems: &mut Vec<Problem>) -> Option<Self> {
        read_integer(value, problems, "u8")
    }
}

impl FromToml for usize {
    fn read(value: &Value, problems: &mut Vec<Problem>) -> Option<Self> {
        read_integer(value, problems, "a whole number from 0")
    }
}

impl FromToml for u32 {
    fn read(value: &Value, problems: &mut Vec<Problem>) -> Option<Self> {
        read_integer(value, problems, "u32")
    }
}

impl<T: FromToml> FromToml for Vec<T> {
    fn read(value: &Value, problems: &mut Vec<Problem>) -> Option<Self> {
        let items = read_kind(value, problems, "a sequence", |kind| match kind {
            Kind::Array(items) => Some(items),
            _ => None,
        })?;
        let read: Vec<Option<T>> = items.iter().map(|item| T::read(item, problems)).collect();
        read.into_iter().collect()
    }
}

impl<T: FromToml> FromToml for BTreeMap<String, T> {
    fn read(value: &Value, problems: &mut Vec<Problem>) -> Option<Self> {
        let entries = read_kind(value, problems, "a map", |kind| match kind {
            Kind::Table(entries) => Some(entries),
            _ => None,
        })?;
        let read: Vec<Option<(String, T)>> = entries
            .iter()
            .map(|entry| Some((entry.key.clone(), T::read(&entry.value, problems)?)))
            .collect();
        read.into_iter().collect()
    }
}

impl<T: FromToml> FromToml for Spanned<T> {
    fn read(value: &Value, problems: &mut Vec<Problem>) -> Option<Self> {
        Some(Self {
            at: value.at,
            value: T::read(value, problems)?,
        })
    }
}
