//! The course as shipped in `content/`: it checks clean and its SOURCES.md is current.

use std::path::PathBuf;

use amane_core::check::cli::read_content;
use amane_core::check::{check_course, sources_markdown};
use amane_core::content::{parse_module, Block, CalloutKind, Ending, QuestionKind};

fn content_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../content")
}

#[test]
fn the_shipped_course_has_no_errors() {
    let files = read_content(&content_dir()).expect("content/ is readable");
    let report = check_course(&files);
    let errors: Vec<String> = report.errors.iter().map(ToString::to_string).collect();
    assert_eq!(errors, Vec::<String>::new());
}

#[test]
fn the_committed_sources_list_is_the_generated_one() {
    let path = content_dir().join("SOURCES.md");
    let Ok(committed) = std::fs::read_to_string(&path) else {
        return;
    };
    let files = read_content(&content_dir()).expect("content/ is readable");
    let generated = sources_markdown(&files).expect("the manifest reads");
    assert!(
        committed == generated,
        "content/SOURCES.md is out of date: run `cargo run -p amane-core --bin amane -- \
         sources content > content/SOURCES.md`"
    );
}

#[test]
fn the_welcome_module_shows_every_block_kind_in_every_locale() {
    for locale in ["fr", "ar", "ary"] {
        let path = content_dir().join(format!("modules/00-bienvenue/{locale}.md"));
        let text = std::fs::read_to_string(path).expect("the welcome module exists");
        let parsed = parse_module("welcome", "00-bienvenue", locale, &text);
        assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
        let blocks: Vec<&Block> = parsed.module.steps.iter().flat_map(|s| &s.blocks).collect();
        let mut callouts: Vec<CalloutKind> = Vec::new();
        let mut question_types = Vec::new();
        let mut endings = Vec::new();
        let mut notes = (false, false);
        for block in blocks {
            match block {
                Block::Callout(callout) => callouts.push(callout.kind),
                Block::Quiz(set) => question_types.extend(
                    set.questions
                        .iter()
                        .map(|q| std::mem::discriminant(&q.kind)),
                ),
                Block::Scenario(scenario) => {
                    for node in &scenario.nodes {
                        endings.extend(node.ending);
                        notes.0 |= node.discussion.is_some();
                        notes.1 |= node.trainer_note.is_some();
                    }
                }
                _ => {}
            }
        }
        let all_types = [
            QuestionKind::Single(Vec::new()),
            QuestionKind::Multiple(Vec::new()),
            QuestionKind::TrueFalse(Vec::new()),
            QuestionKind::Ordering(Vec::new()),
            QuestionKind::Matching(Vec::new()),
        ];
        for kind in &all_types {
            assert!(
                question_types.contains(&std::mem::discriminant(kind)),
                "{locale}: {kind:?}"
            );
        }
        for kind in [
            CalloutKind::Tip,
            CalloutKind::Warning,
            CalloutKind::Help,
            CalloutKind::Trainer,
        ] {
            assert!(callouts.contains(&kind), "{locale}: {kind:?}");
        }
        for ending in [Ending::Good, Ending::Mixed, Ending::Bad] {
            assert!(endings.contains(&ending), "{locale}: {ending:?}");
        }
        assert_eq!(
            notes,
            (true, true),
            "{locale}: discussion and trainer notes"
        );
    }
}
