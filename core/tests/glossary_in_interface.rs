//! The interface speaks the course's words: no message of `locales/<lang>/main.ftl` uses a
//! word that `content/glossary.toml` tells writers to avoid in that language (in ary, «الدروس»
//! for the modules or «المؤطر» for the animator), so the map, the header and the modules name
//! one thing with one word.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

/// One concept of the glossary, as far as this test needs it.
#[derive(Deserialize)]
struct Concept {
    #[serde(default)]
    avoid: BTreeMap<String, Vec<String>>,
}

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(ROOT).join(path)).unwrap()
}

fn glossary() -> BTreeMap<String, Concept> {
    toml::from_str(&read("content/glossary.toml")).unwrap()
}

/// The words of a message file's text: comments dropped, `key =` left out.
fn words(ftl: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (index, line) in ftl.lines().enumerate() {
        if line.trim_start().starts_with('#') {
            continue;
        }
        let text = match line.split_once('=') {
            Some((key, value)) if !key.starts_with(char::is_whitespace) => value,
            _ => line,
        };
        for word in text.split(|c: char| !(c.is_alphanumeric() || "'’·-".contains(c))) {
            if !word.is_empty() {
                found.push((index + 1, word.to_lowercase()));
            }
        }
    }
    found
}

/// Whether `word` is `avoided`, alone or with a one-letter Arabic proclitic (و ف ب ل ك), or,
/// for a word with the article, with the article joined to its preposition («فالدرس», «للدروس»).
fn is_form_of(word: &str, avoided: &str) -> bool {
    let avoided = avoided.to_lowercase();
    if word == avoided {
        return true;
    }
    let with_proclitic = ["و", "ف", "ب", "ل", "ك"]
        .iter()
        .any(|p| word.strip_prefix(p) == Some(avoided.as_str()));
    let with_article = avoided.strip_prefix("ال").is_some_and(|bare| {
        ["فال", "بال", "لل", "وال", "كال"]
            .iter()
            .any(|p| word.strip_prefix(p) == Some(bare))
    });
    with_proclitic || with_article
}

/// Every use of an avoided word in a language's messages, as `file:line: word (concept)`.
fn avoided_words_in(lang: &str, ftl: &str) -> Vec<String> {
    let glossary = glossary();
    let mut found = Vec::new();
    for (line, word) in words(ftl) {
        for (concept, entry) in &glossary {
            for avoided in entry.avoid.get(lang).into_iter().flatten() {
                if is_form_of(&word, avoided) {
                    found.push(format!(
                        "locales/{lang}/main.ftl:{line}: {word} ({concept})"
                    ));
                }
            }
        }
    }
    found
}

#[test]
fn no_interface_message_uses_a_word_the_glossary_avoids() {
    for lang in ["fr", "ar", "ary"] {
        let found = avoided_words_in(lang, &read(&format!("locales/{lang}/main.ftl")));
        assert!(found.is_empty(), "{found:#?}");
    }
}

#[test]
fn an_avoided_word_is_found_with_its_proclitic_and_its_article() {
    let ftl = "# الدروس in a comment is fine\nback = رجع للدروس\ntitle = الدرس\nnote = للمؤطر\n";
    let found = avoided_words_in("ary", ftl);
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(found[0].starts_with("locales/ary/main.ftl:2: للدروس (module)"));
    assert!(avoided_words_in("ary", "school = المدرسة\n").is_empty());
}
