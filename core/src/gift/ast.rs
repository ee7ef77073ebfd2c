//! The small GIFT syntax tree: what a question bank says, before any mapping to Amane.

use super::source::Pos;

/// One item of a GIFT file.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// A `$CATEGORY:` line (Moodle's question-bank folder).
    Category {
        /// Where it was written.
        pos: Pos,
        /// The category path as written.
        path: String,
    },
    /// A question.
    Question(Question),
}

/// How a piece of text is to be read (`[moodle]`, `[html]`, `[plain]`, `[markdown]`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    /// Moodle's default: HTML allowed, line breaks kept.
    #[default]
    Moodle,
    /// HTML.
    Html,
    /// Plain text: nothing is markup.
    Plain,
    /// Markdown.
    Markdown,
}

/// A piece of text with its format, escapes already resolved.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    /// How to read it.
    pub format: Format,
    /// The text, trimmed.
    pub body: String,
}

/// One GIFT question.
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    /// Where the question starts.
    pub pos: Pos,
    /// The `::title::`, if any.
    pub title: Option<String>,
    /// Format of the question text.
    pub format: Format,
    /// Question text before the answers.
    pub before: String,
    /// Question text after the answers (non-empty for missing-word questions).
    pub after: String,
    /// The answers.
    pub answers: Answers,
    /// The `####` general feedback.
    pub general_feedback: Option<Text>,
}

/// What a question's braces hold.
#[derive(Clone, Debug, PartialEq)]
pub enum Answers {
    /// No braces at all: a description.
    Description,
    /// Empty braces `{}`: an essay.
    Essay,
    /// `{#…}`: a numerical answer.
    Numerical,
    /// `{T}`, `{FALSE#…#…}`.
    TrueFalse {
        /// The right answer.
        answer: bool,
        /// Feedback shown when the learner answers wrongly.
        if_wrong: Option<Text>,
        /// Feedback shown when the learner answers rightly.
        if_right: Option<Text>,
    },
    /// `~`/`=` options.
    Choices(Vec<Answer>),
    /// Only `=` answers to type in.
    ShortAnswer(Vec<Answer>),
    /// `=left -> right` pairs.
    Matching(Vec<Pair>),
}

/// One `=`/`~` answer.
#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    /// Where its `=` or `~` is.
    pub pos: Pos,
    /// Written with `=` (full credit unless weighted).
    pub marked_right: bool,
    /// The `%…%` weight in percent, if written.
    pub weight: Option<f64>,
    /// Option text.
    pub text: Text,
    /// The `#` feedback.
    pub feedback: Option<Text>,
}

impl Answer {
    /// Credit in percent: the written weight, else 100 for `=` and 0 for `~`.
    pub fn credit(&self) -> f64 {
        match self.weight {
            Some(weight) => weight,
            None if self.marked_right => 100.0,
            None => 0.0,
        }
    }
}

/// One `=left -> right` matching pair.
#[derive(Clone, Debug, PartialEq)]
pub struct Pair {
    /// Where its `=` is.
    pub pos: Pos,
    /// Left-hand side (empty for an extra right-hand side that matches nothing).
    pub left: Text,
    /// Right-hand side.
    pub right: Text,
    /// True when a `#` feedback or `%…%` weight was written (Amane keeps neither).
    pub has_extras: bool,
}
