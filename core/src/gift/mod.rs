//! Import of Moodle GIFT question banks into module Markdown (docs/GIFT.md).
//!
//! [`import_gift`] reads a whole file: every question Amane has a type for becomes a question
//! of one ```` ```quiz ```` block; every other question is reported as skipped with its reason,
//! every malformed one as an error with its position, and the rest is still converted.

mod ast;
pub mod cli;
mod emit;
mod html;
mod map;
mod parse;
pub mod readback;
pub mod report;
mod slug;
pub mod source;
mod text;

#[cfg(test)]
mod tests;

use ast::Item;
use emit::Entry;
pub use report::{Message, MessageKind};

/// Choices for one import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportOptions {
    /// Id of the quiz block written (`quiz <set_id>`).
    pub set_id: String,
    /// Locale of the module (`fr`, `ar`, `ary`): the language of true/false labels.
    pub locale: String,
}

/// The result of importing a GIFT file.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    /// The quiz block, or `None` when no question could be imported.
    pub markdown: Option<String>,
    /// Errors, skipped questions and approximations, in file order.
    pub messages: Vec<Message>,
    /// Number of questions written to the quiz block.
    pub imported: usize,
}

impl Imported {
    /// Number of messages of a kind.
    pub fn count(&self, kind: MessageKind) -> usize {
        self.messages.iter().filter(|m| m.kind == kind).count()
    }

    /// The last line printed: counts of imported, skipped and errors.
    pub fn summary(&self, file: &str) -> String {
        let approximated: std::collections::BTreeSet<_> = self
            .messages
            .iter()
            .filter(|m| m.kind == MessageKind::Approximated)
            .map(|m| m.pos)
            .collect();
        format!(
            "{file}: {} imported ({} approximated), {} skipped, {}",
            self.imported,
            approximated.len(),
            self.count(MessageKind::Skipped),
            match self.count(MessageKind::Error) {
                1 => "1 error".to_string(),
                n => format!("{n} errors"),
            }
        )
    }
}

/// Imports the GIFT text of `file` (the name is only used in the block's first comment).
pub fn import_gift(file: &str, text: &str, options: &ImportOptions) -> Imported {
    let mut entries = vec![Entry::Comment(format!("Imported from {file}"))];
    let mut messages = Vec::new();
    let mut imported = 0;
    for chunk in source::chunks(text) {
        let parsed = parse::parse_chunk(&chunk);
        messages.extend(parsed.errors);
        for item in parsed.items {
            match item {
                Item::Category { path, .. } => {
                    entries.push(Entry::Comment(format!("Moodle category: {path}")));
                }
                Item::Question(question) => match map::map_question(&question, &options.locale) {
                    Ok(planned) => {
                        messages.extend(planned.notes.iter().map(|note| {
                            Message::new(question.pos, MessageKind::Approximated, note.clone())
                        }));
                        imported += 1;
                        entries.push(Entry::Question(planned));
                    }
                    Err(message) => messages.push(message),
                },
            }
        }
    }
    messages.sort_by_key(|m| m.pos);
    let markdown = (imported > 0).then(|| emit::quiz_block(&options.set_id, &entries));
    Imported {
        markdown,
        messages,
        imported,
    }
}
