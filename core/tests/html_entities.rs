//! An author who writes a named character reference (`&eacute;`, `&nbsp;`, `&rarr;`…) in course
//! text sees its character, for every name HTML5 defines. The Markdown parser's table of those
//! names is a compact copy (patches/pulldown-cmark); this holds it to the upstream table.

use amane_core::content::{render, MarkdownOptions};

include!("../../patches/pulldown-cmark/upstream-entities.rs");

/// The same characters written as numeric references, which the parser decodes without a table.
fn numeric(value: &str) -> String {
    value
        .chars()
        .map(|c| format!("&#x{:X};", u32::from(c)))
        .collect()
}

#[test]
fn every_named_reference_shows_its_character() {
    let opts = MarkdownOptions::default();
    for (name, value) in ENTITIES {
        let name = std::str::from_utf8(name).unwrap();
        let named = render(&format!("a&{name};b"), &opts);
        let expected = render(&format!("a{}b", numeric(value)), &opts);
        assert_eq!(named.as_str(), expected.as_str(), "&{name};");
    }
}

#[test]
fn an_unknown_name_stays_as_written() {
    let html = render("a&notaname;b", &MarkdownOptions::default());
    assert_eq!(html.as_str(), "<p>a&amp;notaname;b</p>\n");
}
