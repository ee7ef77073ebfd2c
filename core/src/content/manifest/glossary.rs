//! `content/glossary.toml`: for each concept of the course, the word to use in each language
//! and the words to avoid, read by our own TOML reader.
//!
//! Each table is a concept (`[module]`); in it `avoid`, `plural` and `noun` are tables by
//! language, `note` is text, and every other key is a language whose value is the word to use.

use std::collections::BTreeMap;

use crate::content::manifest::toml::fields::{read_toml, FromToml};
use crate::content::manifest::toml::{Kind, Problem, Value};
use crate::content::model::Diagnostic;
use crate::content::report::locator::Locator;

/// The glossary's path in the content folder.
pub const GLOSSARY: &str = "glossary.toml";

/// The course glossary: one word per concept in each language.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Glossary {
    /// The concepts, in the order the file gives them.
    pub concepts: Vec<Concept>,
}

/// One concept and its words.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Concept {
    /// The table's name (`module`).
    pub id: String,
    /// The word to use, by language (`ar` → «الوحدة»).
    pub word: BTreeMap<String, String>,
    /// Its plural, by language, when the file gives one.
    pub plural: BTreeMap<String, String>,
    /// For a verb, the noun of the action, by language.
    pub noun: BTreeMap<String, String>,
    /// Words not to use for this concept, by language.
    pub avoid: BTreeMap<String, Vec<String>>,
}

impl Concept {
    /// Every word this concept uses in `language`: the word, its plural and its noun, each
    /// alternative of a pair («المنشّط، المنشّطة») apart.
    pub fn terms<'c>(&'c self, language: &'c str) -> impl Iterator<Item = &'c str> + 'c {
        [&self.word, &self.plural, &self.noun]
            .into_iter()
            .filter_map(move |forms| forms.get(language))
            .flat_map(|term| term.split([',', '،']))
            .map(str::trim)
            .filter(|term| !term.is_empty())
    }
}

/// Parses `glossary.toml`; every problem is returned, each at its `file:line:col`.
pub fn parse_glossary(file: &str, text: &str) -> Result<Glossary, Vec<Diagnostic>> {
    let locator = Locator::new(file, text);
    read_toml(text).map_err(|problems| {
        problems
            .into_iter()
            .map(|problem| locator.error(problem.at, format!("{GLOSSARY}: {}", problem.message)))
            .collect()
    })
}

impl FromToml for Glossary {
    fn read(value: &Value, problems: &mut Vec<Problem>) -> Option<Self> {
        let Kind::Table(entries) = &value.kind else {
            return None;
        };
        let before = problems.len();
        let mut concepts = Vec::with_capacity(entries.len());
        for entry in entries {
            if !matches!(entry.value.kind, Kind::Table(_)) {
                problems.push(Problem::new(
                    entry.key_at,
                    format!(
                        "`{}` is not in a concept: write each concept as a table, `[concept]`, \
                         with its words under it",
                        entry.key
                    ),
                ));
                continue;
            }
            if let Some(concept) = Concept::read(&entry.value, problems) {
                concepts.push(Concept {
                    id: entry.key.clone(),
                    ..concept
                });
            }
        }
        (problems.len() == before).then_some(Self { concepts })
    }
}

impl FromToml for Concept {
    fn read(value: &Value, problems: &mut Vec<Problem>) -> Option<Self> {
        let Kind::Table(entries) = &value.kind else {
            return None;
        };
        let before = problems.len();
        let mut concept = Concept::default();
        for entry in entries {
            let value = &entry.value;
            match entry.key.as_str() {
                "note" => drop(String::read(value, problems)),
                "avoid" => concept.avoid = FromToml::read(value, problems).unwrap_or_default(),
                "plural" => concept.plural = FromToml::read(value, problems).unwrap_or_default(),
                "noun" => concept.noun = FromToml::read(value, problems).unwrap_or_default(),
                language => {
                    if let Some(word) = String::read(value, problems) {
                        concept.word.insert(language.to_string(), word);
                    }
                }
            }
        }
        (problems.len() == before).then_some(concept)
    }
}

#[cfg(test)]
mod tests {
    use super::parse_glossary;

    #[test]
    fn a_concept_gives_its_words_and_the_words_to_avoid_by_language() {
        let glossary = parse_glossary(
            "glossary.toml",
            "# words\n[animateur]\nfr = \"animateur·rice\"\nar = \"المنشّط، المنشّطة\"\n\
             plural = { fr = \"animateur·rices\" }\navoid = { ar = [\"المؤطر\"] }\nnote = \"n\"\n",
        )
        .unwrap();
        let concept = &glossary.concepts[0];
        assert_eq!(concept.id, "animateur");
        assert_eq!(concept.avoid["ar"], ["المؤطر"]);
        assert_eq!(
            concept.terms("ar").collect::<Vec<_>>(),
            ["المنشّط", "المنشّطة"]
        );
        assert_eq!(
            concept.terms("fr").collect::<Vec<_>>(),
            ["animateur·rice", "animateur·rices"]
        );
    }

    #[test]
    fn a_malformed_glossary_is_an_error_where_it_goes_wrong() {
        let shown = |text: &str| -> Vec<String> {
            parse_glossary("glossary.toml", text)
                .unwrap_err()
                .iter()
                .map(ToString::to_string)
                .collect()
        };
        assert_eq!(
            shown("[module]\nfr = \"module\nar = \"الوحدة\"\n"),
            [
                "glossary.toml:2:6: error: glossary.toml: this string is never closed: add `\"` at \
                 its end"
            ]
        );
        assert_eq!(
            shown("[module]\navoid = { ar = \"الدرس\" }\n"),
            [
                "glossary.toml:2:16: error: glossary.toml: invalid type: string \"الدرس\", \
              expected a sequence"
            ]
        );
        assert_eq!(
            shown("fr = \"module\"\n"),
            [
                "glossary.toml:1:1: error: glossary.toml: `fr` is not in a concept: write each \
              concept as a table, `[concept]`, with its words under it"
            ]
        );
    }
}
