//! The three languages of the app, their codes, direction and fallback order.

use super::key::MessageKey;
use crate::key;
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

/// A language the app is written in. Stored (e.g. in progress files) as its code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    /// French.
    Fr,
    /// Modern Standard Arabic.
    Ar,
    /// Moroccan Darija, written in Arabic script.
    Ary,
}

/// Text direction of a locale, as written in the `dir` attribute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute: `"ltr"` or `"rtl"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

impl Locale {
    /// Every locale, in the order the language picker shows them.
    pub const ALL: [Locale; 3] = [Locale::Fr, Locale::Ar, Locale::Ary];

    /// The code used in file names, progress files and the `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Locale::Fr => "fr",
            Locale::Ar => "ar",
            Locale::Ary => "ary",
        }
    }

    /// The locale with this exact code (`fr`, `ar`, `ary`, any letter case), if the app has it.
    pub fn from_code(code: &str) -> Option<Locale> {
        Locale::ALL
            .into_iter()
            .find(|locale| locale.code().eq_ignore_ascii_case(code))
    }

    /// Where the locale's interface messages are, relative to the site (and to the
    /// repository): `locales/<code>/main.ftl`.
    pub fn ftl_path(self) -> String {
        format!("locales/{}/main.ftl", self.code())
    }

    /// Direction of the text: right to left for Arabic and Darija.
    pub fn direction(self) -> Direction {
        match self {
            Locale::Fr => Direction::Ltr,
            Locale::Ar | Locale::Ary => Direction::Rtl,
        }
    }

    /// The value of `<html dir>`: `"rtl"` for ar and ary, `"ltr"` for fr.
    pub fn dir(self) -> &'static str {
        self.direction().as_str()
    }

    /// The message key of the language's name, written in its own script in every locale
    /// file (`Français`, `العربية`, `الدارجة`), for the language picker and switcher.
    pub fn name_key(self) -> MessageKey {
        match self {
            Locale::Fr => key!("language-name-fr"),
            Locale::Ar => key!("language-name-ar"),
            Locale::Ary => key!("language-name-ary"),
        }
    }

    /// Where a message is looked up, in order: the locale itself, then the languages its
    /// readers also read (Darija readers read Arabic; everyone in the programme reads French).
    pub fn fallback_chain(self) -> &'static [Locale] {
        match self {
            Locale::Fr => &[Locale::Fr],
            Locale::Ar => &[Locale::Ar, Locale::Fr],
            Locale::Ary => &[Locale::Ary, Locale::Ar, Locale::Fr],
        }
    }

    /// The language whose plural rules apply. Darija counts like Arabic (zero, one, two, few,
    /// many, other), but the plural-rules data has no `ary` and would silently use English
    /// rules, so Darija uses Arabic as spoken in Morocco (`ar-MA`).
    pub(crate) fn plural_language(self) -> LanguageIdentifier {
        let tag = match self {
            Locale::Fr => "fr",
            Locale::Ar => "ar",
            Locale::Ary => "ar-MA",
        };
        tag.parse().expect("built-in language tags are valid")
    }
}

impl std::fmt::Display for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_unknown_codes_are_refused() {
        for locale in Locale::ALL {
            assert_eq!(Locale::from_code(locale.code()), Some(locale));
        }
        assert_eq!(Locale::from_code("ARY"), Some(Locale::Ary));
        assert_eq!(Locale::from_code("en"), None);
        assert_eq!(Locale::from_code("ar-MA"), None);
        assert_eq!(Locale::from_code(""), None);
    }

    #[test]
    fn a_saved_choice_is_stored_as_its_code() {
        for locale in Locale::ALL {
            let json = serde_json::to_string(&locale).unwrap();
            assert_eq!(json, format!("\"{}\"", locale.code()));
            assert_eq!(serde_json::from_str::<Locale>(&json).unwrap(), locale);
        }
        assert!(serde_json::from_str::<Locale>("\"en\"").is_err());
    }

    #[test]
    fn arabic_and_darija_are_right_to_left() {
        assert_eq!(Locale::Fr.dir(), "ltr");
        assert_eq!(Locale::Ar.dir(), "rtl");
        assert_eq!(Locale::Ary.dir(), "rtl");
    }

    #[test]
    fn each_language_is_named_in_its_own_script_whatever_the_interface_language() {
        let names = [
            (Locale::Fr, "Français"),
            (Locale::Ar, "العربية"),
            (Locale::Ary, "الدارجة"),
        ];
        for interface in Locale::ALL {
            let l = crate::i18n::Localizer::new(interface);
            for (language, name) in names {
                assert_eq!(
                    l.t(language.name_key().as_str()),
                    name,
                    "in the {interface} interface"
                );
            }
        }
    }

    #[test]
    fn every_chain_starts_with_its_locale_and_ends_with_french() {
        for locale in Locale::ALL {
            let chain = locale.fallback_chain();
            assert_eq!(chain.first(), Some(&locale));
            assert_eq!(chain.last(), Some(&Locale::Fr));
        }
        assert_eq!(
            Locale::Ary.fallback_chain(),
            &[Locale::Ary, Locale::Ar, Locale::Fr]
        );
    }
}
