//! The interface speaks the course's words: no message of `locales/<lang>/main.ftl` uses a
//! word that `content/glossary.toml` tells writers to avoid in that language (in ary, «الدروس»
//! for the modules or «المؤطر» for the animator), so the map, the header and the modules name
//! one thing with one word. The rule for a word is the checker's own ([`avoided_words`]).

use std::path::Path;

use amane_core::check::avoided_words;
use amane_core::content::{parse_glossary, Glossary};

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(ROOT).join(path)).unwrap()
}

fn glossary() -> Glossary {
    parse_glossary("glossary.toml", &read("content/glossary.toml")).unwrap()
}

/// Every use of an avoided word in a language's messages (comments dropped, `key =` left
/// out), as `file:line: word (concept)`.
fn avoided_words_in(lang: &str, ftl: &str) -> Vec<String> {
    let glossary = glossary();
    let mut found = Vec::new();
    for (index, line) in ftl.lines().enumerate() {
        if line.trim_start().starts_with('#') {
            continue;
        }
        let text = match line.split_once('=') {
            Some((key, value)) if !key.starts_with(char::is_whitespace) => value,
            _ => line,
        };
        for word in avoided_words(&glossary, lang, text) {
            found.push(format!(
                "locales/{lang}/main.ftl:{}: {} ({})",
                index + 1,
                word.found,
                word.concept.id
            ));
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
