//! A language's code, as files, progress files and the `lang` attribute write it, and the
//! direction of its text. What a language is (its name, direction, plural rules, fallbacks)
//! is the course's to say: see [`Languages`](super::Languages).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::sync::Mutex;

/// A language, by its code (`fr`, `ar`, `ary`, or any code a course declares): a small value,
/// cheap to copy and compare. Stored (e.g. in progress files) as its code.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Locale {
    /// The code, in lower case; each distinct code is kept once for the program's life.
    code: &'static str,
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

    /// The direction an attribute value names (`ltr`, `rtl`), if it names one.
    pub fn from_attribute(value: &str) -> Option<Direction> {
        match value {
            "ltr" => Some(Direction::Ltr),
            "rtl" => Some(Direction::Rtl),
            _ => None,
        }
    }
}

impl Locale {
    /// The longest code accepted, in bytes.
    pub const MAX_LEN: usize = 12;

    /// The locale with this code, if it is written like one: a language subtag of two or
    /// three letters, then optional subtags of two to eight letters or digits, each after a
    /// `-` (`fr`, `ary`, `ar-ma`), at most [`Locale::MAX_LEN`] bytes in all. Letter case is
    /// ignored; the code is kept in lower case, as file names use it.
    pub fn from_code(code: &str) -> Option<Locale> {
        let mut parts = code.split('-');
        let language = parts.next()?;
        let letters = |s: &str| s.bytes().all(|b| b.is_ascii_alphabetic());
        let alphanumeric = |s: &str| s.bytes().all(|b| b.is_ascii_alphanumeric());
        let well_formed = (2..=3).contains(&language.len())
            && letters(language)
            && parts.all(|part| (2..=8).contains(&part.len()) && alphanumeric(part));
        if !well_formed || code.len() > Locale::MAX_LEN {
            return None;
        }
        Some(Locale {
            code: interned(code.to_ascii_lowercase()),
        })
    }

    /// The locale of a code written in the program (tests, examples): like
    /// [`Locale::from_code`] for a lower-case language subtag of two or three letters, and a
    /// compile-time error in a constant for anything else.
    pub const fn of(code: &'static str) -> Locale {
        let bytes = code.as_bytes();
        assert!(bytes.len() == 2 || bytes.len() == 3, "a language subtag");
        let mut i = 0;
        while i < bytes.len() {
            assert!(bytes[i].is_ascii_lowercase(), "lower-case letters");
            i += 1;
        }
        Locale { code }
    }

    /// The code used in file names, progress files and the `lang` attribute.
    pub fn code(self) -> &'static str {
        self.code
    }

    /// Where the locale's interface messages are, relative to the site (and to the
    /// repository): `locales/<code>/main.ftl`.
    pub fn ftl_path(self) -> String {
        format!("locales/{}/main.ftl", self.code())
    }
}

/// The one copy of `code` the program keeps: a course declares a few languages, and a code read
/// again (from a progress file, a link) reuses the first copy.
fn interned(code: String) -> &'static str {
    static CODES: Mutex<Vec<&'static str>> = Mutex::new(Vec::new());
    let mut codes = CODES
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(known) = codes.iter().find(|known| **known == code) {
        return known;
    }
    let kept: &'static str = Box::leak(code.into_boxed_str());
    codes.push(kept);
    kept
}

impl std::fmt::Display for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl std::fmt::Debug for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Locale({})", self.code())
    }
}

impl Serialize for Locale {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Locale {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = String::deserialize(deserializer)?;
        Locale::from_code(&code)
            .ok_or_else(|| serde::de::Error::custom(format!("`{code}` is not a language code")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_in_lower_case_and_malformed_codes_are_refused() {
        for code in ["fr", "ar", "ary", "en", "ar-ma", "zgh-tfng"] {
            assert_eq!(Locale::from_code(code).unwrap().code(), code);
        }
        assert_eq!(Locale::from_code("ARY").unwrap().code(), "ary");
        assert_eq!(Locale::from_code("ar-MA").unwrap().code(), "ar-ma");
        for bad in [
            "",
            "f",
            "fran",
            "fr_",
            "fr-",
            "-fr",
            "f1",
            "../fr",
            "fr/x",
            "fr-abcdefghi",
        ] {
            assert_eq!(Locale::from_code(bad), None, "{bad:?}");
        }
        assert_eq!(
            Locale::from_code("abc-defgh-ijk"),
            None,
            "longer than 12 bytes"
        );
    }

    #[test]
    fn a_saved_choice_is_stored_as_its_code() {
        let darija = Locale::from_code("ary").unwrap();
        let json = serde_json::to_string(&darija).unwrap();
        assert_eq!(json, "\"ary\"");
        assert_eq!(serde_json::from_str::<Locale>(&json).unwrap(), darija);
        assert!(serde_json::from_str::<Locale>("\"../etc\"").is_err());
    }

    #[test]
    fn directions_are_read_from_their_attribute_values() {
        assert_eq!(Direction::from_attribute("rtl"), Some(Direction::Rtl));
        assert_eq!(
            Direction::from_attribute("ltr").map(Direction::as_str),
            Some("ltr")
        );
        assert_eq!(Direction::from_attribute("RTL"), None);
    }
}
