//! Citations: `[^id]` naming one of the module's sources becomes the source's number, linked
//! to it; a citation of no source is an error at its place.

use amane_core::content::{parse_module, Block, ParsedModule, QuestionKind};

use crate::support::{blocks, shown};

/// Front matter with two sources (7 lines, so a body starts on line 8).
fn front(url_b: &str) -> String {
    format!(
        "+++\n\
         sources = [{{ id = \"cndp\", title = \"Guide <données>\", publisher = \"CNDP & co\", \
         date = \"2024\", url = \"https://www.cndp.ma/guide?a=1&b=2\", supports = \"x\" }}, \
         {{ id = \"loi-09-08\", title = \"Loi 09-08\", publisher = \"SGG\", date = \"2009\", \
         url = \"{url_b}\", supports = \"y\" }}]\n+++\n\n"
    )
}

fn parse(body: &str) -> ParsedModule {
    parse_with(&front("https://www.sgg.gov.ma/loi"), body)
}

fn parse_with(front: &str, body: &str) -> ParsedModule {
    parse_module("m.md", "m", "fr", &format!("{front}{body}"))
}

/// The HTML of the first prose block.
fn prose(parsed: &ParsedModule) -> &str {
    blocks(parsed)
        .into_iter()
        .find_map(|block| match block {
            Block::Prose(html) => Some(html.as_str()),
            _ => None,
        })
        .expect("a prose block")
}

const LOI: &str = "<sup class=\"citation\"><a href=\"https://www.sgg.gov.ma/loi\" \
                   rel=\"noopener noreferrer\" title=\"Loi 09-08 — SGG\">[2]</a></sup>";

#[test]
fn a_cited_source_becomes_its_number_linked_to_it() {
    let parsed = parse("## Étape {#e}\n\nLa loi protège tes données[^loi-09-08] au Maroc.\n");
    assert_eq!(shown(&parsed), Vec::<String>::new());
    assert_eq!(
        prose(&parsed),
        format!("<p>La loi protège tes données{LOI} au Maroc.</p>\n")
    );
}

#[test]
fn the_title_and_address_of_a_source_are_escaped() {
    let parsed = parse("## Étape {#e}\n\nVoir[^cndp].\n");
    assert_eq!(
        prose(&parsed),
        "<p>Voir<sup class=\"citation\"><a href=\"https://www.cndp.ma/guide?a=1&amp;b=2\" \
         rel=\"noopener noreferrer\" title=\"Guide &lt;données&gt; — CNDP &amp; co\">[1]</a>\
         </sup>.</p>\n"
    );
}

#[test]
fn a_citation_of_no_source_is_an_error_where_it_is_and_stays_text() {
    let parsed = parse("## Étape {#e}\n\nSelon la loi[^xyz], oui.\n");
    assert_eq!(
        shown(&parsed),
        [
            "m.md:7:13: error: `[^xyz]` cites no source: this module's sources are `cndp`, \
          `loi-09-08`"
        ]
    );
    assert_eq!(prose(&parsed), "<p>Selon la loi[^xyz], oui.</p>\n");
}

#[test]
fn in_a_module_without_sources_every_citation_is_an_error() {
    let front = "+++\nsources = []\n+++\n";
    let parsed = parse_with(front, "## Étape {#e}\n\nUn fait[^cndp].\n");
    assert_eq!(
        shown(&parsed),
        ["m.md:6:8: error: `[^cndp]` cites no source: this module lists no sources"]
    );
}

#[test]
fn citations_in_arabic_text_keep_their_place_and_columns_count_letters() {
    let parsed = parse(
        "## الخطوة {#e}\n\nيحمي القانون معطياتك[^loi-09-08] في المغرب.\n\nراجع المصدر[^غلط] و[^nope].\n",
    );
    assert_eq!(
        shown(&parsed),
        [
            "m.md:9:20: error: `[^nope]` cites no source: this module's sources are `cndp`, \
          `loi-09-08`"
        ]
    );
    assert_eq!(
        prose(&parsed),
        format!(
            "<p>يحمي القانون معطياتك{LOI} في المغرب.</p>\n<p>راجع المصدر[^غلط] و[^nope].</p>\n"
        )
    );
}

#[test]
fn citations_work_in_callouts_and_quizzes_and_an_unknown_one_leaves_the_quiz_shown() {
    let parsed = parse(
        "## Étape {#e}\n\n> [!TIP]\n> Signale[^cndp].\n\n```quiz q\n\
         ### Qui protège tes données ?[^loi-09-08] {#q1 .single}\n\n\
         - [x] La CNDP[^cndp]\n  > Oui[^oups].\n- [ ] Personne\n```\n",
    );
    assert_eq!(
        shown(&parsed),
        [
            "m.md:14:8: error: `[^oups]` cites no source: this module's sources are `cndp`, \
          `loi-09-08`"
        ]
    );
    let blocks = blocks(&parsed);
    let Block::Callout(callout) = blocks[0] else {
        panic!("a callout: {blocks:?}")
    };
    assert!(callout
        .body
        .as_str()
        .contains("Signale<sup class=\"citation\">"));
    let Block::Quiz(quiz) = blocks[1] else {
        panic!("the quiz is shown: {blocks:?}")
    };
    let question = &quiz.questions[0];
    assert_eq!(
        question.prompt.as_str(),
        format!("Qui protège tes données ?{LOI}")
    );
    let QuestionKind::Single(choices) = &question.kind else {
        panic!("a single-answer question")
    };
    assert!(choices[0].text.as_str().ends_with(">[1]</a></sup>"));
    assert_eq!(
        choices[0].feedback.as_ref().map(|html| html.as_str()),
        Some("<p>Oui[^oups].</p>\n")
    );
}

#[test]
fn code_and_link_text_are_not_citations() {
    let parsed = parse("## Étape {#e}\n\nÉcris `[^xyz]` ou [lis[^xyz]](https://a.ma).\n");
    assert_eq!(shown(&parsed), Vec::<String>::new());
    assert_eq!(
        prose(&parsed),
        "<p>Écris <code>[^xyz]</code> ou <a href=\"https://a.ma\" rel=\"noopener noreferrer\">\
         lis[^xyz]</a>.</p>\n"
    );
}

#[test]
fn a_real_footnote_stays_a_footnote_even_under_a_source_id() {
    let parsed = parse(
        "## Étape {#e}\n\nUne note[^1], une autre[^cndp] et la loi[^loi-09-08].\n\n\
         [^1]: Le texte de la note.\n\n[^cndp]: Une note qui porte le nom d'une source.\n",
    );
    assert_eq!(shown(&parsed), Vec::<String>::new());
    let html = prose(&parsed);
    for footnote in [
        "Une note<sup class=\"footnote-reference\">",
        "une autre<sup class=\"footnote-reference\">",
        "<p>Le texte de la note.</p>",
        "<p>Une note qui porte le nom d'une source.</p>",
    ] {
        assert!(html.contains(footnote), "{footnote} missing in {html}");
    }
    assert!(html.contains(&format!("et la loi{LOI}.")), "{html}");
}

#[test]
fn a_source_with_a_hostile_address_is_cited_without_a_link() {
    for url in [
        "javascript:alert(1)",
        "http://example.com",
        "data:text/html,x",
        "//evil.example/x",
    ] {
        let parsed = parse_with(&front(url), "## Étape {#e}\n\nUn fait[^loi-09-08].\n");
        assert_eq!(
            prose(&parsed),
            "<p>Un fait<sup class=\"citation\">[2]</sup>.</p>\n",
            "{url}"
        );
    }
}

#[test]
fn a_citation_in_a_step_or_node_title_is_a_warning_at_its_place() {
    let parsed = parse(
        "## La loi[^loi-09-08] {#e}\n\nTexte.\n\n\
         ```scenario s\n### Début [^cndp] {#debut}\n\nTu vois un message.\n\n\
         - [Bloquer](#fin)\n\n### Fin {#fin .end-good}\n\nBien.\n```\n",
    );
    assert_eq!(
        shown(&parsed),
        vec![
            "m.md:5:10: warning: the citation `[^loi-09-08]` in this title is shown as typed: \
             cite the source in the text under the title",
            "m.md:10:11: warning: the citation `[^cndp]` in this title is shown as typed: \
             cite the source in the text under the title",
        ]
    );
    assert_eq!(parsed.module.steps[0].title, "La loi[^loi-09-08]");
}

#[test]
fn a_citation_shown_as_code_in_a_title_is_not_a_warning() {
    let parsed = parse("## Écrire `[^id]` {#e}\n\nTexte.\n");
    assert_eq!(shown(&parsed), Vec::<String>::new());
    assert_eq!(parsed.module.steps[0].title, "Écrire [^id]");
}
