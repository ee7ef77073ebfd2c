//! The course's languages, as `course.toml` declares them in `[[languages]]` tables, in the
//! order the language picker shows them:
//!
//! ```toml
//! [[languages]]
//! code = "ary"              # file names: locales/ary/main.ftl, content/modules/<id>/ary.md
//! name = "الدارجة"           # in its own script, the same in every interface language
//! dir = "rtl"               # or "ltr"
//! plural = "ar-MA"          # the CLDR locale whose plural rules its messages follow
//! fallback = ["ar", "fr"]   # where a missing message or module is looked up, in order
//! ```

use crate::content::manifest::toml::fields::{from_toml_table, Spanned};
use crate::content::model::Diagnostic;
use crate::content::report::locator::Locator;
use crate::i18n::{Direction, Language, Languages, Locale};
use unic_langid::LanguageIdentifier;

/// One `[[languages]]` table as written.
pub(crate) struct RawLanguage {
    code: Spanned<String>,
    name: Spanned<String>,
    dir: Spanned<String>,
    plural: Spanned<String>,
    fallback: Option<Vec<Spanned<String>>>,
}

from_toml_table!(RawLanguage {
    code: required,
    name: required,
    dir: required,
    plural: required,
    fallback: optional
});

/// The languages of `raw`, or `None` with every problem in `diagnostics`.
pub(crate) fn check_languages(
    raw: Vec<RawLanguage>,
    table_at: usize,
    locator: &Locator<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Languages> {
    let before = diagnostics.len();
    let mut error = |at: usize, message: String| diagnostics.push(locator.error(at, message));
    let declared: Vec<Option<Locale>> = raw
        .iter()
        .map(|language| Locale::from_code(&language.code.value))
        .collect();
    let mut list = Vec::with_capacity(raw.len());
    for (n, language) in raw.into_iter().enumerate() {
        let code = &language.code.value;
        let Some(locale) = declared[n] else {
            error(
                language.code.at,
                format!(
                    "`{code}` is not a language code: write a language subtag of 2 or 3 \
                     letters (fr, ar, ary), optionally followed by -region (ar-ma)"
                ),
            );
            continue;
        };
        if locale.code() != code {
            error(
                language.code.at,
                format!("write the code in lower case: `{}`", locale.code()),
            );
        }
        if declared[..n].contains(&Some(locale)) {
            error(
                language.code.at,
                format!("language `{code}` is declared twice"),
            );
        }
        if language.name.value.trim().is_empty() {
            error(
                language.name.at,
                format!("language `{code}`: give its name, written in its own script"),
            );
        }
        let direction = Direction::from_attribute(&language.dir.value);
        if direction.is_none() {
            error(
                language.dir.at,
                format!("language `{code}`: dir is \"ltr\" or \"rtl\""),
            );
        }
        let plural: Option<LanguageIdentifier> = language.plural.value.parse().ok();
        if plural.is_none() {
            error(
                language.plural.at,
                format!(
                    "language `{code}`: plural names the locale whose plural rules apply, \
                     such as \"fr\" or \"ar-MA\""
                ),
            );
        }
        let mut fallback = Vec::new();
        for next in language.fallback.unwrap_or_default() {
            match Locale::from_code(&next.value).filter(|l| declared.contains(&Some(*l))) {
                Some(l) if l == locale => error(
                    next.at,
                    format!("language `{code}` cannot fall back on itself"),
                ),
                Some(l) => fallback.push(l),
                None => error(
                    next.at,
                    format!(
                        "language `{code}` falls back on `{}`, which is not declared in \
                         [[languages]]",
                        next.value
                    ),
                ),
            }
        }
        if let (Some(direction), Some(plural)) = (direction, plural) {
            list.push(Language {
                locale,
                name: language.name.value,
                direction,
                plural,
                fallback,
            });
        }
    }
    if list.is_empty() && diagnostics.len() == before {
        diagnostics.push(locator.error(
            table_at,
            "the course needs at least one language: add a [[languages]] table",
        ));
    }
    if diagnostics.len() > before {
        return None;
    }
    Languages::new(list)
}
