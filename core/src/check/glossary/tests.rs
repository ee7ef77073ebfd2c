use std::collections::BTreeMap;

use crate::check::check_course;
use crate::check::cli::read_content;
use crate::content::{parse_glossary, Glossary};

use super::avoided_words;

const GLOSSARY: &str = "[module]\nfr = \"module\"\nar = \"الوحدة\"\nary = \"الوحدة\"\n\
                        plural = { ary = \"الوحدات\" }\n\
                        avoid = { fr = [\"leçon\"], ary = [\"درس\", \"الدرس\", \"الدروس\"] }\n\n\
                        [cyberharcelement]\nar = \"المضايقة الإلكترونية\"\n\
                        avoid = { ar = [\"التحرش\", \"التحرش الإلكتروني\"] }\n\n\
                        [harcelement-sexuel]\nar = \"التحرش الجنسي\"\n";

fn glossary() -> Glossary {
    parse_glossary("glossary.toml", GLOSSARY).unwrap()
}

/// Each avoided word found in `text`, as `found (concept)`.
fn found(language: &str, text: &str) -> Vec<String> {
    avoided_words(&glossary(), language, text)
        .iter()
        .map(|word| format!("{} ({})", word.found, word.concept.id))
        .collect()
}

#[test]
fn an_avoided_word_is_found_whole_with_its_proclitic_and_its_article() {
    assert_eq!(
        found("ary", "رجع للدروس، ودرس واحد فالدرس. المدرسة والدراسة."),
        ["للدروس (module)", "ودرس (module)", "فالدرس (module)"]
    );
    assert_eq!(found("fr", "Une Leçon, des leçons."), ["Leçon (module)"]);
    assert!(
        found("ar", "درس").is_empty(),
        "ary words are not avoided in ar"
    );
}

#[test]
fn a_phrase_is_found_once_and_a_glossary_term_holding_the_word_is_right() {
    assert_eq!(
        found(
            "ar",
            "التحرش الإلكتروني جريمة، والتحرش الجنسي أيضا، وكذلك التحرش."
        ),
        [
            "التحرش الإلكتروني (cyberharcelement)",
            "التحرش (cyberharcelement)"
        ]
    );
}

fn course(glossary: &str, ary_module: &str) -> BTreeMap<String, String> {
    let front = "+++\n\n[[sources]]\nid = \"s\"\n\
                 title = \"الدروس\"\npublisher = \"P\"\ndate = \"2024\"\nurl = \"https://example.org/الدروس\"\n\
                 supports = \"الدروس\"\n+++\n\n";
    [
        (
            "course.toml",
            "id = \"c\"\nversion = \"1\"\nlanguages = [{ code = \"ary\", name = \"الدارجة\", dir = \"rtl\", plural = \"ar-MA\" }]\nmodules = [\"m1\"]\npass_mark = 70\n\
             quick_exit_url = \"https://example.org\"\n\n[title]\nary = \"دورة\"\n"
                .to_string(),
        ),
        ("glossary.toml", glossary.to_string()),
        ("modules/m1/ary.md", format!("{front}{ary_module}")),
        (
            "map/ary.toml",
            "[m1]\ntitle = \"الدروس\"\nsummary = \"S\"\nminutes = 5\n".to_string(),
        ),
    ]
    .into_iter()
    .filter(|(_, text)| !text.is_empty())
    .map(|(path, text)| (path.to_string(), text))
    .collect()
}

#[test]
fn each_avoided_word_a_learner_reads_is_a_warning_where_it_is() {
    let module = "## الدروس {#un}\n\nشوف `الدروس` و[الرابط](https://example.org/الدروس) [^s].\n\n\
                  ```quiz q\n### شنو؟ {#q .single}\n\n- [x] الدرس\n  > رجع للدروس\n- [ ] لا\n```\n\n\
                  ```text\nالدروس\n```\n";
    let report = check_course(&course(GLOSSARY, module));
    let warnings: Vec<String> = report.warnings.iter().map(ToString::to_string).collect();
    let written = "is avoided for \"module\": write «الوحدة» (plural «الوحدات») (glossary.toml)";
    assert_eq!(
        warnings,
        [
            format!("map/ary.toml:2:10: warning: «الدروس» {written}"),
            format!("modules/m1/ary.md:12:4: warning: «الدروس» {written}"),
            format!("modules/m1/ary.md:19:7: warning: «الدرس» {written}"),
            format!("modules/m1/ary.md:20:9: warning: «للدروس» {written}"),
        ]
    );
    assert!(report.errors.is_empty(), "{:?}", report.errors);
}

#[test]
fn without_a_glossary_nothing_is_avoided_and_a_broken_one_is_an_error_where_it_breaks() {
    let module = "## الدروس {#un}\n\nنص.\n";
    assert_eq!(check_course(&course("", module)).warnings, []);
    let report = check_course(&course("[module]\navoid = { ary = [\"الدروس\" }\n", module));
    let errors: Vec<String> = report.errors.iter().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with("glossary.toml:2:27: error: glossary.toml: expected `,`"),
        "{errors:?}"
    );
}

#[test]
fn the_shipped_course_uses_the_words_of_its_glossary() {
    let content = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let files = read_content(&content).expect("content/ is readable");
    let glossary = parse_glossary("glossary.toml", &files["glossary.toml"]).unwrap();
    assert!(glossary.concepts.len() >= 20);
    let report = check_course(&files);
    let avoided: Vec<String> = report
        .warnings
        .iter()
        .filter(|warning| warning.message.contains("is avoided for"))
        .map(ToString::to_string)
        .collect();
    assert_eq!(avoided, Vec::<String>::new());
}
