//! What the importer writes is read back by the content parser with no diagnostic, with the
//! same question types and the same right answers.

use super::moodle_docs::MOODLE_DOCS;
use super::*;
use crate::content::{parse_module, Block, Choice, Question, QuestionKind};

/// A module file holding one step with the imported quiz block.
fn module_text(block: &str) -> String {
    format!("+++\nsources = []\n+++\n\n## Quiz {{#quiz}}\n\n{block}")
}

/// The questions of the module's only quiz, after checking it parsed with no diagnostic.
fn parsed_questions(block: &str, locale: &str) -> Vec<Question> {
    let file = format!("content/modules/99-import/{locale}.md");
    let parsed = parse_module(&file, "99-import", locale, &module_text(block));
    let messages: Vec<String> = parsed.diagnostics.iter().map(ToString::to_string).collect();
    assert_eq!(messages, Vec::<String>::new());
    let quizzes: Vec<_> = parsed
        .module
        .steps
        .iter()
        .flat_map(|step| &step.blocks)
        .filter_map(|block| match block {
            Block::Quiz(set) => Some(set.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(quizzes.len(), 1);
    assert_eq!(quizzes[0].id, "set");
    quizzes[0].questions.clone()
}

/// Indexes of the right options.
fn right(kind: &QuestionKind) -> Vec<usize> {
    let choices: &[Choice] = match kind {
        QuestionKind::Single(c) | QuestionKind::Multiple(c) | QuestionKind::TrueFalse(c) => c,
        _ => &[],
    };
    (0..choices.len()).filter(|&i| choices[i].correct).collect()
}

fn question<'a>(questions: &'a [Question], id: &str) -> &'a Question {
    questions
        .iter()
        .find(|q| q.id == id)
        .unwrap_or_else(|| panic!("no question {id}"))
}

#[test]
fn moodle_examples_read_back_with_their_types_and_answers() {
    let imported = import(MOODLE_DOCS);
    let questions = parsed_questions(markdown(&imported), "fr");
    assert_eq!(questions.len(), imported.imported);
    let mut types: Vec<&str> = questions.iter().map(|q| q.kind.type_name()).collect();
    types.sort_unstable();
    types.dedup();
    assert_eq!(types, ["match", "multiple", "single", "true-false"]);
    let expectations = [
        ("q1", "true-false", vec![0]),
        ("q2", "single", vec![0]),
        ("q4-2", "single", vec![2]),
        ("q8", "multiple", vec![1, 2]),
        ("q9", "true-false", vec![1]),
        ("jesus-hometown", "single", vec![3]),
        ("q19", "single", vec![1]),
    ];
    for (id, kind, answers) in expectations {
        let q = question(&questions, id);
        assert_eq!(
            (q.kind.type_name(), right(&q.kind)),
            (kind, answers),
            "{id}"
        );
    }
    let QuestionKind::Matching(pairs) = &question(&questions, "q11").kind else {
        panic!("q11 is a matching question");
    };
    assert_eq!(pairs.len(), 4);
    assert!(pairs[3].0.as_str().contains("India") && pairs[3].1.as_str().contains("New Delhi"));
}

#[test]
fn feedback_explanation_and_missing_word_blank_read_back() {
    let imported = import(MOODLE_DOCS);
    let questions = parsed_questions(markdown(&imported), "fr");
    let q2 = question(&questions, "q2");
    let QuestionKind::Single(choices) = &q2.kind else {
        panic!("q2 is single")
    };
    assert!(choices[1]
        .feedback
        .as_ref()
        .unwrap()
        .as_str()
        .contains("wrong, it's yellow"));
    let q16 = question(&questions, "q16");
    assert!(q16
        .explanation
        .as_ref()
        .unwrap()
        .as_str()
        .contains("7 can only be divided"));
    assert!(question(&questions, "q12")
        .prompt
        .as_str()
        .contains("Moodle costs ___ to download"));
    assert!(question(&questions, "q24")
        .prompt
        .as_str()
        .contains("Is &lt;b&gt;this&lt;/b&gt; shown as typed?"));
    assert!(question(&questions, "q22")
        .prompt
        .as_str()
        .contains("<strong>this</strong>"));
}

#[test]
fn arabic_and_darija_banks_read_back_in_their_locales() {
    let ar = import_locale(
        "::سؤال::ما هي علامة التصيد؟{=تطلب كلمة السر#صحيح ~رسالة من صديق ####انتبه للاستعجال.}\n\n\
         الرسائل المزيفة تطلب معلومات شخصية.{T}",
        "ar",
    );
    let questions = parsed_questions(markdown(&ar), "ar");
    assert_eq!(
        questions.iter().map(|q| q.id.as_str()).collect::<Vec<_>>(),
        ["q1", "q2"]
    );
    assert_eq!(right(&questions[0].kind), [0]);
    assert!(questions[1].prompt.as_str().contains("الرسائل المزيفة"));
    let ary = import_locale("واش خاصك تعطي الكود ديالك؟{F#لا أبداً#مزيان}", "ary");
    let questions = parsed_questions(markdown(&ary), "ary");
    assert_eq!(right(&questions[0].kind), [1]);
    let QuestionKind::TrueFalse(choices) = &questions[0].kind else {
        panic!("true/false")
    };
    assert!(
        choices[1].text.as_str().contains("غالط")
            && choices[0]
                .feedback
                .as_ref()
                .unwrap()
                .as_str()
                .contains("لا أبداً")
    );
}

#[test]
fn escaped_and_html_text_read_back_as_the_author_wrote_it() {
    let imported = import(
        "[html]<b>Bold</b> & <i>safe</i>? \\{ \\} \\# * _ [x] 1. <script>x</script>{\n\
         =- a -> b\n~2. deux\n~<a href\\=\"javascript:alert(1)\">lien</a>}",
    );
    let questions = parsed_questions(markdown(&imported), "fr");
    let prompt = questions[0].prompt.as_str();
    assert!(
        prompt.contains("<strong>Bold</strong> &amp; <em>safe</em>? { } # * _ [x] 1."),
        "{prompt}"
    );
    let QuestionKind::Single(choices) = &questions[0].kind else {
        panic!("single")
    };
    assert!(
        choices[0].text.as_str().contains("- a -&gt; b"),
        "{:?}",
        choices[0].text
    );
    assert!(
        choices[1].text.as_str().contains("2. deux"),
        "{:?}",
        choices[1].text
    );
    assert!(
        !choices[2].text.as_str().contains("href"),
        "{:?}",
        choices[2].text
    );
}

/// The same three questions, as a trainer would keep them in three Moodle banks.
const BANKS: [(&str, &str); 3] = [
    (
        "fr",
        "Quel message est sans doute une arnaque ?{\n\
         =« Ton compte sera bloqué, envoie ton code »#Oui : l'urgence est un piège.\n\
         ~« On se voit demain à la maison de jeunes »\n}\n\n\
         On peut donner son code SMS à un agent du service client.{F}\n\n\
         Associe chaque mot à sa définition.{\n\
         =Hameçonnage -> Un faux message\n=Doxxing -> Publier des infos privées\n}",
    ),
    (
        "ar",
        "أي رسالة هي على الأرجح احتيال؟{\n\
         =«سيُغلق حسابك، أرسل الرمز»#نعم: الاستعجال فخ.\n\
         ~«نلتقي غداً في دار الشباب»\n}\n\n\
         يمكن إعطاء رمز الرسائل القصيرة لموظف خدمة العملاء.{F}\n\n\
         صِل كل كلمة بتعريفها.{\n\
         =التصيد -> رسالة مزيفة\n=الكشف -> نشر معلومات خاصة\n}",
    ),
    (
        "ary",
        "شمن ميساج غالباً نصبة؟{\n\
         =«الكونط ديالك غادي يتسد، صيفط الكود»#إيه: الزربة فخ.\n\
         ~«نتلاقاو غدا فدار الشباب»\n}\n\n\
         نقدر نعطي الكود ديال SMS لواحد من خدمة الزبناء.{F}\n\n\
         ربط كل كلمة بالمعنى ديالها.{\n\
         =التصيد -> ميساج مزور\n=الفضيحة -> نشر معلومات خاصة\n}",
    ),
];

#[test]
fn parallel_banks_imported_into_three_locales_pass_the_checker() {
    let mut files = std::collections::BTreeMap::new();
    files.insert(
        "course.toml".to_string(),
        "id = \"c\"\nversion = \"1\"\nlanguages = [{ code = \"fr\", name = \"Français\", dir = \"ltr\", plural = \"fr\" }, { code = \"ar\", name = \"العربية\", dir = \"rtl\", plural = \"ar\", fallback = [\"fr\"] }, { code = \"ary\", name = \"الدارجة\", dir = \"rtl\", plural = \"ar-MA\", fallback = [\"ar\", \"fr\"] }]\nmodules = [\"99-import\"]\n\
         pass_mark = 70\nquick_exit_url = \"https://example.org\"\n\n\
         [title]\nfr = \"C\"\nar = \"C\"\nary = \"C\"\n"
            .to_string(),
    );
    for (locale, bank) in BANKS {
        let imported = import_locale(bank, locale);
        assert_eq!(imported.imported, 3, "{locale}");
        files.insert(
            format!("map/{locale}.toml"),
            "[99-import]\ntitle = \"Import\"\nsummary = \"S\"\nminutes = 5\n".to_string(),
        );
        files.insert(
            format!("modules/99-import/{locale}.md"),
            module_text(markdown(&imported)),
        );
    }
    let report = crate::check::check_course(&files);
    let problems: Vec<String> = report
        .errors
        .iter()
        .chain(&report.warnings)
        .map(ToString::to_string)
        .collect();
    assert_eq!(problems, Vec::<String>::new());
}
