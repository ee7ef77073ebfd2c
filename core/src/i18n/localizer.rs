//! Message lookup: the locale files the app has received, each turned into a bundle the
//! first time it is needed, and a per-language [`Localizer`] that falls back along the
//! course's declared chain (`ary → ar → fr`) per message.

use super::format::{format_number, CivilDate};
use super::languages::Languages;
use super::loader::{load_bundle, Bundle};
use super::locale::Locale;
use fluent_bundle::{FluentArgs, FluentValue};
use std::borrow::Cow;
use std::sync::OnceLock;

/// The app's own messages: the app declares the course's languages and adds the locale files
/// it fetched (`locales/<code>/main.ftl`), so a start downloads only the files of the chosen
/// language and its fallbacks.
static SHIPPED: Catalog = Catalog::new();

/// How many languages one catalog holds at most (a course declares a few).
const CAPACITY: usize = 16;

/// One language's file in a catalog: set once, when the file arrives.
struct Slot {
    /// The file's language.
    locale: OnceLock<Locale>,
    /// Its FTL text.
    source: OnceLock<String>,
    /// The bundle built from `source` on first use.
    bundle: OnceLock<Bundle>,
}

impl Slot {
    /// A slot no file has taken yet.
    const fn new() -> Slot {
        Slot {
            locale: OnceLock::new(),
            source: OnceLock::new(),
            bundle: OnceLock::new(),
        }
    }
}

/// The messages of the locales received so far. A locale's bundle is built on first use, so
/// starting the app in Arabic never parses the French file unless a message falls back to it.
pub struct Catalog {
    /// The course's languages (fallbacks, plural rules), declared once.
    languages: OnceLock<Languages>,
    /// The files received, in the order they arrived.
    slots: [Slot; CAPACITY],
}

impl Default for Catalog {
    fn default() -> Self {
        Catalog::new()
    }
}

impl Catalog {
    /// A catalog without languages or files yet.
    pub const fn new() -> Catalog {
        Catalog {
            languages: OnceLock::new(),
            slots: [const { Slot::new() }; CAPACITY],
        }
    }

    /// The app's own messages (`locales/<code>/main.ftl`): those the app has added so far.
    /// In this crate's tests the shipped course's languages and every one of its files are
    /// there, read from the repository.
    pub fn shipped() -> &'static Catalog {
        #[cfg(test)]
        {
            static READ: std::sync::Once = std::sync::Once::new();
            READ.call_once(|| {
                let languages = super::test_languages::shipped_languages();
                for language in languages.all() {
                    let path = format!(
                        "{}/../{}",
                        env!("CARGO_MANIFEST_DIR"),
                        language.locale.ftl_path()
                    );
                    let text =
                        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
                    SHIPPED.add(language.locale, text);
                }
                SHIPPED.declare(languages);
            });
        }
        &SHIPPED
    }

    /// A catalog of `languages` with the text of one FTL file per language given. Entries
    /// with syntax errors are left out (see [`check_ftl`](super::check_ftl) to list them).
    pub fn with_files(languages: Languages, files: &[(Locale, &str)]) -> Catalog {
        let catalog = Catalog::new();
        catalog.declare(languages);
        for (locale, text) in files {
            catalog.add(*locale, (*text).to_owned());
        }
        catalog
    }

    /// Declares the course's languages. Declared once: a second table is ignored (the
    /// answer is `false`), so fallbacks never change under the learner.
    pub fn declare(&self, languages: Languages) -> bool {
        self.languages.set(languages).is_ok()
    }

    /// The course's languages, once declared.
    pub fn languages(&self) -> Option<&Languages> {
        self.languages.get()
    }

    /// Adds the text of `locale`'s file. A locale's file is added once: a second text for the
    /// same locale is ignored, so messages already shown never change under the learner; so is
    /// a file beyond the catalog's capacity of 16 languages.
    pub fn add(&self, locale: Locale, ftl: String) {
        for slot in &self.slots {
            match slot.locale.get() {
                Some(taken) if *taken == locale => return,
                Some(_) => continue,
                None => {
                    if slot.locale.set(locale).is_ok() {
                        let _ = slot.source.set(ftl);
                        return;
                    }
                }
            }
        }
    }

    /// Whether `locale`'s file has been added.
    pub fn has_locale(&self, locale: Locale) -> bool {
        self.slot(locale).is_some_and(|s| s.source.get().is_some())
    }

    /// Where a message in `locale` is looked up, in order (the locale alone before the
    /// languages are declared).
    pub fn chain(&self, locale: Locale) -> Vec<Locale> {
        self.languages().map_or(vec![locale], |l| l.chain(locale))
    }

    /// The files still needed to show `locale` with all its fallbacks, in fallback order.
    pub fn missing(&self, locale: Locale) -> Vec<Locale> {
        self.chain(locale)
            .into_iter()
            .filter(|l| !self.has_locale(*l))
            .collect()
    }

    /// Messages in `locale`, with fallback to the languages its readers also read.
    pub fn localizer(&self, locale: Locale) -> Localizer<'_> {
        Localizer {
            catalog: self,
            locale,
        }
    }

    /// Whether `locale`'s own file defines message `key` (without fallback).
    pub fn has_message(&self, locale: Locale, key: &str) -> bool {
        self.bundle(locale).is_some_and(|b| b.has_message(key))
    }

    /// The slot holding `locale`'s file, if it arrived.
    fn slot(&self, locale: Locale) -> Option<&Slot> {
        self.slots
            .iter()
            .find(|s| s.locale.get().is_some_and(|l| *l == locale))
    }

    /// The bundle of `locale`, built now if this is its first use; `None` before its file
    /// was added.
    fn bundle(&self, locale: Locale) -> Option<&Bundle> {
        let slot = self.slot(locale)?;
        let source = slot.source.get()?;
        let plural = self.languages().map_or_else(
            || locale.code().parse().unwrap_or_default(),
            |l| l.plural(locale),
        );
        Some(
            slot.bundle
                .get_or_init(|| load_bundle(locale, plural, source).0),
        )
    }
}

/// A value passed to a message: a number (for plurals and numbers) or a text.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg<'a> {
    /// A number: selects plural forms and is written with a decimal comma.
    Number(f64),
    /// A text, inserted as it is.
    Text(Cow<'a, str>),
}

/// Conversions from the number types the app counts with.
macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(value: $t) -> Self {
                Arg::Number(value as f64)
            }
        }
    )*};
}
number_args!(u8, u16, u32, u64, usize, i32, i64, f64);

impl<'a> From<&'a str> for Arg<'a> {
    fn from(value: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(value))
    }
}

impl From<String> for Arg<'_> {
    fn from(value: String) -> Self {
        Arg::Text(Cow::Owned(value))
    }
}

/// Formats messages in one locale. Cheap to copy; switching language is making another one.
#[derive(Clone, Copy)]
pub struct Localizer<'a> {
    /// Where messages come from.
    catalog: &'a Catalog,
    /// The learner's language.
    locale: Locale,
}

impl PartialEq for Localizer<'_> {
    /// Same catalog and same language: the same text for every key (lets the app skip
    /// re-rendering when nothing changed).
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.catalog, other.catalog) && self.locale == other.locale
    }
}

impl std::fmt::Debug for Localizer<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("locale", &self.locale)
            .finish_non_exhaustive()
    }
}

impl Localizer<'static> {
    /// The app's messages in `locale` (see [`Catalog::shipped`]).
    pub fn new(locale: Locale) -> Localizer<'static> {
        Catalog::shipped().localizer(locale)
    }
}

impl Localizer<'_> {
    /// The language messages are written in (before fallback).
    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The message `key` with no arguments. Looked up in the locale, then along its fallback
    /// chain; a key found nowhere is returned as it is, so the gap is visible and testable.
    pub fn t(&self, key: &str) -> String {
        self.format(key, None)
    }

    /// The message `key` with named arguments, e.g. `t_args("lesson-step", &[("current",
    /// 3.into()), ("total", 7.into())])`.
    pub fn t_args(&self, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            let value = match value {
                Arg::Number(number) => FluentValue::from(*number),
                Arg::Text(text) => FluentValue::from(text.as_ref()),
            };
            fluent_args.set(*name, value);
        }
        self.format(key, Some(&fluent_args))
    }

    /// A percentage, rounded down to a whole number so a score never looks like it reached a
    /// pass mark it missed (69,6 % shows as 69, not 70), written as the language's message
    /// `number-percent` writes it (`85 %` in French, `85%` in Arabic and Darija); `85%` when
    /// no file of the chain has that message.
    pub fn percent(&self, percent: f64) -> String {
        const KEY: &str = "number-percent";
        let whole = format_number(percent.trunc());
        let text = self.t_args(KEY, &[("value", whole.clone().into())]);
        if text == KEY {
            return format!("{whole}%");
        }
        text.replace(['\u{2068}', '\u{2069}'], "")
    }

    /// A day written out with the month's name (`28 novembre 2026`), for the completion
    /// record; from the message `date-long`.
    pub fn long_date(&self, date: CivilDate) -> String {
        self.t_args(
            "date-long",
            &[
                ("day", date.day.into()),
                ("month", date.month.into()),
                ("year", date.year.into()),
            ],
        )
    }

    /// Formats `key` from the first bundle of the chain that has it.
    fn format(&self, key: &str, args: Option<&FluentArgs>) -> String {
        for locale in self.catalog.chain(self.locale) {
            let Some(bundle) = self.catalog.bundle(locale) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
        }
        key.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::test_languages::{shipped_languages, AR, ARY, FR};

    /// A catalog of the shipped course's languages with these three files.
    fn three(fr: &str, ar: &str, ary: &str) -> Catalog {
        Catalog::with_files(shipped_languages(), &[(FR, fr), (AR, ar), (ARY, ary)])
    }

    /// Drops the isolation marks Fluent puts around placeables (kept on in the app).
    fn plain(text: String) -> String {
        text.replace(['\u{2068}', '\u{2069}'], "")
    }

    const PLURALS: &str = "\
count = { $n ->
    [zero] zero
    [one] one
    [two] two
    [few] few
    [many] many
   *[other] other
}
";

    #[test]
    fn darija_counts_with_arabic_plural_rules() {
        let catalog = three(PLURALS, PLURALS, PLURALS);
        let darija = catalog.localizer(ARY);
        let forms: Vec<String> = [0, 1, 2, 3, 11, 100]
            .into_iter()
            .map(|n| darija.t_args("count", &[("n", n.into())]))
            .collect();
        assert_eq!(forms, ["zero", "one", "two", "few", "many", "other"]);
    }

    #[test]
    fn french_counts_with_french_plural_rules() {
        let catalog = three(PLURALS, PLURALS, PLURALS);
        let french = catalog.localizer(FR);
        let forms: Vec<String> = [0, 1, 2, 11]
            .into_iter()
            .map(|n| french.t_args("count", &[("n", n.into())]))
            .collect();
        assert_eq!(forms, ["one", "one", "other", "other"]);
    }

    #[test]
    fn a_message_missing_in_darija_comes_from_arabic_then_french() {
        let catalog = three(
            "only-fr = français\nin-ar = français\nin-ary = français\n",
            "in-ar = عربية\nin-ary = عربية\n",
            "in-ary = دارجة\n",
        );
        let darija = catalog.localizer(ARY);
        assert_eq!(darija.t("in-ary"), "دارجة");
        assert_eq!(darija.t("in-ar"), "عربية");
        assert_eq!(darija.t("only-fr"), "français");
        assert_eq!(catalog.localizer(AR).t("only-fr"), "français");
    }

    #[test]
    fn a_key_found_nowhere_is_shown_as_the_key() {
        let catalog = three("a = A\n", "a = أ\n", "a = أ\n");
        assert_eq!(catalog.localizer(ARY).t("no-such-key"), "no-such-key");
        assert_eq!(
            catalog
                .localizer(FR)
                .t_args("no-such-key", &[("n", 1.into())]),
            "no-such-key"
        );
    }

    #[test]
    fn arguments_are_isolated_from_the_surrounding_text() {
        let catalog = three("hi = Salut { $name } !\n", "", "");
        let text = catalog
            .localizer(FR)
            .t_args("hi", &[("name", "Salma".into())]);
        assert_eq!(text, "Salut \u{2068}Salma\u{2069} !");
    }

    #[test]
    fn numbers_in_messages_use_a_decimal_comma() {
        let catalog = three("", "score = { $points } من { $max }\n", "");
        let text = catalog
            .localizer(AR)
            .t_args("score", &[("points", 7.5.into()), ("max", 10.into())]);
        assert_eq!(plain(text), "7,5 من 10");
    }

    #[test]
    fn a_broken_entry_falls_back_without_hiding_the_others() {
        let catalog = three("x = X\ny = Y\n", "x = 1 } 2\ny = ي\n", "");
        let arabic = catalog.localizer(AR);
        assert_eq!(arabic.t("x"), "X");
        assert_eq!(arabic.t("y"), "ي");
    }

    #[test]
    fn bundles_are_built_only_for_the_languages_used() {
        let catalog = three("a = A\n", "a = أ\n", "b = ب\n");
        assert_eq!(catalog.localizer(AR).t("a"), "أ");
        let built: Vec<bool> = [FR, AR, ARY]
            .map(|l| catalog.slot(l).is_some_and(|s| s.bundle.get().is_some()))
            .to_vec();
        assert_eq!(built, [false, true, false]);
    }

    #[test]
    fn a_locale_file_arrives_once_and_lists_what_a_language_still_needs() {
        let catalog = Catalog::new();
        assert_eq!(
            catalog.missing(ARY),
            [ARY],
            "no fallbacks before the languages are known"
        );
        assert!(catalog.declare(shipped_languages()));
        assert!(!catalog.declare(shipped_languages()));
        assert_eq!(catalog.missing(ARY), [ARY, AR, FR]);
        assert_eq!(catalog.localizer(AR).t("a"), "a");
        catalog.add(AR, "a = أ\n".into());
        catalog.add(AR, "a = ب\n".into());
        assert_eq!(catalog.missing(ARY), [ARY, FR]);
        assert!(catalog.missing(AR).contains(&FR));
        assert_eq!(catalog.localizer(ARY).t("a"), "أ");
        catalog.add(FR, "a = A\nb = B\n".into());
        assert!(catalog.missing(AR).is_empty());
        assert_eq!(catalog.localizer(AR).t("b"), "B");
        assert!(catalog.has_message(FR, "b"));
        assert!(!catalog.has_message(ARY, "a"));
    }

    #[test]
    fn localizers_are_equal_only_for_the_same_catalog_and_language() {
        let one = three("a = A\n", "", "");
        let other = three("a = A\n", "", "");
        assert_eq!(one.localizer(AR), one.localizer(AR));
        assert_ne!(one.localizer(AR), one.localizer(ARY));
        assert_ne!(one.localizer(AR), other.localizer(AR));
    }

    #[test]
    fn the_catalog_can_be_shared_between_threads() {
        fn shareable<T: Send + Sync>() {}
        shareable::<Catalog>();
        shareable::<Localizer<'static>>();
    }
}
