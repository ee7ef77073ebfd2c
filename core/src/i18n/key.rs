//! Message ids of the locale files as a type of their own. A [`MessageKey`] is made only by
//! [`key!`](crate::key) from a string literal, so the test of the shipped locales reads every
//! key the app can ask for, including those chosen in a `match`, and fails when one is missing.

use std::fmt;

/// The id of a message in `locales/<lang>/main.ftl`, e.g. `key!("lesson-next")`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MessageKey(&'static str);

impl MessageKey {
    /// Made by [`key!`](crate::key) only: call that macro instead.
    #[doc(hidden)]
    pub const fn from_literal(key: &'static str) -> Self {
        MessageKey(key)
    }

    /// The id as written in the locale files.
    pub const fn as_str(self) -> &'static str {
        self.0
    }
}

impl fmt::Display for MessageKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl PartialEq<&str> for MessageKey {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

/// A [`MessageKey`] from a string literal: `key!("lesson-next")`. The only way to make one.
#[macro_export]
macro_rules! key {
    ($key:literal) => {
        $crate::i18n::MessageKey::from_literal($key)
    };
}
