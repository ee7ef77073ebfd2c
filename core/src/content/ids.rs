//! Ids shared between locales (steps, blocks, questions, nodes, sources).

use crate::content::model::Diagnostic;
use crate::content::report::locator::Locator;

/// Whether `id` can be used in a link and a progress file: ASCII letters, digits, `-`, `_`.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// An error when `id` (of a `what`, e.g. "question") is not a valid id.
pub(crate) fn check_id(
    id: &str,
    what: &str,
    offset: usize,
    locator: &Locator<'_>,
) -> Option<Diagnostic> {
    (!is_valid_id(id)).then(|| {
        locator.error(
            offset,
            format!("{what} id `{id}` may only use the letters a-z and A-Z, digits, `-` and `_`"),
        )
    })
}
