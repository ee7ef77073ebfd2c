//! A small course and module for the screen rules' tests.

use crate::content::{parse_module, Course, Module};

/// A course of three modules with `titles` as its title per locale code.
pub fn course(titles: &[(&str, &str)]) -> Course {
    Course {
        id: "c".into(),
        version: "1".into(),
        title: titles
            .iter()
            .map(|(code, title)| ((*code).to_owned(), (*title).to_owned()))
            .collect(),
        languages: crate::i18n::test_languages::shipped_languages(),
        modules: vec!["01-a".into(), "02-b".into(), "03-c".into()],
        pass_mark: 70,
        quick_exit_url: "https://example.org/".into(),
        issuer: None,
        assessment: None,
    }
}

/// A module of two steps, with a content warning when `warning` is set.
pub fn module(warning: bool) -> Module {
    let warning = if warning {
        "content_warning = \"Récits de harcèlement.\"\n"
    } else {
        ""
    };
    let text = format!(
        "+++\n{warning}sources = []\n+++\n\n## Un {{#un}}\n\nTexte.\n\n## Deux {{#deux}}\n\nTexte.\n"
    );
    let parsed = parse_module("m/fr.md", "m", "fr", &text);
    assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
    parsed.module
}
