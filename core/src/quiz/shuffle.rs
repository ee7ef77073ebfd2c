//! Seeded shuffling, so a trainer's projector and a learner's phone show a question's options
//! in the same order, and a test can predict it. No random-number crate: a splitmix64
//! generator drives a Fisher–Yates shuffle, seeded by an FNV-1a hash of the ids involved.
//!
//! An order is a list of content indices in on-screen order: `order[shown] = original`.

use crate::content::QuestionKind;

/// A stable seed for a list of ids, e.g. `seed_for(&[module, set, question])`: the same ids
/// always give the same seed, on every device. FNV-1a (64 bit), with a separator byte that
/// never occurs in UTF-8 so `["ab", "c"]` and `["a", "bc"]` differ.
pub fn seed_for(ids: &[&str]) -> u64 {
    const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut hash = OFFSET_BASIS;
    for id in ids {
        for byte in id.bytes().chain([0xff]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(PRIME);
        }
    }
    hash
}

/// The splitmix64 generator: tiny, fast, and good enough to shuffle a few options.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..bound` (`bound > 0`), by multiplying instead of taking a remainder.
    fn below(&mut self, bound: usize) -> usize {
        ((u128::from(self.next()) * bound as u128) >> 64) as usize
    }
}

/// A permutation of `0..len` determined by `seed` (possibly the identity).
pub fn shuffled_order(len: usize, seed: u64) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    let mut rng = SplitMix64(seed);
    for i in (1..len).rev() {
        order.swap(i, rng.below(i + 1));
    }
    order
}

/// Like [`shuffled_order`], but never the identity when `len ≥ 2`: an identity draw is turned
/// into a rotation by one, which leaves no item in its place.
fn scrambled_order(len: usize, seed: u64) -> Vec<usize> {
    let mut order = shuffled_order(len, seed);
    if is_identity(&order) {
        order.rotate_left(1.min(len));
    }
    order
}

/// The on-screen order for a question: of the options (single and multiple choice), of the
/// items (ordering, never already sorted) or of the right-hand sides (matching, never already
/// matched). True/false keeps the author's order, which readers expect.
pub fn display_order(kind: &QuestionKind, seed: u64) -> Vec<usize> {
    match kind {
        QuestionKind::Single(choices) | QuestionKind::Multiple(choices) => {
            shuffled_order(choices.len(), seed)
        }
        QuestionKind::TrueFalse(choices) => (0..choices.len()).collect(),
        QuestionKind::Ordering(items) => scrambled_order(items.len(), seed),
        QuestionKind::Matching(pairs) => scrambled_order(pairs.len(), seed),
    }
}

fn is_identity(order: &[usize]) -> bool {
    order.iter().enumerate().all(|(position, &i)| position == i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::test_support::*;

    fn is_permutation(order: &[usize]) -> bool {
        let mut sorted = order.to_vec();
        sorted.sort_unstable();
        is_identity(&sorted)
    }

    #[test]
    fn the_same_ids_always_give_the_same_seed() {
        let seed = seed_for(&["03-phishing", "verifier", "q1"]);
        assert_eq!(seed, seed_for(&["03-phishing", "verifier", "q1"]));
        assert_ne!(seed, seed_for(&["03-phishing", "verifier", "q2"]));
        assert_ne!(seed_for(&["ab", "c"]), seed_for(&["a", "bc"]));
        assert_ne!(seed_for(&[]), seed_for(&[""]));
    }

    #[test]
    fn fnv1a_matches_its_published_value_for_one_letter() {
        // FNV-1a 64 of "a" is 0xaf63dc4c8601ec8c; ours then hashes the 0xff separator.
        let after_a: u64 = 0xaf63_dc4c_8601_ec8c;
        let expected = (after_a ^ 0xff).wrapping_mul(0x0000_0100_0000_01b3);
        assert_eq!(seed_for(&["a"]), expected);
    }

    #[test]
    fn same_seed_same_order_and_seeds_vary_the_order() {
        let first = shuffled_order(6, 42);
        assert_eq!(first, shuffled_order(6, 42));
        assert!(is_permutation(&first));
        let distinct: std::collections::BTreeSet<Vec<usize>> =
            (0..50).map(|seed| shuffled_order(6, seed)).collect();
        assert!(distinct.len() > 40, "only {} orders", distinct.len());
    }

    #[test]
    fn every_position_is_reached_evenly() {
        // Over 6000 seeds, item 0 lands in each of 3 positions about 2000 times.
        let mut landed = [0u32; 3];
        for seed in 0..6000 {
            let order = shuffled_order(3, seed);
            landed[order.iter().position(|&i| i == 0).unwrap()] += 1;
        }
        assert!(
            landed.iter().all(|&n| (1800..2200).contains(&n)),
            "{landed:?}"
        );
    }

    #[test]
    fn tiny_lists_are_left_alone() {
        assert!(shuffled_order(0, 7).is_empty());
        assert_eq!(shuffled_order(1, 7), [0]);
        assert_eq!(scrambled_order(1, 7), [0]);
        assert!(scrambled_order(0, 7).is_empty());
    }

    #[test]
    fn two_items_are_always_swapped_for_ordering() {
        for seed in 0..100 {
            assert_eq!(scrambled_order(2, seed), [1, 0]);
        }
    }

    #[test]
    fn display_order_scrambles_ordering_and_matching_but_not_true_false() {
        for seed in 0..200 {
            assert!(!is_identity(&display_order(&ordering(1, 3).kind, seed)));
            assert!(!is_identity(&display_order(&matching(1, 3).kind, seed)));
            assert_eq!(display_order(&true_false(true).kind, seed), [0, 1]);
        }
        let options = display_order(&single(1, &[true, false, false, false]).kind, 9);
        assert!(is_permutation(&options) && options.len() == 4);
    }

    proptest::proptest! {
        #[test]
        fn orders_are_permutations_and_scrambles_never_sorted(len in 0usize..40, seed: u64) {
            proptest::prop_assert!(is_permutation(&shuffled_order(len, seed)));
            let scrambled = scrambled_order(len, seed);
            proptest::prop_assert!(is_permutation(&scrambled));
            proptest::prop_assert!(len < 2 || !is_identity(&scrambled));
        }
    }
}
