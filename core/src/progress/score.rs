//! A score as stored in progress, ordered by achievement.

use std::cmp::Ordering;

use serde::{Deserialize, Serialize};

/// Points earned out of points available, both in hundredths of a point.
///
/// Scores are ordered by achievement: the greater share earned first, then more points
/// earned, then more points available. Only identical scores compare equal, so keeping the
/// greater of two never depends on which came first. A score out of zero counts as nothing
/// earned.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Score {
    /// Hundredths of a point earned.
    pub earned: u32,
    /// Hundredths of a point available.
    pub max: u32,
}

impl Score {
    /// The better of two scores.
    pub fn better(self, other: Score) -> Score {
        self.max(other)
    }

    /// `earned / max` as an exact fraction; out of zero means a share of zero.
    fn share(self) -> (u64, u64) {
        match self.max {
            0 => (0, 1),
            max => (u64::from(self.earned), u64::from(max)),
        }
    }
}

impl Ord for Score {
    fn cmp(&self, other: &Self) -> Ordering {
        let ((mine, my_max), (theirs, their_max)) = (self.share(), other.share());
        (mine * their_max)
            .cmp(&(theirs * my_max))
            .then(self.earned.cmp(&other.earned))
            .then(self.max.cmp(&other.max))
    }
}

impl PartialOrd for Score {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn score(earned: u32, max: u32) -> Score {
        Score { earned, max }
    }

    #[test]
    fn a_higher_percentage_wins_even_with_fewer_points() {
        assert_eq!(score(300, 400).better(score(100, 100)), score(100, 100));
        assert_eq!(score(100, 100).better(score(300, 400)), score(100, 100));
    }

    #[test]
    fn at_the_same_percentage_more_points_earned_wins() {
        assert_eq!(score(100, 200).better(score(200, 400)), score(200, 400));
        assert_eq!(score(200, 400).better(score(100, 200)), score(200, 400));
    }

    #[test]
    fn a_score_out_of_nothing_loses_to_any_points_earned() {
        assert_eq!(score(0, 0).better(score(1, 400)), score(1, 400));
        assert!(score(0, 0) < score(0, 400));
    }

    #[test]
    fn the_order_is_exact_near_the_integer_limits() {
        let almost_all = score(u32::MAX - 1, u32::MAX);
        let all = score(u32::MAX, u32::MAX);
        assert_eq!(almost_all.better(all), all);
    }

    #[test]
    fn scores_are_stored_with_the_field_names_earned_and_max() {
        let json = serde_json::to_string(&score(150, 200)).unwrap();
        assert_eq!(json, r#"{"earned":150,"max":200}"#);
    }

    fn any_score() -> impl Strategy<Value = Score> {
        (0..50u32, 0..50u32).prop_map(|(earned, max)| score(earned, max))
    }

    proptest! {
        #[test]
        fn the_order_is_total_and_transitive(a in any_score(), b in any_score(), c in any_score()) {
            prop_assert_eq!(a.cmp(&b) == Ordering::Equal, a == b);
            prop_assert_eq!(a.cmp(&b), b.cmp(&a).reverse());
            if a <= b && b <= c {
                prop_assert!(a <= c);
            }
        }
    }
}
