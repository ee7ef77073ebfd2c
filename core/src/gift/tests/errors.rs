//! Malformed GIFT: every problem as `file:line:col: error: message`, and the questions that
//! were fine still converted.

use super::*;

/// The printed errors of a one-question file.
fn errors(gift: &str) -> Vec<String> {
    let imported = import(gift);
    assert_eq!(imported.imported, 0, "{:?}", imported.markdown);
    printed(&imported)
}

#[test]
fn unclosed_brace_points_at_the_brace() {
    assert_eq!(
        errors("Quel réseau ?\n  {~a =b"),
        ["bank.gift:2:3: error: unbalanced braces: this `{` is never closed (a blank line ends a question)"]
    );
}

#[test]
fn closing_brace_without_opening_one() {
    assert_eq!(
        errors("Quel réseau ? ~a =b}"),
        ["bank.gift:1:20: error: unbalanced braces: `}` without a `{` before it; write `\\}` for a brace in text"]
    );
}

#[test]
fn brace_inside_the_answers() {
    assert_eq!(
        errors("Q ?{~a {=b}"),
        ["bank.gift:1:8: error: unbalanced braces: `{` inside the answers opened at 1:4; write `\\{` for a brace in text"]
    );
}

#[test]
fn second_answer_block() {
    assert_eq!(
        errors("Q {~a =b} and {~c =d}"),
        ["bank.gift:1:15: error: a second answer block: GIFT allows one `{…}` per question"]
    );
}

#[test]
fn no_answers() {
    assert_eq!(
        errors("Q ?{~ ~ }"),
        ["bank.gift:1:5: error: no answers: write each option's text after its `=` (right) or `~` (wrong)"]
    );
}

#[test]
fn empty_answer_among_others() {
    assert_eq!(
        errors("Q ?{~a ~ =b}"),
        ["bank.gift:1:8: error: empty answer after `~`: write its text"]
    );
}

#[test]
fn no_right_answer() {
    assert_eq!(
        errors("Q ?{~a ~%-50%b}"),
        ["bank.gift:1:5: error: no right answer: mark it with `=` or give it a positive weight such as `~%50%`"]
    );
}

#[test]
fn unknown_and_out_of_range_weights_are_each_reported() {
    assert_eq!(
        errors("Q ?{\n~%abc%a\n=b\n~%150%c\n~%-100.5%d\n}"),
        [
            "bank.gift:2:2: error: unknown weight %abc%: write a percentage such as %50% or %-25%",
            "bank.gift:4:2: error: weight %150% is out of range: use a percentage from -100 to 100",
            "bank.gift:5:2: error: weight %-100.5% is out of range: use a percentage from -100 to 100",
        ]
    );
}

#[test]
fn text_before_the_first_answer() {
    assert_eq!(
        errors("Q ?{ oops ~a =b}"),
        ["bank.gift:1:6: error: text before the first answer: start every answer with `=` (right) or `~` (wrong)"]
    );
}

#[test]
fn matching_pair_without_arrow_and_too_few_pairs() {
    assert_eq!(
        errors("Q ?{=a -> 1 =b}"),
        ["bank.gift:1:13: error: matching pair without `->`: write `=left -> right`"]
    );
    assert_eq!(
        errors("Q ?{=a -> 1}"),
        ["bank.gift:1:5: error: a matching question needs at least two `=left -> right` pairs"]
    );
    assert_eq!(
        errors("Q ?{=a -> 1 =b ->}"),
        ["bank.gift:1:13: error: matching pair with nothing after `->`"]
    );
}

#[test]
fn true_false_with_three_feedbacks() {
    assert_eq!(
        errors("Q ?{T#a#b#c}"),
        ["bank.gift:1:10: error: true/false takes at most two feedbacks: `{T#if wrong#if right}`"]
    );
}

#[test]
fn unclosed_title_and_missing_question_text() {
    assert_eq!(
        errors("::Sans fin: Q ?{T}"),
        ["bank.gift:1:1: error: the title opened with `::` is not closed: write `::title::` (or `\\:` for a colon)"]
    );
    assert_eq!(
        errors("::Titre::  {T}"),
        ["bank.gift:1:1: error: the question has no text: write it before the `{`"]
    );
}

#[test]
fn arabic_columns_count_characters() {
    assert_eq!(
        errors("ما هو التصيد؟ {~أ ~%خمسون%ب =ج}"),
        ["bank.gift:1:20: error: unknown weight %خمسون%: write a percentage such as %50% or %-25%"]
    );
}

#[test]
fn good_questions_are_converted_around_bad_ones_and_counted() {
    let imported = import(
        "::ok1::Premier ?{T}\n\n\
         ::bad::Q ?{~%x%a =b ~%200%c}\n\n\
         ::skip::Combien ?{#4}\n\n\
         ::ok2::Deuxième ?{~a =b}\n\n\
         ::broken::Q ?{~a =b\n\n\
         ::ok3::Troisième ?{=%50%a ~b =c}",
    );
    let md = markdown(&imported);
    assert!(
        md.contains("{#ok1 .true-false")
            && md.contains("{#ok2 .single")
            && md.contains("{#ok3 .single")
    );
    assert!(!md.contains("{#bad") && !md.contains("{#broken") && !md.contains("{#skip"));
    assert_eq!(imported.imported, 3);
    assert_eq!(imported.count(MessageKind::Error), 3);
    assert_eq!(imported.count(MessageKind::Skipped), 1);
    assert_eq!(
        imported.summary("bank.gift"),
        "bank.gift: 3 imported (1 approximated), 1 skipped, 3 errors"
    );
    let lines: Vec<u32> = imported.messages.iter().map(|m| m.pos.line).collect();
    assert_eq!(lines, [3, 3, 5, 9, 11]);
}

#[test]
fn the_summary_counts_one_error_in_the_singular() {
    let imported = import("::ok::Vrai ?{T}\n\nQ ?{~a ~b}");
    assert_eq!(
        imported.summary("bank.gift"),
        "bank.gift: 1 imported (0 approximated), 0 skipped, 1 error"
    );
}

#[test]
fn every_error_listed_in_the_guide_is_one_the_importer_prints() {
    let guide = include_str!("../../../../docs/GIFT.md");
    let section = &guide[guide.find("## Errors").expect("an Errors section")..];
    let documented: Vec<&str> = section
        .lines()
        .filter_map(|line| line.strip_prefix("| ``"))
        .filter_map(|rest| rest.find("``").map(|end| rest[..end].trim()))
        .collect();
    let malformed = [
        "Q ?{~a =b",
        "Q ? ~a =b}",
        "Q\nR\n0123456789a{~a {=b}",
        "Q {~a =b} and {~c =d}",
        "Q ?{~ ~}",
        "Q ?{~a ~ =b}",
        "Q ?{~a ~b}",
        "Q ?{~%abc%a =b ~%150%c}",
        "Q ?{ oops ~a =b}",
        "Q ?{=a -> 1 =b}",
        "Q ?{=a -> 1 =b ->}",
        "Q ?{=a -> 1}",
        "Q ?{T#a#b#c}",
        "::Sans fin: Q ?{T}",
        "::Titre:: {T}",
    ];
    let printed: Vec<String> = malformed
        .iter()
        .flat_map(|gift| import(gift).messages)
        .filter(|m| m.kind == MessageKind::Error)
        .map(|m| m.text)
        .collect();
    assert_eq!(documented.len(), 16);
    for message in documented {
        assert!(
            printed.iter().any(|p| p.starts_with(message)),
            "the guide lists `{message}`, the importer never prints it"
        );
    }
}
