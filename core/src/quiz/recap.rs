//! The "what would have happened if…" recap shown at the end of a scenario.

use super::scenario::find;
use crate::content::{Ending, Node, Scenario, ScenarioChoice};

/// One decision of a walk, with the choices not made there.
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

/// For each decision on `path` (a [`super::scenario::ScenarioState`]'s), the other choices,
/// the titles of the nodes they lead to, and their feedback. Decisions that no longer match
/// the scenario (changed content) are left out.
pub fn alternatives<'a>(scenario: &'a Scenario, path: &[(String, usize)]) -> Vec<StepRecap<'a>> {
    path.iter()
        .filter_map(|(node_id, taken)| {
            let node = find(scenario, node_id)?;
            Some(StepRecap {
                node,
                taken: node.choices.get(*taken)?,
                others: others(scenario, node, *taken),
            })
        })
        .collect()
}

/// The choices at `node` other than `taken`.
fn others<'a>(scenario: &'a Scenario, node: &'a Node, taken: usize) -> Vec<Alternative<'a>> {
    node.choices
        .iter()
        .enumerate()
        .filter(|&(index, _)| index != taken)
        .map(|(index, choice)| {
            let target = find(scenario, &choice.target);
            Alternative {
                index,
                choice,
                target_title: target.map(|t| t.title.as_str()),
                target_ending: target.and_then(|t| t.ending),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::test_support::*;

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
        assert_eq!(recap[1].taken.target, "mixed");
        assert_eq!(recap[1].others[0].target_title, Some("title of good"));
        assert_eq!(recap[1].others[0].choice.points, 1);
    }

    #[test]
    fn every_other_choice_is_listed_in_the_authors_order() {
        let s = scenario(vec![
            node("a", &[("x", 0), ("y", 1), ("z", 2)]),
            end("x", Ending::Bad),
            end("y", Ending::Mixed),
            end("z", Ending::Good),
        ]);
        let recap = alternatives(&s, &walk(&s, &[1]).path);
        let indices: Vec<usize> = recap[0].others.iter().map(|a| a.index).collect();
        assert_eq!(indices, [0, 2]);
    }

    #[test]
    fn a_choice_to_a_missing_node_has_no_title() {
        let s = scenario(vec![
            node("a", &[("b", 0), ("gone", 0)]),
            end("b", Ending::Good),
        ]);
        let recap = alternatives(&s, &walk(&s, &[0]).path);
        assert_eq!(recap[0].others[0].target_title, None);
        assert_eq!(recap[0].others[0].target_ending, None);
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
}
