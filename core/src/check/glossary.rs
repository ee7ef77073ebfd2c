//! One word per concept: the words `content/glossary.toml` tells writers to avoid, found in
//! what learners read (modules and help page) and in the interface's messages.
//!
//! The rule: a word is avoided where the text has it as a whole word (so «المدرسة» is not
//! «درس»), in any case, or in Arabic with a one-letter proclitic (و ف ب ل ك: «ودرس») or, for a
//! word with the article, with the article joined to its preposition («فالدرس», «للدروس»). An
//! avoided phrase («التحرش الإلكتروني») is its words in a row, the first one with these
//! prefixes. Where the avoided word is part of a word the glossary gives for another concept
//! («التحرش» in «التحرش الجنسي»), it is the right word and nothing is found.

use std::collections::BTreeMap;

use crate::content::position::Locator;
use crate::content::{parse_glossary, Concept, Diagnostic, Glossary, GLOSSARY};

use super::load::LoadedModule;
use super::read_text::read_text;

/// An avoided word found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AvoidedWord<'g> {
    /// Byte offset in the text where it starts.
    pub at: usize,
    /// The text's word as written there («للدروس»).
    pub found: String,
    /// The glossary's avoided word it is a form of («الدروس»).
    pub avoided: &'g str,
    /// The concept it is avoided for.
    pub concept: &'g Concept,
}

impl AvoidedWord<'_> {
    /// What to tell a writer: the concept and the word to use instead, in `language`.
    pub fn message(&self, language: &str) -> String {
        let concept = self.concept;
        let mut message = format!("«{}» is avoided for \"{}\"", self.found, concept.id);
        if let Some(word) = concept.word.get(language) {
            message.push_str(&format!(": write «{word}»"));
            if let Some(plural) = concept.plural.get(language) {
                message.push_str(&format!(" (plural «{plural}»)"));
            }
        }
        message.push_str(&format!(" ({GLOSSARY})"));
        message
    }
}

/// Every avoided word of `language` in `text`, in text order.
pub fn avoided_words<'g>(
    glossary: &'g Glossary,
    language: &str,
    text: &str,
) -> Vec<AvoidedWord<'g>> {
    let words = words(text);
    let mut right = vec![false; words.len()];
    for concept in &glossary.concepts {
        for term in concept.terms(language) {
            let term = phrase(term);
            for start in 0..words.len() {
                if matches_at(&words, start, &term) {
                    right[start..start + term.len()].fill(true);
                }
            }
        }
    }
    let mut found = Vec::new();
    for concept in &glossary.concepts {
        for avoided in concept.avoid.get(language).into_iter().flatten() {
            let phrase = phrase(avoided);
            for start in 0..words.len() {
                let span = start..start + phrase.len();
                if matches_at(&words, start, &phrase) && !right[span.clone()].iter().all(|r| *r) {
                    let end = words[span.end - 1].0 + words[span.end - 1].1.len();
                    found.push(AvoidedWord {
                        at: words[start].0,
                        found: text[words[start].0..end].to_string(),
                        avoided,
                        concept,
                    });
                }
            }
        }
    }
    found.sort_by_key(|word| (word.at, std::cmp::Reverse(word.found.len())));
    // An avoided phrase and its first word found at one place: the longer says more.
    found.dedup_by(|later, kept| later.at == kept.at && later.concept == kept.concept);
    found
}

/// The glossary of the content folder, when it has one; a glossary that cannot be read is
/// an error in `diagnostics` (and no word is checked).
pub(crate) fn load_glossary(
    files: &BTreeMap<String, String>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Glossary> {
    parse_glossary(GLOSSARY, files.get(GLOSSARY)?)
        .map_err(|errors| diagnostics.extend(errors))
        .ok()
}

/// A warning at each avoided word in what learners read of `module`, in every language.
pub(crate) fn check_words(
    glossary: &Glossary,
    module: &LoadedModule,
    files: &BTreeMap<String, String>,
) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    for parsed in &module.texts {
        let language = parsed.module.locale.as_str();
        let path = module.path(language);
        let Some(text) = files.get(&path) else {
            continue;
        };
        let locator = Locator::new(&path, text);
        for word in avoided_words(glossary, language, &read_text(text)) {
            warnings.push(locator.warning(word.at, word.message(language)));
        }
    }
    warnings
}

/// Warnings for avoided words in the titles and summaries of the course map files
/// (`map/<locale>.toml`), where they are.
pub(crate) fn check_map_words(
    glossary: &Glossary,
    files: &BTreeMap<String, String>,
) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    for (path, text) in files {
        let Some(language) = path
            .strip_prefix("map/")
            .and_then(|file| file.strip_suffix(".toml"))
        else {
            continue;
        };
        let locator = Locator::new(path, text);
        for word in avoided_words(glossary, language, &shown_map_text(text)) {
            warnings.push(locator.warning(word.at, word.message(language)));
        }
    }
    warnings
}

/// A map file with everything but the values of `title` and `summary` (what learners read)
/// blanked, each character at the same offset.
fn shown_map_text(text: &str) -> String {
    let blank = |part: &str| -> String {
        part.bytes()
            .map(|b| if b == b'\n' { '\n' } else { ' ' })
            .collect()
    };
    text.split_inclusive('\n')
        .map(|line| {
            let key = line.split('=').next().unwrap_or("").trim();
            match line.find('=') {
                Some(eq) if key == "title" || key == "summary" => {
                    blank(&line[..=eq]) + &line[eq + 1..]
                }
                _ => blank(line),
            }
        })
        .collect()
}

/// The words of `text` and where each starts: letters and digits (with `·` and `-` inside a
/// word), lowercased. Apostrophes separate words (« l'animateur »).
fn words(text: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    let mut start = None;
    for (at, c) in text.char_indices().chain([(text.len(), ' ')]) {
        let in_word = c.is_alphanumeric() || "·-".contains(c);
        match (start, in_word) {
            (None, true) => start = Some(at),
            (Some(from), false) => {
                found.push((from, text[from..at].to_lowercase()));
                start = None;
            }
            _ => {}
        }
    }
    found
}

/// The words of a glossary entry.
fn phrase(entry: &str) -> Vec<String> {
    words(entry).into_iter().map(|(_, word)| word).collect()
}

/// Whether the words of `text` from `start` are `phrase`, the first one maybe with a prefix.
fn matches_at(text: &[(usize, String)], start: usize, phrase: &[String]) -> bool {
    let Some((first, rest)) = phrase.split_first() else {
        return false;
    };
    text.len() >= start + phrase.len()
        && is_form_of(&text[start].1, first)
        && rest
            .iter()
            .zip(&text[start + 1..])
            .all(|(want, (_, word))| word == want)
}

/// Whether `word` is `avoided`, alone or with a one-letter Arabic proclitic (و ف ب ل ك), or,
/// for a word with the article, with the article joined to its preposition («فالدرس»).
fn is_form_of(word: &str, avoided: &str) -> bool {
    if word == avoided {
        return true;
    }
    let with_proclitic = ["و", "ف", "ب", "ل", "ك"]
        .iter()
        .any(|p| word.strip_prefix(p) == Some(avoided));
    let with_article = avoided.strip_prefix("ال").is_some_and(|bare| {
        ["فال", "بال", "لل", "وال", "كال"]
            .iter()
            .any(|p| word.strip_prefix(p) == Some(bare))
    });
    with_proclitic || with_article
}

#[cfg(test)]
mod tests;
