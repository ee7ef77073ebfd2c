//! Small helpers shared by the content tests.

use std::sync::OnceLock;

use amane_core::content::{parse_module, Block, ParsedModule};

/// Front matter used by module fixtures: 3 lines, so a fixture body starts on line 4.
pub const FRONT: &str = "+++\nsources = []\n+++\n";

/// Front matter of a page written like a module (help, guide, assessment), which keeps its
/// title, summary and minutes: 6 lines, so a fixture body starts on line 7.
pub const PAGE_FRONT: &str =
    "+++\ntitle = \"T\"\nsummary = \"S\"\nminutes = 5\nsources = []\n+++\n";

/// Parses `FRONT` + `body` as `m.md`.
pub fn parse(body: &str) -> ParsedModule {
    parse_module("m.md", "m", "fr", &format!("{FRONT}{body}"))
}

/// Every diagnostic of a parse, as `file:line:col: level: message`; each message must be
/// listed in the guide.
pub fn shown(parsed: &ParsedModule) -> Vec<String> {
    for diagnostic in &parsed.diagnostics {
        assert_documented(&diagnostic.message);
    }
    parsed.diagnostics.iter().map(ToString::to_string).collect()
}

/// The blocks of every step, in order.
pub fn blocks(parsed: &ParsedModule) -> Vec<&Block> {
    parsed
        .module
        .steps
        .iter()
        .flat_map(|step| &step.blocks)
        .collect()
}

/// The first column of every table of the guide's "Every checker message" section: each
/// row is one or more message patterns (` / ` between them, `…` for any text).
fn documented_patterns() -> &'static [String] {
    static PATTERNS: OnceLock<Vec<String>> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../content/AUTHORING.md");
        let guide = std::fs::read_to_string(path).expect("content/AUTHORING.md exists");
        let (_, section) = guide
            .split_once("## Every checker message")
            .expect("the guide lists the checker messages");
        section
            .lines()
            .filter_map(|line| line.strip_prefix("| "))
            .filter_map(|row| row.split(" |").next())
            .filter(|cell| *cell != "Message")
            .flat_map(|cell| cell.split(" / ").map(str::to_string).collect::<Vec<_>>())
            .collect()
    })
}

/// Whether `message` starts with what `pattern` says, `…` standing for any text.
fn matches(pattern: &str, message: &str) -> bool {
    let mut pieces = pattern.split('…');
    let Some(mut rest) = message.strip_prefix(pieces.next().unwrap_or("")) else {
        return false;
    };
    for piece in pieces.filter(|piece| !piece.is_empty()) {
        match rest.find(piece) {
            Some(at) => rest = &rest[at + piece.len()..],
            None => return false,
        }
    }
    true
}

/// Fails unless the guide's table of checker messages lists `message`.
pub fn assert_documented(message: &str) {
    assert!(
        documented_patterns()
            .iter()
            .any(|pattern| matches(pattern, message)),
        "content/AUTHORING.md does not list the message {message:?}"
    );
}

#[test]
fn message_patterns_match_as_the_guide_reads() {
    assert!(matches(
        "question `…` has … options here",
        "question `q1` has 3 options here but 2"
    ));
    assert!(matches(
        "the front matter is never closed…",
        "the front matter is never closed: add"
    ));
    assert!(!matches(
        "question `…` has … options",
        "node `n` has 3 options"
    ));
    assert!(!matches("duplicate step id `…`", "duplicate node id `n`"));
}
