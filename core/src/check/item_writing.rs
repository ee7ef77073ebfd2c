//! Questions that test what learners know, not how well they guess (the usual guidelines for
//! writing multiple-choice items):
//!
//! - In a question set, the right answer should not be the longest option most of the time:
//!   a warning at the set when, in more than half of its `.single` questions and at least
//!   three of them, the correct option's text is strictly the longest.
//! - No option "all of the above" or "none of the above" (in any of the course's languages,
//!   ignoring case, spaces and final punctuation): a warning at the option.

use std::collections::BTreeMap;

use crate::content::{
    Anchor, Block, Choice, Diagnostic, ParsedModule, Position, QuestionKind, QuestionSet, Severity,
};

use super::load::LoadedModule;

/// "All of the above" and "none of the above", normalised (see [`normalised`]).
const ALL_OR_NONE: [&str; 11] = [
    "toutes les réponses",
    "toutes les réponses ci-dessus",
    "aucune des réponses",
    "aucune des réponses ci-dessus",
    "tous les choix ci-dessus",
    "كل ما سبق",
    "لا شيء مما سبق",
    "جميع ما سبق",
    "حتى وحدة",
    "all of the above",
    "none of the above",
];

/// Fewest `.single` questions with the longest right answer that make a set guessable.
const FEWEST_LONGEST: usize = 3;

/// The item-writing warnings of every text of `module`.
pub(crate) fn check_items(
    module: &LoadedModule,
    files: &BTreeMap<String, String>,
) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    for parsed in &module.texts {
        let path = module.path(&parsed.module.locale);
        let lines: Vec<&str> = files
            .get(&path)
            .map_or(Vec::new(), |text| text.lines().collect());
        let warn = |at: Position, message: String| Diagnostic {
            file: path.clone(),
            line: at.line,
            col: at.col,
            severity: Severity::Warning,
            message,
        };
        for set in question_sets(parsed) {
            if let Some(message) = longest_right_answers(set) {
                warnings.push(warn(
                    position(parsed, Anchor::Block(set.id.clone())),
                    message,
                ));
            }
            for question in &set.questions {
                let heading = position(
                    parsed,
                    Anchor::Question(set.id.clone(), question.id.clone()),
                );
                for (index, choice) in choices(&question.kind).iter().enumerate() {
                    let text = choice.text.to_plain_text();
                    if ALL_OR_NONE.contains(&normalised(&text).as_str()) {
                        warnings.push(warn(
                            option_position(&lines, heading, index),
                            format!(
                                "question `{}`: «{text}» is an \"all of the above\" or \"none of \
                                 the above\" option: learners answer it by elimination, not by \
                                 knowing; write one more real option instead",
                                question.id
                            ),
                        ));
                    }
                }
            }
        }
    }
    warnings
}

/// The question sets of a module text.
fn question_sets(parsed: &ParsedModule) -> impl Iterator<Item = &QuestionSet> {
    parsed
        .module
        .steps
        .iter()
        .flat_map(|step| &step.blocks)
        .filter_map(|block| match block {
            Block::Quiz(set) => Some(set),
            _ => None,
        })
}

/// The options of a question that has options to pick.
fn choices(kind: &QuestionKind) -> &[Choice] {
    match kind {
        QuestionKind::Single(choices) | QuestionKind::Multiple(choices) => choices,
        _ => &[],
    }
}

/// The warning for a set whose right answers are mostly the longest option, if it is one.
fn longest_right_answers(set: &QuestionSet) -> Option<String> {
    let singles: Vec<&[Choice]> = set
        .questions
        .iter()
        .filter_map(|question| match &question.kind {
            QuestionKind::Single(choices) => Some(choices.as_slice()),
            _ => None,
        })
        .collect();
    let longest = singles
        .iter()
        .filter(|choices| right_is_longest(choices))
        .count();
    (longest >= FEWEST_LONGEST && 2 * longest > singles.len()).then(|| {
        format!(
            "quiz `{}`: the right answer is the longest option in {longest} of {} single-answer \
             questions: learners can guess it; make a wrong option as long, or the right one \
             shorter",
            set.id,
            singles.len()
        )
    })
}

/// Whether the correct option's text is longer than every other option's.
fn right_is_longest(choices: &[Choice]) -> bool {
    let length = |choice: &Choice| choice.text.to_plain_text().chars().count();
    let Some(right) = choices.iter().find(|choice| choice.correct) else {
        return false;
    };
    choices
        .iter()
        .filter(|choice| !choice.correct)
        .all(|wrong| length(wrong) < length(right))
}

/// Lowercase, one space between words, no final punctuation or Arabic vowel marks.
fn normalised(text: &str) -> String {
    let words: Vec<String> = text
        .split_whitespace()
        .map(|word| {
            word.chars()
                .filter(|c| !('\u{064B}'..='\u{0652}').contains(c))
                .collect()
        })
        .collect();
    words
        .join(" ")
        .to_lowercase()
        .trim_end_matches(|c: char| c.is_ascii_punctuation() || "…؟،؛».".contains(c))
        .trim_start_matches(|c: char| "«\"".contains(c))
        .trim()
        .to_string()
}

/// Where an id of the module sits (the top of the file if the parser did not record it).
fn position(parsed: &ParsedModule, anchor: Anchor) -> Position {
    parsed
        .locations
        .get(&anchor)
        .copied()
        .unwrap_or(Position { line: 1, col: 1 })
}

/// Where option `index` (from 0) of the question whose heading is at `heading` starts: the
/// `index`-th list item with a checkbox below the heading, or the heading itself.
fn option_position(lines: &[&str], heading: Position, index: usize) -> Position {
    let below = lines.iter().enumerate().skip(heading.line as usize);
    below
        .take_while(|(_, line)| {
            !line.trim_start().starts_with("###") && !line.trim_start().starts_with("```")
        })
        .filter(|(_, line)| {
            let item = line.trim_start();
            ["- [", "* [", "+ ["]
                .iter()
                .any(|marker| item.starts_with(marker))
        })
        .nth(index)
        .map_or(heading, |(at, line)| Position {
            line: u32::try_from(at + 1).unwrap_or(u32::MAX),
            col: u32::try_from(line.chars().take_while(|c| c.is_whitespace()).count() + 1)
                .unwrap_or(u32::MAX),
        })
}

#[cfg(test)]
mod tests;
