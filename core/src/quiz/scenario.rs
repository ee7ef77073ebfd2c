//! A branching scenario as a state machine: [`start`], then [`step`] with the index of each
//! choice made, until the node reached has no choices (or is marked as an ending). States are
//! values: going back is keeping the previous one, and [`restart`] returns to the start.
//!
//! Nodes are named by id, not position, so a walk survives switching language (every locale
//! has the same node ids).

use crate::content::{Ending, Node, Scenario};

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

/// The node called `id`.
pub(super) fn find<'a>(scenario: &'a Scenario, id: &str) -> Option<&'a Node> {
    scenario.nodes.iter().find(|node| node.id == id)
}

/// Whether a walk stops at `node`: marked as an ending, or nothing left to choose.
pub(super) fn is_end(node: &Node) -> bool {
    node.ending.is_some() || node.choices.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::recap::alternatives;
    use crate::quiz::scenario_points::{max_points, scenario_score};
    use crate::quiz::test_support::*;

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
    fn a_node_marked_as_an_ending_stops_the_walk_even_with_choices_left() {
        let mut s = whatsapp();
        s.nodes[2].ending = Some(Ending::Mixed);
        let state = walk(&s, &[1]);
        assert!(is_finished(&s, &state));
        assert_eq!(ending(&s, &state), Some(Ending::Mixed));
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
    }
}
