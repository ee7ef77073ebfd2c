//! Preselecting a language from the browser's preferences (`navigator.languages`).
//!
//! This only preselects the language picker shown on the first visit: browsers almost never
//! send `ary`, so the learner always confirms the choice.
//!
//! Rules, applied to each preference in order, the first match winning: a preference whose
//! whole tag is a language of the course gives it; else one whose language subtag is, with any
//! region or script (`ar-MA` gives Standard Arabic: a browser set to Arabic says nothing about
//! Darija; `ary-Latn`, Darija in Latin letters, gives the course's Arabic-script Darija, closer
//! to it than Standard Arabic or French; the picker lets the learner change it). Anything else
//! (other languages, malformed tags, `*`) is skipped. When nothing matches, the course's first
//! language.

use super::languages::Languages;
use super::locale::Locale;
use unic_langid::LanguageIdentifier;

/// The language to preselect among `languages` for a browser whose preferred languages are
/// `preferences`, most preferred first.
pub fn negotiate(languages: &Languages, preferences: &[&str]) -> Locale {
    preferences
        .iter()
        .find_map(|tag| supported_locale(languages, tag))
        .unwrap_or_else(|| languages.first())
}

/// The course's language matching one BCP 47 tag, if any.
fn supported_locale(languages: &Languages, tag: &str) -> Option<Locale> {
    let tag = tag.trim();
    let id: LanguageIdentifier = tag.parse().ok()?;
    languages
        .find(tag)
        .or_else(|| languages.find(id.language.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::test_languages::{shipped_languages, AR, ARY, FR};

    /// The language preselected among the shipped course's.
    fn negotiate(preferences: &[&str]) -> Locale {
        super::negotiate(&shipped_languages(), preferences)
    }

    #[test]
    fn moroccan_arabic_browser_gets_standard_arabic() {
        assert_eq!(negotiate(&["ar-MA", "fr"]), AR);
        assert_eq!(negotiate(&["ar"]), AR);
    }

    #[test]
    fn darija_in_any_script_gets_darija() {
        assert_eq!(negotiate(&["ary-Latn"]), ARY);
        assert_eq!(negotiate(&["ary"]), ARY);
        assert_eq!(negotiate(&["ary-Arab-MA", "ar"]), ARY);
    }

    #[test]
    fn french_with_any_region_gets_french() {
        assert_eq!(negotiate(&["fr-MA"]), FR);
        assert_eq!(negotiate(&["FR-fr", "ar"]), FR);
    }

    #[test]
    fn unsupported_preferences_are_skipped_in_order() {
        assert_eq!(negotiate(&["en-US", "ar-MA"]), AR);
        assert_eq!(negotiate(&["es", "*", "not a tag!", "ary"]), ARY);
    }

    #[test]
    fn nothing_usable_falls_back_to_french() {
        assert_eq!(negotiate(&["en-US"]), FR);
        assert_eq!(negotiate(&[]), FR);
        assert_eq!(negotiate(&["zgh-Tfng", ""]), FR);
    }
}
