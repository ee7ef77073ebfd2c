//! Every refusal of the reader, with its message at its exact line and column.

use super::theirs;
use crate::content::manifest::toml::parse;
use crate::content::report::locator::Locator;

/// (what is wrong, TOML text, `line:col: message`).
const REFUSED: &[(&str, &str, &str)] = &[
    (
        "unclosed basic string",
        "a = 1\nb = \"abc\nc = 2",
        "2:5: this string is never closed: add `\"` at its end",
    ),
    (
        "unclosed literal string",
        "a = 'abc",
        "1:5: this string is never closed: add `'` at its end",
    ),
    (
        "unclosed multi-line string",
        "a = \"\"\"abc\n\ndef",
        "1:5: this string is never closed: add `\"\"\"` at its end",
    ),
    (
        "unclosed multi-line literal string",
        "a = '''abc''",
        "1:5: this string is never closed: add `'''` at its end",
    ),
    (
        "unknown escape, after Arabic text",
        "a = \"مرحبا \\q\"",
        "1:12: unknown escape `\\q`: write `\\\\` for a backslash",
    ),
    (
        "short \\u escape",
        "a = \"x\\u12\"",
        "1:7: `\\u` needs 4 hexadecimal digits of a Unicode character",
    ),
    (
        "\\u escape of a surrogate",
        "a = \"\\uD800\"",
        "1:6: `\\u` needs 4 hexadecimal digits of a Unicode character",
    ),
    (
        "\\U escape beyond Unicode",
        "a = \"\\U00110000\"",
        "1:6: `\\U` needs 8 hexadecimal digits of a Unicode character",
    ),
    (
        "control character in a string",
        "a = \"x\u{1}\"",
        "1:7: control character U+0001 in a string: write it as an escape (\\u0001)",
    ),
    (
        "control character in a literal string",
        "a = 'x\u{7f}'",
        "1:7: control character U+007F in a string: write it as an escape (\\u007F)",
    ),
    (
        "control character in a comment",
        "a = 1 # x\u{7}",
        "1:10: a comment may not contain control characters",
    ),
    (
        "carriage return alone",
        "a = 1\rb = 2",
        "1:6: a carriage return must be followed by a line break",
    ),
    (
        "bare text",
        "title = Bonjour",
        "1:9: text needs quotes: write title = \"Bonjour\"",
    ),
    (
        "bare text in an array",
        "a = [\"x\", oui]",
        "1:11: text needs quotes: write \"oui\"",
    ),
    ("no value", "a = # rien\n", "1:5: expected a value here"),
    ("no value at the end", "a =", "1:4: expected a value here"),
    (
        "no equals sign",
        "title \"T\"",
        "1:7: expected `=` after the key: write `key = value`",
    ),
    (
        "no equals sign in an inline table",
        "a = { b }",
        "1:9: expected `=` after the key, as in { key = value }",
    ),
    (
        "two values on a line",
        "a = 1 b = 2",
        "1:7: unexpected `b`: write one `key = value` per line, text in quotes",
    ),
    (
        "two strings on a line",
        "a = \"x\" \"y\"",
        "1:9: unexpected `\"y\"`: write one `key = value` per line, text in quotes",
    ),
    (
        "a key with an accent",
        "a = 1\ndurée = 2",
        "2:1: expected a key, found `durée`: keys use the letters a-z and A-Z, digits, `-` and \
         `_`, or are written in quotes",
    ),
    (
        "duplicate key",
        "a = 1\nb = 2\na = 3",
        "3:1: duplicate key `a`: write each key once",
    ),
    (
        "duplicate key, once quoted",
        "a = 1\n\"a\" = 2",
        "2:1: duplicate key `a`: write each key once",
    ),
    (
        "duplicate key in an inline table",
        "t = { a = 1, a = 2 }",
        "1:14: duplicate key `a`: write each key once",
    ),
    (
        "duplicate dotted key",
        "a.b = 1\na.b = 2",
        "2:3: duplicate key `b`: write each key once",
    ),
    (
        "duplicate table",
        "[t]\na = 1\n[t]",
        "3:1: duplicate table [t]: `t` is already defined",
    ),
    (
        "table over a value",
        "t = 1\n[t]",
        "2:1: duplicate table [t]: `t` is already defined",
    ),
    (
        "table over an inline table",
        "t = {}\n[t]",
        "2:1: duplicate table [t]: `t` is already defined",
    ),
    (
        "table over a table made by dotted keys",
        "a.b = 1\n[a]",
        "2:1: duplicate table [a]: `a` is already defined",
    ),
    (
        "table over an array of tables",
        "[[s]]\n[s]",
        "2:1: duplicate table [s]: `s` is already defined",
    ),
    (
        "header through a value",
        "a = 1\n[a.b]",
        "2:2: `a` is already a value, it cannot hold the table [a.b]",
    ),
    (
        "header through an inline table",
        "a = { x = 1 }\n[a.b]",
        "2:2: `a` is already a value, it cannot hold the table [a.b]",
    ),
    (
        "array of tables after an array",
        "s = []\n[[s]]",
        "2:1: `s` is already defined, and not by [[s]] headers",
    ),
    (
        "array of tables after a table",
        "[s]\n[[s]]",
        "2:1: `s` is already defined, and not by [[s]] headers",
    ),
    (
        "dotted key into an inline table",
        "a = { b = 1 }\na.c = 2",
        "2:1: `a` is already defined elsewhere: add `a.c` where `a` is written",
    ),
    (
        "dotted key into a table of a header",
        "[a.b.c]\nz = 9\n[a]\nb.c.t = 1",
        "4:3: `c` is already defined elsewhere: add `b.c.t` where `c` is written",
    ),
    (
        "dotted key into a value",
        "a = 1\na.b = 2",
        "2:1: `a` is already defined elsewhere: add `a.b` where `a` is written",
    ),
    (
        "unclosed header",
        "[t\na = 1",
        "1:3: expected `]` to close the header",
    ),
    (
        "unclosed array-of-tables header",
        "[[t]\na = 1",
        "1:4: expected `]]` to close the header",
    ),
    (
        "unclosed array",
        "a = [1,\n  2\n",
        "1:5: this array is never closed: add `]`",
    ),
    (
        "values of an array without a comma",
        "a = [1 2]",
        "1:8: expected `,` between the values of the array, or `]` after the last",
    ),
    (
        "an array starting with a comma",
        "a = [,]",
        "1:6: expected a value here",
    ),
    (
        "unclosed inline table",
        "a = { b = 1",
        "1:5: this inline table is never closed: add `}`",
    ),
    (
        "keys of an inline table without a comma",
        "a = { b = 1 c = 2 }",
        "1:13: expected `,` between the keys of the inline table, or `}` after the last",
    ),
    (
        "leading zero",
        "a = 012",
        "1:5: `012` is not a number: write digits (5, 1_000), or text in quotes",
    ),
    (
        "double underscore",
        "a = 1__000",
        "1:5: `1__000` is not a number: write digits (5, 1_000), or text in quotes",
    ),
    (
        "trailing underscore",
        "a = 1_",
        "1:5: `1_` is not a number: write digits (5, 1_000), or text in quotes",
    ),
    (
        "a unit after a number",
        "minutes = 5min",
        "1:11: `5min` is not a number: write digits (5, 1_000), or text in quotes",
    ),
    (
        "integer too large",
        "a = 9223372036854775808",
        "1:5: `9223372036854775808` is too large a number",
    ),
];

/// (valid TOML this reader refuses, TOML text, `line:col: message`).
const NOT_READ: &[(&str, &str, &str)] = &[
    (
        "float",
        "minutes = 7.5",
        "1:11: only whole numbers are read: write 5, or text in quotes: minutes = \"7.5\"",
    ),
    (
        "float with an exponent",
        "a = 1e3",
        "1:5: only whole numbers are read: write 5, or text in quotes: a = \"1e3\"",
    ),
    (
        "negative float in an array",
        "a = [1, -0.5]",
        "1:9: only whole numbers are read: write 5, or text in quotes: \"-0.5\"",
    ),
    (
        "infinity",
        "a = inf",
        "1:5: only whole numbers are read: write 5, or text in quotes: a = \"inf\"",
    ),
    (
        "not a number",
        "a = -nan",
        "1:5: only whole numbers are read: write 5, or text in quotes: a = \"-nan\"",
    ),
    (
        "date",
        "title = \"T\"\ndate = 2024-06-01 # publiée",
        "2:8: write dates in quotes: date = \"2024-06-01\"",
    ),
    (
        "date and time",
        "d = 1979-05-27T07:32:00Z",
        "1:5: write dates in quotes: d = \"1979-05-27T07:32:00Z\"",
    ),
    (
        "time",
        "t = 07:32:00",
        "1:5: write times in quotes: t = \"07:32:00\"",
    ),
    (
        "hexadecimal",
        "a = 0xff",
        "1:5: write whole numbers in decimal digits: `0xff` is not read",
    ),
    (
        "octal",
        "a = 0o17",
        "1:5: write whole numbers in decimal digits: `0o17` is not read",
    ),
    (
        "binary",
        "a = 0b101",
        "1:5: write whole numbers in decimal digits: `0b101` is not read",
    ),
];

/// What our reader says about `text`, as `line:col: message`.
fn refusal(text: &str) -> String {
    let problem = parse(text).expect_err("the text is refused");
    let (line, col) = Locator::new("t", text).line_col(problem.at);
    format!("{line}:{col}: {}", problem.message)
}

#[test]
fn invalid_toml_is_refused_at_the_position_of_its_cause() {
    for (case, text, expected) in REFUSED {
        assert_eq!(refusal(text), *expected, "{case}");
        assert_eq!(theirs(text), None, "{case}: the toml crate refuses it too");
    }
}

#[test]
fn valid_toml_outside_what_authors_need_is_refused_with_what_to_write_instead() {
    for (case, text, expected) in NOT_READ {
        assert_eq!(refusal(text), *expected, "{case}");
        assert!(theirs(text).is_some(), "{case}: it is valid TOML");
    }
}
