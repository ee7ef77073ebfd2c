//! The current language as context, and text that follows it.

use amane_core::i18n::{Arg, Locale, Localizer, MessageKey};
use leptos::prelude::*;

/// The chosen language; every text read through it updates when it changes.
#[derive(Clone, Copy)]
pub struct I18n {
    locale: RwSignal<Locale>,
}

impl I18n {
    /// Provides the language context, starting with `locale`.
    pub fn provide(locale: Locale) -> Self {
        let i18n = I18n {
            locale: RwSignal::new(locale),
        };
        provide_context(i18n);
        i18n
    }

    /// The current language (tracked).
    pub fn locale(self) -> Locale {
        self.locale.get()
    }

    /// The current language, without tracking (for event handlers).
    pub fn locale_untracked(self) -> Locale {
        self.locale.get_untracked()
    }

    /// Switches language; pages keep their place because the route does not change.
    pub fn set(self, locale: Locale) {
        self.locale.set(locale);
    }

    /// A message in the current language (tracked).
    pub fn t(self, key: MessageKey) -> String {
        Localizer::new(self.locale()).t(key.as_str())
    }

    /// A message with arguments in the current language (tracked).
    pub fn t_args(self, key: MessageKey, args: &[(&str, Arg<'_>)]) -> String {
        Localizer::new(self.locale()).t_args(key.as_str(), args)
    }
}

/// The language context.
pub fn use_i18n() -> I18n {
    expect_context()
}

/// A message that follows the language, for use in views: `{tr(key!("lesson-next"))}`.
pub fn tr(key: MessageKey) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || i18n.t(key)
}
