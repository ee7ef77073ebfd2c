//! What the importer tells the author: errors, skipped questions, approximations.

use super::source::Pos;

/// Kinds of message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MessageKind {
    /// The GIFT text is malformed: that question is not imported.
    Error,
    /// A well-formed question that Amane has no type for: not imported.
    Skipped,
    /// Imported, but something Moodle did is not kept exactly.
    Approximated,
}

/// One message, located in the GIFT file.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    /// Where it applies.
    pub pos: Pos,
    /// Error, skipped or approximated.
    pub kind: MessageKind,
    /// What happened and what to do, for an author.
    pub text: String,
}

impl Message {
    /// A message of the given kind.
    pub fn new(pos: Pos, kind: MessageKind, text: impl Into<String>) -> Self {
        Self {
            pos,
            kind,
            text: text.into(),
        }
    }

    /// An error message.
    pub fn error(pos: Pos, text: impl Into<String>) -> Self {
        Self::new(pos, MessageKind::Error, text)
    }

    /// `file:line:col: kind: text`, as printed on standard error.
    pub fn located(&self, file: &str) -> String {
        let kind = match self.kind {
            MessageKind::Error => "error",
            MessageKind::Skipped => "skipped",
            MessageKind::Approximated => "approximated",
        };
        format!(
            "{file}:{}:{}: {kind}: {}",
            self.pos.line, self.pos.col, self.text
        )
    }
}
