//! GIFT syntax around the questions: escapes, comments, categories, layout, encodings,
//! titles and text formats.

use super::*;

#[test]
fn escapes_are_text_not_syntax() {
    let imported = import(
        "::Accolades\\: lesquelles ?::Which is 5? \\{ \\} \\# \\~ \\\\ {\n\
         ~ \\= 2 + 2\n\
         = \\= 2 + 3 #Yes\\: 2 + 3 \\= 5\n\
         ~ a \\~ b \\# c\n}",
    );
    let md = markdown(&imported);
    assert!(
        md.contains("### Which is 5? \\{ \\} \\# \\~ \\\\ {#accolades-lesquelles .single"),
        "{md}"
    );
    assert!(
        md.contains("- [ ] \\= 2 + 2\n- [x] \\= 2 + 3\n  > Yes: 2 + 3 = 5\n- [ ] a \\~ b \\# c\n"),
        "{md}"
    );
}

#[test]
fn backslash_n_starts_a_new_line_in_feedback() {
    let md = markdown(&import("Q?{=a#First line\\nSecond line ~b}")).to_string();
    assert!(
        md.contains("- [x] a\n  > First line\n  > Second line\n"),
        "{md}"
    );
}

#[test]
fn comments_categories_and_blank_lines_are_handled() {
    let imported = import(
        "// Banque de questions\n$CATEGORY: $course$/Sécurité/Mots de passe\n\n\n\
         // une question\n::A::Premier ?{T}\n  // commentaire au milieu\n\n\n\n::B::Second ?{F}\n",
    );
    let md = markdown(&imported);
    assert_eq!(imported.imported, 2);
    assert!(md.contains("[//]: # \"Moodle category: $course$/Sécurité/Mots de passe\"\n"));
    assert!(!md.contains("commentaire") && !md.contains("Banque"));
    assert!(md.contains("{#a .true-false") && md.contains("{#b .true-false"));
}

#[test]
fn multi_line_questions_and_answers_join_up() {
    let imported = import(
        "::Thanksgiving::The American holiday of Thanksgiving is\ncelebrated on the {\n    ~second\n    ~third\n    =fourth\n} Thursday of November.",
    );
    let md = markdown(&imported);
    assert!(md.contains(
        "### The American holiday of Thanksgiving is celebrated on the \\_\\_\\_ Thursday of November. {#thanksgiving .single"
    ));
    assert!(md.contains("- [ ] second\n- [ ] third\n- [x] fourth\n"));
}

#[test]
fn crlf_and_byte_order_mark_change_nothing() {
    let unix = "::A::Premier ?{~x =y}\n\n::B::Second ?{T}\n";
    let windows = format!("\u{feff}{}", unix.replace('\n', "\r\n"));
    assert_eq!(import(unix), import(&windows));
    let broken = "\u{feff}Q ?{~%abc%x =y}\r\n";
    assert_eq!(
        printed(&import(broken)),
        ["bank.gift:1:6: error: unknown weight %abc%: write a percentage such as %50% or %-25%"]
    );
}

#[test]
fn repeated_titles_get_distinct_ids() {
    let md = markdown(&import("::Q::Un ?{T}\n\n::Q::Deux ?{T}\n\n::Q::Trois ?{F}")).to_string();
    assert!(
        md.contains("{#q .true") && md.contains("{#q-2 .true") && md.contains("{#q-3 .true"),
        "{md}"
    );
}

#[test]
fn html_becomes_safe_markdown() {
    let imported = import(
        "[html]<p>Is <b>this</b> <i>safe</i>?</p><script>alert(1)</script>{\n\
         =<a href\\=\"https://www.e-himaya.gov.ma\">Le portail</a>#<strong>Oui</strong>\n\
         ~<a href\\=\"javascript:alert(1)\">Un lien</a>\n}",
    );
    let md = markdown(&imported);
    assert!(md.contains("### Is **this** *safe*? {#q1 .single"), "{md}");
    assert!(
        md.contains(
            "- [x] [Le portail](https://www.e-himaya.gov.ma)\n  > **Oui**\n- [ ] Un lien\n"
        ),
        "{md}"
    );
    assert!(!md.contains('<') && !md.contains("](javascript"));
    assert!(only(&imported, MessageKind::Approximated).contains("javascript:alert(1)"));
}

#[test]
fn plain_text_shows_markup_characters_as_typed() {
    let md = markdown(&import("[plain]Is <b>*this*</b> bold?{T}")).to_string();
    assert!(
        md.contains("### Is \\<b\\>\\*this\\*\\</b\\> bold? {#q1"),
        "{md}"
    );
}

#[test]
fn markdown_is_kept_and_its_html_escaped() {
    let md = markdown(&import(
        "[markdown]Is **this** <u>bold</u>?{T#Non, *pas du tout*}",
    ))
    .to_string();
    assert!(md.contains("### Is **this** \\<u>bold\\</u>? {#q1"), "{md}");
    assert!(
        md.contains("- [x] Vrai\n- [ ] Faux\n  > Non, *pas du tout*\n"),
        "{md}"
    );
}

#[test]
fn moodle_format_keeps_line_breaks_in_feedback() {
    let md = markdown(&import("[moodle]Q ?{=a#un<br>deux\ntrois ~b}")).to_string();
    assert!(md.contains("  > un\n  > deux\n  > trois\n"), "{md}");
}

#[test]
fn an_answer_can_have_its_own_format() {
    let md = markdown(&import("[plain]A <b> ?{=[html]<b>gras</b> ~<b>texte</b>}")).to_string();
    assert!(
        md.contains("- [x] **gras**\n- [ ] \\<b\\>texte\\</b\\>\n"),
        "{md}"
    );
}

#[test]
fn a_moodle_export_with_html_paragraphs_imports_cleanly() {
    let imported = import(include_str!("../fixtures/moodle-export.gift"));
    let md = markdown(&imported);
    assert_eq!(
        (imported.imported, imported.count(MessageKind::Error)),
        (2, 0)
    );
    assert!(md.contains(
        "### Quel mot de passe est le plus **solide** ? {#mot-de-passe .single points=1}\n"
    ));
    assert!(md.contains("- [x] Une phrase de quatre mots\n  > Oui !\n- [ ] Ta date de naissance\n"));
    assert!(md.contains("> Voir [le guide](https://e3lam.ma).\n>\n> guide\n"));
    assert!(md.contains("- [ ] Vrai\n  > Non.\n- [x] Faux\n  > Exact.\n"));
    assert!(md.contains("[//]: # \"Moodle category: $course$/top/Default for Sécurité\""));
    assert!(!md.contains('<') && !md.contains("@@PLUGINFILE@@/guide.png)"));
}
