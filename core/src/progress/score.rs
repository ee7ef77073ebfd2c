//! A score as stored in progress, and which of two scores counts as the better one.

use std::cmp::Ordering;

use serde::{Deserialize, Serialize};

/// Points earned out of points available, both in hundredths of a point.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Score {
    /// Hundredths of a point earned.
    pub earned: u32,
    /// Hundredths of a point available.
    pub max: u32,
}

/// Orders two scores by achievement: higher percentage first, then more points earned, then
/// more points available. Two scores compare equal only when they are identical, so keeping
/// the greater of two is a deterministic choice whatever the order they arrive in.
///
/// A score out of zero with nothing earned counts as 0 %; with something earned, as above any
/// percentage (it cannot come from a valid quiz, but the order must still be total).
pub fn compare_achievement(a: Score, b: Score) -> Ordering {
    compare_percent(a, b)
        .then(a.earned.cmp(&b.earned))
        .then(a.max.cmp(&b.max))
}

/// The better of two scores in the order of [`compare_achievement`].
pub fn better_score(a: Score, b: Score) -> Score {
    match compare_achievement(a, b) {
        Ordering::Less => b,
        _ => a,
    }
}

/// Compares `earned / max` without floating point. Both fractions are first put in a form
/// where a zero denominator only means "infinite", so cross-multiplication is exact.
fn compare_percent(a: Score, b: Score) -> Ordering {
    let (an, ad) = as_fraction(a);
    let (bn, bd) = as_fraction(b);
    (an * bd).cmp(&(bn * ad))
}

fn as_fraction(score: Score) -> (u64, u64) {
    match (score.earned, score.max) {
        (0, 0) => (0, 1),
        (_, 0) => (1, 0),
        (earned, max) => (u64::from(earned), u64::from(max)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn score(earned: u32, max: u32) -> Score {
        Score { earned, max }
    }

    #[test]
    fn a_higher_percentage_wins_even_with_fewer_points() {
        assert_eq!(
            better_score(score(300, 400), score(100, 100)),
            score(100, 100)
        );
        assert_eq!(
            better_score(score(100, 100), score(300, 400)),
            score(100, 100)
        );
    }

    #[test]
    fn at_the_same_percentage_more_points_earned_wins() {
        assert_eq!(
            better_score(score(100, 200), score(200, 400)),
            score(200, 400)
        );
        assert_eq!(
            better_score(score(200, 400), score(100, 200)),
            score(200, 400)
        );
    }

    #[test]
    fn nothing_out_of_nothing_counts_as_zero_percent() {
        assert_eq!(better_score(score(0, 0), score(1, 400)), score(1, 400));
        assert_eq!(
            compare_achievement(score(0, 0), score(0, 400)),
            Ordering::Less
        );
    }

    #[test]
    fn the_order_is_consistent_near_the_integer_limits() {
        let almost_all = score(u32::MAX - 1, u32::MAX);
        let all = score(u32::MAX, u32::MAX);
        assert_eq!(better_score(almost_all, all), all);
    }

    #[test]
    fn scores_are_stored_with_the_field_names_earned_and_max() {
        let json = serde_json::to_string(&score(150, 200)).unwrap();
        assert_eq!(json, r#"{"earned":150,"max":200}"#);
    }
}
