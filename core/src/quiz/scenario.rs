//! A branching scenario as a state machine: [`start`], then [`step`] with the index of each
//! choice made, until the node reached has no choices (or is marked as an ending). States are
//! values: going back is keeping the previous one, and [`restart`] returns to the start.
//!
//! Nodes are named by id, not position, so a walk survives switching language (every locale
//! has the same node ids).

use super::score::{hundredths, Score};
use crate::content::{Ending, Node, Scenario, ScenarioChoice};
use std::collections::HashMap;

/// Where a learner is in a scenario and how they got there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScenarioState {
    /// Id of the node being read.
    pub node: String,
    /// Each decision so far, in order: the node it was taken at and the choice's index there.
    pub path: Vec<(String, usize)>,
    /// Points earned along the path (whole points, as written in the content).
    pub points: u32,
}

/// Why a step cannot be taken; the page should not offer one, so this means stale state or
/// content that the checker would refuse.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StepError {
    /// The scenario has no nodes.
    Empty,
    /// The state names a node the scenario does not have (the content changed).
    UnknownNode(String),
    /// The current node is an ending: there is nothing left to choose.
    Finished,
    /// There is no choice with this index at the current node.
    NoSuchChoice {
        /// The index given.
        index: usize,
        /// How many choices the node has.
        len: usize,
    },
    /// The choice leads to a node that does not exist.
    MissingTarget(String),
}

impl std::fmt::Display for StepError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Empty => write!(f, "the scenario has no nodes"),
            Self::UnknownNode(id) => write!(f, "the scenario has no node `{id}`"),
            Self::Finished => write!(f, "the scenario is over"),
            Self::NoSuchChoice { index, len } => {
                write!(f, "choice {index} does not exist (there are {len})")
            }
            Self::MissingTarget(id) => write!(f, "the choice leads to a missing node `{id}`"),
        }
    }
}

impl std::error::Error for StepError {}

/// The state at the first node, with nothing chosen yet.
pub fn start(scenario: &Scenario) -> Result<ScenarioState, StepError> {
    let first = scenario.nodes.first().ok_or(StepError::Empty)?;
    Ok(ScenarioState {
        node: first.id.clone(),
        path: Vec::new(),
        points: 0,
    })
}

/// The state after taking choice `choice` at the current node.
pub fn step(
    scenario: &Scenario,
    state: &ScenarioState,
    choice: usize,
) -> Result<ScenarioState, StepError> {
    let here =
        find(scenario, &state.node).ok_or_else(|| StepError::UnknownNode(state.node.clone()))?;
    if is_end(here) {
        return Err(StepError::Finished);
    }
    let taken = here.choices.get(choice).ok_or(StepError::NoSuchChoice {
        index: choice,
        len: here.choices.len(),
    })?;
    let next = find(scenario, &taken.target)
        .ok_or_else(|| StepError::MissingTarget(taken.target.clone()))?;
    let mut path = state.path.clone();
    path.push((here.id.clone(), choice));
    Ok(ScenarioState {
        node: next.id.clone(),
        path,
        points: state.points.saturating_add(taken.points),
    })
}

/// The node being read, if the scenario still has it.
pub fn current<'a>(scenario: &'a Scenario, state: &ScenarioState) -> Option<&'a Node> {
    find(scenario, &state.node)
}

/// Whether the walk is over: the current node is an ending or offers no choice.
pub fn is_finished(scenario: &Scenario, state: &ScenarioState) -> bool {
    current(scenario, state).is_none_or(is_end)
}

/// How the ending reached is judged; `None` while the walk goes on (or at an unmarked dead
/// end, which the checker refuses).
pub fn ending(scenario: &Scenario, state: &ScenarioState) -> Option<Ending> {
    current(scenario, state).and_then(|node| node.ending)
}

/// Back to where the walk started, with nothing chosen.
pub fn restart(state: &ScenarioState) -> ScenarioState {
    let first = state.path.first().map_or(&state.node, |(node, _)| node);
    ScenarioState {
        node: first.clone(),
        path: Vec::new(),
        points: 0,
    }
}

/// The most points a walk from the start can earn (whole points). A choice that would loop
/// back to a node already on the way earns nothing more (the checker refuses such loops).
pub fn max_points(scenario: &Scenario) -> u32 {
    let index: HashMap<&str, usize> = scenario
        .nodes
        .iter()
        .enumerate()
        .map(|(i, node)| (node.id.as_str(), i))
        .collect();
    let mut best = vec![Best::Unknown; scenario.nodes.len()];
    if scenario.nodes.is_empty() {
        return 0;
    }
    best_from(scenario, &index, &mut best, 0)
}

/// A walk's score in hundredths, out of the best possible walk.
pub fn scenario_score(scenario: &Scenario, state: &ScenarioState) -> Score {
    Score::new(hundredths(state.points), hundredths(max_points(scenario)))
}

#[derive(Clone, Copy)]
enum Best {
    Unknown,
    OnTheWay,
    Known(u32),
}

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
        if let Some(&next) = index.get(choice.target.as_str()) {
            let reachable = match best[next] {
                Best::OnTheWay => continue,
                _ => best_from(scenario, index, best, next),
            };
            most = most.max(choice.points.saturating_add(reachable));
        }
    }
    best[at] = Best::Known(most);
    most
}

/// One decision in the "what would have happened if…" recap.
#[derive(Clone, Debug, PartialEq)]
pub struct StepRecap<'a> {
    /// The node the decision was taken at.
    pub node: &'a Node,
    /// The choice made there.
    pub taken: &'a ScenarioChoice,
    /// The choices not made, in the author's order.
    pub others: Vec<Alternative<'a>>,
}

/// A choice not made, and where it would have led.
#[derive(Clone, Debug, PartialEq)]
pub struct Alternative<'a> {
    /// Its index at the node.
    pub index: usize,
    /// The choice (text, points, feedback).
    pub choice: &'a ScenarioChoice,
    /// Title of the node it leads to (`None` if that node is missing).
    pub target_title: Option<&'a str>,
    /// How that node is judged, when it is an ending.
    pub target_ending: Option<Ending>,
}

/// For each decision on `path`, the other choices, their destination and feedback. Decisions
/// that no longer match the scenario (changed content) are left out.
pub fn alternatives<'a>(scenario: &'a Scenario, path: &[(String, usize)]) -> Vec<StepRecap<'a>> {
    path.iter()
        .filter_map(|(node_id, taken)| {
            let node = find(scenario, node_id)?;
            let others = node
                .choices
                .iter()
                .enumerate()
                .filter(|(index, _)| index != taken)
                .map(|(index, choice)| {
                    let target = find(scenario, &choice.target);
                    Alternative {
                        index,
                        choice,
                        target_title: target.map(|t| t.title.as_str()),
                        target_ending: target.and_then(|t| t.ending),
                    }
                })
                .collect();
            Some(StepRecap {
                node,
                taken: node.choices.get(*taken)?,
                others,
            })
        })
        .collect()
}

fn find<'a>(scenario: &'a Scenario, id: &str) -> Option<&'a Node> {
    scenario.nodes.iter().find(|node| node.id == id)
}

fn is_end(node: &Node) -> bool {
    node.ending.is_some() || node.choices.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::test_support::*;

    /// start → (insult: 0 points → bad) | (screenshot: 2 → tell: 1 → good | 0 → mixed)
    fn whatsapp() -> Scenario {
        scenario(vec![
            node("start", &[("insult", 0), ("screenshot", 2)]),
            end("insult", Ending::Bad),
            node("screenshot", &[("good", 1), ("mixed", 0)]),
            end("good", Ending::Good),
            end("mixed", Ending::Mixed),
        ])
    }

    fn walk(scenario: &Scenario, choices: &[usize]) -> ScenarioState {
        choices.iter().fold(start(scenario).unwrap(), |state, &c| {
            step(scenario, &state, c).unwrap()
        })
    }

    #[test]
    fn a_walk_follows_the_choices_and_adds_their_points() {
        let s = whatsapp();
        let state = walk(&s, &[1, 0]);
        assert_eq!(state.node, "good");
        assert_eq!(
            state.path,
            [("start".to_string(), 1), ("screenshot".to_string(), 0)]
        );
        assert_eq!(state.points, 3);
        assert_eq!(ending(&s, &state), Some(Ending::Good));
        assert!(is_finished(&s, &state));
        assert_eq!(scenario_score(&s, &state), Score::new(300, 300));
    }

    #[test]
    fn the_walk_is_not_over_before_an_ending() {
        let s = whatsapp();
        let state = walk(&s, &[1]);
        assert_eq!(ending(&s, &state), None);
        assert!(!is_finished(&s, &state));
        assert_eq!(current(&s, &state).unwrap().title, "title of screenshot");
    }

    #[test]
    fn nothing_can_be_chosen_after_an_ending() {
        let s = whatsapp();
        let state = walk(&s, &[0]);
        assert_eq!(ending(&s, &state), Some(Ending::Bad));
        assert_eq!(step(&s, &state, 0), Err(StepError::Finished));
    }

    #[test]
    fn bad_steps_are_errors_not_panics() {
        let s = whatsapp();
        let state = start(&s).unwrap();
        assert_eq!(
            step(&s, &state, 2),
            Err(StepError::NoSuchChoice { index: 2, len: 2 })
        );
        let stale = ScenarioState {
            node: "gone".to_string(),
            ..state.clone()
        };
        assert_eq!(
            step(&s, &stale, 0),
            Err(StepError::UnknownNode("gone".to_string()))
        );
        let broken = scenario(vec![node("a", &[("nowhere", 1)])]);
        let at_a = start(&broken).unwrap();
        assert_eq!(
            step(&broken, &at_a, 0),
            Err(StepError::MissingTarget("nowhere".to_string()))
        );
        assert_eq!(start(&scenario(vec![])), Err(StepError::Empty));
        assert_eq!(
            StepError::NoSuchChoice { index: 2, len: 2 }.to_string(),
            "choice 2 does not exist (there are 2)"
        );
    }

    #[test]
    fn restart_goes_back_to_the_start_with_nothing_earned() {
        let s = whatsapp();
        let state = walk(&s, &[1, 1]);
        assert_eq!(restart(&state), start(&s).unwrap());
        assert_eq!(restart(&start(&s).unwrap()), start(&s).unwrap());
    }

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
    fn recap_lists_the_roads_not_taken() {
        let s = whatsapp();
        let state = walk(&s, &[1, 1]);
        let recap = alternatives(&s, &state.path);
        assert_eq!(recap.len(), 2);
        assert_eq!(recap[0].node.id, "start");
        assert_eq!(recap[0].taken.target, "screenshot");
        assert_eq!(recap[0].others.len(), 1);
        let insult = &recap[0].others[0];
        assert_eq!(insult.index, 0);
        assert_eq!(insult.target_title, Some("title of insult"));
        assert_eq!(insult.target_ending, Some(Ending::Bad));
        assert_eq!(insult.choice.feedback, Some(html("you went to insult")));
        assert_eq!(recap[1].others[0].target_title, Some("title of good"));
        assert_eq!(recap[1].others[0].choice.points, 1);
    }

    #[test]
    fn recap_skips_decisions_the_content_no_longer_has() {
        let s = whatsapp();
        let path = vec![
            ("start".to_string(), 1),
            ("gone".to_string(), 0),
            ("screenshot".to_string(), 7),
        ];
        let recap = alternatives(&s, &path);
        assert_eq!(recap.len(), 1);
        assert_eq!(recap[0].node.id, "start");
    }

    /// Every walk's points, by trying every choice at every node.
    fn all_walk_points(s: &Scenario, state: &ScenarioState, into: &mut Vec<u32>) {
        let here = current(s, state).unwrap();
        if is_finished(s, state) {
            into.push(state.points);
        }
        for choice in 0..here.choices.len() {
            if let Ok(next) = step(s, state, choice) {
                all_walk_points(s, &next, into);
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn every_walk_ends_within_the_node_count(
            s in acyclic_scenario(),
            picks in proptest::collection::vec(0usize..3, 1..12),
        ) {
            let mut state = start(&s).unwrap();
            let mut steps = 0;
            for pick in picks.iter().cycle().take(s.nodes.len()) {
                if is_finished(&s, &state) {
                    break;
                }
                let here = current(&s, &state).unwrap();
                state = step(&s, &state, pick % here.choices.len()).unwrap();
                steps += 1;
            }
            proptest::prop_assert!(is_finished(&s, &state), "not over after {} steps", steps);
            proptest::prop_assert!(ending(&s, &state).is_some());
            proptest::prop_assert!(steps < s.nodes.len());
            proptest::prop_assert!(state.points <= max_points(&s));
            proptest::prop_assert_eq!(state.path.len(), steps);
            proptest::prop_assert_eq!(alternatives(&s, &state.path).len(), steps);
            let score = scenario_score(&s, &state);
            proptest::prop_assert!(score.earned <= score.max);
        }

        #[test]
        fn max_points_is_the_best_walk(s in acyclic_scenario()) {
            let mut points = Vec::new();
            all_walk_points(&s, &start(&s).unwrap(), &mut points);
            proptest::prop_assert_eq!(points.into_iter().max(), Some(max_points(&s)));
        }
    }
}
