//! Trainer notes that would be shown to learners as plain text. Trainer mode presents every
//! lesson step, scenario and question set, so a `[!TRAINER]` note at the start of a line in
//! a step or a scenario node reaches the presenter window (and the help page's notes are
//! listed in the session plan); an indented one, inside a list item or another quote, is
//! not read as a note at all. A note inside a question set is reported by the parser.

use super::load::LoadedModule;
use crate::content::position::Locator;
use crate::content::{nested_trainer_notes, Diagnostic};
use std::collections::BTreeMap;

/// What the warning says.
const NESTED: &str = "this [!TRAINER] note is inside a list or a quote, so learners see it as \
                      text: start `> [!TRAINER]` at the beginning of a line";

/// A warning at each indented `[!TRAINER]` note of `module`'s texts.
pub(crate) fn check_nested(
    module: &LoadedModule,
    files: &BTreeMap<String, String>,
) -> Vec<Diagnostic> {
    module
        .texts
        .iter()
        .flat_map(|parsed| {
            let path = module.path(&parsed.module.locale);
            let text = files.get(&path).map_or("", String::as_str);
            let locator = Locator::new(&path, text);
            nested_trainer_notes(text)
                .map(|at| locator.warning(at, NESTED))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::check::check_course;
    use std::collections::BTreeMap;

    const COURSE: &str = "id = \"c\"\nversion = \"1\"\nlanguages = [{ code = \"fr\", name = \"Français\", dir = \"ltr\", plural = \"fr\" }]\nmodules = [\"m1\"]\n\
                          pass_mark = 70\nquick_exit_url = \"https://example.org\"\n\n\
                          [title]\nfr = \"Cours\"\n";

    /// A module-format text whose one step holds `body`.
    fn text(body: &str) -> String {
        format!(
            "+++\nsources = []\n+++\n\n\
             ## Un {{#un}}\n\n{body}"
        )
    }

    /// The checker's warnings for a course whose module (fr only) and help page hold
    /// `module` and `help`.
    fn warnings(module: &str, help: &str) -> Vec<String> {
        let files: BTreeMap<String, String> = [
            ("course.toml", COURSE.to_string()),
            ("modules/m1/fr.md", text(module)),
            ("help/fr.md", text(help)),
        ]
        .into_iter()
        .map(|(path, text)| (path.to_string(), text))
        .collect();
        check_course(&files)
            .warnings
            .iter()
            .map(|d| d.to_string())
            .collect()
    }

    const NOTE: &str = "Texte.\n\n> [!TRAINER]\n> Pour l'animateur.\n";

    #[test]
    fn notes_in_steps_scenario_nodes_and_the_help_page_are_shown_so_not_reported() {
        let scenario = "```scenario s\n### A {#a}\n\nX.\n\n- [B](#b)\n\n> [!TRAINER]\n> Note.\n\n\
                        ### B {#b .end-good}\n\nY.\n```\n";
        let module = format!("{NOTE}\n{scenario}\n## Deux {{#deux}}\n\n> [!trainer]\n> Seule.\n");
        assert_eq!(warnings(&module, NOTE), Vec::<String>::new());
    }

    #[test]
    fn a_note_inside_a_list_item_is_reported_where_it_is() {
        let found = warnings("- Un point.\n\n  > [!TRAINER]\n  > Caché ?\n", NOTE);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].starts_with("modules/m1/fr.md:9:3: "), "{found:?}");
        assert!(found[0].contains("learners see it as text"), "{found:?}");
    }

    #[test]
    fn a_note_after_a_questions_options_is_reported_as_shown_to_learners() {
        let quiz = "```quiz q\n### Quoi ? {#a .single}\n\n- [x] Oui\n- [ ] Non\n\n\
                    > [!TRAINER]\n> Secret.\n```\n";
        let found = warnings(quiz, NOTE);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].starts_with("modules/m1/fr.md:13:1: "), "{found:?}");
        assert!(
            found[0].contains("shown to learners as the explanation"),
            "{found:?}"
        );
    }
}
