//! Drawing an attempt's questions: N from each pool, then all of them in one shuffled order,
//! decided by a seed so that the same attempt always shows the same questions in the same
//! order (a reload, a second tab, a review). The shuffling is the quiz's own
//! ([`crate::quiz::shuffled_order`]), seeded per pool with [`crate::quiz::seed_for`].

use std::collections::BTreeMap;

use crate::content::Pools;
use crate::quiz::{seed_for, shuffled_order};

/// The question ids of one attempt, in the order shown: `counts[pool]` questions from each
/// pool (at most what the pool holds; a pool the assessment lacks gives none), shuffled
/// together. The same `seed` always gives the same draw.
pub fn draw(pools: &Pools, counts: &BTreeMap<String, usize>, seed: u64) -> Vec<String> {
    let seed_text = seed.to_string();
    let mut drawn = Vec::new();
    for (pool_id, &count) in counts {
        let Some(questions) = pools.get(pool_id) else {
            continue;
        };
        let order = shuffled_order(questions.len(), seed_for(&[pool_id, &seed_text]));
        drawn.extend(order.into_iter().take(count).map(|i| questions[i].clone()));
    }
    shuffled_order(drawn.len(), seed)
        .into_iter()
        .map(|i| drawn[i].clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use proptest::prelude::*;

    use super::*;

    /// Pools `p0`, `p1`… of the given sizes, with question ids unique across pools, and how
    /// many to draw from each (up to its size).
    fn pools_and_counts() -> impl Strategy<Value = (Pools, BTreeMap<String, usize>)> {
        prop::collection::vec((1usize..10).prop_flat_map(|len| (Just(len), 0..=len)), 1..4)
            .prop_map(|shapes| {
                let mut pools = Pools::new();
                let mut counts = BTreeMap::new();
                for (p, (len, count)) in shapes.into_iter().enumerate() {
                    let ids = (0..len).map(|q| format!("p{p}-q{q}")).collect();
                    pools.insert(format!("p{p}"), ids);
                    counts.insert(format!("p{p}"), count);
                }
                (pools, counts)
            })
    }

    fn from_pool<'a>(drawn: &'a [String], pool: &[String]) -> BTreeSet<&'a String> {
        drawn.iter().filter(|id| pool.contains(id)).collect()
    }

    #[test]
    fn seeds_change_the_order_of_the_questions() {
        let pools: Pools = [("cas".into(), (0..6).map(|i| format!("q{i}")).collect())].into();
        let counts = [("cas".to_owned(), 6)].into();
        let orders: BTreeSet<Vec<String>> = (0..20).map(|s| draw(&pools, &counts, s)).collect();
        assert!(orders.len() > 15, "only {} orders", orders.len());
    }

    #[test]
    fn a_pool_the_assessment_lacks_draws_nothing_and_a_small_pool_gives_all_it_has() {
        let pools: Pools = [("cas".into(), vec!["a".into(), "b".into()])].into();
        let counts = [("cas".to_owned(), 5), ("autre".to_owned(), 2)].into();
        let drawn: BTreeSet<String> = draw(&pools, &counts, 7).into_iter().collect();
        assert_eq!(drawn, ["a".to_owned(), "b".to_owned()].into());
    }

    proptest! {
        #[test]
        fn the_same_seed_draws_the_same_questions_in_the_same_order(
            (pools, counts) in pools_and_counts(), seed: u64,
        ) {
            prop_assert_eq!(draw(&pools, &counts, seed), draw(&pools, &counts, seed));
        }

        #[test]
        fn every_draw_holds_exactly_n_distinct_questions_of_each_pool(
            (pools, counts) in pools_and_counts(), seed: u64,
        ) {
            let drawn = draw(&pools, &counts, seed);
            prop_assert_eq!(drawn.len(), counts.values().sum::<usize>());
            for (pool, questions) in &pools {
                prop_assert_eq!(from_pool(&drawn, questions).len(), counts[pool]);
            }
        }

        #[test]
        fn across_seeds_every_question_of_a_pool_is_drawn(
            (pools, counts) in pools_and_counts(), first_seed: u64,
        ) {
            let mut seen = BTreeSet::new();
            for seed in (0..300).map(|n| first_seed.wrapping_add(n)) {
                seen.extend(draw(&pools, &counts, seed));
            }
            for (pool, questions) in &pools {
                let expected = if counts[pool] == 0 { 0 } else { questions.len() };
                prop_assert_eq!(from_pool(&seen.iter().cloned().collect::<Vec<_>>(), questions).len(), expected);
            }
        }
    }
}
