//! What a scenario walk is worth: the best path's points and a walk's score.

use super::scenario::{is_end, ScenarioState};
use super::score::{hundredths, Score};
use crate::content::Scenario;
use std::collections::HashMap;

/// The most points a walk from the start can earn (whole points), following the best path, not
/// the best first choice. A choice that would loop back to a node already on the way earns
/// nothing more (the checker refuses such loops), and a choice leading nowhere is not a path.
pub fn max_points(scenario: &Scenario) -> u32 {
    if scenario.nodes.is_empty() {
        return 0;
    }
    let index: HashMap<&str, usize> = scenario
        .nodes
        .iter()
        .enumerate()
        .map(|(i, node)| (node.id.as_str(), i))
        .collect();
    let mut best = vec![Best::Unknown; scenario.nodes.len()];
    best_from(scenario, &index, &mut best, 0)
}

/// A walk's score in hundredths, out of the best possible walk.
pub fn scenario_score(scenario: &Scenario, state: &ScenarioState) -> Score {
    Score::new(hundredths(state.points), hundredths(max_points(scenario)))
}

/// What is known of the best points from one node.
#[derive(Clone, Copy)]
enum Best {
    Unknown,
    OnTheWay,
    Known(u32),
}

/// Best points from node `at`, remembered in `best` so each node is worked out once.
fn best_from(
    scenario: &Scenario,
    index: &HashMap<&str, usize>,
    best: &mut [Best],
    at: usize,
) -> u32 {
    match best[at] {
        Best::Known(points) => return points,
        Best::OnTheWay => return 0,
        Best::Unknown => {}
    }
    let node = &scenario.nodes[at];
    if is_end(node) {
        best[at] = Best::Known(0);
        return 0;
    }
    best[at] = Best::OnTheWay;
    let mut most = 0;
    for choice in &node.choices {
        let Some(&next) = index.get(choice.target.as_str()) else {
            continue;
        };
        if matches!(best[next], Best::OnTheWay) {
            continue;
        }
        let after = best_from(scenario, index, best, next);
        most = most.max(choice.points.saturating_add(after));
    }
    best[at] = Best::Known(most);
    most
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Ending;
    use crate::quiz::scenario::{current, start, step};
    use crate::quiz::test_support::*;

    #[test]
    fn max_points_follows_the_best_path_not_the_best_first_choice() {
        // Taking 1 point first leads to a branch worth 5 more; taking 3 first leads to nothing.
        let s = scenario(vec![
            node("a", &[("b", 1), ("c", 3)]),
            node("b", &[("d", 5), ("c", 0)]),
            end("c", Ending::Mixed),
            end("d", Ending::Good),
        ]);
        assert_eq!(max_points(&s), 6);
        assert_eq!(max_points(&whatsapp()), 3);
    }

    #[test]
    fn scenarios_without_choices_are_worth_nothing() {
        assert_eq!(max_points(&scenario(vec![])), 0);
        assert_eq!(max_points(&scenario(vec![end("only", Ending::Good)])), 0);
    }

    #[test]
    fn max_points_terminates_on_loops_and_ignores_missing_targets() {
        let s = scenario(vec![
            node("a", &[("b", 1), ("nowhere", 9)]),
            node("b", &[("a", 4), ("end", 2)]),
            end("end", Ending::Good),
        ]);
        assert_eq!(max_points(&s), 3);
    }

    #[test]
    fn a_walk_is_scored_in_hundredths_of_the_best_path() {
        let s = whatsapp();
        let start = start(&s).unwrap();
        let mixed = step(&s, &step(&s, &start, 1).unwrap(), 1).unwrap();
        assert_eq!(scenario_score(&s, &mixed), Score::new(200, 300));
    }

    /// Every finished walk's points, by trying every choice at every node.
    fn all_walk_points(s: &Scenario, state: &ScenarioState, into: &mut Vec<u32>) {
        if is_finished(s, state) {
            into.push(state.points);
        }
        for choice in 0..current(s, state).map_or(0, |node| node.choices.len()) {
            if let Ok(next) = step(s, state, choice) {
                all_walk_points(s, &next, into);
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn max_points_is_the_best_walk(s in acyclic_scenario()) {
            let mut points = Vec::new();
            all_walk_points(&s, &start(&s).unwrap(), &mut points);
            proptest::prop_assert_eq!(points.into_iter().max(), Some(max_points(&s)));
        }
    }
}
