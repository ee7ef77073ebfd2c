//! index.html paints a newcomer's language picker and fetches the chosen language's messages
//! before the app runs: its languages, their fallbacks and the key it keeps a choice under
//! must be the app's.

use amane_core::content::parse_course;
use amane_core::i18n::{Languages, Locale};
use amane_core::progress::StoreKeys;
use regex::Regex;
use std::path::{Path, PathBuf};
use std::process::Command;

const INDEX: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../index.html"));

/// The repository's root.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The shipped course's languages, as the app reads them.
fn languages() -> Languages {
    let path = root().join("content/course.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    parse_course("course.toml", &text).unwrap().languages
}

/// Runs `scripts/course_meta.py` with `args`; its standard output.
fn course_meta(args: &[&str]) -> String {
    let out = Command::new("python3")
        .arg(root().join("scripts/course_meta.py"))
        .args(args)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_start_up_script_fetches_each_language_with_the_files_the_app_falls_back_to() {
    let course = root().join("content/course.toml");
    let listed: serde_json::Value =
        serde_json::from_str(&course_meta(&["--languages", course.to_str().unwrap()])).unwrap();
    let languages = languages();
    let expected: Vec<serde_json::Value> = languages
        .all()
        .iter()
        .map(|l| {
            let files: Vec<String> = languages
                .chain(l.locale)
                .iter()
                .map(ToString::to_string)
                .collect();
            serde_json::json!({
                "code": l.locale.code(), "name": l.name, "dir": l.direction.as_str(), "files": files
            })
        })
        .collect();
    assert_eq!(listed, serde_json::Value::Array(expected));
    assert!(INDEX.contains(r#"document.querySelector('meta[name="amane-languages"]').content"#));
    let (before, after) = Locale::of("ar").ftl_path().split_once("ar").map_or_else(
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
fn the_page_s_picker_names_every_language_of_the_course_in_its_own_script_and_direction() {
    let dist = std::env::temp_dir().join(format!("amane-picker-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dist);
    std::fs::create_dir_all(dist.join("content")).unwrap();
    std::fs::copy(root().join("index.html"), dist.join("index.html")).unwrap();
    std::fs::copy(
        root().join("content/course.toml"),
        dist.join("content/course.toml"),
    )
    .unwrap();
    for language in languages().all() {
        let ftl = language.locale.ftl_path();
        std::fs::create_dir_all(dist.join(&ftl).parent().unwrap()).unwrap();
        std::fs::copy(root().join(&ftl), dist.join(&ftl)).unwrap();
    }
    course_meta(&[dist.to_str().unwrap()]);
    let page = std::fs::read_to_string(dist.join("index.html")).unwrap();
    std::fs::remove_dir_all(&dist).unwrap();
    let button =
        Regex::new(r#"<button type="button" lang="([\w-]+)" dir="(\w+)">([^<]+)</button>"#)
            .unwrap();
    let picker = page
        .split_once(r#"id="boot-picker""#)
        .and_then(|(_, rest)| rest.split_once("</main>"))
        .expect("index.html has its own picker")
        .0;
    let shown: Vec<(String, String, String)> = button
        .captures_iter(picker)
        .map(|b| (b[1].to_string(), b[2].to_string(), b[3].to_string()))
        .collect();
    let expected: Vec<(String, String, String)> = languages()
        .all()
        .iter()
        .map(|l| {
            let (code, dir) = (l.locale.to_string(), l.direction.as_str().to_string());
            (code, dir, l.name.clone())
        })
        .collect();
    assert_eq!(shown, expected);
    for title in ["Choisis ta langue", "اختر لغتك"] {
        assert!(picker.contains(title), "the picker's title says {title}");
    }
}
