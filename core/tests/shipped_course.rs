//! The shipped course, counted: eight modules after the welcome module, each in three
//! languages with lessons, question sets and scenarios of the required shape, and a help page
//! in every language. The numbers cannot silently drop.

use amane_core::check::{check_course, cli::read_content};
use amane_core::content::{parse_course, parse_module, Block, Module};
use std::collections::BTreeSet;
use std::path::Path;

const CONTENT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../content");

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(CONTENT).join(path)).unwrap()
}

fn module(id: &str, locale: &str) -> Module {
    let file = format!("modules/{id}/{locale}.md");
    let parsed = parse_module(&file, id, locale, &read(&file));
    let errors: Vec<_> = parsed
        .diagnostics
        .iter()
        .filter(|d| d.severity == amane_core::content::Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    parsed.module
}

#[test]
fn the_course_checks_clean_apart_from_sources_still_to_verify() {
    let report = check_course(&read_content(Path::new(CONTENT)).unwrap());
    assert!(report.errors.is_empty(), "{:#?}", report.errors);
    for w in &report.warnings {
        assert!(w.message.contains("to_verify"), "unexpected warning: {w}");
    }
}

#[test]
fn eight_modules_after_the_welcome_module_each_in_three_languages_with_exercises() {
    let course = parse_course("course.toml", &read("course.toml")).unwrap();
    assert_eq!(course.locales, ["fr", "ar", "ary"]);
    assert_eq!(course.modules.len(), 9, "{:?}", course.modules);
    assert!(course.modules[0].starts_with("00-"));
    for id in &course.modules[1..] {
        for locale in &course.locales {
            let m = module(id, locale);
            assert!(
                (4..=8).contains(&m.steps.len()),
                "{id}/{locale}: {} steps",
                m.steps.len()
            );
            let blocks: Vec<&Block> = m.steps.iter().flat_map(|s| &s.blocks).collect();
            let sets: Vec<_> = blocks
                .iter()
                .filter_map(|b| match b {
                    Block::Quiz(q) => Some(q),
                    _ => None,
                })
                .collect();
            assert!(
                sets.iter().any(|q| q.questions.len() >= 4),
                "{id}/{locale}: a set of 4 questions"
            );
            let kinds: BTreeSet<_> = sets
                .iter()
                .flat_map(|q| &q.questions)
                .map(|q| q.kind.type_name())
                .collect();
            assert!(kinds.len() >= 2, "{id}/{locale}: {kinds:?}");
            let scenarios: Vec<_> = blocks
                .iter()
                .filter_map(|b| match b {
                    Block::Scenario(s) => Some(s),
                    _ => None,
                })
                .collect();
            assert!(
                scenarios
                    .iter()
                    .any(|s| s.nodes.iter().filter(|n| n.ending.is_some()).count() >= 3),
                "{id}/{locale}: a scenario with three endings"
            );
            assert!(
                scenarios
                    .iter()
                    .flat_map(|s| &s.nodes)
                    .any(|n| n.discussion.is_some()),
                "{id}/{locale}: discussion"
            );
            assert!(
                scenarios
                    .iter()
                    .flat_map(|s| &s.nodes)
                    .any(|n| n.trainer_note.is_some()),
                "{id}/{locale}: trainer note"
            );
            let warned = m.front.content_warning.is_some();
            let must_warn = id.starts_with("04-") || id.starts_with("06-");
            assert!(!must_warn || warned, "{id}/{locale}: content warning");
            assert!(!m.front.sources.is_empty(), "{id}/{locale}: sources");
        }
    }
}

#[test]
fn the_help_page_parses_in_every_language_and_cites_its_sources() {
    for locale in ["fr", "ar", "ary"] {
        let file = format!("help/{locale}.md");
        let parsed = parse_module(&file, "help", locale, &read(&file));
        assert!(
            parsed
                .diagnostics
                .iter()
                .all(|d| d.message.contains("to_verify")),
            "{:?}",
            parsed.diagnostics
        );
        assert!(parsed.module.steps.len() >= 3);
        assert!(!parsed.module.front.sources.is_empty());
    }
}
