//! The result read back with the content parser before it is written, so an imported block
//! can never break a module: what the parser says about the module with the block, and did
//! not say without it, is reported.

use crate::content::{parse_module, Diagnostic};

/// A module with one empty step, for reading back a block printed on its own.
pub const SKELETON: &str = "+++\nsources = []\n+++\n\n## Quiz {#quiz}\n\n";

/// Diagnostics of the module text `with_block` that the module text `without` does not have.
pub fn new_diagnostics(
    file: &str,
    module: &str,
    locale: &str,
    without: &str,
    with_block: &str,
) -> Vec<Diagnostic> {
    let before = parse_module(file, module, locale, without).diagnostics;
    parse_module(file, module, locale, with_block)
        .diagnostics
        .into_iter()
        .filter(|diagnostic| !before.contains(diagnostic))
        .collect()
}
