//! The course's title in the reader's language.

use crate::content::Course;
use crate::i18n::Locale;

/// The course title in `locale`, or in the first language of its fallback chain that has
/// one, or else the first title the manifest gives; empty when it gives none.
pub fn course_title(course: &Course, locale: Locale) -> String {
    course
        .languages
        .chain(locale)
        .iter()
        .find_map(|l| course.title.iter().find(|(code, _)| code == l.code()))
        .or_else(|| course.title.first())
        .map(|(_, t)| t.clone())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::screen::fixtures::course;

    #[test]
    fn the_title_follows_the_language_then_its_fallbacks() {
        let both = course(&[("fr", "Cours"), ("ar", "دورة")]);
        assert_eq!(course_title(&both, Locale::of("fr")), "Cours");
        assert_eq!(course_title(&both, Locale::of("ar")), "دورة");
        assert_eq!(course_title(&both, Locale::of("ary")), "دورة");
        let french = course(&[("fr", "Cours")]);
        assert_eq!(course_title(&french, Locale::of("ary")), "Cours");
    }

    #[test]
    fn a_title_in_no_known_language_is_still_shown_and_none_is_empty() {
        assert_eq!(
            course_title(&course(&[("en", "Course")]), Locale::of("fr")),
            "Course"
        );
        assert_eq!(course_title(&course(&[]), Locale::of("fr")), "");
    }
}
