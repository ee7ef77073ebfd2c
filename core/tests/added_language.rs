//! A language is added to the course by files alone: a `[[languages]]` table in `course.toml`,
//! a partial `locales/<code>/main.ftl` and one translated module. The checker accepts it (a
//! warning per module not translated yet), and its messages fall back as declared.

use amane_core::check::cli::read_content;
use amane_core::check::{check_course, MANIFEST};
use amane_core::content::parse_course;
use amane_core::i18n::{Catalog, Locale};
use std::collections::BTreeMap;
use std::path::Path;

const ENGLISH: &str = "\n[[languages]]\ncode = \"en\"\nname = \"English\"\ndir = \"ltr\"\n\
                       plural = \"en\"\nfallback = [\"fr\"]\n";

/// The shipped course's files with English added: its table, its title and the first module.
fn course_with_english() -> BTreeMap<String, String> {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../content"));
    let mut files = read_content(dir).expect("the content folder reads");
    let manifest = files[MANIFEST].replacen(
        "\n[title]\n",
        &format!("{ENGLISH}\n[title]\nen = \"Amane\"\n"),
        1,
    );
    files.insert(MANIFEST.to_owned(), manifest);
    let course = parse_course(MANIFEST, &files[MANIFEST]).expect("the manifest with English");
    let first = &course.modules[0];
    let french = files[&format!("modules/{first}/fr.md")].clone();
    files.insert(format!("modules/{first}/en.md"), french);
    files.insert(
        "map/en.toml".to_owned(),
        map_entry(&files["map/fr.toml"], first),
    );
    files
}

/// The table of module `id` in a course map's text, on its own.
fn map_entry(map: &str, id: &str) -> String {
    let start = map
        .find(&format!("[{id}]"))
        .expect("the module has an entry");
    let rest = &map[start..];
    let end = rest[1..].find("\n[").map_or(rest.len(), |at| at + 2);
    rest[..end].to_owned()
}

#[test]
fn the_checker_accepts_a_language_added_one_module_at_a_time() {
    let files = course_with_english();
    let course = parse_course(MANIFEST, &files[MANIFEST]).unwrap();
    let codes: Vec<&str> = course.languages.codes().collect();
    assert_eq!(codes, ["fr", "ar", "ary", "en"]);
    let report = check_course(&files);
    assert!(report.errors.is_empty(), "{:?}", report.errors);
    let untranslated: Vec<String> = report
        .warnings
        .iter()
        .map(|w| w.message.clone())
        .filter(|m| m.contains("no `en` text yet"))
        .collect();
    let pages = ["help", "guide", "parents' session", "final assessment"].len();
    assert_eq!(
        untranslated.len(),
        course.modules.len() - 1 + pages,
        "{untranslated:#?}"
    );
    assert!(untranslated
        .iter()
        .all(|m| m.contains("learners who read `en` see it in `fr`")));
}

#[test]
fn a_partial_interface_file_falls_back_on_the_declared_language() {
    let files = course_with_english();
    let course = parse_course(MANIFEST, &files[MANIFEST]).unwrap();
    let en = Locale::of("en");
    let fr = Locale::of("fr");
    let catalog = Catalog::new();
    catalog.declare(course.languages);
    assert_eq!(catalog.missing(en), [en, fr]);
    catalog.add(en, "header-quick-exit = Leave now\n".to_owned());
    let french = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../locales/fr/main.ftl"
    ))
    .unwrap();
    catalog.add(fr, french);
    let english = catalog.localizer(en);
    assert_eq!(english.t("header-quick-exit"), "Leave now");
    assert_eq!(
        english.t("header-help"),
        "Aide",
        "missing in English: French"
    );
    let minutes = |n: u32| {
        english
            .t_args("map-module-minutes", &[("count", n.into())])
            .replace(['\u{2068}', '\u{2069}'], "")
    };
    assert_eq!(
        minutes(0),
        "0 minute",
        "a French message counts by French rules"
    );
    assert_eq!(minutes(2), "2 minutes");
}
