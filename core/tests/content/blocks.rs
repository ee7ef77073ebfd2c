//! Every block kind, as an author writes it and as the app receives it.

use amane_core::content::{
    Block, CalloutKind, Choice, Ending, Html, QuestionKind, QuestionSet, Scenario,
};

use crate::support::{blocks, parse, shown};

fn html(s: &str) -> Html {
    Html::for_tests(s)
}

fn quiz(body: &str) -> QuestionSet {
    let parsed = parse(&format!("## Quiz {{#s}}\n\n```quiz q\n{body}```\n"));
    assert_eq!(shown(&parsed), Vec::<String>::new());
    match blocks(&parsed)[..] {
        [Block::Quiz(set)] => set.clone(),
        ref other => panic!("expected one quiz, got {other:?}"),
    }
}

fn scenario(body: &str) -> Scenario {
    let parsed = parse(&format!(
        "## Histoire {{#s}}\n\n```scenario sc\n{body}```\n"
    ));
    assert_eq!(shown(&parsed), Vec::<String>::new());
    match blocks(&parsed)[..] {
        [Block::Scenario(scenario)] => scenario.clone(),
        ref other => panic!("expected one scenario, got {other:?}"),
    }
}

#[test]
fn steps_come_from_level_two_headings_with_their_ids() {
    let parsed = parse("## Un {#un}\n\nTexte.\n\n## Deux\n\nSuite.\n");
    let steps: Vec<(&str, &str)> = parsed
        .module
        .steps
        .iter()
        .map(|s| (s.id.as_str(), s.title.as_str()))
        .collect();
    assert_eq!(steps, [("un", "Un"), ("step-2", "Deux")]);
    assert_eq!(
        parsed.module.steps[1].blocks,
        [Block::Prose(html("<p>Suite.</p>\n"))]
    );
}

#[test]
fn the_four_callouts_are_recognised_and_lose_their_marker() {
    let parsed = parse(
        "## Un {#un}\n\n> [!TIP]\n> Astuce.\n\n> [!WARNING]\n> Attention.\n\n\
         > [!HELP]\n>\n> Aide.\n\n> [!TRAINER] Note.\n\n> Une simple citation.\n",
    );
    let callouts: Vec<(CalloutKind, &str)> = blocks(&parsed)
        .into_iter()
        .filter_map(|block| match block {
            Block::Callout(c) => Some((c.kind, c.body.as_str())),
            _ => None,
        })
        .collect();
    assert_eq!(
        callouts,
        [
            (CalloutKind::Tip, "<p>Astuce.</p>\n"),
            (CalloutKind::Warning, "<p>Attention.</p>\n"),
            (CalloutKind::Help, "<p>Aide.</p>\n"),
            (CalloutKind::Trainer, "<p>Note.</p>\n"),
        ]
    );
    assert_eq!(
        blocks(&parsed).last(),
        Some(&&Block::Prose(html(
            "<blockquote>\n<p>Une simple citation.</p>\n</blockquote>\n"
        )))
    );
}

#[test]
fn single_choice_options_carry_correctness_feedback_and_explanation() {
    let set = quiz(
        "### Lequel ? {#q1 .single points=2}\n\n- [ ] Non\n  > Raté.\n- [x] Oui\n\n> Parce que.\n",
    );
    let question = &set.questions[0];
    assert_eq!((question.id.as_str(), question.points), ("q1", 2));
    assert_eq!(question.prompt, html("Lequel ?"));
    assert_eq!(
        question.kind,
        QuestionKind::Single(vec![
            Choice {
                text: html("Non"),
                correct: false,
                feedback: Some(html("<p>Raté.</p>\n")),
            },
            Choice {
                text: html("Oui"),
                correct: true,
                feedback: None,
            },
        ])
    );
    assert_eq!(question.explanation, Some(html("<p>Parce que.</p>\n")));
}

#[test]
fn text_between_the_question_and_its_options_belongs_to_the_question() {
    let set = quiz(
        "### Lis ce message. {#q1 .true-false}\n\n« Tu as gagné ! »\n\n- [ ] Vrai\n- [x] Faux\n",
    );
    assert_eq!(
        set.questions[0].prompt,
        html("Lis ce message.\n<p>« Tu as gagné ! »</p>\n")
    );
}

#[test]
fn multiple_true_false_order_and_match_questions_are_parsed() {
    let set = quiz(
        "### A {#m .multiple}\n\n- [x] a\n- [x] b\n- [ ] c\n\n\
         ### B {#t .true-false}\n\n- [x] Vrai\n- [ ] Faux\n\n\
         ### C {#o .order}\n\n1. premier\n2. deuxième\n\n\
         ### D {#p .match}\n\n- mot -> définition\n- عربي → Latin 2\n",
    );
    let kinds: Vec<&QuestionKind> = set.questions.iter().map(|q| &q.kind).collect();
    let correct = |kind: &QuestionKind| match kind {
        QuestionKind::Multiple(c) | QuestionKind::TrueFalse(c) => {
            c.iter().map(|c| c.correct).collect::<Vec<_>>()
        }
        _ => Vec::new(),
    };
    assert_eq!(correct(kinds[0]), [true, true, false]);
    assert!(matches!(kinds[0], QuestionKind::Multiple(_)));
    assert!(matches!(kinds[1], QuestionKind::TrueFalse(_)));
    assert_eq!(correct(kinds[1]), [true, false]);
    assert_eq!(
        kinds[2],
        &QuestionKind::Ordering(vec![html("premier"), html("deuxième")])
    );
    assert_eq!(
        kinds[3],
        &QuestionKind::Matching(vec![
            (html("mot"), html("définition")),
            (html("عربي"), html("Latin 2")),
        ])
    );
    assert_eq!(set.questions[0].points, 1, "points default to 1");
}

#[test]
fn loose_option_lists_read_like_tight_ones() {
    let set = quiz("### A {#a .single}\n\n- [ ] un\n\n- [x] deux\n");
    assert_eq!(
        set.questions[0].kind,
        QuestionKind::Single(vec![
            Choice {
                text: html("un"),
                correct: false,
                feedback: None
            },
            Choice {
                text: html("deux"),
                correct: true,
                feedback: None
            },
        ])
    );
}

#[test]
fn scenario_nodes_have_choices_points_feedback_notes_and_endings() {
    let scenario = scenario(
        "### Début {#debut}\n\nSalma reçoit un message.\n\n\
         - [Elle répond](#mal)\n  > Ça s'envenime.\n\
         - [Elle demande de l'aide](#bien) {points=2}\n\n\
         > [!DISCUSS]\n> Et toi ?\n\n> [!TRAINER]\n> Laisser parler.\n\n\
         ### Mal {#mal .end-bad}\n\nDommage.\n\n\
         ### Bien {#bien .end-good}\n\nBravo.\n",
    );
    let start = &scenario.nodes[0];
    assert_eq!(start.body, html("<p>Salma reçoit un message.</p>\n"));
    let choices: Vec<(&str, &str, u32, Option<&Html>)> = start
        .choices
        .iter()
        .map(|c| {
            (
                c.text.as_str(),
                c.target.as_str(),
                c.points,
                c.feedback.as_ref(),
            )
        })
        .collect();
    let feedback = html("<p>Ça s'envenime.</p>\n");
    assert_eq!(
        choices,
        [
            ("Elle répond", "mal", 0, Some(&feedback)),
            ("Elle demande de l'aide", "bien", 2, None),
        ]
    );
    assert_eq!(start.discussion, Some(html("<p>Et toi ?</p>\n")));
    assert_eq!(start.trainer_note, Some(html("<p>Laisser parler.</p>\n")));
    let endings: Vec<Option<Ending>> = scenario.nodes.iter().map(|n| n.ending).collect();
    assert_eq!(endings, [None, Some(Ending::Bad), Some(Ending::Good)]);
    assert_eq!(scenario.nodes[2].title, "Bien");
}

#[test]
fn a_mixed_ending_and_a_plain_list_in_a_node_are_kept() {
    let scenario = scenario(
        "### A {#a}\n\n- un point\n- un autre\n\nQue faire ?\n\n- [Suite](#b)\n\n### B {#b .end-mixed}\n\nFin.\n",
    );
    assert_eq!(scenario.nodes[1].ending, Some(Ending::Mixed));
    assert!(scenario.nodes[0]
        .body
        .as_str()
        .contains("<li>un point</li>"));
    assert_eq!(scenario.nodes[0].choices.len(), 1);
}

#[test]
fn a_broken_block_is_reported_in_place_and_the_rest_still_renders() {
    let parsed = parse(
        "## Un {#un}\n\nAvant.\n\n```quiz q\n### Sans type {#q1}\n\n- [x] a\n- [ ] b\n```\n\nAprès.\n",
    );
    match blocks(&parsed)[..] {
        [Block::Prose(before), Block::Invalid(problem), Block::Prose(after)] => {
            assert_eq!(before, &html("<p>Avant.</p>\n"));
            assert_eq!(after, &html("<p>Après.</p>\n"));
            assert_eq!(problem.to_string(), shown(&parsed)[0]);
        }
        ref other => panic!("unexpected blocks {other:?}"),
    }
}

#[test]
fn other_code_blocks_stay_code() {
    let parsed = parse("## Un {#un}\n\n```text\n<b>x</b>\n```\n");
    assert_eq!(
        blocks(&parsed),
        [&Block::Prose(html(
            "<pre><code class=\"language-text\">&lt;b&gt;x&lt;/b&gt;\n</code></pre>\n"
        ))]
    );
}

#[test]
fn arabic_prose_with_latin_links_and_numbers_is_kept_intact() {
    let parsed = parse(
        "## مساعدة {#aide}\n\nاتصل بالرقم 2511 أو زر [موقع E-Blagh](https://www.e-blagh.ma/) \
         قبل 15:30 — حساب @salma_2009.\n",
    );
    assert_eq!(parsed.module.steps[0].title, "مساعدة");
    assert_eq!(
        blocks(&parsed),
        [&Block::Prose(html(
            "<p>اتصل بالرقم 2511 أو زر <a href=\"https://www.e-blagh.ma/\" \
             rel=\"noopener noreferrer\">موقع E-Blagh</a> قبل 15:30 — حساب @salma_2009.</p>\n"
        ))]
    );
}
