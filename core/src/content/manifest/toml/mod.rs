//! A small TOML reader for `course.toml` and the module front matter.
//!
//! It reads the forms an author writes in these files: comments; bare, quoted and dotted keys;
//! `[table]` and `[[array-of-tables]]` headers; basic, literal and multi-line strings with every
//! escape; integers; booleans; arrays (over several lines, with comments and a trailing comma);
//! inline tables. Floats, dates, times and hexadecimal, octal or binary integers are refused
//! with a message saying what to write instead. Every value keeps the byte offset where it
//! starts, and every error has the byte offset of its cause.

mod cursor;
pub(crate) mod fields;
mod numbers;
mod strings;
mod tables;
mod value;

use cursor::Reader;
use tables::section_table;
use value::Origin;
pub(crate) use value::{Kind, Problem, Value};

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

#[cfg(test)]
mod tests;
