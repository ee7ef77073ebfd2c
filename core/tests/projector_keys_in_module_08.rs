//! Module 08 tells trainers which keys drive the projector view. Its sentence, in every
//! language, is read clause by clause (the keys in bold, then what they do) and held to the
//! app's key map, so the course describes the app as it behaves.

use amane_core::present::{key_action, Command, KeyAction, Shortcuts};

const MODULE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../content/modules/08-pour-les-animateurs"
);

/// How one language writes the keys sentence.
struct Wording {
    locale: &'static str,
    /// The words that open the sentence (it ends at the next full stop).
    opening: &'static str,
    /// Each key name as written in bold, with the `KeyboardEvent.key` and `.code` it stands for.
    keys: &'static [(&'static str, &'static str, &'static str)],
    /// Each action as written, with what the app does.
    actions: &'static [(&'static str, Does)],
}

/// What a key does, as the module says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Does {
    Next,
    Previous,
    Reveal,
    PickChoice,
    Timer,
    Notes,
    Leave,
}

/// What the app does for a key.
fn does(action: KeyAction) -> Does {
    match action {
        KeyAction::Do(Command::Next) => Does::Next,
        KeyAction::Do(Command::Previous) => Does::Previous,
        KeyAction::Do(Command::Reveal) => Does::Reveal,
        KeyAction::Do(Command::Pick(_)) => Does::PickChoice,
        KeyAction::Do(Command::TimerToggle) => Does::Timer,
        KeyAction::Notes => Does::Notes,
        KeyAction::Leave => Does::Leave,
        other => panic!("a key the module does not describe acts: {other:?}"),
    }
}

const SHARED_KEYS: [(&str, &str, &str); 8] = [
    ("→", "ArrowRight", "ArrowRight"),
    ("←", "ArrowLeft", "ArrowLeft"),
    ("R", "r", "KeyR"),
    ("T", "t", "KeyT"),
    ("N", "n", "KeyN"),
    ("1", "1", "Digit1"),
    ("9", "9", "Digit9"),
    ("Esc", "Escape", "Escape"),
];

fn wordings() -> Vec<Wording> {
    vec![
        Wording {
            locale: "fr",
            opening: "Au clavier :",
            keys: &[
                ("Page suivante", "PageDown", "PageDown"),
                ("Page précédente", "PageUp", "PageUp"),
                ("Espace", " ", "Space"),
                ("Échap", "Escape", "Escape"),
            ],
            actions: &[
                ("pour avancer", Does::Next),
                ("pour revenir", Does::Previous),
                ("pour révéler la réponse", Does::Reveal),
                ("pour marquer le choix du groupe", Does::PickChoice),
                ("pour le minuteur", Does::Timer),
                ("pour vos notes", Does::Notes),
                ("pour quitter", Does::Leave),
            ],
        },
        Wording {
            locale: "ar",
            opening: "على لوحة المفاتيح:",
            keys: &[
                ("Page Down", "PageDown", "PageDown"),
                ("Page Up", "PageUp", "PageUp"),
                ("المسافة", " ", "Space"),
            ],
            actions: &[
                ("للتقدم", Does::Next),
                ("للرجوع", Does::Previous),
                ("لكشف الجواب", Does::Reveal),
                ("لتحديد اختيار المجموعة", Does::PickChoice),
                ("للمؤقت", Does::Timer),
                ("لملاحظاتكم", Does::Notes),
                ("للخروج", Does::Leave),
            ],
        },
        Wording {
            locale: "ary",
            opening: "فالكلافيي:",
            keys: &[
                ("Page Down", "PageDown", "PageDown"),
                ("Page Up", "PageUp", "PageUp"),
                ("الإسباس", " ", "Space"),
            ],
            actions: &[
                ("باش تزيدو", Does::Next),
                ("باش ترجعو", Does::Previous),
                ("باش تبينو الجواب", Does::Reveal),
                ("باش تعلمو الاختيار ديال المجموعة", Does::PickChoice),
                ("للمؤقت", Does::Timer),
                ("للنوطات ديالكم", Does::Notes),
                ("باش تخرجو", Does::Leave),
            ],
        },
    ]
}

/// The keys sentence of the module in `wording`'s language, with its lines joined.
fn sentence(wording: &Wording) -> String {
    let path = format!("{MODULE}/{}.md", wording.locale);
    let text = std::fs::read_to_string(&path).unwrap();
    let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let start = joined
        .find(wording.opening)
        .unwrap_or_else(|| panic!("{path}: no sentence opening with {:?}", wording.opening));
    let rest = &joined[start + wording.opening.len()..];
    rest[..rest.find('.').expect("the sentence ends with a full stop")].to_string()
}

/// The words in bold in `clause`.
fn bold(clause: &str) -> Vec<&str> {
    clause.split("**").skip(1).step_by(2).collect()
}

#[test]
fn module_08_names_each_projector_key_for_what_it_does() {
    for wording in wordings() {
        let sentence = sentence(&wording);
        let mut described = Vec::new();
        for clause in sentence.split([',', '،']) {
            let actions: Vec<Does> = wording
                .actions
                .iter()
                .filter(|(words, _)| clause.contains(words))
                .map(|&(_, action)| action)
                .collect();
            let [said] = actions[..] else {
                panic!(
                    "{}: `{clause}` must name one action, found {actions:?}",
                    wording.locale
                );
            };
            let keys = bold(clause);
            assert!(
                !keys.is_empty(),
                "{}: `{clause}` names no key",
                wording.locale
            );
            for name in keys {
                let (_, key, code) = wording
                    .keys
                    .iter()
                    .chain(&SHARED_KEYS)
                    .find(|(written, _, _)| *written == name)
                    .unwrap_or_else(|| panic!("{}: unknown key name `{name}`", wording.locale));
                let action = key_action(key, code, false, Shortcuts::All).unwrap_or_else(|| {
                    panic!("{}: `{name}` does nothing in the app", wording.locale)
                });
                assert_eq!(
                    does(action),
                    said,
                    "{}: `{name}` in `{clause}`",
                    wording.locale
                );
            }
            described.push(said);
        }
        for (_, action) in wording.actions {
            assert!(
                described.contains(action),
                "{}: {action:?} is not described",
                wording.locale
            );
        }
    }
}

#[test]
fn the_reading_of_the_sentence_catches_a_key_given_the_wrong_action() {
    // Space reveals in the app: a sentence saying that it moves forward is caught.
    let action = key_action(" ", "Space", false, Shortcuts::All).map(does);
    assert_ne!(action, Some(Does::Next));
    assert_eq!(bold("**→** ou **Espace** pour avancer"), ["→", "Espace"]);
}
