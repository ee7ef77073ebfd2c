//! Message lookup: the locale files the app has received, each turned into a bundle the
//! first time it is needed, and a per-language [`Localizer`] that falls back `ary → ar → fr`
//! per message.

use super::format::CivilDate;
use super::loader::{load_bundle, Bundle};
use super::locale::Locale;
use fluent_bundle::{FluentArgs, FluentValue};
use std::borrow::Cow;
use std::sync::OnceLock;

/// The app's own messages: the app adds the locale files it fetched (`locales/<code>/main.ftl`),
/// so a start downloads only the files of the chosen language and its fallbacks.
static SHIPPED: Catalog = Catalog::new();

/// The messages of the locales received so far. A locale's bundle is built on first use, so
/// starting the app in Arabic never parses the French file unless a message falls back to it.
pub struct Catalog {
    /// FTL text per locale, indexed by [`Catalog::slot`]; set once, when the file arrives.
    sources: [OnceLock<String>; 3],
    /// Bundles built from `sources` on first use.
    bundles: [OnceLock<Bundle>; 3],
}

impl Default for Catalog {
    fn default() -> Self {
        Catalog::new()
    }
}

impl Catalog {
    /// A catalog without any locale file yet.
    pub const fn new() -> Catalog {
        Catalog {
            sources: [OnceLock::new(), OnceLock::new(), OnceLock::new()],
            bundles: [OnceLock::new(), OnceLock::new(), OnceLock::new()],
        }
    }

    /// The app's own messages (`locales/<code>/main.ftl`): those the app has added so far.
    /// In this crate's tests every shipped file is there, read from the repository.
    pub fn shipped() -> &'static Catalog {
        #[cfg(test)]
        {
            static READ: std::sync::Once = std::sync::Once::new();
            READ.call_once(|| {
                for locale in Locale::ALL {
                    let path = format!("{}/../{}", env!("CARGO_MANIFEST_DIR"), locale.ftl_path());
                    let text =
                        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
                    SHIPPED.add(locale, text);
                }
            });
        }
        &SHIPPED
    }

    /// A catalog from the text of one FTL file per locale. Entries with syntax errors are
    /// left out (see [`check_ftl`](super::check_ftl) to list them).
    pub fn from_ftl(fr: &str, ar: &str, ary: &str) -> Catalog {
        let catalog = Catalog::new();
        for (locale, text) in Locale::ALL.into_iter().zip([fr, ar, ary]) {
            catalog.add(locale, text.to_owned());
        }
        catalog
    }

    /// Adds the text of `locale`'s file. A locale's file is added once: a second text for the
    /// same locale is ignored, so messages already shown never change under the learner.
    pub fn add(&self, locale: Locale, ftl: String) {
        let _ = self.sources[Catalog::slot(locale)].set(ftl);
    }

    /// Whether `locale`'s file has been added.
    pub fn has_locale(&self, locale: Locale) -> bool {
        self.sources[Catalog::slot(locale)].get().is_some()
    }

    /// The files still needed to show `locale` with all its fallbacks, in fallback order.
    pub fn missing(&self, locale: Locale) -> Vec<Locale> {
        locale
            .fallback_chain()
            .iter()
            .copied()
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

    /// Position of a locale in the arrays.
    fn slot(locale: Locale) -> usize {
        match locale {
            Locale::Fr => 0,
            Locale::Ar => 1,
            Locale::Ary => 2,
        }
    }

    /// The bundle of `locale`, built now if this is its first use; `None` before its file
    /// was added.
    fn bundle(&self, locale: Locale) -> Option<&Bundle> {
        let slot = Catalog::slot(locale);
        let source = self.sources[slot].get()?;
        Some(self.bundles[slot].get_or_init(|| load_bundle(locale, source).0))
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
        for locale in self.locale.fallback_chain() {
            let Some(bundle) = self.catalog.bundle(*locale) else {
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
        let catalog = Catalog::from_ftl(PLURALS, PLURALS, PLURALS);
        let darija = catalog.localizer(Locale::Ary);
        let forms: Vec<String> = [0, 1, 2, 3, 11, 100]
            .into_iter()
            .map(|n| darija.t_args("count", &[("n", n.into())]))
            .collect();
        assert_eq!(forms, ["zero", "one", "two", "few", "many", "other"]);
    }

    #[test]
    fn french_counts_with_french_plural_rules() {
        let catalog = Catalog::from_ftl(PLURALS, PLURALS, PLURALS);
        let french = catalog.localizer(Locale::Fr);
        let forms: Vec<String> = [0, 1, 2, 11]
            .into_iter()
            .map(|n| french.t_args("count", &[("n", n.into())]))
            .collect();
        assert_eq!(forms, ["one", "one", "other", "other"]);
    }

    #[test]
    fn a_message_missing_in_darija_comes_from_arabic_then_french() {
        let catalog = Catalog::from_ftl(
            "only-fr = français\nin-ar = français\nin-ary = français\n",
            "in-ar = عربية\nin-ary = عربية\n",
            "in-ary = دارجة\n",
        );
        let darija = catalog.localizer(Locale::Ary);
        assert_eq!(darija.t("in-ary"), "دارجة");
        assert_eq!(darija.t("in-ar"), "عربية");
        assert_eq!(darija.t("only-fr"), "français");
        assert_eq!(catalog.localizer(Locale::Ar).t("only-fr"), "français");
    }

    #[test]
    fn a_key_found_nowhere_is_shown_as_the_key() {
        let catalog = Catalog::from_ftl("a = A\n", "a = أ\n", "a = أ\n");
        assert_eq!(
            catalog.localizer(Locale::Ary).t("no-such-key"),
            "no-such-key"
        );
        assert_eq!(
            catalog
                .localizer(Locale::Fr)
                .t_args("no-such-key", &[("n", 1.into())]),
            "no-such-key"
        );
    }

    #[test]
    fn arguments_are_isolated_from_the_surrounding_text() {
        let catalog = Catalog::from_ftl("hi = Salut { $name } !\n", "", "");
        let text = catalog
            .localizer(Locale::Fr)
            .t_args("hi", &[("name", "Salma".into())]);
        assert_eq!(text, "Salut \u{2068}Salma\u{2069} !");
    }

    #[test]
    fn numbers_in_messages_use_a_decimal_comma() {
        let catalog = Catalog::from_ftl("", "score = { $points } من { $max }\n", "");
        let text = catalog
            .localizer(Locale::Ar)
            .t_args("score", &[("points", 7.5.into()), ("max", 10.into())]);
        assert_eq!(plain(text), "7,5 من 10");
    }

    #[test]
    fn a_broken_entry_falls_back_without_hiding_the_others() {
        let catalog = Catalog::from_ftl("x = X\ny = Y\n", "x = 1 } 2\ny = ي\n", "");
        let arabic = catalog.localizer(Locale::Ar);
        assert_eq!(arabic.t("x"), "X");
        assert_eq!(arabic.t("y"), "ي");
    }

    #[test]
    fn bundles_are_built_only_for_the_languages_used() {
        let catalog = Catalog::from_ftl("a = A\n", "a = أ\n", "b = ب\n");
        assert_eq!(catalog.localizer(Locale::Ar).t("a"), "أ");
        let built: Vec<bool> = catalog.bundles.iter().map(|b| b.get().is_some()).collect();
        assert_eq!(built, [false, true, false]);
    }

    #[test]
    fn a_locale_file_arrives_once_and_lists_what_a_language_still_needs() {
        let catalog = Catalog::new();
        assert_eq!(
            catalog.missing(Locale::Ary),
            [Locale::Ary, Locale::Ar, Locale::Fr]
        );
        assert_eq!(catalog.localizer(Locale::Ar).t("a"), "a");
        catalog.add(Locale::Ar, "a = أ\n".into());
        catalog.add(Locale::Ar, "a = ب\n".into());
        assert_eq!(catalog.missing(Locale::Ary), [Locale::Ary, Locale::Fr]);
        assert!(catalog.missing(Locale::Ar).contains(&Locale::Fr));
        assert_eq!(catalog.localizer(Locale::Ary).t("a"), "أ");
        catalog.add(Locale::Fr, "a = A\nb = B\n".into());
        assert!(catalog.missing(Locale::Ar).is_empty());
        assert_eq!(catalog.localizer(Locale::Ar).t("b"), "B");
        assert!(catalog.has_message(Locale::Fr, "b"));
        assert!(!catalog.has_message(Locale::Ary, "a"));
    }

    #[test]
    fn localizers_are_equal_only_for_the_same_catalog_and_language() {
        let one = Catalog::from_ftl("a = A\n", "", "");
        let other = Catalog::from_ftl("a = A\n", "", "");
        assert_eq!(one.localizer(Locale::Ar), one.localizer(Locale::Ar));
        assert_ne!(one.localizer(Locale::Ar), one.localizer(Locale::Ary));
        assert_ne!(one.localizer(Locale::Ar), other.localizer(Locale::Ar));
    }

    #[test]
    fn the_catalog_can_be_shared_between_threads() {
        fn shareable<T: Send + Sync>() {}
        shareable::<Catalog>();
        shareable::<Localizer<'static>>();
    }
}
