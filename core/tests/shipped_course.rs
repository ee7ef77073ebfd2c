//! The shipped course, counted: thirteen modules after the welcome module, each in three
//! languages with lessons, question sets and scenarios of the required shape, and a help page
//! in every language. The numbers cannot silently drop.

use amane_core::check::{check_course_for, cli::read_content, sources_markdown, Purpose};
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
fn the_shipped_course_passes_the_release_check_with_no_source_to_verify() {
    let report = check_course_for(&read_content(Path::new(CONTENT)).unwrap(), Purpose::Release);
    assert!(report.errors.is_empty(), "{:#?}", report.errors);
    assert!(report.warnings.is_empty(), "{:#?}", report.warnings);
}

/// Every `.md` file under `content/` that starts with front matter, as paths from `content/`.
fn content_markdown_files() -> Vec<String> {
    let mut found = Vec::new();
    let mut folders = vec![Path::new(CONTENT).to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|ext| ext == "md") {
                let relative = path.strip_prefix(CONTENT).unwrap().to_string_lossy();
                if read(&relative).starts_with("+++") {
                    found.push(relative.replace('\\', "/"));
                }
            }
        }
    }
    found.sort();
    found
}

#[test]
fn sources_md_is_the_generated_list_and_lists_every_source_url_once() {
    let committed = read("SOURCES.md");
    let generated = sources_markdown(&read_content(Path::new(CONTENT)).unwrap()).unwrap();
    assert!(
        committed == generated,
        "content/SOURCES.md is out of date: run `cargo run -p amane-core --bin amane -- \
         sources content > content/SOURCES.md`"
    );
    let files = content_markdown_files();
    assert!(
        files.iter().any(|f| f.starts_with("help/")) && files.len() > 27,
        "{files:?}"
    );
    let mut urls = BTreeSet::new();
    for file in &files {
        let parsed = parse_module(file, "any", "fr", &read(file));
        urls.extend(parsed.module.front.sources.iter().map(|s| s.url.clone()));
    }
    assert!(urls.len() > 20, "only {} source urls", urls.len());
    let entries = committed.lines().filter(|l| l.starts_with("- **")).count();
    assert_eq!(entries, urls.len(), "one entry per source url, no other");
    for url in &urls {
        let listed = committed.matches(&format!("<{url}>")).count();
        assert_eq!(listed, 1, "{url} is listed {listed} times in SOURCES.md");
    }
    let help_only = "https://familleactuelle.ma/2511-parler-cest-proteger";
    assert!(
        urls.contains(help_only),
        "{help_only} is a help page source"
    );
}

#[test]
fn thirteen_modules_after_the_welcome_module_each_in_three_languages_with_exercises() {
    let course = parse_course("course.toml", &read("course.toml")).unwrap();
    assert_eq!(
        course.languages.codes().collect::<Vec<_>>(),
        ["fr", "ar", "ary"]
    );
    assert_eq!(course.modules.len(), 14, "{:?}", course.modules);
    assert!(course.modules[0].starts_with("00-"));
    for id in &course.modules[1..] {
        for locale in course.languages.codes() {
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
            let must_warn = ["04-", "06-", "09-", "10-", "11-", "12-", "13-"]
                .iter()
                .any(|prefix| id.starts_with(prefix));
            assert!(!must_warn || warned, "{id}/{locale}: content warning");
            assert!(!m.front.sources.is_empty(), "{id}/{locale}: sources");
        }
    }
}

#[test]
fn the_help_page_parses_in_every_language_and_cites_its_sources() {
    for locale in ["fr", "ar", "ary"] {
        let file = format!("help/{locale}.md");
        let parsed = amane_core::content::parse_page(&file, "help", locale, &read(&file));
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
        let text = read(&file);
        for source in &parsed.module.front.sources {
            assert!(
                text.contains(&format!("[^{}]", source.id)),
                "{file}: source `{}` is never cited",
                source.id
            );
        }
        let contacts = &parsed.module.steps[1];
        let html: String = contacts
            .blocks
            .iter()
            .filter_map(|block| match block {
                Block::Prose(html) => Some(html.as_str().to_owned()),
                _ => None,
            })
            .collect();
        assert!(
            html.contains(
                "<sup class=\"citation\"><a href=\"https://www.onde.ma/fr/onde/protection\""
            ),
            "{file}: the 2511 contact links to its source"
        );
    }
}
