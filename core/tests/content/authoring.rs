//! Every example of content/AUTHORING.md parses as the guide says, so it cannot drift.

use amane_core::content::{parse_course, parse_map, parse_module, parse_page, Severity};

/// (info string, text) of every fenced block of `markdown`, top level only.
fn fenced_examples(markdown: &str) -> Vec<(String, String)> {
    let mut examples = Vec::new();
    let mut open: Option<(String, String, String)> = None;
    for line in markdown.lines() {
        match &mut open {
            Some((fence, info, text)) => {
                if line.trim_end() == fence {
                    examples.push((info.clone(), std::mem::take(text)));
                    open = None;
                } else {
                    text.push_str(line);
                    text.push('\n');
                }
            }
            None => {
                let ticks = line.len() - line.trim_start_matches('`').len();
                if ticks >= 3 {
                    let info = line[ticks..].trim().to_string();
                    open = Some(("`".repeat(ticks), info, String::new()));
                }
            }
        }
    }
    examples
}

fn guide() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../content/AUTHORING.md");
    std::fs::read_to_string(path).expect("content/AUTHORING.md exists")
}

#[test]
fn every_module_example_of_the_guide_parses_without_errors() {
    let examples: Vec<String> = fenced_examples(&guide())
        .into_iter()
        .filter(|(info, _)| info == "markdown")
        .map(|(_, text)| text)
        .collect();
    assert!(
        examples.len() >= 4,
        "the guide shows a module, callouts, questions, a scenario"
    );
    for (number, text) in examples.iter().enumerate() {
        // The case guide is a page outside the course map: its front matter keeps its title.
        let parsed = if text.contains("```guide") {
            parse_page("AUTHORING.md", "guide", "fr", text)
        } else {
            parse_module("AUTHORING.md", "exemple", "fr", text)
        };
        let unexpected: Vec<String> = parsed
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error || !d.message.contains("to_verify"))
            .map(ToString::to_string)
            .collect();
        assert_eq!(unexpected, Vec::<String>::new(), "example {}", number + 1);
        assert!(
            !parsed.module.steps.is_empty(),
            "example {} has steps",
            number + 1
        );
    }
}

#[test]
fn the_manifest_example_of_the_guide_parses() {
    let manifests: Vec<String> = fenced_examples(&guide())
        .into_iter()
        .filter(|(info, text)| info == "toml" && text.starts_with("id = "))
        .map(|(_, text)| text)
        .collect();
    assert_eq!(manifests.len(), 1);
    let course = parse_course("course.toml", &manifests[0]).expect("the example manifest is valid");
    assert_eq!(
        course.languages.codes().collect::<Vec<_>>(),
        ["fr", "ar", "ary"]
    );
}

#[test]
fn the_course_map_example_of_the_guide_gives_a_module_its_title_summary_and_minutes() {
    let maps: Vec<String> = fenced_examples(&guide())
        .into_iter()
        .filter(|(info, text)| info == "toml" && text.contains("\ntitle = "))
        .map(|(_, text)| text)
        .collect();
    assert_eq!(maps.len(), 1);
    let parsed = parse_map("map/fr.toml", &maps[0]);
    assert_eq!(parsed.diagnostics, []);
    let entry = &parsed.map.entries["02-comptes-et-mots-de-passe"];
    assert_eq!((entry.title.as_str(), entry.minutes), ("Mots de passe", 15));
}

#[test]
fn the_guide_examples_are_found_with_their_nested_fences() {
    let examples = fenced_examples("````markdown\n```quiz q\n```\n````\n\n```toml\nx = 1\n```\n");
    assert_eq!(
        examples,
        [
            ("markdown".to_string(), "```quiz q\n```\n".to_string()),
            ("toml".to_string(), "x = 1\n".to_string()),
        ]
    );
}
