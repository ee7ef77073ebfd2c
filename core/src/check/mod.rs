//! The content checker: every problem of a course at once, errors and warnings apart.
//!
//! [`check_course`] works on file texts in memory (paths relative to the content folder),
//! so tests use small fixtures; [`cli`] reads a folder and prints the report.

pub mod cli;
mod load;
mod parity;
mod shape;
mod sources;

use std::collections::BTreeMap;

use crate::content::{Diagnostic, Severity};

pub use load::{help_path, module_path, HELP_FOLDER, MANIFEST};
pub use sources::sources_markdown;

/// Everything the checker found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Problems that must be fixed, in file order.
    pub errors: Vec<Diagnostic>,
    /// Things to look at (sources still to verify, stray files), in file order.
    pub warnings: Vec<Diagnostic>,
}

impl Report {
    fn from_diagnostics(mut diagnostics: Vec<Diagnostic>) -> Self {
        diagnostics.sort_by(|a, b| (&a.file, a.line, a.col).cmp(&(&b.file, b.line, b.col)));
        diagnostics.dedup();
        let (errors, warnings) = diagnostics
            .into_iter()
            .partition(|d| d.severity == Severity::Error);
        Self { errors, warnings }
    }
}

/// Checks a whole course: `files` maps paths relative to the content folder
/// (`course.toml`, `modules/03-phishing/ar.md`) to their text.
pub fn check_course(files: &BTreeMap<String, String>) -> Report {
    let mut diagnostics = Vec::new();
    if let Some(modules) = load::load_course(files, &mut diagnostics) {
        for module in &modules {
            diagnostics.extend(module.texts.iter().flat_map(|t| t.diagnostics.clone()));
            diagnostics.extend(parity::compare_locales(module));
        }
    }
    Report::from_diagnostics(diagnostics)
}
