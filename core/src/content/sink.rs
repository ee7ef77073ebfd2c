//! Where a module parse puts its diagnostics and the positions of what it found.

use super::model::Diagnostic;
use super::module::{Anchor, Position};
use super::position::Locator;
use std::collections::HashMap;

/// Collects the diagnostics and positions of one module file.
pub(crate) struct Sink<'l> {
    /// Locates offsets of the module file.
    pub locator: &'l Locator<'l>,
    /// Everything found so far.
    pub diagnostics: Vec<Diagnostic>,
    /// Where each id was found.
    pub locations: HashMap<Anchor, Position>,
}

impl<'l> Sink<'l> {
    /// An empty sink for one file.
    pub(crate) fn new(locator: &'l Locator<'l>) -> Self {
        Self {
            locator,
            diagnostics: Vec::new(),
            locations: HashMap::new(),
        }
    }

    /// Records an error at `offset` of the module file.
    pub(crate) fn error(&mut self, offset: usize, message: impl Into<String>) {
        self.diagnostics.push(self.locator.error(offset, message));
    }

    /// Records where `anchor` starts.
    pub(crate) fn locate(&mut self, anchor: Anchor, offset: usize) {
        let (line, col) = self.locator.line_col(offset);
        self.locations.insert(anchor, Position { line, col });
    }

    /// Whether `anchor` was already found (a duplicate id).
    pub(crate) fn is_located(&self, anchor: &Anchor) -> bool {
        self.locations.contains_key(anchor)
    }

    /// A mark to find the diagnostics added after it with [`Sink::first_error_since`].
    pub(crate) fn mark(&self) -> usize {
        self.diagnostics.len()
    }

    /// The first error added since `mark`, if any.
    pub(crate) fn first_error_since(&self, mark: usize) -> Option<Diagnostic> {
        self.diagnostics[mark..]
            .iter()
            .find(|d| d.severity == super::model::Severity::Error)
            .cloned()
    }
}
