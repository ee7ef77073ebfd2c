//! A choice's votes as the room reads them: "12 voix · 40 %".

use crate::i18n::{Locale, Localizer};
use crate::present::percents;

/// The votes for choice `choice` of `tally` and their share of all votes, in `locale`.
pub fn vote_text(tally: &[u32], choice: usize, locale: Locale) -> String {
    let votes = tally.get(choice).copied().unwrap_or(0);
    let percent = percents(tally).get(choice).copied().unwrap_or(0);
    let l = Localizer::new(locale);
    format!(
        "{} · {}",
        l.t_args(
            crate::key!("trainer-votes").as_str(),
            &[("count", votes.into())]
        ),
        l.percent(f64::from(percent))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text without the Unicode isolation marks Fluent puts around numbers.
    fn plain(text: String) -> String {
        text.replace(['\u{2068}', '\u{2069}'], "")
    }

    #[test]
    fn votes_are_counted_and_shared_in_the_language_of_the_room() {
        let tally = [3, 1];
        let french = plain(vote_text(&tally, 0, Locale::of("fr")));
        assert_eq!(french, "3 voix · 75\u{202F}%");
        assert_ne!(plain(vote_text(&tally, 0, Locale::of("ar"))), french);
    }

    #[test]
    fn a_choice_without_votes_reads_zero() {
        let text = plain(vote_text(&[], 2, Locale::of("fr")));
        assert!(text.starts_with('0'), "{text}");
        assert!(text.contains("· 0"), "{text}");
    }
}
