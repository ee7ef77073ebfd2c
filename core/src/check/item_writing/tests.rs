use std::collections::BTreeMap;

use crate::check::check_course;
use crate::check::cli::read_content;

/// A course of one French module whose body is `body` (its first line is line 5, so a quiz after a step heading starts on line 7).
fn course(body: &str) -> BTreeMap<String, String> {
    [
        (
            "course.toml",
            "id = \"c\"\nversion = \"1\"\nlanguages = [{ code = \"fr\", name = \"Français\", dir = \"ltr\", plural = \"fr\" }]\nmodules = [\"m1\"]\npass_mark = 70\n\
             quick_exit_url = \"https://example.org\"\n\n[title]\nfr = \"Cours\"\n"
                .to_string(),
        ),
        (
            "map/fr.toml",
            "[m1]\ntitle = \"T\"\nsummary = \"S\"\nminutes = 5\n".to_string(),
        ),
        (
            "modules/m1/fr.md",
            format!("+++\nsources = []\n+++\n\n{body}"),
        ),
    ]
    .into_iter()
    .map(|(path, text)| (path.to_string(), text))
    .collect()
}

fn warnings(body: &str) -> Vec<String> {
    let report = check_course(&course(body));
    assert!(report.errors.is_empty(), "{:?}", report.errors);
    report.warnings.iter().map(ToString::to_string).collect()
}

/// A `.single` question whose right answer is `right` and wrong one `wrong`.
fn single(id: &str, right: &str, wrong: &str) -> String {
    format!("### {id} ? {{#{id} .single}}\n\n- [ ] {wrong}\n- [x] {right}\n\n")
}

#[test]
fn a_set_whose_right_answer_is_mostly_the_longest_is_a_warning_at_the_set() {
    let long = "La réponse longue et juste";
    let body = format!(
        "## Un {{#un}}\n\n```quiz q\n{}{}{}{}```\n",
        single("a", long, "Non"),
        single("b", long, "Non"),
        single("c", long, "Non"),
        single("d", "Oui", "Une réponse plus longue"),
    );
    assert_eq!(
        warnings(&body),
        [
            "modules/m1/fr.md:7:1: warning: quiz `q`: the right answer is the longest option in 3 \
          of 4 single-answer questions: learners can guess it; make a wrong option as long, or \
          the right one shorter"
        ]
    );
}

#[test]
fn half_or_fewer_than_three_longest_right_answers_are_fine() {
    let long = "La réponse longue et juste";
    let two_of_two = format!(
        "## Un {{#un}}\n\n```quiz q\n{}{}```\n",
        single("a", long, "Non"),
        single("b", long, "Non"),
    );
    assert_eq!(warnings(&two_of_two), Vec::<String>::new());
    let three_of_six = format!(
        "## Un {{#un}}\n\n```quiz q\n{}{}{}{}{}{}```\n",
        single("a", long, "Non"),
        single("b", long, "Non"),
        single("c", long, "Non"),
        single("d", "Oui", "Une réponse plus longue"),
        single("e", "Oui", "Non"),
        single("f", "Oui", "Non"),
    );
    assert_eq!(warnings(&three_of_six), Vec::<String>::new());
}

#[test]
fn an_all_or_none_of_the_above_option_is_a_warning_at_the_option() {
    let body = "## Un {#un}\n\n```quiz q\n### Lesquels ? {#a .multiple}\n\n- [x] Un\n  > Oui.\n\
                - [ ] Deux\n- [x] **Toutes  les réponses.**\n\n### ماذا؟ {#b .single}\n\n\
                - [ ] نعم\n- [x] لا شيءَ مما سبق؟\n```\n";
    let shown = warnings(body);
    assert_eq!(shown.len(), 2, "{shown:?}");
    assert!(
        shown[0].starts_with("modules/m1/fr.md:13:1: warning: question `a`: «Toutes")
            && shown[0].contains("» is an \"all of the above\" or \"none of the above\" option"),
        "{shown:?}"
    );
    assert!(
        shown[1].starts_with("modules/m1/fr.md:18:1: warning: question `b`: «لا شيءَ مما سبق؟»"),
        "{shown:?}"
    );
    assert_eq!(
        warnings("## Un {#un}\n\n```quiz q\n### ? {#a .single}\n\n- [x] Toutes les réponses sont dans le message\n- [ ] Non\n```\n"),
        Vec::<String>::new(),
        "a real option that starts with the same words is fine"
    );
}

#[test]
fn the_shipped_questions_are_not_guessable_by_length_or_elimination() {
    let content = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let files = read_content(&content).expect("content/ is readable");
    let report = check_course(&files);
    let guessable: Vec<String> = report
        .warnings
        .iter()
        .filter(|w| {
            w.message.contains("the right answer is the longest")
                || w.message.contains("of the above")
        })
        .map(ToString::to_string)
        .collect();
    assert_eq!(guessable, Vec::<String>::new());
}
