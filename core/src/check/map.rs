//! The course map of each language (`map/<locale>.toml`) against the manifest: an entry for
//! every module that has a text in that language, none for a module the course does not
//! list, and the same minutes in every language.

use std::collections::BTreeMap;

use super::load::module_path;
use crate::content::position::Locator;
use crate::content::{map_path, parse_map, Course, Diagnostic, ParsedMap};

/// Every problem of the course's map files.
pub(crate) fn check_maps(course: &Course, files: &BTreeMap<String, String>) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    let mut reference: Option<(String, ParsedMap)> = None;
    for locale in course.languages.codes() {
        let path = map_path(locale);
        let texts: Vec<&String> = course
            .modules
            .iter()
            .filter(|module| files.contains_key(&module_path(module, locale)))
            .collect();
        let Some(text) = files.get(&path) else {
            if !texts.is_empty() {
                diagnostics.push(Locator::new(&path, "").error(
                    0,
                    format!(
                        "the course map has no `{locale}` file: create {path} with the title, \
                         summary and minutes of each module"
                    ),
                ));
            }
            continue;
        };
        let locator = Locator::new(&path, text);
        let parsed = parse_map(&path, text);
        diagnostics.extend(parsed.diagnostics.iter().cloned());
        for &module in &texts {
            if !parsed.offsets.contains_key(module) {
                diagnostics.push(locator.error(
                    text.len(),
                    format!(
                        "module `{module}` has no entry in the course map: add [{module}] with \
                         its title, summary and minutes"
                    ),
                ));
            }
        }
        for (id, &at) in &parsed.offsets {
            if !course.modules.contains(id) {
                diagnostics.push(locator.error(
                    at,
                    format!(
                        "[{id}] is not a module of course.toml: fix the id, or remove the entry"
                    ),
                ));
            } else if !texts.contains(&id) {
                diagnostics.push(locator.warning(
                    at,
                    format!(
                        "[{id}]: the module has no `{locale}` text: remove this entry until it \
                         is translated, so that the map shows the module in the language it \
                         opens in"
                    ),
                ));
            }
        }
        match &reference {
            Some((name, first)) => {
                diagnostics.extend(compare_minutes(first, name, &parsed, &locator));
            }
            None => reference = Some((path.clone(), parsed)),
        }
    }
    diagnostics
}

/// Warnings for entries whose minutes differ from the reference language's map.
fn compare_minutes(
    reference: &ParsedMap,
    reference_name: &str,
    translation: &ParsedMap,
    locator: &Locator<'_>,
) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    for (id, entry) in &translation.map.entries {
        let Some(theirs) = reference.map.entries.get(id) else {
            continue;
        };
        if theirs.minutes != entry.minutes {
            let at = translation.offsets.get(id).copied().unwrap_or(0);
            warnings.push(locator.warning(
                at,
                format!(
                    "[{id}]: `minutes` is {} here but {} in {reference_name}: the course map \
                     would show a different time per language",
                    entry.minutes, theirs.minutes
                ),
            ));
        }
    }
    warnings
}

#[cfg(test)]
mod tests {
    use crate::check::check_course;
    use std::collections::BTreeMap;

    const COURSE: &str = "id = \"c\"\nversion = \"1\"\nlanguages = [{ code = \"fr\", name = \"Français\", dir = \"ltr\", plural = \"fr\" }, { code = \"ar\", name = \"العربية\", dir = \"rtl\", plural = \"ar\", fallback = [\"fr\"] }]\n\
                          modules = [\"m1\", \"m2\"]\npass_mark = 70\n\
                          quick_exit_url = \"https://example.org\"\n\n\
                          [title]\nfr = \"Cours\"\nar = \"دورة\"\n";
    const MODULE: &str = "+++\nsources = []\n+++\n\n## Un {#un}\n\nTexte.\n";
    const FR: &str = "[m1]\ntitle = \"Un\"\nsummary = \"S\"\nminutes = 5\n\n\
                      [m2]\ntitle = \"Deux\"\nsummary = \"S\"\nminutes = 10\n";

    fn errors_and_warnings(fr: Option<&str>, ar: Option<&str>) -> (Vec<String>, Vec<String>) {
        let mut files = BTreeMap::from([("course.toml".to_string(), COURSE.to_string())]);
        for module in ["m1", "m2"] {
            for locale in ["fr", "ar"] {
                files.insert(format!("modules/{module}/{locale}.md"), MODULE.to_string());
            }
        }
        for (path, text) in [("map/fr.toml", fr), ("map/ar.toml", ar)] {
            if let Some(text) = text {
                files.insert(path.to_string(), text.to_string());
            }
        }
        let report = check_course(&files);
        let lines =
            |list: &[crate::content::Diagnostic]| list.iter().map(|d| d.to_string()).collect();
        (lines(&report.errors), lines(&report.warnings))
    }

    #[test]
    fn a_map_with_an_entry_for_every_module_in_each_language_is_clean() {
        assert_eq!(errors_and_warnings(Some(FR), Some(FR)), (vec![], vec![]));
    }

    #[test]
    fn a_missing_map_file_is_an_error_that_says_what_to_create() {
        let (errors, _) = errors_and_warnings(Some(FR), None);
        assert_eq!(
            errors,
            [
                "map/ar.toml:1:1: error: the course map has no `ar` file: create map/ar.toml with \
              the title, summary and minutes of each module"
            ]
        );
    }

    #[test]
    fn a_module_without_an_entry_and_an_entry_without_a_module_are_errors() {
        let ar = FR.replace("[m2]", "[m3]");
        let (errors, _) = errors_and_warnings(Some(FR), Some(&ar));
        assert_eq!(
            errors,
            [
                "map/ar.toml:6:2: error: [m3] is not a module of course.toml: fix the id, or \
                 remove the entry",
                "map/ar.toml:10:1: error: module `m2` has no entry in the course map: add [m2] \
                 with its title, summary and minutes",
            ]
        );
    }

    #[test]
    fn an_entry_for_a_module_not_yet_translated_is_a_warning() {
        let mut files = BTreeMap::from([("course.toml".to_string(), COURSE.to_string())]);
        for (path, text) in [
            ("modules/m1/fr.md", MODULE),
            ("modules/m1/ar.md", MODULE),
            ("modules/m2/fr.md", MODULE),
            ("map/fr.toml", FR),
            ("map/ar.toml", FR),
        ] {
            files.insert(path.to_string(), text.to_string());
        }
        let report = check_course(&files);
        assert!(report.errors.is_empty(), "{:?}", report.errors);
        let warnings: Vec<String> = report.warnings.iter().map(|d| d.to_string()).collect();
        assert!(
            warnings.contains(
                &"map/ar.toml:6:2: warning: [m2]: the module has no `ar` text: remove this entry \
                  until it is translated, so that the map shows the module in the language it \
                  opens in"
                    .to_string()
            ),
            "{warnings:?}"
        );
    }

    #[test]
    fn a_missing_field_is_an_error_at_its_entry() {
        let ar = FR.replace("title = \"Deux\"\n", "");
        let (errors, _) = errors_and_warnings(Some(FR), Some(&ar));
        assert_eq!(
            errors,
            ["map/ar.toml:6:1: error: map/ar.toml: [m2]: missing field `title`"]
        );
    }

    #[test]
    fn other_minutes_in_a_translation_are_a_warning_at_its_entry() {
        let ar = FR.replace("minutes = 10", "minutes = 12");
        let (errors, warnings) = errors_and_warnings(Some(FR), Some(&ar));
        assert_eq!(errors, Vec::<String>::new());
        assert_eq!(
            warnings,
            [
                "map/ar.toml:6:2: warning: [m2]: `minutes` is 12 here but 10 in map/fr.toml: the \
              course map would show a different time per language"
            ]
        );
    }
}
