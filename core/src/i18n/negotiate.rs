//! Preselecting a language from the browser's preferences (`navigator.languages`).
//!
//! This only preselects the language picker shown on the first visit: browsers almost never
//! send `ary`, so the learner always confirms the choice.
//!
//! Rules, applied to each preference in order, the first match winning:
//! - `ary` with any region or script, including `ary-Latn` (Darija written in Latin letters),
//!   gives Darija: the learner speaks Darija, and the Arabic-script Darija of the course is
//!   closer to it than Standard Arabic or French; the picker lets them change it.
//! - `ar` with any region (`ar-MA`, `ar-EG`…) gives Standard Arabic: a browser set to Arabic
//!   says nothing about Darija.
//! - `fr` with any region gives French.
//! - Anything else (other languages, malformed tags, `*`) is skipped.
//!
//! When nothing matches, French.

use super::locale::Locale;
use unic_langid::LanguageIdentifier;

/// The locale to preselect for a browser whose preferred languages are `preferences`, most
/// preferred first.
pub fn negotiate(preferences: &[&str]) -> Locale {
    preferences
        .iter()
        .find_map(|tag| supported_locale(tag))
        .unwrap_or(Locale::Fr)
}

/// The app locale matching one BCP 47 tag's language, if any.
fn supported_locale(tag: &str) -> Option<Locale> {
    let id: LanguageIdentifier = tag.trim().parse().ok()?;
    Locale::from_code(id.language.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moroccan_arabic_browser_gets_standard_arabic() {
        assert_eq!(negotiate(&["ar-MA", "fr"]), Locale::Ar);
        assert_eq!(negotiate(&["ar"]), Locale::Ar);
    }

    #[test]
    fn darija_in_any_script_gets_darija() {
        assert_eq!(negotiate(&["ary-Latn"]), Locale::Ary);
        assert_eq!(negotiate(&["ary"]), Locale::Ary);
        assert_eq!(negotiate(&["ary-Arab-MA", "ar"]), Locale::Ary);
    }

    #[test]
    fn french_with_any_region_gets_french() {
        assert_eq!(negotiate(&["fr-MA"]), Locale::Fr);
        assert_eq!(negotiate(&["FR-fr", "ar"]), Locale::Fr);
    }

    #[test]
    fn unsupported_preferences_are_skipped_in_order() {
        assert_eq!(negotiate(&["en-US", "ar-MA"]), Locale::Ar);
        assert_eq!(negotiate(&["es", "*", "not a tag!", "ary"]), Locale::Ary);
    }

    #[test]
    fn nothing_usable_falls_back_to_french() {
        assert_eq!(negotiate(&["en-US"]), Locale::Fr);
        assert_eq!(negotiate(&[]), Locale::Fr);
        assert_eq!(negotiate(&["zgh-Tfng", ""]), Locale::Fr);
    }
}
