//! Writing mapped questions as a ```` ```quiz <id> ```` block in Amane's module Markdown
//! (content/AUTHORING.md). The GIFT title and notes for the author are Markdown comment
//! lines (`[//]: # "…"`) under the question: kept in the file, never shown to learners.

use super::map::{Planned, PlannedKind, PlannedOption};
use super::slug::Ids;
use super::text::{to_markdown, Flow, Inline};

/// What goes into the quiz block, in order.
#[derive(Clone, Debug, PartialEq)]
pub enum Entry {
    /// A comment line for the author.
    Comment(String),
    /// A question.
    Question(Planned),
}

/// Points given to every imported question (Moodle's default mark is 1).
const POINTS: u32 = 1;

/// The whole fenced block, ending with a newline.
pub fn quiz_block(set_id: &str, entries: &[Entry]) -> String {
    let mut out = format!("```quiz {set_id}\n");
    let mut ids = Ids::default();
    let mut position = 0;
    for entry in entries {
        match entry {
            Entry::Comment(text) => push_comment(&mut out, text),
            Entry::Question(question) => {
                position += 1;
                let id = ids.assign(question.title.as_deref(), position);
                push_question(&mut out, question, &id);
            }
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out.push_str("```\n");
    out
}

/// A comment line: a Markdown link reference definition, which renders as nothing.
fn push_comment(out: &mut String, text: &str) {
    let escaped: String = text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('\\', "\\\\")
        .replace('"', "\\\"");
    out.push_str(&format!("[//]: # \"{escaped}\"\n\n"));
}

fn push_question(out: &mut String, question: &Planned, id: &str) {
    let type_name = match question.kind {
        PlannedKind::Single(_) => "single",
        PlannedKind::Multiple(_) => "multiple",
        PlannedKind::TrueFalse(_) => "true-false",
        PlannedKind::Matching(_) => "match",
    };
    let prompt = to_markdown(&question.prompt, Flow::Line);
    out.push_str(&format!(
        "### {prompt} {{#{id} .{type_name} points={POINTS}}}\n\n"
    ));
    if let Some(title) = question.title.as_deref().filter(|t| !t.trim().is_empty()) {
        push_comment(out, &format!("Moodle title: {title}"));
    }
    for note in &question.notes {
        push_comment(out, note);
    }
    match &question.kind {
        PlannedKind::Single(options)
        | PlannedKind::Multiple(options)
        | PlannedKind::TrueFalse(options) => push_options(out, options),
        PlannedKind::Matching(pairs) => {
            for (left, right) in pairs {
                let left = to_markdown(left, Flow::Line);
                let right = to_markdown(right, Flow::Line);
                out.push_str(&format!("- {left} -> {right}\n"));
            }
        }
    }
    out.push('\n');
    if let Some(explanation) = &question.explanation {
        push_quote(out, explanation, "");
        out.push('\n');
    }
}

fn push_options(out: &mut String, options: &[PlannedOption]) {
    for option in options {
        let mark = if option.correct { 'x' } else { ' ' };
        let text = to_markdown(&option.text, Flow::Line);
        out.push_str(&format!("- [{mark}] {text}\n"));
        if let Some(feedback) = &option.feedback {
            push_quote(out, feedback, "  ");
        }
    }
}

/// A blockquote, each line prefixed by `indent` and `> `.
fn push_quote(out: &mut String, inlines: &[Inline], indent: &str) {
    let text = to_markdown(inlines, Flow::Block);
    if text.is_empty() {
        return;
    }
    for line in text.lines() {
        if line.is_empty() {
            out.push_str(&format!("{indent}>\n"));
        } else {
            out.push_str(&format!("{indent}> {line}\n"));
        }
    }
}
