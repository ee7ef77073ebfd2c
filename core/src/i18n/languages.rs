//! The languages a course is written in, as its manifest declares them (`[[languages]]` in
//! `course.toml`): each with its name, direction, plural rules and fallbacks. Adding a language
//! to a course is adding an entry there, its `locales/<code>/main.ftl` and its module files.

use super::locale::{Direction, Locale};
use unic_langid::LanguageIdentifier;

/// One language of the course.
#[derive(Clone, Debug, PartialEq)]
pub struct Language {
    /// Its code.
    pub locale: Locale,
    /// Its name written in its own script (`Français`, `العربية`), the same in every
    /// interface language, for the language picker and switcher.
    pub name: String,
    /// Direction of its text.
    pub direction: Direction,
    /// The language whose plural rules its messages follow (a CLDR locale: Darija counts like
    /// Arabic, `ar-MA`, since the plural data has no `ary`).
    pub plural: LanguageIdentifier,
    /// Where a message or module missing in this language is looked up next, in order
    /// (Darija readers read Arabic; everyone in the programme reads French).
    pub fallback: Vec<Locale>,
}

/// The course's languages, in the order the language picker shows them; never empty.
#[derive(Clone, Debug, PartialEq)]
pub struct Languages {
    /// The languages, first the one the app falls back on when nothing else is known.
    list: Vec<Language>,
}

impl Languages {
    /// The languages in this order; `None` when `list` is empty. The manifest's parser
    /// checks the entries (codes unique, fallbacks declared) before it builds this.
    pub fn new(list: Vec<Language>) -> Option<Languages> {
        (!list.is_empty()).then_some(Languages { list })
    }

    /// Languages known only by their codes, in this order: left to right, the plural rules
    /// of their own code, each falling back on the first. For a course whose manifest could
    /// not be read, and for tests; `None` when no code is well formed.
    pub fn plain(codes: &[&str]) -> Option<Languages> {
        let locales: Vec<Locale> = codes.iter().filter_map(|c| Locale::from_code(c)).collect();
        let first = *locales.first()?;
        let list = locales
            .iter()
            .map(|&locale| Language {
                locale,
                name: locale.code().to_owned(),
                direction: Direction::Ltr,
                plural: locale.code().parse().unwrap_or_default(),
                fallback: if locale == first { vec![] } else { vec![first] },
            })
            .collect();
        Languages::new(list)
    }

    /// Every language, in the picker's order.
    pub fn all(&self) -> &[Language] {
        &self.list
    }

    /// The codes of every language, in the picker's order.
    pub fn codes(&self) -> impl Iterator<Item = &str> {
        self.list.iter().map(|l| l.locale.code())
    }

    /// Whether the course has the language with exactly this code.
    pub fn has_code(&self, code: &str) -> bool {
        self.codes().any(|c| c == code)
    }

    /// The first language: the one chosen when nothing else is known.
    pub fn first(&self) -> Locale {
        self.list[0].locale
    }

    /// The declared language `locale`, if the course has it.
    pub fn get(&self, locale: Locale) -> Option<&Language> {
        self.list.iter().find(|l| l.locale == locale)
    }

    /// The declared language with this code (any letter case), if the course has it.
    pub fn find(&self, code: &str) -> Option<Locale> {
        Locale::from_code(code).filter(|locale| self.get(*locale).is_some())
    }

    /// Where a text in `locale` is looked up, in order: the locale itself, then its declared
    /// fallbacks. A locale the course does not declare is looked up in itself only.
    pub fn chain(&self, locale: Locale) -> Vec<Locale> {
        let mut chain = vec![locale];
        for next in self.get(locale).into_iter().flat_map(|l| &l.fallback) {
            if !chain.contains(next) {
                chain.push(*next);
            }
        }
        chain
    }

    /// Direction of `locale`'s text; left to right for a language the course does not declare.
    pub fn direction(&self, locale: Locale) -> Direction {
        self.get(locale).map_or(Direction::Ltr, |l| l.direction)
    }

    /// The value of the `dir` attribute for `locale`'s text.
    pub fn dir(&self, locale: Locale) -> &'static str {
        self.direction(locale).as_str()
    }

    /// The language whose plural rules `locale`'s messages follow: as declared, else the
    /// code itself.
    pub fn plural(&self, locale: Locale) -> LanguageIdentifier {
        self.get(locale).map_or_else(
            || locale.code().parse().unwrap_or_default(),
            |l| l.plural.clone(),
        )
    }

    /// The name of `locale` in its own script, or its code for a language not declared.
    pub fn name(&self, locale: Locale) -> String {
        self.get(locale)
            .map_or_else(|| locale.code().to_owned(), |l| l.name.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::test_languages::{shipped_languages, AR, ARY, FR};

    #[test]
    fn the_shipped_course_declares_its_three_languages_in_the_pickers_order() {
        let languages = shipped_languages();
        let codes: Vec<&str> = languages.all().iter().map(|l| l.locale.code()).collect();
        assert_eq!(codes, ["fr", "ar", "ary"]);
        assert_eq!(languages.first(), FR);
        let names: Vec<String> = [FR, AR, ARY].map(|l| languages.name(l)).to_vec();
        assert_eq!(names, ["Français", "العربية", "الدارجة"]);
    }

    #[test]
    fn arabic_and_darija_are_right_to_left_and_an_unknown_language_left_to_right() {
        let languages = shipped_languages();
        assert_eq!(languages.dir(FR), "ltr");
        assert_eq!(languages.dir(AR), "rtl");
        assert_eq!(languages.dir(ARY), "rtl");
        assert_eq!(languages.dir(Locale::from_code("en").unwrap()), "ltr");
    }

    #[test]
    fn every_chain_starts_with_its_language_and_ends_with_french() {
        let languages = shipped_languages();
        assert_eq!(languages.chain(ARY), [ARY, AR, FR]);
        assert_eq!(languages.chain(AR), [AR, FR]);
        assert_eq!(languages.chain(FR), [FR]);
        let unknown = Locale::from_code("en").unwrap();
        assert_eq!(languages.chain(unknown), [unknown]);
    }

    #[test]
    fn only_declared_languages_are_found_by_their_code() {
        let languages = shipped_languages();
        assert_eq!(languages.find("ARY"), Some(ARY));
        assert_eq!(languages.find("en"), None);
        assert_eq!(languages.find("ar-MA"), None);
        assert_eq!(languages.find(""), None);
    }

    #[test]
    fn darija_follows_moroccan_arabic_plural_rules() {
        let languages = shipped_languages();
        assert_eq!(languages.plural(ARY).to_string(), "ar-MA");
        assert_eq!(languages.plural(FR).to_string(), "fr");
    }
}
