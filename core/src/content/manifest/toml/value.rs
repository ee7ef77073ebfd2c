//! What the TOML reader returns: values with their offsets, and problems.

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
    /// How it came to be (tables and header arrays only matter).
    pub(super) origin: Origin,
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
pub(super) enum Origin {
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
    /// An empty table at `at`.
    pub(super) fn table(at: usize, origin: Origin) -> Self {
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
