//! Locales, text direction, negotiation, Fluent message lookup with the `ary → ar → fr`
//! fallback, and Moroccan number and date formats.
//!
//! ```
//! use amane_core::i18n::{Localizer, Locale, negotiate};
//! let locale = negotiate(&["ar-MA", "fr"]);
//! let l = Localizer::new(locale);
//! assert_eq!(locale.dir(), "rtl");
//! assert_eq!(l.t("header-quick-exit"), "خروج سريع");
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
