//! Scores in hundredths of a point, compared by the share of points earned.

use serde::{Deserialize, Serialize};
use std::cmp::Ordering;

/// Hundredths in one point: a question worth 2 points is out of 200.
pub const HUNDREDTHS_PER_POINT: u32 = 100;

/// Converts whole points (as written in the content) to hundredths, saturating on overflow.
pub fn hundredths(points: u32) -> u32 {
    points.saturating_mul(HUNDREDTHS_PER_POINT)
}

/// Points earned out of points possible, both in **hundredths of a point** so partial credit
/// (one right option out of three) needs no floating point: 1 point out of 1 is
/// `Score { earned: 100, max: 100 }`, a third of it is `Score { earned: 33, max: 100 }`.
///
/// Scores are ordered by the share earned (exactly, not the rounded percent), then by points
/// earned, then by points possible: `2/4` is better than `1/2`, which is better than `0/10`.
/// The empty score `0/0` (the [`Default`]) ranks below every other, so it never wins
/// [`Score::better`]. Stored in progress files as `{"earned": …, "max": …}`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Score {
    /// Hundredths of a point earned.
    pub earned: u32,
    /// Hundredths of a point possible.
    pub max: u32,
}

impl Score {
    /// A score of `earned` out of `max` hundredths.
    pub fn new(earned: u32, max: u32) -> Self {
        Self { earned, max }
    }

    /// Whole percent earned, rounded down so a learner at 69.9 % never sees "70 %" next to a
    /// 70 % pass mark they missed. 0 when there is nothing to earn; never above 100, even for
    /// a malformed score read from a file.
    pub fn percent(self) -> u32 {
        if self.max == 0 {
            return 0;
        }
        let percent = u64::from(self.earned) * 100 / u64::from(self.max);
        percent.min(100) as u32
    }

    /// The better of two scores (see the ordering above). Only equal scores tie, so the
    /// result does not depend on which one comes first.
    pub fn better(self, other: Self) -> Self {
        if other > self {
            other
        } else {
            self
        }
    }

    /// Points earned and points possible, in points as the learner reads them (`1.5` out of
    /// `2` for 150/200 hundredths).
    pub fn points(self) -> (f64, f64) {
        let per_point = f64::from(HUNDREDTHS_PER_POINT);
        (
            f64::from(self.earned) / per_point,
            f64::from(self.max) / per_point,
        )
    }

    /// Whether every point was earned (and there was something to earn).
    pub fn is_full(self) -> bool {
        self.max > 0 && self.earned >= self.max
    }

    /// Compares the share earned, counting `x/0` as nothing earned.
    fn cmp_share(self, other: Self) -> Ordering {
        match (self.max, other.max) {
            (0, 0) => Ordering::Equal,
            (0, _) => 0.cmp(&other.earned),
            (_, 0) => self.earned.cmp(&0),
            (mine, theirs) => (u64::from(self.earned) * u64::from(theirs))
                .cmp(&(u64::from(other.earned) * u64::from(mine))),
        }
    }
}

impl Ord for Score {
    fn cmp(&self, other: &Self) -> Ordering {
        self.cmp_share(*other)
            .then(self.earned.cmp(&other.earned))
            .then(self.max.cmp(&other.max))
    }
}

impl PartialOrd for Score {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl std::ops::Add for Score {
    type Output = Score;

    /// Adds earned and possible points (saturating), e.g. the questions of one set.
    fn add(self, other: Self) -> Self {
        Self {
            earned: self.earned.saturating_add(other.earned),
            max: self.max.saturating_add(other.max),
        }
    }
}

impl std::iter::Sum for Score {
    fn sum<I: Iterator<Item = Self>>(iter: I) -> Self {
        iter.fold(Self::default(), |total, score| total + score)
    }
}

/// `part / whole` of `amount`, rounded down: the one rounding rule for partial credit and for
/// rescaling a stored score. Never more than `amount`; 0 when `whole` is 0.
pub fn proportion(amount: u32, part: u64, whole: u64) -> u32 {
    if whole == 0 {
        return 0;
    }
    let scaled = u128::from(amount) * u128::from(part.min(whole)) / u128::from(whole);
    scaled as u32
}

/// Whether `score` reaches `pass_mark_percent` of its points, compared exactly (69.99 % does
/// not pass a 70 % mark). A module with nothing to score is passed: there is nothing to fail.
pub fn passed(score: Score, pass_mark_percent: u8) -> bool {
    u64::from(score.earned) * 100 >= u64::from(pass_mark_percent) * u64::from(score.max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_are_read_in_whole_points_with_their_fraction() {
        assert_eq!(Score::new(150, 200).points(), (1.5, 2.0));
        assert_eq!(Score::new(33, 100).points(), (0.33, 1.0));
        assert_eq!(Score::default().points(), (0.0, 0.0));
    }

    #[test]
    fn percent_rounds_down_and_never_exceeds_100() {
        assert_eq!(Score::new(6999, 10000).percent(), 69);
        assert_eq!(Score::new(33, 100).percent(), 33);
        assert_eq!(Score::new(200, 200).percent(), 100);
        assert_eq!(Score::new(500, 100).percent(), 100);
        assert_eq!(Score::new(0, 0).percent(), 0);
        assert_eq!(Score::new(u32::MAX, u32::MAX).percent(), 100);
    }

    #[test]
    fn a_higher_share_beats_more_points() {
        let half_of_small = Score::new(100, 200);
        let most_of_large = Score::new(300, 400);
        let little_of_large = Score::new(300, 1000);
        assert!(most_of_large > half_of_small);
        assert!(half_of_small > little_of_large);
        assert_eq!(half_of_small.better(little_of_large), half_of_small);
        assert_eq!(little_of_large.better(most_of_large), most_of_large);
    }

    #[test]
    fn equal_shares_prefer_more_points_earned() {
        assert!(Score::new(200, 400) > Score::new(100, 200));
        assert_eq!(
            Score::new(100, 200).better(Score::new(200, 400)),
            Score::new(200, 400)
        );
    }

    #[test]
    fn the_empty_score_never_wins() {
        for other in [Score::new(0, 100), Score::new(1, 100), Score::new(100, 100)] {
            assert!(Score::default() < other);
            assert_eq!(Score::default().better(other), other);
            assert_eq!(other.better(Score::default()), other);
        }
    }

    #[test]
    fn pass_mark_is_exact() {
        assert!(passed(Score::new(700, 1000), 70));
        assert!(!passed(Score::new(699, 1000), 70));
        assert!(passed(Score::new(100, 100), 100));
        assert!(!passed(Score::new(0, 100), 1));
        assert!(passed(Score::new(0, 100), 0));
        assert!(passed(Score::default(), 70));
    }

    #[test]
    fn proportions_round_down_and_stay_within_the_amount() {
        assert_eq!(proportion(100, 1, 3), 33);
        assert_eq!(proportion(200, 2, 3), 133);
        assert_eq!(proportion(300, 3, 3), 300);
        assert_eq!(proportion(300, 9, 3), 300);
        assert_eq!(proportion(300, 1, 0), 0);
        assert_eq!(proportion(u32::MAX, u64::MAX - 1, u64::MAX), u32::MAX - 1);
    }

    #[test]
    fn full_means_every_point_earned() {
        assert!(Score::new(300, 300).is_full());
        assert!(!Score::new(299, 300).is_full());
        assert!(!Score::default().is_full());
    }

    #[test]
    fn scores_add_up_without_overflow() {
        let total: Score = [Score::new(50, 100), Score::new(200, 200)]
            .into_iter()
            .sum();
        assert_eq!(total, Score::new(250, 300));
        assert_eq!(
            Score::new(u32::MAX, u32::MAX) + Score::new(1, 1),
            Score::new(u32::MAX, u32::MAX)
        );
        assert_eq!(hundredths(3), 300);
        assert_eq!(hundredths(u32::MAX), u32::MAX);
    }

    #[test]
    fn stored_as_earned_and_max() {
        let json = serde_json::to_string(&Score::new(150, 200)).unwrap();
        assert_eq!(json, r#"{"earned":150,"max":200}"#);
        let back: Score = serde_json::from_str(&json).unwrap();
        assert_eq!(back, Score::new(150, 200));
    }

    proptest::proptest! {
        #[test]
        fn ordering_is_total_and_consistent(
            a in (0u32..500, 0u32..500), b in (0u32..500, 0u32..500), c in (0u32..500, 0u32..500)
        ) {
            let (a, b, c) = (Score::new(a.0, a.1), Score::new(b.0, b.1), Score::new(c.0, c.1));
            proptest::prop_assert_eq!(a.cmp(&b), b.cmp(&a).reverse());
            proptest::prop_assert_eq!(a.cmp(&b) == Ordering::Equal, a == b);
            if a <= b && b <= c {
                proptest::prop_assert!(a <= c);
            }
            proptest::prop_assert_eq!(a.better(b), b.better(a));
            proptest::prop_assert!(a.better(b) >= a && a.better(b) >= b);
        }
    }
}
