//! Turning one `.ftl` file into a Fluent bundle with the right plural rules and number format.

use super::format::format_number;
use super::locale::Locale;
use fluent_bundle::{concurrent, FluentError, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// The messages of one locale, ready to format. Thread-safe, so a catalog can be shared.
pub(crate) type Bundle = concurrent::FluentBundle<FluentResource>;

/// A problem in a locale file, for the person editing it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FtlError {
    /// The file's locale (the file is `locales/<code>/main.ftl`).
    pub locale: Locale,
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in characters.
    pub col: u32,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for FtlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.locale.ftl_path(),
            self.line,
            self.col,
            self.message
        )
    }
}

/// Builds the bundle of `locale`, whose messages follow the plural rules of `plural`, from
/// the text of its `.ftl` file. Entries that fail to parse
/// are left out and reported; the rest of the file still works. Placeables keep Fluent's
/// Unicode isolation marks so a French name or a number cannot reorder Arabic text.
pub(crate) fn load_bundle(
    locale: Locale,
    plural: LanguageIdentifier,
    ftl: &str,
) -> (Bundle, Vec<FtlError>) {
    let mut errors = Vec::new();
    let resource = match FluentResource::try_new(ftl.to_owned()) {
        Ok(resource) => resource,
        Err((resource, parse_errors)) => {
            errors.extend(parse_errors.into_iter().map(|error| {
                let (line, col) = line_col(ftl, error.pos.start);
                FtlError {
                    locale,
                    line,
                    col,
                    message: error.kind.to_string(),
                }
            }));
            resource
        }
    };
    let mut bundle = Bundle::new_concurrent(vec![plural]);
    bundle.set_use_isolating(true);
    bundle.set_formatter(Some(|value, _| match value {
        FluentValue::Number(number) => Some(format_number(number.value)),
        _ => None,
    }));
    if let Err(add_errors) = bundle.add_resource(resource) {
        errors.extend(add_errors.into_iter().map(|error| {
            let line = match &error {
                FluentError::Overriding { id, .. } => last_definition_line(ftl, id),
                _ => 1,
            };
            FtlError {
                locale,
                line,
                col: 1,
                message: duplicate_message(&error),
            }
        }));
    }
    (bundle, errors)
}

/// Every problem in the text of a locale file; empty when the file is valid.
pub fn check_ftl(locale: Locale, ftl: &str) -> Vec<FtlError> {
    load_bundle(locale, LanguageIdentifier::default(), ftl).1
}

/// Describes an error raised while adding a parsed file to a bundle.
fn duplicate_message(error: &FluentError) -> String {
    match error {
        FluentError::Overriding { kind, id } => format!("{kind} `{id}` is defined twice"),
        other => other.to_string(),
    }
}

/// 1-based line of the last definition of message `id` (or term `-id`).
fn last_definition_line(ftl: &str, id: &str) -> u32 {
    let defines = |line: &str| {
        let name = line.strip_prefix('-').unwrap_or(line);
        name.strip_prefix(id)
            .is_some_and(|rest| rest.trim_start().starts_with('='))
    };
    ftl.lines()
        .enumerate()
        .filter(|(_, line)| defines(line))
        .last()
        .map_or(1, |(i, _)| i as u32 + 1)
}

/// 1-based line and column of a byte offset.
fn line_col(text: &str, offset: usize) -> (u32, u32) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line as u32, col as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::test_languages::{AR, ARY, FR};

    #[test]
    fn a_valid_file_has_no_errors() {
        assert!(check_ftl(FR, "hello = Bonjour\nbye = Au revoir\n").is_empty());
    }

    #[test]
    fn a_broken_entry_is_located_and_the_rest_still_loads() {
        let (bundle, errors) = load_bundle(
            AR,
            "ar".parse().unwrap(),
            "ok = نعم\nbroken = 1 } 2\nafter = بعد\n",
        );
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!((errors[0].line, errors[0].col), (2, 12));
        assert!(errors[0]
            .to_string()
            .starts_with("locales/ar/main.ftl:2:12: "));
        assert!(bundle.has_message("ok"));
        assert!(bundle.has_message("after"));
        assert!(!bundle.has_message("broken"));
    }

    #[test]
    fn a_key_defined_twice_is_reported() {
        let errors = check_ftl(ARY, "a = واحد\na = جوج\n");
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].line, 2);
        assert!(
            errors[0].message.contains("`a` is defined twice"),
            "{errors:?}"
        );
    }
}
