//! Locales, text direction, negotiation, Fluent message lookup with the fallback each course
//! declares (`ary → ar → fr`), and Moroccan number and date formats.
//!
//! The languages are the course's (`[[languages]]` in `course.toml`); the app declares them to
//! the shipped catalog, fetches the locale files it needs and adds them; a lookup then needs no
//! more than the language:
//!
//! ```
//! use amane_core::i18n::{negotiate, Catalog, Direction, Language, Languages, Locale};
//! let language = |code, direction, fallback: &[&str]| Language {
//!     locale: Locale::from_code(code).unwrap(),
//!     name: code.to_owned(),
//!     direction,
//!     plural: code.parse().unwrap(),
//!     fallback: fallback.iter().map(|c| Locale::from_code(c).unwrap()).collect(),
//! };
//! let languages = Languages::new(vec![
//!     language("fr", Direction::Ltr, &[]),
//!     language("ar", Direction::Rtl, &["fr"]),
//! ])
//! .unwrap();
//! let locale = negotiate(&languages, &["ar-MA", "fr"]);
//! assert_eq!(languages.dir(locale), "rtl");
//! let catalog = Catalog::new();
//! catalog.declare(languages);
//! for needed in catalog.missing(locale) {
//!     let text = match needed.code() {
//!         "ar" => "header-quick-exit = خروج سريع\n",
//!         _ => "header-quick-exit = Quitter vite\nheader-help = Aide\n",
//!     };
//!     catalog.add(needed, text.to_owned());
//! }
//! let l = catalog.localizer(locale);
//! assert_eq!(l.t("header-quick-exit"), "خروج سريع");
//! assert_eq!(l.t("header-help"), "Aide");
//! ```

mod format;
mod key;
mod languages;
mod loader;
mod locale;
mod localizer;
mod negotiate;

pub use format::{format_clock, format_date, format_iso_date, format_number, CivilDate};
pub use key::MessageKey;
pub use languages::{Language, Languages};
pub use loader::{check_ftl, FtlError};
pub use locale::{Direction, Locale};
pub use localizer::{Arg, Catalog, Localizer};
pub use negotiate::negotiate;

#[cfg(test)]
pub(crate) mod test_languages;

#[cfg(test)]
mod shipped_tests;
