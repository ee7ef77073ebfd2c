//! Hostile or broken files are refused quickly instead of freezing the page.

use std::time::{Duration, Instant};

use amane_core::content::parse_module;

use crate::support::{parse, shown, FRONT};

#[test]
fn a_file_over_one_megabyte_is_refused_with_a_message() {
    let text = format!("{FRONT}## A {{#a}}\n\n{}", "du texte ".repeat(600_000));
    let started = Instant::now();
    let parsed = parse_module("m.md", "m", "fr", &text);
    assert!(started.elapsed() < Duration::from_secs(1));
    assert_eq!(
        shown(&parsed),
        [
            "m.md:1:1: error: this file is 5274 KB, more than the 1024 KB a module may have: \
          split it into several modules"
        ]
    );
    assert!(parsed.module.steps.is_empty());
}

#[test]
fn ten_thousand_nested_lists_are_refused() {
    let nested = format!("{}niveau\n", "- ".repeat(10_000));
    let started = Instant::now();
    let parsed = parse(&format!("## A {{#a}}\n\n{nested}"));
    assert!(started.elapsed() < Duration::from_secs(1));
    assert_eq!(
        shown(&parsed),
        [
            "m.md:6:1: error: lists or quotes are nested more than 32 levels deep here: the \
          file is not parsed"
        ]
    );
}

#[test]
fn lists_nested_by_indentation_are_refused_at_the_first_line_too_deep() {
    let nested: String = (0..100)
        .map(|depth| format!("{}- niveau\n", "  ".repeat(depth)))
        .collect();
    let started = Instant::now();
    let parsed = parse(&format!("## A {{#a}}\n\n{nested}"));
    assert!(started.elapsed() < Duration::from_secs(1));
    assert_eq!(
        shown(&parsed),
        [
            "m.md:38:1: error: lists or quotes are nested more than 32 levels deep here: the \
          file is not parsed"
        ]
    );
}

#[test]
fn deeply_nested_quotes_are_refused_too() {
    let parsed = parse(&format!("## A {{#a}}\n\n{} trop\n", ">".repeat(5_000)));
    assert_eq!(
        shown(&parsed),
        [
            "m.md:6:1: error: lists or quotes are nested more than 32 levels deep here: the \
          file is not parsed"
        ]
    );
}

#[test]
fn ordinary_nesting_is_accepted() {
    let nested: String = (0..6)
        .map(|depth| format!("{}- niveau\n", "  ".repeat(depth)))
        .collect();
    let parsed = parse(&format!("## A {{#a}}\n\n> > citation\n\n{nested}"));
    assert_eq!(shown(&parsed), Vec::<String>::new());
}
