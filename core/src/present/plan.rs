//! The session plan: for each module, what can be presented, roughly how long it takes in a
//! group, and the questions to ask the room.

use crate::content::{Block, Html, Module, Scenario};

/// Minutes a group spends on one question: read, raise hands, reveal, a word of discussion.
pub const MINUTES_PER_QUESTION: u32 = 2;
/// Minutes a group spends on one scenario decision: read, vote, consequence, discussion.
pub const MINUTES_PER_DECISION: u32 = 4;

/// One module in the plan.
#[derive(Clone, Debug, PartialEq)]
pub struct ModulePlan<'a> {
    /// Module id.
    pub id: &'a str,
    /// Title in the shown language.
    pub title: &'a str,
    /// The author's estimate for the whole module, in minutes.
    pub minutes: u32,
    /// Scenarios and question sets, in module order.
    pub blocks: Vec<BlockPlan<'a>>,
}

/// One presentable block in the plan.
#[derive(Clone, Debug, PartialEq)]
pub struct BlockPlan<'a> {
    /// Block id (for `#/present/<module>/<block>`).
    pub id: &'a str,
    /// Whether it is a scenario (else a question set).
    pub scenario: bool,
    /// Title of the step it sits in.
    pub step_title: &'a str,
    /// Questions in the set, or decisions on the scenario's longest walk.
    pub size: usize,
    /// Estimated minutes in a group.
    pub minutes: u32,
    /// Questions for the room, in order (scenario nodes' discussion prompts).
    pub discussion: Vec<&'a Html>,
}

/// The plan of one module.
pub fn module_plan(module: &Module) -> ModulePlan<'_> {
    let blocks = module
        .steps
        .iter()
        .flat_map(|step| {
            step.blocks.iter().filter_map(move |block| match block {
                Block::Quiz(set) => Some(BlockPlan {
                    id: &set.id,
                    scenario: false,
                    step_title: &step.title,
                    size: set.questions.len(),
                    minutes: MINUTES_PER_QUESTION * set.questions.len() as u32,
                    discussion: Vec::new(),
                }),
                Block::Scenario(s) => {
                    let decisions = longest_walk(s);
                    Some(BlockPlan {
                        id: &s.id,
                        scenario: true,
                        step_title: &step.title,
                        size: decisions,
                        minutes: MINUTES_PER_DECISION * decisions as u32,
                        discussion: s
                            .nodes
                            .iter()
                            .filter_map(|n| n.discussion.as_ref())
                            .collect(),
                    })
                }
                _ => None,
            })
        })
        .collect();
    ModulePlan {
        id: &module.id,
        title: &module.front.title,
        minutes: module.front.minutes,
        blocks,
    }
}

/// The most decisions a walk from the first node can take before an ending (a loop in
/// broken content is walked once).
fn longest_walk(s: &Scenario) -> usize {
    fn deepest(s: &Scenario, id: &str, seen: &mut Vec<String>) -> usize {
        let Some(node) = s.nodes.iter().find(|n| n.id == id) else {
            return 0;
        };
        if node.ending.is_some() || seen.iter().any(|v| v == id) {
            return 0;
        }
        seen.push(id.to_owned());
        let best = node
            .choices
            .iter()
            .map(|c| 1 + deepest(s, &c.target, seen))
            .max()
            .unwrap_or(0);
        seen.pop();
        best
    }
    s.nodes
        .first()
        .map_or(0, |first| deepest(s, &first.id, &mut Vec::new()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Ending, Node, ScenarioChoice};
    use crate::present::fixtures::module;

    fn node(id: &str, targets: &[&str], ending: Option<Ending>) -> Node {
        Node {
            id: id.into(),
            title: id.into(),
            body: Html::default(),
            choices: targets
                .iter()
                .map(|t| ScenarioChoice {
                    text: Html::default(),
                    target: (*t).into(),
                    points: 0,
                    feedback: None,
                })
                .collect(),
            ending,
            discussion: None,
            trainer_note: None,
        }
    }

    fn scenario(nodes: Vec<Node>) -> Scenario {
        Scenario {
            id: "s".into(),
            nodes,
        }
    }

    #[test]
    fn lists_each_block_with_its_size_time_and_prompts() {
        let m = module();
        let plan = module_plan(&m);
        assert_eq!((plan.id, plan.title, plan.minutes), ("m", "Module", 15));
        assert_eq!(plan.blocks.len(), 2);
        let story = &plan.blocks[0];
        assert_eq!(
            (story.id, story.scenario, story.step_title),
            ("story", true, "Story")
        );
        assert_eq!(story.size, 2, "start → told → an ending");
        assert_eq!(story.minutes, 8);
        assert_eq!(story.discussion.len(), 1);
        assert!(story.discussion[0]
            .as_str()
            .contains("Who do you tell first?"));
        let check = &plan.blocks[1];
        assert_eq!(
            (check.id, check.scenario, check.size, check.minutes),
            ("check", false, 3, 6)
        );
        assert!(check.discussion.is_empty());
    }

    #[test]
    fn a_loop_in_broken_content_is_walked_once() {
        let s = scenario(vec![
            node("a", &["b"], None),
            node("b", &["a", "c"], None),
            node("c", &[], Some(Ending::Good)),
        ]);
        assert_eq!(longest_walk(&s), 2);
        assert_eq!(longest_walk(&scenario(vec![])), 0);
    }
}
