//! What a module parse found: its diagnostics, and the position of every id.

use crate::content::model::Diagnostic;
use crate::content::report::anchors::{Anchor, Position};
use crate::content::report::locator::Locator;
use std::collections::HashMap;

/// Collects the diagnostics and positions of one module file.
pub(crate) struct Findings<'l> {
    /// Locates offsets of the module file.
    pub locator: &'l Locator<'l>,
    /// Everything found so far.
    pub diagnostics: Vec<Diagnostic>,
    /// Errors that leave the block they are in shown (a citation of no source).
    pub notes: Vec<Diagnostic>,
    /// Where each id was found.
    pub locations: HashMap<Anchor, Position>,
}

impl<'l> Findings<'l> {
    /// An empty findings for one file.
    pub(crate) fn new(locator: &'l Locator<'l>) -> Self {
        Self {
            locator,
            diagnostics: Vec::new(),
            notes: Vec::new(),
            // Modules have about one id per 300 bytes: reserving avoids rehashing as it grows.
            locations: HashMap::with_capacity(locator.len() / 200),
        }
    }

    /// Records an error at `offset` of the module file.
    pub(crate) fn error(&mut self, offset: usize, message: impl Into<String>) {
        self.diagnostics.push(self.locator.error(offset, message));
    }

    /// Records an error at `offset` that does not make its block invalid.
    pub(crate) fn note(&mut self, offset: usize, message: impl Into<String>) {
        self.notes.push(self.locator.error(offset, message));
    }

    /// Records a warning at `offset`: the author should look at it, the module still works.
    pub(crate) fn warning(&mut self, offset: usize, message: impl Into<String>) {
        self.notes.push(self.locator.warning(offset, message));
    }

    /// Records where `anchor` starts; false when it was already found (a duplicate id, whose
    /// last place is kept).
    pub(crate) fn locate(&mut self, anchor: Anchor, offset: usize) -> bool {
        let (line, col) = self.locator.line_col(offset);
        self.locations
            .insert(anchor, Position { line, col })
            .is_none()
    }

    /// A mark to find the diagnostics added after it with [`Findings::first_error_since`].
    pub(crate) fn mark(&self) -> usize {
        self.diagnostics.len()
    }

    /// Forgets the diagnostics added since `mark`, and every note and position.
    pub(crate) fn rewind(&mut self, mark: usize) {
        self.diagnostics.truncate(mark);
        self.notes.clear();
        self.locations.clear();
    }

    /// The first error added since `mark`, if any.
    pub(crate) fn first_error_since(&self, mark: usize) -> Option<Diagnostic> {
        self.diagnostics[mark..]
            .iter()
            .find(|d| d.severity == crate::content::model::Severity::Error)
            .cloned()
    }
}
