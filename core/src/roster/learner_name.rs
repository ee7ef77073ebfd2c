//! The name a learner types once for their results file: what is accepted, where it is kept
//! on the device (next to their progress, under [`StoreKeys::learner_name`]), and the name
//! of the file it goes into.

use crate::i18n::{format_iso_date, CivilDate};
use crate::progress::{is_unsafe_char, KeyValue, StoreKeys, WriteError};

/// The longest name kept, in characters (the field takes no more).
pub const NAME_MAX_CHARS: usize = 80;

/// The typed name as it goes into a results file: trimmed, with runs of white space made one
/// space; `None` when nothing is left, when it is longer than [`NAME_MAX_CHARS`], or when it
/// hides characters (a trainer must read the name they see).
pub fn learner_name(typed: &str) -> Option<String> {
    let name = typed.split_whitespace().collect::<Vec<_>>().join(" ");
    let fits = !name.is_empty() && name.chars().count() <= NAME_MAX_CHARS;
    (fits && !name.chars().any(is_unsafe_char)).then_some(name)
}

/// The name kept on this device, if one was typed before and is still acceptable.
pub fn stored_learner_name(storage: &impl KeyValue, keys: &StoreKeys) -> Option<String> {
    learner_name(&storage.get(&keys.learner_name())?)
}

/// Keeps `name` on this device for the next export (see [`learner_name`] for what is kept).
pub fn store_learner_name(
    storage: &mut impl KeyValue,
    keys: &StoreKeys,
    name: &str,
) -> Result<(), WriteError> {
    storage.set(&keys.learner_name(), name)
}

/// The file name of a results file, `amane-results-<name>-<yyyy>-<mm>-<dd>.json`: letters
/// and digits of any script are kept, spaces become `-`, anything else (slashes, dots,
/// quotes) is left out, so the trainer can tell 45 files apart and no name can reach
/// outside the download folder.
pub fn results_file_name(name: &str, day: CivilDate) -> String {
    let words: Vec<String> = name
        .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .map(|word| word.chars().filter(|c| c.is_alphanumeric()).collect())
        .filter(|word: &String| !word.is_empty())
        .collect();
    let date = format_iso_date(day);
    match words.join("-") {
        slug if slug.is_empty() => format!("amane-results-{date}.json"),
        slug => format!("amane-results-{slug}-{date}.json"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::MemoryStore;

    fn day() -> CivilDate {
        CivilDate::from_unix_ms(1_764_000_000_000, 60)
    }

    #[test]
    fn a_name_is_trimmed_and_its_spaces_made_single() {
        assert_eq!(
            learner_name("  Fatima \t Zahra "),
            Some("Fatima Zahra".into())
        );
        assert_eq!(
            learner_name(" فاطمة  الزهراء"),
            Some("فاطمة الزهراء".into())
        );
    }

    #[test]
    fn an_empty_hidden_or_overlong_name_is_refused() {
        assert_eq!(learner_name("   "), None);
        assert_eq!(learner_name("Ami\u{202e}na"), None);
        assert_eq!(learner_name(&"a".repeat(NAME_MAX_CHARS + 1)), None);
        assert!(learner_name(&"ب".repeat(NAME_MAX_CHARS)).is_some());
    }

    #[test]
    fn the_name_typed_once_is_found_again_for_this_course_only() {
        let mut storage = MemoryStore::new();
        let keys = StoreKeys::for_course("amane");
        assert_eq!(stored_learner_name(&storage, &keys), None);
        store_learner_name(&mut storage, &keys, "Salma Benali").unwrap();
        assert_eq!(
            stored_learner_name(&storage, &keys),
            Some("Salma Benali".into())
        );
        let other = StoreKeys::for_course("autre");
        assert_eq!(stored_learner_name(&storage, &other), None);
    }

    #[test]
    fn the_file_name_keeps_the_letters_of_any_script_and_nothing_that_reaches_elsewhere() {
        assert_eq!(
            results_file_name("Fatima Zahra", day()),
            "amane-results-Fatima-Zahra-2025-11-24.json"
        );
        assert_eq!(
            results_file_name("فاطمة الزهراء", day()),
            "amane-results-فاطمة-الزهراء-2025-11-24.json"
        );
        assert_eq!(
            results_file_name("../../etc/passwd", day()),
            "amane-results-etcpasswd-2025-11-24.json"
        );
        assert_eq!(
            results_file_name("...", day()),
            "amane-results-2025-11-24.json"
        );
    }
}
