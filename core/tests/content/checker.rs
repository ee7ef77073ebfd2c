//! The checker: every rule on small in-memory courses, with its exact message and position.

use std::collections::BTreeMap;

use amane_core::check::{check_course, Report};

use crate::support::{assert_documented, FRONT};

const COURSE: &str = "id = \"c\"
version = \"1\"
languages = [{ code = \"fr\", name = \"Français\", dir = \"ltr\", plural = \"fr\" }, { code = \"ar\", name = \"العربية\", dir = \"rtl\", plural = \"ar\", fallback = [\"fr\"] }]
modules = [\"m1\"]
pass_mark = 70
quick_exit_url = \"https://example.org\"

[title]
fr = \"Cours\"
ar = \"دورة\"
";

/// Body of the reference module (its lines are numbered from 7 in the file).
const BODY: &str = "## Un {#un}

```quiz q
### Q1 {#q1 .single}

- [ ] a
- [x] b

### Q2 {#q2 .order points=2}

1. a
2. b
```

## Deux {#deux}

```scenario sc
### Début {#debut}

- [Bien](#bien) {points=2}
- [Mal](#mal)

### Bien {#bien .end-good}

Oui.

### Mal {#mal .end-bad}

Non.
```
";

/// The course map of module `m1`, the same in both languages.
const MAP: &str = "[m1]\ntitle = \"Un\"\nsummary = \"Le premier.\"\nminutes = 5\n";

/// The files as given, with [`MAP`] as the course map of each language not given one.
fn files(entries: &[(&str, &str)]) -> BTreeMap<String, String> {
    let mut files: BTreeMap<String, String> = entries
        .iter()
        .map(|(path, text)| (path.to_string(), text.to_string()))
        .collect();
    for locale in ["fr", "ar"] {
        files
            .entry(format!("map/{locale}.toml"))
            .or_insert_with(|| MAP.to_string());
    }
    files
}

fn module() -> String {
    format!("{FRONT}{BODY}")
}

/// The course with `ar.md` made from the reference by replacing `from` with `to`.
fn translated(from: &str, to: &str) -> Report {
    let reference = module();
    assert!(reference.contains(from), "fixture has no {from:?}");
    check_course(&files(&[
        ("course.toml", COURSE),
        ("modules/m1/fr.md", &reference),
        ("modules/m1/ar.md", &reference.replacen(from, to, 1)),
    ]))
}

/// The errors as printed; each message must be listed in the guide.
fn errors(report: &Report) -> Vec<String> {
    report
        .errors
        .iter()
        .inspect(|d| assert_documented(&d.message))
        .map(ToString::to_string)
        .collect()
}

/// The warnings as printed; each message must be listed in the guide.
fn warnings(report: &Report) -> Vec<String> {
    report
        .warnings
        .iter()
        .inspect(|d| assert_documented(&d.message))
        .map(ToString::to_string)
        .collect()
}

#[test]
fn a_course_whose_locales_match_checks_clean() {
    let report = translated("Oui.", "نعم.");
    assert_eq!(report, Report::default());
}

#[test]
fn every_structural_difference_between_locales_is_reported_where_it_is() {
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "## Deux {#deux}",
            "## Deux {#autre}",
            &[
                "modules/m1/ar.md:1:1: error: step `deux` of fr.md is missing here",
                "modules/m1/ar.md:18:1: error: step `autre` is not in fr.md: ids are the same \
                 in every locale",
                "modules/m1/ar.md:20:1: error: scenario `sc` is in step `autre` here but in step \
                 `deux` in fr.md",
            ],
        ),
        (
            "```quiz q\n### Q1 {#q1 .single}\n\n- [ ] a\n- [x] b\n\n\
             ### Q2 {#q2 .order points=2}\n\n1. a\n2. b\n```\n",
            "",
            &[
                "modules/m1/ar.md:4:1: error: quiz `q` of fr.md is missing here (it belongs in \
               step `un`)",
            ],
        ),
        (
            "## Deux {#deux}\n",
            "```quiz extra\n### E {#e .true-false}\n\n- [x] V\n- [ ] F\n```\n\n## Deux {#deux}\n",
            &[
                "modules/m1/ar.md:18:1: error: quiz `extra` is not in fr.md: block ids are the \
               same in every locale",
            ],
        ),
        (
            "{#q1 .single}",
            "{#q1 .multiple}",
            &[
                "modules/m1/ar.md:7:1: error: question `q1` is .multiple here but .single in \
               fr.md",
            ],
        ),
        (
            "- [x] b\n",
            "- [x] b\n- [ ] c\n",
            &["modules/m1/ar.md:7:1: error: question `q1` has 3 options here but 2 in fr.md"],
        ),
        (
            "- [ ] a\n- [x] b",
            "- [x] a\n- [ ] b",
            &[
                "modules/m1/ar.md:7:1: error: question `q1`: the correct options are 1 here but \
               2 in fr.md",
            ],
        ),
        (
            "points=2}\n\n1.",
            "points=3}\n\n1.",
            &[
                "modules/m1/ar.md:12:1: error: question `q2` has points=3 here but points=2 in \
               fr.md",
            ],
        ),
        (
            "{#q2 ",
            "{#q3 ",
            &[
                "modules/m1/ar.md:6:1: error: question `q2` of fr.md is missing here",
                "modules/m1/ar.md:12:1: error: question `q3` is not in fr.md: ids are the same \
                 in every locale",
            ],
        ),
        (
            "{#mal .end-bad}",
            "{#mal .end-mixed}",
            &[
                "modules/m1/ar.md:30:1: error: node `mal` is a mixed ending here but a bad ending \
               in fr.md",
            ],
        ),
        (
            "- [Bien](#bien) {points=2}\n- [Mal](#mal)",
            "- [Bien](#mal) {points=2}\n- [Mal](#bien)",
            &[
                "modules/m1/ar.md:21:1: error: node `debut`: choice 1 leads to `#mal` here but \
                 to `#bien` in fr.md",
                "modules/m1/ar.md:21:1: error: node `debut`: choice 2 leads to `#bien` here but \
                 to `#mal` in fr.md",
            ],
        ),
        (
            "{points=2}",
            "{points=1}",
            &[
                "modules/m1/ar.md:21:1: error: node `debut`: choice 1 has points=1 here but \
               points=2 in fr.md",
            ],
        ),
        (
            "- [Mal](#mal)\n",
            "- [Mal](#mal)\n- [Autre](#mal)\n",
            &["modules/m1/ar.md:21:1: error: node `debut` has 3 choices here but 2 in fr.md"],
        ),
        (
            "### Bien {#bien .end-good}\n\nOui.\n\n### Mal {#mal .end-bad}\n\nNon.\n",
            "### Mal {#mal .end-bad}\n\nNon.\n\n### Bien {#bien .end-good}\n\nOui.\n",
            &["modules/m1/ar.md:26:1: error: node `mal` is not in the same place as in fr.md"],
        ),
    ];
    for (from, to, expected) in cases {
        let report = translated(from, to);
        assert_eq!(errors(&report), *expected, "replacing {from:?}");
        assert_eq!(warnings(&report), Vec::<String>::new());
    }
}

#[test]
fn a_block_of_another_kind_under_the_same_id_is_reported() {
    let quiz = &BODY[BODY.find("```quiz").unwrap()..BODY.find("## Deux").unwrap()];
    let report = translated(quiz, "```scenario q\n### N {#n .end-good}\n\nFin.\n```\n\n");
    assert_eq!(
        errors(&report),
        ["modules/m1/ar.md:6:1: error: `q` is a scenario here but a quiz in fr.md"]
    );
}

#[test]
fn a_content_warning_missing_in_a_translation_is_reported() {
    let warned = module().replace(
        "sources = []",
        "content_warning = \"Harcèlement\"\nsources = []",
    );
    let report = check_course(&files(&[
        ("course.toml", COURSE),
        ("modules/m1/fr.md", &warned),
        ("modules/m1/ar.md", &module()),
    ]));
    assert_eq!(
        errors(&report),
        [
            "modules/m1/ar.md:1:1: error: fr.md warns learners with a content_warning but this \
          file does not: translate it"
        ]
    );
}

#[test]
fn a_translation_with_other_minutes_on_the_map_is_a_warning_at_its_entry() {
    let report = check_course(&files(&[
        ("course.toml", COURSE),
        ("modules/m1/fr.md", &module()),
        ("modules/m1/ar.md", &module()),
        ("map/ar.toml", &MAP.replace("minutes = 5", "minutes = 12")),
    ]));
    assert_eq!(errors(&report), Vec::<String>::new());
    assert_eq!(
        warnings(&report),
        ["map/ar.toml:1:2: warning: [m1]: `minutes` is 12 here but 5 in map/fr.toml: the course \
          map would show a different time per language"]
    );
}

#[test]
fn a_module_missing_from_the_map_or_an_unknown_one_on_it_is_an_error() {
    let report = check_course(&files(&[
        ("course.toml", COURSE),
        ("modules/m1/fr.md", &module()),
        ("modules/m1/ar.md", &module()),
        ("map/ar.toml", &MAP.replace("[m1]", "[m2]")),
    ]));
    assert_eq!(
        errors(&report),
        [
            "map/ar.toml:1:2: error: [m2] is not a module of course.toml: fix the id, or remove \
             the entry",
            "map/ar.toml:5:1: error: module `m1` has no entry in the course map: add [m1] with \
             its title, summary and minutes",
        ]
    );
}

#[test]
fn crlf_line_endings_parse_like_lf_ones() {
    let crlf = module().replace('\n', "\r\n");
    let report = check_course(&files(&[
        ("course.toml", COURSE),
        ("modules/m1/fr.md", &module()),
        (
            "modules/m1/ar.md",
            &crlf.replace("{#q1 .single}", "{#q1 .singel}"),
        ),
    ]));
    assert_eq!(
        errors(&report),
        [
            "modules/m1/ar.md:7:13: error: unknown question type `.singel`: use .single, \
          .multiple, .true-false, .order or .match"
        ]
    );
}

#[test]
fn steps_in_another_order_are_reported() {
    let (first, second) = BODY.split_at(BODY.find("## Deux").unwrap());
    let swapped = format!("{FRONT}{second}\n{first}");
    let report = check_course(&files(&[
        ("course.toml", COURSE),
        ("modules/m1/fr.md", &module()),
        ("modules/m1/ar.md", &swapped),
    ]));
    assert_eq!(
        errors(&report),
        ["modules/m1/ar.md:4:1: error: step `deux` is not in the same place as in fr.md"]
    );
}

#[test]
fn a_broken_block_in_a_translation_is_reported_once_not_also_as_missing() {
    let report = translated("### Q1 {#q1 .single}", "### Q1 {#q1}");
    assert_eq!(
        errors(&report),
        [
            "modules/m1/ar.md:7:1: error: question `q1` has no type: add .single, .multiple, \
          .true-false, .order or .match after its id"
        ]
    );
}

#[test]
fn a_module_missing_in_a_locale_or_altogether_is_reported_in_the_manifest() {
    let course = COURSE.replace("[\"m1\"]", "[\"m1\", \"m2\"]");
    let report = check_course(&files(&[
        ("course.toml", &course),
        ("modules/m1/ar.md", &module()),
    ]));
    assert_eq!(
        errors(&report),
        [
            "course.toml:4:12: error: module `m1` has no `fr` text: create modules/m1/fr.md",
            "course.toml:4:18: error: course.toml lists module `m2`, but the folder modules/m2/ \
             does not exist",
        ]
    );
}

#[test]
fn files_the_manifest_does_not_lead_to_are_warnings() {
    let report = check_course(&files(&[
        ("course.toml", COURSE),
        ("modules/m1/fr.md", &module()),
        ("modules/m1/ar.md", &module()),
        ("modules/m1/en.md", &module()),
        ("modules/oublie/fr.md", &module()),
    ]));
    assert_eq!(errors(&report), Vec::<String>::new());
    assert_eq!(
        warnings(&report),
        [
            "modules/m1/en.md:1:1: warning: `en` is not one of the course locales in \
             course.toml, so this file is never shown",
            "modules/oublie/fr.md:1:1: warning: module folder `oublie` is not listed in \
             course.toml, so learners never see it",
        ]
    );
}

#[test]
fn module_problems_come_through_errors_and_warnings_apart() {
    let with_sources = module().replace(
        "sources = []\n",
        "[[sources]]\nid = \"s\"\ntitle = \"T\"\npublisher = \"P\"\ndate = \"2024\"\n\
         url = \"https://example.org\"\nsupports = \"x\"\nto_verify = true\n",
    );
    let without_sources = module().replace("sources = []\n", "");
    let report = check_course(&files(&[
        ("course.toml", COURSE),
        ("modules/m1/fr.md", &with_sources),
        ("modules/m1/ar.md", &without_sources),
    ]));
    assert_eq!(
        errors(&report),
        [
            "modules/m1/ar.md:1:1: error: module has no sources: list the sources of its facts \
          with [[sources]], or write `sources = []` if it states no facts"
        ]
    );
    assert_eq!(
        warnings(&report),
        [
            "modules/m1/fr.md:3:6: warning: source `s` is marked to_verify: check the fact \
          against the source, then remove `to_verify`"
        ]
    );
}

#[test]
fn manifest_problems_are_reported_at_their_position() {
    let cases: &[(&str, &[&str])] = &[
        ("", &["course.toml:1:1: error: course.toml is missing"]),
        (
            "theme = \"sombre\"\n",
            &[
                "course.toml:7:1: error: course.toml: unknown field `theme`, expected one of \
               `id`, `version`, `title`, `languages`, `locales`, `modules`, `pass_mark`, \
               `quick_exit_url`, `issuer`, `assessment`",
            ],
        ),
        (
            "ary = \"x\"\n",
            &["course.toml:4:12: error: module `m1` has no `ary` text: create modules/m1/ary.md"],
        ),
    ];
    for (extra, expected) in cases {
        let manifest = match *extra {
            "" => None,
            "ary = \"x\"\n" => Some(
                COURSE.replace(
                    "fallback = [\"fr\"] }]",
                    "fallback = [\"fr\"] }, { code = \"ary\", name = \"الدارجة\", dir = \"rtl\", \
                     plural = \"ar-MA\" }]",
                ) + extra,
            ),
            _ => Some(COURSE.replace("\n[title]", &format!("{extra}\n[title]"))),
        };
        let mut course = files(&[
            ("modules/m1/fr.md", &module()),
            ("modules/m1/ar.md", &module()),
        ]);
        if let Some(manifest) = manifest {
            course.insert("course.toml".to_string(), manifest);
        }
        assert_eq!(errors(&check_course(&course)), *expected, "{extra:?}");
    }
}

#[test]
fn every_problem_of_the_manifest_is_reported_at_once() {
    let broken = COURSE
        .replace("version = \"1\"\n", "")
        .replace("pass_mark = 70", "pass_mark = 300")
        .replace("[\"m1\"]", "[\"m1\", 2]")
        .replace("ar = \"دورة\"", "ar = 1")
        .replace("\n[title]", "theme = \"x\"\n\n[title]");
    let report = check_course(&files(&[("course.toml", &broken)]));
    assert_eq!(
        errors(&report),
        [
            "course.toml:1:1: error: course.toml: missing field `version`",
            "course.toml:3:18: error: course.toml: invalid type: integer `2`, expected a string",
            "course.toml:4:13: error: course.toml: invalid value: integer `300`, expected u8",
            "course.toml:6:1: error: course.toml: unknown field `theme`, expected one of `id`, \
             `version`, `title`, `languages`, `locales`, `modules`, `pass_mark`, `quick_exit_url`, \
             `issuer`, `assessment`",
            "course.toml:10:6: error: course.toml: invalid type: integer `1`, expected a string",
        ]
    );
}

#[test]
fn a_manifest_that_is_not_toml_is_reported_at_the_cause() {
    let broken = COURSE.replace("[\"m1\"]", "[\"m1\" \"m2\"]");
    let report = check_course(&files(&[("course.toml", &broken)]));
    assert_eq!(
        errors(&report),
        [
            "course.toml:4:17: error: course.toml: expected `,` between the values of the array, \
          or `]` after the last"
        ]
    );
}

#[test]
fn a_course_needs_languages_and_plain_module_ids() {
    let languages = COURSE.lines().nth(2).unwrap();
    let broken = COURSE
        .replace(languages, "languages = []")
        .replace("[\"m1\"]", "[\"m 1\"]");
    let report = check_course(&files(&[("course.toml", &broken)]));
    assert_eq!(
        errors(&report),
        [
            "course.toml:3:13: error: the course needs at least one language: add a \
             [[languages]] table",
            "course.toml:4:12: error: module id `m 1` may only use the letters a-z and A-Z, \
             digits, `-` and `_`",
        ]
    );
}

#[test]
fn manifest_values_are_checked() {
    let broken = COURSE
        .replace("ar = \"دورة\"\n", "")
        .replace("[\"m1\"]", "[\"m1\", \"m1\"]")
        .replace("70", "170")
        .replace("https://example.org", "http://example.org");
    let report = check_course(&files(&[("course.toml", &broken)]));
    assert_eq!(
        errors(&report),
        [
            "course.toml:4:18: error: module `m1` is listed twice",
            "course.toml:5:13: error: pass_mark is a percentage: from 0 to 100",
            "course.toml:6:18: error: quick_exit_url must start with https://",
            "course.toml:8:1: error: the course title has no `ar` translation: add it under \
             [title]",
        ]
    );
}

/// A manifest declaring its languages as `[[languages]]` tables after `tables`' text.
fn manifest_with_languages(tables: &str) -> String {
    format!(
        "id = \"c\"\nversion = \"1\"\nmodules = [\"m1\"]\npass_mark = 70\n\
         quick_exit_url = \"https://example.org\"\n\n{tables}\n[title]\nfr = \"Cours\"\n"
    )
}

#[test]
fn each_field_of_a_language_is_checked_where_it_is_written() {
    let manifest = manifest_with_languages(
        "[[languages]]\ncode = \"fr\"\nname = \"Français\"\ndir = \"ltr\"\nplural = \"fr\"\n\n\
         [[languages]]\ncode = \"EN\"\nname = \" \"\ndir = \"left\"\nplural = \"12\"\n\
         fallback = [\"en\", \"de\"]\n\n\
         [[languages]]\ncode = \"fr\"\nname = \"Français\"\ndir = \"ltr\"\nplural = \"fr\"\n\n\
         [[languages]]\ncode = \"fr_FR\"\nname = \"Français\"\ndir = \"ltr\"\nplural = \"fr\"\n",
    );
    let report = check_course(&files(&[
        ("course.toml", &manifest),
        ("modules/m1/fr.md", &module()),
    ]));
    assert_eq!(
        errors(&report),
        [
            "course.toml:14:8: error: write the code in lower case: `en`",
            "course.toml:15:8: error: language `EN`: give its name, written in its own script",
            "course.toml:16:7: error: language `EN`: dir is \"ltr\" or \"rtl\"",
            "course.toml:17:10: error: language `EN`: plural names the locale whose plural rules \
             apply, such as \"fr\" or \"ar-MA\"",
            "course.toml:18:13: error: language `EN` cannot fall back on itself",
            "course.toml:18:19: error: language `EN` falls back on `de`, which is not declared \
             in [[languages]]",
            "course.toml:21:8: error: language `fr` is declared twice",
            "course.toml:27:8: error: `fr_FR` is not a language code: write a language subtag \
             of 2 or 3 letters (fr, ar, ary), optionally followed by -region (ar-ma)",
        ]
    );
}

#[test]
fn a_manifest_listing_locales_the_old_way_is_told_what_to_write_instead() {
    let old = COURSE.replacen(
        "languages = [",
        "locales = [\"fr\", \"ar\"]\nlanguages = [",
        1,
    );
    let report = check_course(&files(&[
        ("course.toml", &old),
        ("modules/m1/fr.md", &module()),
        ("modules/m1/ar.md", &module()),
    ]));
    assert_eq!(
        errors(&report),
        [
            "course.toml:3:11: error: `locales` is now a [[languages]] table per language (code, \
          name, dir, plural, fallback): see AUTHORING.md, \"Languages\""
        ]
    );
}

#[test]
fn a_language_that_falls_back_may_lack_modules_one_that_does_not_may_not() {
    let english = COURSE
        .replacen(
            "languages = [",
            "languages = [{ code = \"en\", name = \"English\", dir = \"ltr\", plural = \"en\", \
             fallback = [\"fr\"] }, ",
            1,
        )
        .replace("[title]\n", "[title]\nen = \"Course\"\n");
    let mut french_only = files(&[("course.toml", &english), ("modules/m1/fr.md", &module())]);
    french_only.remove("map/ar.toml");
    let report = check_course(&french_only);
    assert_eq!(errors(&report), Vec::<String>::new());
    assert_eq!(
        warnings(&report),
        [
            "course.toml:4:12: warning: module `m1` has no `en` text yet: learners who read `en` \
             see it in `fr` until you create modules/m1/en.md",
            "course.toml:4:12: warning: module `m1` has no `ar` text yet: learners who read `ar` \
             see it in `fr` until you create modules/m1/ar.md",
        ]
    );
    let without_french = check_course(&files(&[
        ("course.toml", &english),
        ("modules/m1/en.md", &module()),
        ("modules/m1/ar.md", &module()),
        ("map/en.toml", MAP),
    ]));
    assert_eq!(
        errors(&without_french),
        ["course.toml:4:12: error: module `m1` has no `fr` text: create modules/m1/fr.md"]
    );
}
