//! index.html paints a newcomer's language picker and fetches the chosen language's messages
//! before the app runs: its languages, their fallbacks and the key it keeps a choice under
//! must be the app's.

use amane_core::i18n::{Catalog, Locale};
use amane_core::progress::StoreKeys;
use regex::Regex;
use std::collections::BTreeMap;

const INDEX: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../index.html"));

/// The start-up script's `languages` table: each code with the files it fetches, in order.
fn script_languages() -> BTreeMap<String, Vec<String>> {
    let table = Regex::new(r"var languages = \{([^}]*)\};").unwrap();
    let body = &table
        .captures(INDEX)
        .expect("a `var languages = {…};` table")[1];
    let entry = Regex::new(r"(\w+): \[([^\]]*)\]").unwrap();
    entry
        .captures_iter(body)
        .map(|found| {
            let files = found[2]
                .split(',')
                .map(|code| code.trim().trim_matches('\'').to_string())
                .collect();
            (found[1].to_string(), files)
        })
        .collect()
}

#[test]
fn the_start_up_script_fetches_each_language_with_the_files_the_app_falls_back_to() {
    let expected: BTreeMap<String, Vec<String>> = Locale::ALL
        .into_iter()
        .map(|locale| {
            let chain = locale.fallback_chain().iter().map(|l| l.code().to_string());
            (locale.code().to_string(), chain.collect())
        })
        .collect();
    assert_eq!(script_languages(), expected);
    let (before, after) = Locale::Ar.ftl_path().split_once("ar").map_or_else(
        || panic!("the path names the language"),
        |(b, a)| (b.to_string(), a.to_string()),
    );
    let fetched = format!("fetchEarly('{before}' + file + '{after}')");
    assert!(INDEX.contains(&fetched), "index.html should call {fetched}");
}

#[test]
fn a_damaged_save_s_language_is_read_from_its_backup_as_the_app_does() {
    let backup = StoreKeys::for_course("COURSE").backup();
    let (before, after) = backup.split_once("COURSE").unwrap();
    let read = format!("localStorage.getItem('{before}' + course + '{after}')");
    assert!(INDEX.contains(&read), "index.html should read {read}");
}

#[test]
fn a_choice_on_the_page_s_picker_is_kept_under_the_key_the_app_reads() {
    let written = StoreKeys::for_course("COURSE").chosen_locale();
    let (before, after) = written.split_once("COURSE").unwrap();
    let read = format!("var chosenKey = '{before}' + course + '{after}';");
    assert!(
        INDEX.contains(&read),
        "index.html should keep a choice as {read}"
    );
}

#[test]
fn the_page_s_picker_names_every_language_in_its_own_script_and_direction() {
    let button =
        Regex::new(r#"<button type="button" lang="(\w+)" dir="(\w+)">([^<]+)</button>"#).unwrap();
    let picker = INDEX
        .split_once(r#"id="boot-picker""#)
        .and_then(|(_, rest)| rest.split_once("</main>"))
        .expect("index.html has its own picker")
        .0;
    let shown: Vec<(String, String, String)> = button
        .captures_iter(picker)
        .map(|b| (b[1].to_string(), b[2].to_string(), b[3].to_string()))
        .collect();
    let french = std::fs::read_to_string(format!(
        "{}/../{}",
        env!("CARGO_MANIFEST_DIR"),
        Locale::Fr.ftl_path()
    ))
    .unwrap();
    let catalog = Catalog::new();
    catalog.add(Locale::Fr, french);
    let names = catalog.localizer(Locale::Fr);
    let expected: Vec<(String, String, String)> = Locale::ALL
        .into_iter()
        .map(|l| {
            let name = names.t(l.name_key().as_str());
            (l.code().to_string(), l.dir().to_string(), name)
        })
        .collect();
    assert_eq!(shown, expected);
}
