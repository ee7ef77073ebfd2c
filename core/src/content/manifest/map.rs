//! The course map of one language, `content/map/<locale>.toml`: for each module, by id, the
//! title, summary and minutes the map shows. Authors edit it like the modules; the app reads
//! it at run time, so the map never needs the module files themselves.

use std::collections::BTreeMap;

use crate::content::manifest::toml::fields::{from_toml_table, FromToml, Spanned};
use crate::content::manifest::toml::{parse, Kind};
use crate::content::model::{CourseMap, Diagnostic, MapEntry};
use crate::content::report::locator::Locator;

/// Path of a language's map file in the content folder: `map/<locale>.toml`.
pub fn map_path(locale: &str) -> String {
    format!("map/{locale}.toml")
}

/// A map file as read: the entries that could be read, every problem, and where each entry
/// starts.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ParsedMap {
    /// The entries read without a problem.
    pub map: CourseMap,
    /// Errors, at their `file:line:col`.
    pub diagnostics: Vec<Diagnostic>,
    /// Byte offset of each entry's `[id]` header (also for entries that had a problem).
    pub(crate) offsets: BTreeMap<String, usize>,
}

struct RawEntry {
    title: String,
    summary: String,
    minutes: Spanned<u32>,
}

from_toml_table!(RawEntry {
    title: required,
    summary: required,
    minutes: required
});

/// Parses the map file `file`: one `[module-id]` table per module. An entry with a problem is
/// left out (the module then shows without its title) and the rest is kept.
pub fn parse_map(file: &str, text: &str) -> ParsedMap {
    let locator = Locator::new(file, text);
    let mut parsed = ParsedMap::default();
    let root = match parse(text) {
        Ok(root) => root,
        Err(problem) => {
            parsed.diagnostics.push(locator.error(
                problem.at,
                format!("{}: {}", file_name(file), problem.message),
            ));
            return parsed;
        }
    };
    let Kind::Table(entries) = &root.kind else {
        return parsed;
    };
    for entry in entries {
        parsed.offsets.insert(entry.key.clone(), entry.key_at);
        let mut problems = Vec::new();
        let read = RawEntry::read(&entry.value, &mut problems);
        for problem in problems {
            let at = if matches!(entry.value.kind, Kind::Table(_)) {
                problem.at
            } else {
                entry.key_at
            };
            parsed.diagnostics.push(locator.error(
                at,
                format!("{}: [{}]: {}", file_name(file), entry.key, problem.message),
            ));
        }
        if let Some(raw) = read {
            parsed.map.entries.insert(
                entry.key.clone(),
                MapEntry {
                    title: raw.title,
                    summary: raw.summary,
                    minutes: raw.minutes.value,
                },
            );
        }
    }
    parsed
}

/// How messages name the file: `map/fr.toml`.
fn file_name(file: &str) -> &str {
    file.rfind("map/").map_or(file, |at| &file[at..])
}

#[cfg(test)]
mod tests {
    use super::*;

    const FR: &str =
        "# Carte\n\n[01-intro]\ntitle = \"Intro\"\nsummary = \"Le début.\"\nminutes = 10\n\n\
                      [02-suite]\ntitle = \"Suite\"\nsummary = \"La suite.\"\nminutes = 5\n";

    #[test]
    fn each_table_is_a_module_with_its_title_summary_and_minutes() {
        let parsed = parse_map("map/fr.toml", FR);
        assert_eq!(parsed.diagnostics, []);
        let intro = &parsed.map.entries["01-intro"];
        assert_eq!(
            (intro.title.as_str(), intro.summary.as_str(), intro.minutes),
            ("Intro", "Le début.", 10)
        );
        assert_eq!(parsed.map.entries["02-suite"].minutes, 5);
    }

    #[test]
    fn a_broken_entry_is_reported_where_it_is_and_the_others_are_kept() {
        let text = FR.replace("minutes = 10", "minutes = \"10\"");
        let parsed = parse_map("content/map/fr.toml", &text);
        let shown: Vec<String> = parsed.diagnostics.iter().map(|d| d.to_string()).collect();
        assert_eq!(
            shown,
            ["content/map/fr.toml:6:11: error: map/fr.toml: [01-intro]: invalid type: string \"10\", expected u32"]
        );
        assert!(!parsed.map.entries.contains_key("01-intro"));
        assert!(parsed.map.entries.contains_key("02-suite"));
    }

    #[test]
    fn a_missing_or_unknown_field_is_named() {
        let text = FR.replace("summary = \"La suite.\"\n", "resume = \"La suite.\"\n");
        let parsed = parse_map("map/fr.toml", &text);
        let shown: Vec<String> = parsed
            .diagnostics
            .iter()
            .map(|d| d.message.clone())
            .collect();
        assert!(
            shown
                .iter()
                .any(|m| m.contains("[02-suite]: unknown field `resume`")),
            "{shown:?}"
        );
        assert!(
            shown
                .iter()
                .any(|m| m.contains("[02-suite]: missing field `summary`")),
            "{shown:?}"
        );
    }

    #[test]
    fn a_syntax_error_is_reported_at_its_place() {
        let parsed = parse_map("map/fr.toml", "[01-intro]\ntitle = Intro\n");
        assert_eq!(parsed.diagnostics.len(), 1);
        assert_eq!(
            (parsed.diagnostics[0].line, parsed.diagnostics[0].col),
            (2, 9)
        );
        assert!(parsed.map.entries.is_empty());
    }
}
