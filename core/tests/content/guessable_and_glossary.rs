//! The warnings for questions that can be guessed and for words the glossary avoids, and the
//! errors of a glossary that cannot be read, are all listed in the authoring guide.

use std::collections::BTreeMap;

use amane_core::check::check_course;

use crate::support::{assert_documented, FRONT};

const COURSE: &str = "id = \"c\"\nversion = \"1\"\nlanguages = [{ code = \"fr\", name = \"Français\", dir = \"ltr\", plural = \"fr\" }]\nmodules = [\"m1\"]\n\
                      pass_mark = 70\nquick_exit_url = \"https://example.org\"\n\n[title]\nfr = \"Cours\"\n";

const BODY: &str = "## Une leçon {#un}\n\n```quiz q\n\
                    ### A ? {#a .single}\n\n- [x] La réponse longue et juste\n- [ ] Non\n\n\
                    ### B ? {#b .single}\n\n- [x] La réponse longue et juste\n- [ ] Non\n\n\
                    ### C ? {#c .single}\n\n- [ ] Non\n- [x] La réponse longue et juste\n- [ ] None of the above\n```\n";

/// Every message the checker gives for the course with `glossary`, errors first.
fn messages(glossary: &str) -> Vec<String> {
    let files: BTreeMap<String, String> = [
        ("course.toml", COURSE.to_string()),
        ("glossary.toml", glossary.to_string()),
        ("modules/m1/fr.md", format!("{FRONT}{BODY}")),
        (
            "map/fr.toml",
            "[m1]\ntitle = \"Un\"\nsummary = \"S\"\nminutes = 5\n".to_string(),
        ),
    ]
    .into_iter()
    .map(|(path, text)| (path.to_string(), text))
    .collect();
    let report = check_course(&files);
    report
        .errors
        .iter()
        .chain(&report.warnings)
        .map(|d| d.message.clone())
        .collect()
}

#[test]
fn every_guessable_question_and_avoided_word_message_is_in_the_guide() {
    let shown = messages("[module]\nfr = \"module\"\navoid = { fr = [\"leçon\"] }\n");
    assert_eq!(shown.len(), 3, "{shown:#?}");
    for bad in [
        "fr = \"module\"\n",
        "[module]\nfr = [\"module\"]\n",
        "[module]\nfr = \"module\n",
    ] {
        let shown = messages(bad);
        assert!(shown[0].starts_with("glossary.toml: "), "{shown:#?}");
        shown.iter().for_each(|message| assert_documented(message));
    }
    shown.iter().for_each(|message| assert_documented(message));
}
