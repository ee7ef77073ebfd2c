//! What the trainer reads about the class results, in their language: the Fluent message of
//! each reason a file is refused, and the labels of the table's columns.

use super::csv::COLUMNS;
use super::results_file::ResultsError;
use crate::i18n::{Arg, MessageKey};
use crate::key;
use crate::progress::visible;

/// The Fluent ids of the table's columns, in the order of [`super::to_csv`]'s cells.
pub const COLUMN_KEYS: [MessageKey; COLUMNS] = [
    key!("results-col-name"),
    key!("results-col-modules"),
    key!("results-col-score"),
    key!("results-col-date"),
    key!("results-col-attempts"),
    key!("results-col-version"),
];

impl ResultsError {
    /// The Fluent message id saying why the file was refused.
    pub fn key(&self) -> MessageKey {
        match self {
            ResultsError::TooBig { .. } => key!("results-refused-too-big"),
            ResultsError::NotResultsFile => key!("results-refused-not-results"),
            ResultsError::Corrupt { .. } => key!("results-refused-corrupt"),
            ResultsError::OtherCourse { .. } => key!("results-refused-other-course"),
            ResultsError::NewerVersion { .. } => key!("results-refused-newer"),
        }
    }

    /// The variables of the message named by [`ResultsError::key`]: sizes in kilobytes, the
    /// other course's id made visible. What is wrong inside a damaged file is not shown.
    pub fn args(&self) -> Vec<(&'static str, Arg<'static>)> {
        match self {
            ResultsError::TooBig { size, limit } => vec![
                ("size", size.div_ceil(1024).into()),
                ("limit", (limit / 1024).into()),
            ],
            ResultsError::OtherCourse { found } => vec![("course", visible(found).into())],
            ResultsError::NewerVersion { found } => vec![("version", (*found).into())],
            ResultsError::NotResultsFile | ResultsError::Corrupt { .. } => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::i18n::{Catalog, Locale, Localizer};

    const LOCALES: [Locale; 3] = [Locale::of("fr"), Locale::of("ar"), Locale::of("ary")];

    fn every_reason() -> [ResultsError; 5] {
        [
            ResultsError::TooBig {
                size: 300_000,
                limit: 260_000,
            },
            ResultsError::NotResultsFile,
            ResultsError::Corrupt {
                detail: "EOF while parsing".into(),
            },
            ResultsError::OtherCourse {
                found: "autre\u{202e}cours".into(),
            },
            ResultsError::NewerVersion { found: 2 },
        ]
    }

    #[test]
    fn each_reason_has_its_own_message() {
        let used: BTreeSet<MessageKey> = every_reason().iter().map(ResultsError::key).collect();
        assert_eq!(used.len(), every_reason().len());
    }

    #[test]
    fn every_reason_and_column_reads_fully_in_every_language() {
        for locale in LOCALES {
            let messages = Localizer::new(locale);
            let reasons = every_reason().map(|reason| reason.key());
            for key in reasons.iter().chain(&COLUMN_KEYS) {
                let defined = Catalog::shipped().has_message(locale, key.as_str());
                assert!(defined, "{key} is missing from locales/{locale}/main.ftl");
            }
            for reason in every_reason() {
                let text = messages.t_args(reason.key().as_str(), &reason.args());
                assert!(!text.contains("{$"), "{locale} {}: {text}", reason.key());
                assert!(!text.contains('\u{202e}'), "{locale}: {text}");
            }
        }
    }

    #[test]
    fn a_file_too_big_says_both_sizes_in_kilobytes() {
        let reason = ResultsError::TooBig {
            size: 300_000,
            limit: 260 * 1024,
        };
        let text = Localizer::new(Locale::of("fr")).t_args(reason.key().as_str(), &reason.args());
        let text = text.replace(['\u{2068}', '\u{2069}'], "");
        assert!(text.contains("293") && text.contains("260"), "{text}");
    }
}
