//! Small helpers shared by the content tests.

use amane_core::content::{parse_module, Block, ParsedModule};

/// Front matter used by fixtures: 6 lines, so a fixture body starts on line 7.
pub const FRONT: &str = "+++\ntitle = \"T\"\nsummary = \"S\"\nminutes = 5\nsources = []\n+++\n";

/// Parses `FRONT` + `body` as `m.md`.
pub fn parse(body: &str) -> ParsedModule {
    parse_module("m.md", "m", "fr", &format!("{FRONT}{body}"))
}

/// Every diagnostic of a parse, as `file:line:col: level: message`.
pub fn shown(parsed: &ParsedModule) -> Vec<String> {
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
