//! Generated documents of every form the reader reads, written in many styles: our reader and
//! the `toml` crate read the values they were written from.

use proptest::prelude::*;
use serde_json::{Map, Value as Json};

use super::{ours, theirs};

/// A value to write as TOML.
#[derive(Debug, Clone)]
enum Node {
    Text(String),
    Integer(i64),
    Flag(bool),
    List(Vec<Node>),
    Table(Vec<(String, Node)>),
}

impl Node {
    fn json(&self) -> Json {
        match self {
            Node::Text(text) => Json::from(text.as_str()),
            Node::Integer(number) => Json::from(*number),
            Node::Flag(flag) => Json::from(*flag),
            Node::List(items) => items.iter().map(Node::json).collect(),
            Node::Table(entries) => Json::Object(table_json(entries)),
        }
    }

    /// True for a non-empty array whose items are all tables: it may be written `[[key]]`.
    fn is_table_list(&self) -> bool {
        matches!(self, Node::List(items) if !items.is_empty()
            && items.iter().all(|item| matches!(item, Node::Table(_))))
    }
}

fn table_json(entries: &[(String, Node)]) -> Map<String, Json> {
    entries
        .iter()
        .map(|(key, node)| (key.clone(), node.json()))
        .collect()
}

/// Keys: bare, or needing quotes (spaces, dots, quotes, accents, Arabic, empty).
fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[A-Za-z0-9_-]{1,6}",
        1 => "[ a-zé.\"'\\\\]{0,4}",
        1 => "[ابتثجحخ]{1,4}",
    ]
}

/// Text with what needs escaping: quotes, backslashes, line breaks, control characters.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => "[a-z \"'\\\\\t\n\r\u{1}\u{1b}\u{7f}éàابت😀]{0,12}",
        1 => "\\PC{0,10}",
    ]
}

fn node() -> impl Strategy<Value = Node> {
    let leaf = prop_oneof![
        text().prop_map(Node::Text),
        any::<i64>().prop_map(Node::Integer),
        (-1000i64..1000).prop_map(Node::Integer),
        any::<bool>().prop_map(Node::Flag),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Node::List),
            entries(inner).prop_map(Node::Table),
        ]
    })
}

/// The entries of a table, each key once.
fn entries(node: impl Strategy<Value = Node>) -> impl Strategy<Value = Vec<(String, Node)>> {
    prop::collection::vec((key(), node), 0..5).prop_map(|mut entries| {
        let mut seen = std::collections::HashSet::new();
        entries.retain(|(key, _)| seen.insert(key.clone()));
        entries
    })
}

/// Style choices, drawn from a seed.
struct Style(u64);

impl Style {
    /// A number below `n`.
    fn pick(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }

    fn chance(&mut self, one_in: u64) -> bool {
        self.pick(one_in) == 0
    }
}

/// Writes a TOML document holding `root`.
struct Writer {
    out: String,
    style: Style,
    newline: &'static str,
}

impl Writer {
    fn line_end(&mut self) {
        match self.style.pick(6) {
            0 => self.out.push_str(" # é ا 😀"),
            1 => self.out.push_str("\t#"),
            _ => {}
        }
        self.out.push_str(self.newline);
        if self.style.chance(5) {
            self.out.push_str("  # une ligne de commentaire");
            self.out.push_str(self.newline);
        }
        if self.style.chance(5) {
            self.out.push_str(self.newline);
        }
    }

    fn key(&mut self, key: &str) {
        let bare = !key.is_empty()
            && key
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
        if bare && !self.style.chance(4) {
            self.out.push_str(key);
        } else if !key.contains(['\'', '\n', '\r']) && self.style.chance(2) {
            self.out.push_str(&format!("'{key}'"));
        } else {
            let escaped = self.escaped(key, false).concat();
            self.out.push_str(&format!("\"{escaped}\""));
        }
    }

    /// `text` for a basic string: backslashes, quotes and control characters escaped, raw
    /// line breaks kept when `multi_line`.
    fn escaped(&mut self, text: &str, multi_line: bool) -> Vec<String> {
        text.chars()
            .map(|c| self.escaped_char(c, multi_line))
            .collect()
    }

    fn escaped_char(&mut self, c: char, multi_line: bool) -> String {
        match c {
            '\\' => "\\\\".to_string(),
            '"' => "\\\"".to_string(),
            '\u{8}' => "\\b".to_string(),
            '\t' if self.style.chance(2) => "\\t".to_string(),
            '\n' if !multi_line => "\\n".to_string(),
            '\u{c}' => "\\f".to_string(),
            '\r' => "\\r".to_string(),
            '\u{1b}' if self.style.chance(2) => "\\e".to_string(),
            c if c.is_control() && c != '\t' && c != '\n' => format!("\\u{:04X}", u32::from(c)),
            c if self.style.chance(8) => {
                if u32::from(c) <= 0xffff && self.style.chance(2) {
                    format!("\\u{:04x}", u32::from(c))
                } else {
                    format!("\\U{:08X}", u32::from(c))
                }
            }
            c => c.to_string(),
        }
    }

    fn string(&mut self, text: &str) {
        let literal_ok = !text.chars().any(|c| c.is_control() && c != '\t');
        let multi_literal_ok = !text.contains("'''")
            && !text.ends_with('\'')
            && !text
                .chars()
                .any(|c| c.is_control() && c != '\t' && c != '\n');
        let opening = if text.starts_with('\n') || self.style.chance(2) {
            "\n"
        } else {
            ""
        };
        match self.style.pick(4) {
            0 if literal_ok && !text.contains('\'') => self.out.push_str(&format!("'{text}'")),
            1 if multi_literal_ok => self.out.push_str(&format!("'''{opening}{text}'''")),
            2 => {
                let mut body = String::new();
                let escaped = self.escaped(text, true);
                for (i, (c, written)) in text.chars().zip(escaped).enumerate() {
                    if i > 0 && !c.is_whitespace() && self.style.chance(6) {
                        body.push_str("\\\n   ");
                    }
                    body.push_str(&written);
                }
                self.out.push_str(&format!("\"\"\"{opening}{body}\"\"\""));
            }
            _ => {
                let escaped = self.escaped(text, false).concat();
                self.out.push_str(&format!("\"{escaped}\""));
            }
        }
    }

    fn integer(&mut self, number: i64) {
        let digits = number.unsigned_abs().to_string();
        if number < 0 {
            self.out.push('-');
        } else if self.style.chance(4) {
            self.out.push('+');
        }
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && self.style.chance(5) {
                self.out.push('_');
            }
            self.out.push(digit);
        }
    }

    /// A value written in place (inline tables for tables).
    fn value(&mut self, node: &Node) {
        match node {
            Node::Text(text) => self.string(text),
            Node::Integer(number) => self.integer(*number),
            Node::Flag(flag) => self.out.push_str(if *flag { "true" } else { "false" }),
            Node::List(items) => {
                self.out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        self.out.push(',');
                    }
                    self.gap();
                    self.value(item);
                }
                if !items.is_empty() && self.style.chance(3) {
                    self.out.push(',');
                }
                self.gap();
                self.out.push(']');
            }
            Node::Table(entries) => {
                self.out.push('{');
                for (i, (key, node)) in entries.iter().enumerate() {
                    self.out.push_str(if i > 0 { ", " } else { " " });
                    self.key_value(&[], key, node, false);
                }
                self.out.push_str(" }");
            }
        }
    }

    /// Space between the values of an array: spaces, line breaks, comments.
    fn gap(&mut self) {
        match self.style.pick(5) {
            0 => self.out.push(' '),
            1 => {
                self.out.push_str(" # dans la liste");
                self.out.push_str(self.newline);
                self.out.push_str("  ");
            }
            2 => {
                self.out.push_str(self.newline);
                self.out.push('\t');
            }
            _ => {}
        }
    }

    /// `key = value` under the dotted `prefix`; a table is written as dotted keys when the
    /// style says so, each on its own line when `lines`, else separated by commas.
    fn key_value(&mut self, prefix: &[&str], key: &str, node: &Node, lines: bool) {
        let mut path = prefix.to_vec();
        path.push(key);
        if let Node::Table(entries) = node {
            if !entries.is_empty() && self.style.chance(2) {
                for (i, (child, child_node)) in entries.iter().enumerate() {
                    if i > 0 {
                        if lines {
                            self.line_end();
                        } else {
                            self.out.push_str(", ");
                        }
                    }
                    self.key_value(&path, child, child_node, lines);
                }
                return;
            }
        }
        for (i, part) in path.iter().enumerate() {
            if i > 0 {
                self.out
                    .push_str(if self.style.chance(2) { "." } else { " . " });
            }
            self.key(part);
        }
        self.out
            .push_str([" = ", "=", "\t=  "][self.style.pick(3) as usize]);
        self.value(node);
    }

    /// The keys of a table, then its sub-tables under headers.
    fn body(&mut self, path: &mut Vec<String>, entries: &[(String, Node)]) {
        let mut later = Vec::new();
        for (key, node) in entries {
            let header = matches!(node, Node::Table(_)) || node.is_table_list();
            if header && self.style.chance(2) {
                later.push((key, node));
            } else {
                self.key_value(&[], key, node, true);
                self.line_end();
            }
        }
        for (key, node) in later {
            path.push(key.clone());
            match node {
                Node::Table(children) => {
                    self.header(path, "[", "]");
                    self.body(path, children);
                }
                Node::List(items) => {
                    for item in items {
                        self.header(path, "[[", "]]");
                        if let Node::Table(children) = item {
                            self.body(path, children);
                        }
                    }
                }
                _ => unreachable!("only tables and lists of tables get headers"),
            }
            path.pop();
        }
    }

    fn header(&mut self, path: &[String], open: &str, close: &str) {
        self.out.push_str(open);
        for (i, part) in path.iter().enumerate() {
            if i > 0 {
                self.out.push('.');
            }
            self.key(part);
        }
        self.out.push_str(close);
        self.line_end();
    }
}

fn document(root: &[(String, Node)], seed: u64) -> String {
    let mut style = Style(seed | 1);
    let newline = if style.chance(4) { "\r\n" } else { "\n" };
    let mut writer = Writer {
        out: String::new(),
        style,
        newline,
    };
    writer.body(&mut Vec::new(), root);
    writer.out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn generated_documents_read_as_written(root in entries(node()), seed in any::<u64>()) {
        let text = document(&root, seed);
        let expected = Json::Object(table_json(&root));
        prop_assert_eq!(theirs(&text), Some(expected.clone()), "the toml crate: {}", text);
        prop_assert_eq!(ours(&text), expected, "our reader: {}", text);
    }
}
