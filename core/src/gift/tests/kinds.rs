//! Every GIFT question kind: imported with the type that keeps its meaning, or skipped with
//! its line and reason.

use super::*;

#[test]
fn multiple_choice_keeps_options_feedback_and_explanation() {
    let imported = import(
        "::Mot de passe solide::Quel mot de passe est le plus solide ?{\n\
         ~123456#C'est le premier essayé par les pirates.\n\
         =Une phrase de quatre mots au hasard#Oui : la longueur compte.\n\
         ~Ta date de naissance\n\
         ####Une phrase de passe longue est solide et facile à retenir.}",
    );
    assert_eq!(
        markdown(&imported),
        "```quiz set\n\
         [//]: # \"Imported from bank.gift\"\n\n\
         ### Quel mot de passe est le plus solide ? {#mot-de-passe-solide .single points=1}\n\n\
         [//]: # \"Moodle title: Mot de passe solide\"\n\n\
         - [ ] 123456\n  > C'est le premier essayé par les pirates.\n\
         - [x] Une phrase de quatre mots au hasard\n  > Oui : la longueur compte.\n\
         - [ ] Ta date de naissance\n\n\
         > Une phrase de passe longue est solide et facile à retenir.\n\
         ```\n"
    );
    assert!(imported.messages.is_empty());
    assert_eq!(imported.imported, 1);
}

#[test]
fn missing_word_becomes_single_choice_with_a_blank() {
    let imported = import("Grant is {~buried =entombed ~living} in Grant's tomb.");
    let md = markdown(&imported);
    assert!(md.contains("### Grant is \\_\\_\\_ in Grant's tomb. {#q1 .single points=1}\n"));
    assert!(md.contains("- [ ] buried\n- [x] entombed\n- [ ] living\n"));
}

#[test]
fn weighted_answers_become_multiple_choice_with_a_comment() {
    let imported = import(
        "Who is in the tomb? {\n~%-100%No one\n~%50%Grant\n~%50%Grant's wife\n~%-100%Grant's father\n}",
    );
    let md = markdown(&imported);
    assert!(md.contains("{#q1 .multiple points=1}"));
    assert!(md.contains("- [ ] No one\n- [x] Grant\n- [x] Grant's wife\n- [ ] Grant's father\n"));
    let comment = md
        .lines()
        .find(|l| l.starts_with("[//]: # \"Moodle"))
        .unwrap();
    assert!(comment.contains("“Grant” 50%"), "{comment}");
    assert!(comment.contains("“No one” -100%"), "{comment}");
    assert!(only(&imported, MessageKind::Approximated)
        .starts_with("bank.gift:1:1: approximated: Moodle grading"));
}

#[test]
fn partial_credit_beside_a_right_answer_keeps_single_choice_and_says_so() {
    let imported = import(
        "::Ville::Jesus Christ was from {\n~Jerusalem\n~%25%Bethlehem#Born here.\n~%50%Galilee\n=Nazareth#Yes!\n}.",
    );
    let md = markdown(&imported);
    assert!(md.contains("### Jesus Christ was from \\_\\_\\_. {#ville .single points=1}"));
    assert!(md.contains("- [ ] Galilee\n- [x] Nazareth\n  > Yes!\n"));
    let note = only(&imported, MessageKind::Approximated);
    assert!(
        note.contains("“Bethlehem” 25%") && note.contains("here only “Nazareth” is right."),
        "{note}"
    );
}

#[test]
fn two_full_credit_answers_become_multiple_choice() {
    let imported = import("Safe passwords? {=Long phrase =Random words ~Your name}");
    let md = markdown(&imported);
    assert!(md.contains(".multiple points=1}"));
    assert!(md.contains("- [x] Long phrase\n- [x] Random words\n- [ ] Your name\n"));
    let note = only(&imported, MessageKind::Approximated);
    assert!(
        note.contains("choosing any one of the right options was enough"),
        "{note}"
    );
    assert!(
        note.contains(
            "here “Long phrase”, “Random words” are the right options of a multiple choice"
        ),
        "{note}"
    );
}

#[test]
fn explicit_full_and_zero_weights_are_kept_exactly() {
    let imported = import("Q ?{=%100%Oui ~%0%Non ~Peut-être}");
    assert!(markdown(&imported)
        .contains("{#q1 .single points=1}\n\n- [x] Oui\n- [ ] Non\n- [ ] Peut-être\n"));
    assert!(imported.messages.is_empty(), "{:?}", imported.messages);
}

#[test]
fn true_false_in_every_spelling_with_feedback_on_the_right_option() {
    for (answer, right) in [("T", true), ("TRUE", true), ("F", false), ("false", false)] {
        let md = markdown(&import(&format!("The sun rises in the east.{{{answer}}}"))).to_string();
        let expected = if right {
            "- [x] Vrai\n- [ ] Faux\n"
        } else {
            "- [ ] Vrai\n- [x] Faux\n"
        };
        assert!(
            md.contains(".true-false points=1}") && md.contains(expected),
            "{answer}: {md}"
        );
    }
    let md = markdown(&import(
        "Grant is buried here.{FALSE#No, nobody is.#Right: no one.}",
    ))
    .to_string();
    assert!(
        md.contains("- [ ] Vrai\n  > No, nobody is.\n- [x] Faux\n  > Right: no one.\n"),
        "{md}"
    );
}

#[test]
fn true_false_labels_follow_the_locale() {
    let ar = import_locale("الشمس تشرق من الشرق.{T}", "ar");
    assert!(markdown(&ar).contains("- [x] صحيح\n- [ ] خطأ\n"));
    let ary = import_locale("الشمس كتطلع من الغرب.{F}", "ary");
    assert!(markdown(&ary).contains("- [ ] صحيح\n- [x] غالط\n"));
}

#[test]
fn matching_pairs_stay_matched_and_extras_are_noted() {
    let imported = import(
        "Associe chaque mot.{\n=Hameçonnage -> Faux message\n=Doxxing -> Publier des infos privées\n= -> Un mot de passe\n}",
    );
    let md = markdown(&imported);
    assert!(md.contains("{#q1 .match points=1}"));
    assert!(
        md.contains("- Hameçonnage -> Faux message\n- Doxxing -> Publier des infos privées\n```\n")
    );
    assert!(!md.contains("- -> Un mot de passe"));
    assert!(only(&imported, MessageKind::Approximated)
        .contains("“Un mot de passe” (matching nothing) left out"));
}

#[test]
fn arabic_question_imports_with_numbered_id_its_title_and_text_intact() {
    let imported = import_locale(
        "::سؤال التصيد::ما هي علامة رسالة التصيد الاحتيالي؟{\n\
         =تطلب منك كلمة السر بسرعة#صحيح: لا تعطِ كلمة السر أبداً.\n\
         ~تأتي من صديق تعرفه\n\
         ####المحتالون يستعملون الاستعجال.}",
        "ar",
    );
    assert_eq!(
        markdown(&imported),
        "```quiz set\n\
         [//]: # \"Imported from bank.gift\"\n\n\
         ### ما هي علامة رسالة التصيد الاحتيالي؟ {#q1 .single points=1}\n\n\
         [//]: # \"Moodle title: سؤال التصيد\"\n\n\
         - [x] تطلب منك كلمة السر بسرعة\n  > صحيح: لا تعطِ كلمة السر أبداً.\n\
         - [ ] تأتي من صديق تعرفه\n\n\
         > المحتالون يستعملون الاستعجال.\n\
         ```\n"
    );
}

#[test]
fn titles_are_kept_as_a_comment_under_the_question_in_latin_and_arabic_script() {
    let imported = import_locale(
        "::Mot de passe \\: \"solide\"::Quel mot de passe est le plus solide ?{=Une phrase ~1234}\n\n\
         ::ما هو التصيد؟::رسالة تطلب كلمة السر بسرعة هي تصيد.{T}\n\n\
         Sans titre ?{T}",
        "ar",
    );
    let md = markdown(&imported);
    assert!(
        md.contains(
            "{#mot-de-passe-solide .single points=1}\n\n\
             [//]: # \"Moodle title: Mot de passe : \\\"solide\\\"\"\n\n- [x] Une phrase\n"
        ),
        "{md}"
    );
    assert!(
        md.contains(
            "### رسالة تطلب كلمة السر بسرعة هي تصيد. {#q2 .true-false points=1}\n\n\
             [//]: # \"Moodle title: ما هو التصيد؟\"\n\n- [x] صحيح\n"
        ),
        "{md}"
    );
    assert_eq!(md.matches("Moodle title:").count(), 2, "{md}");
    let module = format!("+++\nsources = []\n+++\n\n## Quiz {{#quiz}}\n\n{md}");
    let parsed = crate::content::parse_module("ar.md", "m", "ar", &module);
    assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
    let shown = format!("{:?}", parsed.module);
    assert!(
        !shown.contains("Moodle title"),
        "the title is never shown to learners"
    );
}

#[test]
fn darija_questions_get_positional_ids() {
    let imported = import_locale(
        "::شنو نديرو؟::إلى شي واحد كيتبعك فالأنستغرام وكيسبك، شنو خاصك دير؟{\n\
         ~تجاوبو بالسبان\n\
         =تصور الشاشة وتبلوكيه وتعلم شي حد كتيق فيه#مزيان، هادشي اللي خاص.\n}\n\n\
         ::واش صحيح؟::خاصك تعطي الكود ديال SMS لأي واحد طلبو منك.{F#لا، حتى واحد ما عندو الحق يطلبو.}",
        "ary",
    );
    let md = markdown(&imported);
    assert!(md.contains(
        "### إلى شي واحد كيتبعك فالأنستغرام وكيسبك، شنو خاصك دير؟ {#q1 .single points=1}"
    ));
    assert!(md
        .contains("- [x] تصور الشاشة وتبلوكيه وتعلم شي حد كتيق فيه\n  > مزيان، هادشي اللي خاص.\n"));
    assert!(
        md.contains("### خاصك تعطي الكود ديال SMS لأي واحد طلبو منك. {#q2 .true-false points=1}")
    );
    assert!(md.contains("- [ ] صحيح\n  > لا، حتى واحد ما عندو الحق يطلبو.\n- [x] غالط\n"));
}

#[test]
fn kinds_without_an_amane_type_are_skipped_with_line_and_reason() {
    let imported = import(
        "Qui est enterré ici ?{=personne =nobody}\n\n\
         Deux plus {=deux =2} font quatre.\n\n\
         En quelle année ?{#1822:2}\n\n\
         Raconte ton expérience. {}\n\n\
         Prenez une feuille pour les questions suivantes.\n\n\
         Capitale ?{Rabat}",
    );
    assert_eq!(imported.markdown, None);
    assert_eq!(imported.count(MessageKind::Skipped), 6);
    let lines: Vec<String> = printed(&imported);
    let expected_starts = [
        "bank.gift:1:1: skipped: short answer",
        "bank.gift:3:1: skipped: fill-in-the-blank",
        "bank.gift:5:1: skipped: numerical",
        "bank.gift:7:1: skipped: essay",
        "bank.gift:9:1: skipped: description",
        "bank.gift:11:1: skipped: short answer",
    ];
    for (line, start) in lines.iter().zip(expected_starts) {
        assert!(line.starts_with(start), "{line}");
    }
}

#[test]
fn a_question_left_without_words_is_skipped_not_written_empty() {
    let imported =
        import("[html]<img src=\"a.png\">{T}\n\n[html]Which sign? {=<img src\\=\"b.png\"> ~Text}");
    assert_eq!(imported.markdown, None);
    let skipped: Vec<String> = printed(&imported)
        .into_iter()
        .filter(|l| l.contains("skipped: the question or one of its options has no text"))
        .collect();
    assert_eq!(skipped.len(), 2);
    assert!(skipped[0].starts_with("bank.gift:1:1:") && skipped[1].starts_with("bank.gift:3:1:"));
}

#[test]
fn approximation_comments_name_options_by_their_words_not_their_html() {
    let imported = import("[html]Q ?{=<p>Une <b>phrase</b></p> ~%-50%<p>Ta date</p>}");
    let note = only(&imported, MessageKind::Approximated);
    assert!(
        note.ends_with("weights “Ta date” -50%; here only “Une phrase” is right."),
        "{note}"
    );
    assert!(!markdown(&imported).contains('<'));
}
