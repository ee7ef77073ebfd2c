//! The examples of Moodle's GIFT documentation page, transcribed in
//! `fixtures/moodle-docs.gift`: every question is imported or skipped with its reason.

use super::super::source;
use super::*;

pub(super) const MOODLE_DOCS: &str = include_str!("../fixtures/moodle-docs.gift");

fn count_lines_with(text: &str, needle: &str) -> usize {
    text.lines().filter(|line| line.contains(needle)).count()
}

#[test]
fn every_example_is_imported_or_skipped_with_a_reason() {
    let imported = import(MOODLE_DOCS);
    let category_lines = 1;
    let questions = source::chunks(MOODLE_DOCS).len() - category_lines;
    let skipped = imported.count(MessageKind::Skipped);
    assert_eq!(
        imported.count(MessageKind::Error),
        0,
        "{:#?}",
        printed(&imported)
    );
    assert_eq!((imported.imported, skipped), (24, 20));
    assert_eq!(imported.imported + skipped, questions);
    assert_eq!(
        imported.summary("moodle-docs.gift"),
        "moodle-docs.gift: 24 imported (3 approximated), 20 skipped, 0 errors"
    );
}

#[test]
fn each_kind_gets_its_amane_type() {
    let imported = import(MOODLE_DOCS);
    let md = markdown(&imported);
    let types =
        [".single ", ".multiple ", ".true-false ", ".match "].map(|t| count_lines_with(md, t));
    assert_eq!(types, [14, 1, 7, 2]);
    assert_eq!(count_lines_with(md, "### "), imported.imported);
}

#[test]
fn skipped_questions_say_which_kind_they_were() {
    let imported = import(MOODLE_DOCS);
    let skipped: Vec<String> = printed(&imported)
        .into_iter()
        .filter(|line| line.contains(": skipped: "))
        .collect();
    let reasons = [
        "numerical",
        "short answer",
        "fill-in-the-blank",
        "essay",
        "description",
    ]
    .map(|reason| {
        skipped
            .iter()
            .filter(|line| line.contains(&format!("skipped: {reason}")))
            .count()
    });
    assert_eq!(reasons, [8, 5, 3, 3, 1]);
    assert!(skipped
        .iter()
        .any(|l| l.starts_with("bank.gift:15:1: skipped: fill-in-the-blank")));
}

#[test]
fn the_documented_examples_keep_their_meaning() {
    let md = markdown(&import(MOODLE_DOCS)).to_string();
    assert!(md.contains(
        "### Moodle costs \\_\\_\\_ to download from moodle.org. {#q12 .single points=1}\n\n\
         - [ ] lots of money\n- [x] nothing\n- [ ] a small amount\n"
    ));
    assert!(md.contains("- [x] yellow\n  > right; good!\n- [ ] red\n  > wrong, it's yellow\n"));
    assert!(md
        .contains("- Canada -> Ottawa\n- Italy -> Rome\n- Japan -> Tokyo\n- India -> New Delhi\n"));
    assert!(md.contains("### Is 7 a prime number? {#q16 .true-false points=1}\n\n- [x] Vrai\n- [ ] Faux\n\n> 7 can only be divided by 1 and by itself.\n"));
    assert!(md.contains("[//]: # \"Moodle category: tom/dick/harry\"\n"));
}
