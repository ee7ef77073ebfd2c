//! The shipped course's languages, for this crate's tests: read from `content/course.toml`.

use super::languages::Languages;
use super::locale::Locale;

/// French.
pub(crate) const FR: Locale = Locale::of("fr");
/// Modern Standard Arabic.
pub(crate) const AR: Locale = Locale::of("ar");
/// Moroccan Darija.
pub(crate) const ARY: Locale = Locale::of("ary");

/// The languages `content/course.toml` declares.
pub(crate) fn shipped_languages() -> Languages {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../content/course.toml");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    crate::content::parse_course(path, &text)
        .unwrap_or_else(|e| panic!("{path}: {e:?}"))
        .languages
}
