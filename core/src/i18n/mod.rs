//! Locales, text direction, negotiation, Fluent message lookup with the `ary → ar → fr`
//! fallback, and Moroccan number and date formats.
//!
//! The app fetches the locale files it needs and adds them to the shipped catalog; a lookup
//! then needs no more than the language:
//!
//! ```
//! use amane_core::i18n::{Catalog, Locale, negotiate};
//! let locale = negotiate(&["ar-MA", "fr"]);
//! assert_eq!(locale.dir(), "rtl");
//! let catalog = Catalog::new();
//! for needed in catalog.missing(locale) {
//!     let text = match needed {
//!         Locale::Ar => "header-quick-exit = خروج سريع\n",
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
mod loader;
mod locale;
mod localizer;
mod negotiate;

pub use format::{
    format_clock, format_date, format_iso_date, format_number, format_percent, CivilDate,
};
pub use key::MessageKey;
pub use loader::{check_ftl, FtlError};
pub use locale::{Direction, Locale};
pub use localizer::{Arg, Catalog, Localizer};
pub use negotiate::negotiate;

#[cfg(test)]
mod shipped_tests;
