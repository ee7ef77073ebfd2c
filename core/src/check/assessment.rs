//! The final assessment against its settings: `course.toml`'s `[assessment]` table must have
//! an assessment to draw from (`assessment/<locale>.md`, checked like a module, parity
//! included), and its pools must hold what the settings draw. Problems with the settings are
//! reported at the `[assessment]` line; a question id in two pools, where it is written again.

use std::collections::BTreeMap;

use super::load::LoadedModule;
use crate::assessment::Bank;
use crate::content::position::{offset_of, Locator};
use crate::content::{Anchor, Block, Course, Diagnostic, Position};

/// The assessment's folder in the content folder: `assessment/<locale>.md`.
pub const ASSESSMENT_FOLDER: &str = "assessment";

/// The id the assessment file is parsed (and listed in SOURCES.md) under.
pub const ASSESSMENT_ID: &str = "assessment";

/// Every problem between `course`'s assessment settings (from `manifest`, the text of
/// course.toml) and the assessment file, if the content folder has one.
pub(crate) fn check_assessment(
    course: &Course,
    manifest: &str,
    assessment: Option<&LoadedModule>,
) -> Vec<Diagnostic> {
    let manifest_locator = Locator::new(super::MANIFEST, manifest);
    let table_at = offset_of(0, manifest, "[assessment]");
    match (&course.assessment, assessment) {
        (None, None) => Vec::new(),
        (None, Some(_)) => vec![Locator::new(ASSESSMENT_FOLDER, "").warning(
            0,
            "course.toml has no [assessment] table, so learners never see the assessment",
        )],
        (Some(_), None) => vec![manifest_locator.error(
            table_at,
            format!(
                "course.toml has an [assessment] table but no assessment to draw from: \
                 write {ASSESSMENT_FOLDER}/<locale>.md"
            ),
        )],
        (Some(settings), Some(loaded)) => {
            let Some(reference) = loaded.texts.first() else {
                return Vec::new();
            };
            let bank = Bank::from_module(&reference.module);
            let mut problems: Vec<Diagnostic> = settings
                .problems(&bank.pools)
                .into_iter()
                .map(|problem| manifest_locator.error(table_at, format!("[assessment]: {problem}")))
                .collect();
            for text in &loaded.texts {
                problems.extend(ids_in_two_pools(text));
            }
            problems
        }
    }
}

/// An error for each question id written again in another pool of one text.
fn ids_in_two_pools(text: &crate::content::ParsedModule) -> Vec<Diagnostic> {
    let mut first_pool: BTreeMap<&str, &str> = BTreeMap::new();
    let mut problems = Vec::new();
    let blocks = text.module.steps.iter().flat_map(|step| &step.blocks);
    for block in blocks {
        let Block::Quiz(set) = block else { continue };
        for question in &set.questions {
            match first_pool.get(question.id.as_str()) {
                Some(pool) if *pool != set.id => {
                    let anchor = Anchor::Question(set.id.clone(), question.id.clone());
                    let Position { line, col } = text
                        .locations
                        .get(&anchor)
                        .copied()
                        .unwrap_or(Position { line: 1, col: 1 });
                    problems.push(Diagnostic {
                        file: text_file(text),
                        line,
                        col,
                        severity: crate::content::Severity::Error,
                        message: format!(
                            "question `{}` is also in pool `{pool}`: an attempt names its \
                             questions by id, so each id must be used once in the assessment",
                            question.id
                        ),
                    });
                }
                _ => {
                    first_pool.insert(&question.id, &set.id);
                }
            }
        }
    }
    problems
}

/// The file a parsed assessment text came from.
fn text_file(text: &crate::content::ParsedModule) -> String {
    format!("{ASSESSMENT_FOLDER}/{}.md", text.module.locale)
}

#[cfg(test)]
mod tests {
    use crate::check::check_course;
    use std::collections::BTreeMap;

    const COURSE: &str = "id = \"c\"\nversion = \"1\"\nlanguages = [{ code = \"fr\", name = \"Français\", dir = \"ltr\", plural = \"fr\" }, { code = \"ar\", name = \"العربية\", dir = \"rtl\", plural = \"ar\", fallback = [\"fr\"] }]\nmodules = []\n\
        pass_mark = 70\nquick_exit_url = \"https://example.org\"\n\n\
        [title]\nfr = \"Cours\"\nar = \"دورة\"\n";
    const SETTINGS: &str = "\n[assessment]\npass_mark = 70\npools = { cas = 2 }\n";
    const BANK: &str =
        "+++\ntitle = \"Bilan\"\nsummary = \"S\"\nminutes = 5\nsources = []\n+++\n\n\
        ## Cas {#cas}\n\n```quiz cas\n### Un ? {#c1 .true-false}\n\n- [x] Vrai\n- [ ] Faux\n\n\
        ### Deux ? {#c2 .true-false}\n\n- [ ] Vrai\n- [x] Faux\n```\n";

    fn errors(files: &[(&str, &str)]) -> Vec<String> {
        let files: BTreeMap<String, String> = files
            .iter()
            .map(|(path, text)| (path.to_string(), text.to_string()))
            .collect();
        let report = check_course(&files);
        report
            .errors
            .iter()
            .chain(&report.warnings)
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn a_course_with_settings_and_both_texts_is_clean() {
        let course = format!("{COURSE}{SETTINGS}");
        let found = errors(&[
            ("course.toml", &course),
            ("assessment/fr.md", BANK),
            ("assessment/ar.md", BANK),
        ]);
        assert_eq!(found, Vec::<String>::new());
    }

    #[test]
    fn settings_that_ask_too_much_are_reported_at_the_assessment_table() {
        let course = format!(
            "{COURSE}{}",
            SETTINGS.replace("cas = 2", "cas = 3, droits = 1")
        );
        let found = errors(&[
            ("course.toml", &course),
            ("assessment/fr.md", BANK),
            ("assessment/ar.md", BANK),
        ]);
        assert_eq!(
            found,
            [
                "course.toml:12:1: error: [assessment]: pool `cas` draws 3 questions per attempt but holds only 2",
                "course.toml:12:1: error: [assessment]: pool `droits` is drawn from but the assessment has no such pool",
            ]
        );
    }

    #[test]
    fn a_misspelt_setting_is_an_error_at_its_place() {
        let course = format!("{COURSE}{SETTINGS}attempt = 2\n");
        let found = errors(&[("course.toml", &course)]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with("course.toml:15:1: error: course.toml: unknown field `attempt`"),
            "{found:?}"
        );
    }

    #[test]
    fn settings_without_an_assessment_file_or_a_file_without_settings_are_reported() {
        let course = format!("{COURSE}{SETTINGS}");
        assert_eq!(
            errors(&[("course.toml", &course)]),
            ["course.toml:12:1: error: course.toml has an [assessment] table but no assessment to draw from: write assessment/<locale>.md"]
        );
        let found = errors(&[
            ("course.toml", COURSE),
            ("assessment/fr.md", BANK),
            ("assessment/ar.md", BANK),
        ]);
        assert_eq!(
            found,
            ["assessment:1:1: warning: course.toml has no [assessment] table, so learners never see the assessment"]
        );
    }

    #[test]
    fn the_assessment_is_compared_between_locales_like_a_module() {
        let course = format!("{COURSE}{SETTINGS}");
        let found = errors(&[
            ("course.toml", &course),
            ("assessment/fr.md", BANK),
            ("assessment/ar.md", &BANK.replace("{#c2", "{#c3")),
        ]);
        assert!(
            found
                .iter()
                .any(|e| e.starts_with("assessment/ar.md:") && e.contains("c2")),
            "{found:?}"
        );
        let found = errors(&[("course.toml", &course), ("assessment/ar.md", BANK)]);
        assert_eq!(
            found,
            ["assessment/fr.md:1:1: error: the final assessment has no `fr` text: create assessment/fr.md"],
            "French falls back on no other language"
        );
    }

    #[test]
    fn a_question_id_in_two_pools_is_an_error_where_it_is_written_again() {
        let twice = BANK.replace(
            "```\n",
            "```\n\n## Droits {#droits}\n\n```quiz droits\n### Trois ? {#c1 .true-false}\n\n- [x] Vrai\n- [ ] Faux\n```\n",
        );
        let course = format!("{COURSE}{SETTINGS}");
        let found = errors(&[
            ("course.toml", &course),
            ("assessment/fr.md", &twice),
            ("assessment/ar.md", &twice),
        ]);
        assert!(
            found.iter().any(|e| e.starts_with("assessment/fr.md:")
                && e.contains("question `c1` is also in pool `cas`")),
            "{found:?}"
        );
    }
}
