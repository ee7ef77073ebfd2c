//! The content checker: every problem of a course at once, errors and warnings apart.
//!
//! [`check_course`] works on file texts in memory (paths relative to the content folder),
//! so tests use small fixtures; [`cli`] reads a folder and prints the report; [`ids`] lists a
//! course's ids and addresses for tools that must agree with the app.

mod assessment;
pub mod cli;
mod glossary;
pub mod ids;
mod item_writing;
mod load;
mod map;
mod parity;
mod read_text;
mod shape;
mod sources;
mod trainer_notes;

use std::collections::BTreeMap;

use crate::content::{Diagnostic, Severity};

pub use assessment::{ASSESSMENT_FOLDER, ASSESSMENT_ID};
pub use glossary::{avoided_words, AvoidedWord};
pub use load::{
    help_path, module_path, GUIDE_FOLDER, GUIDE_ID, HELP_FOLDER, MANIFEST, PARENTS_FOLDER,
    PARENTS_ID,
};
pub use sources::sources_markdown;

/// Everything the checker found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Problems that must be fixed, in file order.
    pub errors: Vec<Diagnostic>,
    /// Things to look at (sources still to verify, stray files), in file order.
    pub warnings: Vec<Diagnostic>,
}

/// What the course is checked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// While writing: a source still to verify is a warning.
    Writing,
    /// Before shipping: learners must never read an unverified fact, so a source still to
    /// verify is an error.
    Release,
}

impl Report {
    fn from_diagnostics(mut diagnostics: Vec<Diagnostic>, purpose: Purpose) -> Self {
        diagnostics.sort_by(|a, b| (&a.file, a.line, a.col).cmp(&(&b.file, b.line, b.col)));
        diagnostics.dedup();
        if purpose == Purpose::Release {
            for d in &mut diagnostics {
                if d.severity == Severity::Unverified {
                    d.severity = Severity::Error;
                    d.message.push_str(" (a course to ship may have none)");
                }
            }
        }
        let (errors, warnings) = diagnostics
            .into_iter()
            .partition(|d| d.severity == Severity::Error);
        Self { errors, warnings }
    }
}

/// The files a check of `course` reads, as paths from the content folder: the glossary, then
/// every file the course may fetch (modules, help, guide, parents' session, assessment, in each
/// language). A checker that cannot list folders (the app's, which fetches them) reads these.
pub fn files_to_check(course: &crate::content::Course) -> Vec<String> {
    let fetched = crate::offline::course_files(course);
    let from_content = fetched
        .iter()
        .map(|url| url.strip_prefix("content/").unwrap_or(url).to_owned());
    std::iter::once(crate::content::GLOSSARY.to_owned())
        .chain(from_content)
        .collect()
}

/// Checks a whole course while it is written: `files` maps paths relative to the content
/// folder (`course.toml`, `modules/03-phishing/ar.md`) to their text.
pub fn check_course(files: &BTreeMap<String, String>) -> Report {
    check_course_for(files, Purpose::Writing)
}

/// Checks a whole course for `purpose` (see [`check_course`]).
pub fn check_course_for(files: &BTreeMap<String, String>, purpose: Purpose) -> Report {
    let mut diagnostics = Vec::new();
    let glossary = glossary::load_glossary(files, &mut diagnostics).unwrap_or_default();
    if let Some(modules) = load::load_course(files, &mut diagnostics) {
        diagnostics.extend(glossary::check_map_words(&glossary, files));
        for module in &modules {
            diagnostics.extend(module.texts.iter().flat_map(|t| t.diagnostics.clone()));
            diagnostics.extend(parity::compare_locales(module));
            diagnostics.extend(item_writing::check_items(module, files));
            diagnostics.extend(glossary::check_words(&glossary, module, files));
            diagnostics.extend(trainer_notes::check_nested(module, files));
        }
    }
    Report::from_diagnostics(diagnostics, purpose)
}
