//! The app's checker (`#/auteur`) cannot list the server's folders: it fetches the files the
//! course names (`files_to_check`). On the shipped course it must see every file the command
//! line checker reads, and report the same.

use amane_core::check::cli::read_content;
use amane_core::check::{check_course, files_to_check, MANIFEST};
use amane_core::content::parse_course;
use std::collections::BTreeMap;
use std::path::Path;

#[test]
fn the_files_the_app_fetches_are_every_file_of_the_shipped_course() {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../content"));
    let folder = read_content(dir).expect("the content folder reads");
    let course = parse_course(MANIFEST, &folder[MANIFEST]).expect("the shipped manifest parses");
    let mut fetched = BTreeMap::from([(MANIFEST.to_owned(), folder[MANIFEST].clone())]);
    for path in files_to_check(&course) {
        if let Some(text) = folder.get(&path) {
            fetched.insert(path, text.clone());
        }
    }
    let missed: Vec<&String> = folder
        .keys()
        .filter(|k| !fetched.contains_key(*k))
        .collect();
    assert!(
        missed.is_empty(),
        "files the app would not check: {missed:?}"
    );
    assert_eq!(check_course(&fetched), check_course(&folder));
}

#[test]
fn a_broken_module_is_reported_the_same_from_the_fetched_files() {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../content"));
    let mut folder = read_content(dir).expect("the content folder reads");
    let course = parse_course(MANIFEST, &folder[MANIFEST]).expect("the shipped manifest parses");
    let module = format!("modules/{}/ar.md", course.modules[1]);
    folder.insert(module.clone(), "no front matter\n".to_owned());
    let fetched: BTreeMap<String, String> = std::iter::once(MANIFEST.to_owned())
        .chain(files_to_check(&course))
        .filter_map(|path| folder.get(&path).map(|text| (path, text.clone())))
        .collect();
    let report = check_course(&fetched);
    assert!(report.errors.iter().any(|d| d.file == module), "{report:?}");
    assert_eq!(report, check_course(&folder));
}
