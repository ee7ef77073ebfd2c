//! Every legal statement of the course rests on the law's own text: a source whose `supports`
//! names an article, a law or a code, or states a penalty or an entry into force, must point to
//! an official publisher of the law's text, never to a news article. Checked for every module
//! and the help page, in every language. Also: the help page and module 07 send the learner to
//! Espace Maroc Cyberconfiance in every language.

use amane_core::check::{PARENTS_FOLDER, PARENTS_ID};
use amane_core::content::{parse_course, parse_module, Source};
use std::path::Path;

const CONTENT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../content");

/// Hosts that publish the law's own text: the Ministry of Justice's legal portal (Adala), the
/// DGSSI's copy of the Bulletin officiel text of law 09-08, and the Secrétariat général du
/// Gouvernement (Bulletin officiel).
const LAW_TEXT_HOSTS: [&str; 3] = ["adala.justice.gov.ma", "www.dgssi.gov.ma", "www.sgg.gov.ma"];

/// Words that make a `supports` line a legal statement, in French and Arabic (compared in
/// lower case). A law number (`loi 103-13`) is found by [`names_a_law_number`].
const LEGAL_WORDS: [&str; 19] = [
    "article",
    "art.",
    "loi n",
    "code pénal",
    "code de procédure",
    "dahir",
    "bulletin officiel",
    "en vigueur",
    "emprisonnement",
    "amende",
    "المادة",
    "الفصل",
    "القانون",
    "ظهير",
    "الجريدة الرسمية",
    "حيز التنفيذ",
    "يعاقب",
    "الحبس",
    "الغرامة",
];

/// True when `text` writes « loi » followed by a number (`loi 103-13`, `loi 09-08`).
fn names_a_law_number(text: &str) -> bool {
    text.match_indices("loi ").any(|(at, word)| {
        text[at + word.len()..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit())
    })
}

/// True when a source's `supports` states a legal fact.
fn states_a_legal_fact(supports: &str) -> bool {
    let lower = supports.to_lowercase();
    names_a_law_number(&lower) || LEGAL_WORDS.iter().any(|word| lower.contains(word))
}

/// The host of an `https://` address.
fn host(url: &str) -> &str {
    let rest = url.strip_prefix("https://").unwrap_or(url);
    rest.split(['/', '#', '?']).next().unwrap_or(rest)
}

/// The sources of `file` that state a legal fact while pointing elsewhere than the law's text.
fn legal_facts_without_the_law(file: &str, sources: &[Source]) -> Vec<String> {
    sources
        .iter()
        .filter(|s| states_a_legal_fact(&s.supports) && !LAW_TEXT_HOSTS.contains(&host(&s.url)))
        .map(|s| format!("{file} `{}` <{}>: {}", s.id, s.url, s.supports))
        .collect()
}

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(CONTENT).join(path)).unwrap()
}

/// The pages of the course that are not modules, as (folder in `content/`, id): each is
/// `content/<folder>/<locale>.md`.
const OTHER_PAGES: [(&str, &str); 4] = [
    ("help", "help"),
    ("guide", "guide"),
    ("assessment", "assessment"),
    (PARENTS_FOLDER, PARENTS_ID),
];

/// Every page of the course with a front matter (each module, then the help page, the case
/// guide, the final assessment and the parents' session) in every language, as (path from
/// `content/`, id, locale).
fn course_pages() -> Vec<(String, String, String)> {
    let course = parse_course("course.toml", &read("course.toml")).unwrap();
    let folders = course
        .modules
        .iter()
        .map(|id| (format!("modules/{id}"), id.clone()))
        .chain(
            OTHER_PAGES
                .iter()
                .map(|(folder, id)| (folder.to_string(), id.to_string())),
        );
    let mut pages = Vec::new();
    for (folder, id) in folders {
        for locale in course.languages.codes() {
            pages.push((
                format!("{folder}/{locale}.md"),
                id.clone(),
                locale.to_owned(),
            ));
        }
    }
    pages
}

#[test]
fn every_source_that_states_a_legal_fact_is_the_law_s_own_text() {
    let mut offending = Vec::new();
    let mut legal = 0;
    for (path, id, locale) in course_pages() {
        let sources = parse_module(&path, &id, &locale, &read(&path))
            .module
            .front
            .sources;
        legal += sources
            .iter()
            .filter(|s| states_a_legal_fact(&s.supports))
            .count();
        offending.extend(legal_facts_without_the_law(&path, &sources));
    }
    assert!(legal > 20, "only {legal} legal sources were read");
    assert!(
        offending.is_empty(),
        "legal facts cited from another source than the law's text:\n{}",
        offending.join("\n")
    );
}

fn source(url: &str, supports: &str) -> Source {
    Source {
        id: "s".into(),
        title: "t".into(),
        publisher: "p".into(),
        date: "2024-01-01".into(),
        url: url.into(),
        supports: supports.into(),
        to_verify: false,
    }
}

#[test]
fn a_press_article_stating_an_article_or_a_law_is_refused_and_a_helpline_is_not() {
    let press = "https://www.example-news.ma/article";
    let refused = [
        "Article 503-1-1 du Code pénal : le harcèlement sexuel est puni.",
        "La loi 103-13 est entrée en vigueur en septembre 2018.",
        "Art. 447-2 : diffuser un montage sans consentement.",
        "الفصل 447-1 من مجموعة القانون الجنائي",
        "يعاقب بالحبس من ستة أشهر إلى ثلاث سنوات",
    ];
    for supports in refused {
        let found = legal_facts_without_the_law("f.md", &[source(press, supports)]);
        assert_eq!(found.len(), 1, "{supports}");
        let law = source(
            "https://adala.justice.gov.ma/resources/21#code-penal",
            supports,
        );
        assert!(legal_facts_without_the_law("f.md", &[law]).is_empty());
    }
    let helpline = "Centre d'écoute de l'ONDE : numéro vert 0800002511, 24 h/24.";
    assert!(legal_facts_without_the_law("f.md", &[source(press, helpline)]).is_empty());
}

#[test]
fn the_help_page_and_module_07_name_espace_maroc_cyberconfiance_in_every_language() {
    let pages = course_pages();
    let checked: Vec<_> = pages
        .iter()
        .filter(|(_, id, _)| id == "help" || id.starts_with("07-"))
        .collect();
    assert_eq!(checked.len(), 6, "{checked:?}");
    for (path, id, locale) in checked {
        let parsed = parse_module(path, id, locale, &read(path)).module;
        let shown: String = parsed
            .steps
            .iter()
            .flat_map(|step| &step.blocks)
            .map(|block| format!("{block:?}"))
            .collect();
        assert!(
            shown.contains("Espace Maroc Cyberconfiance"),
            "{path} does not name Espace Maroc Cyberconfiance"
        );
    }
}
