//! The session plan: for each module, what can be presented (lesson steps, scenarios and
//! question sets), roughly how long it takes in a group, the questions to ask the room and
//! the trainer's notes.

use super::deck::{is_lesson, lesson_address, step_notes};
use crate::content::{Block, Html, Module, Scenario, Step};

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
    /// Lesson steps, scenarios and question sets, in module order (a step before the
    /// blocks it holds).
    pub blocks: Vec<BlockPlan<'a>>,
}

/// What a plan entry presents.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanKind {
    /// A lesson step's text.
    Lesson,
    /// A question set.
    Questions,
    /// A branching scenario.
    Scenario,
}

/// One presentable block in the plan.
#[derive(Clone, Debug, PartialEq)]
pub struct BlockPlan<'a> {
    /// Block id, or step id for a lesson step.
    pub id: &'a str,
    /// What it presents.
    pub kind: PlanKind,
    /// Title of the step it sits in.
    pub step_title: &'a str,
    /// Questions in the set, or decisions on the scenario's longest walk (0 for a lesson
    /// step).
    pub size: usize,
    /// Estimated minutes in a group (0 for a lesson step: the author's module estimate
    /// covers reading).
    pub minutes: u32,
    /// Questions for the room, in order (scenario nodes' discussion prompts).
    pub discussion: Vec<&'a Html>,
    /// The step's `[!TRAINER]` notes (lesson steps; a block's step lists them already).
    pub notes: Vec<&'a Html>,
}

impl BlockPlan<'_> {
    /// What to present it by (`#/present/<module>/<address>`): the block id, or the lesson
    /// step's address.
    pub fn address(&self) -> String {
        match self.kind {
            PlanKind::Lesson => lesson_address(self.id),
            PlanKind::Questions | PlanKind::Scenario => self.id.to_owned(),
        }
    }
}

/// The plan of one module.
pub fn module_plan(module: &Module) -> ModulePlan<'_> {
    let blocks = module
        .steps
        .iter()
        .flat_map(|step| {
            let lesson = is_lesson(step).then(|| lesson_plan(step));
            lesson.into_iter().chain(
                step.blocks
                    .iter()
                    .filter_map(move |block| block_plan(step, block)),
            )
        })
        .collect();
    ModulePlan {
        id: &module.id,
        title: &module.front.title,
        minutes: module.front.minutes,
        blocks,
    }
}

/// A lesson step's entry: its title and trainer notes.
fn lesson_plan(step: &Step) -> BlockPlan<'_> {
    BlockPlan {
        id: &step.id,
        kind: PlanKind::Lesson,
        step_title: &step.title,
        size: 0,
        minutes: 0,
        discussion: Vec::new(),
        notes: step_notes(step),
    }
}

/// A scenario's or question set's entry; `None` for other blocks.
fn block_plan<'a>(step: &'a Step, block: &'a Block) -> Option<BlockPlan<'a>> {
    match block {
        Block::Quiz(set) => Some(BlockPlan {
            id: &set.id,
            kind: PlanKind::Questions,
            step_title: &step.title,
            size: set.questions.len(),
            minutes: MINUTES_PER_QUESTION * set.questions.len() as u32,
            discussion: Vec::new(),
            notes: Vec::new(),
        }),
        Block::Scenario(s) => {
            let decisions = longest_walk(s);
            Some(BlockPlan {
                id: &s.id,
                kind: PlanKind::Scenario,
                step_title: &step.title,
                size: decisions,
                minutes: MINUTES_PER_DECISION * decisions as u32,
                discussion: s
                    .nodes
                    .iter()
                    .filter_map(|n| n.discussion.as_ref())
                    .collect(),
                notes: Vec::new(),
            })
        }
        _ => None,
    }
}

/// The most decisions a walk from the first node can take before an ending (a loop in
/// broken content is walked once).
pub(crate) fn longest_walk(s: &Scenario) -> usize {
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
    fn lists_lesson_steps_then_their_blocks_with_size_time_prompts_and_notes() {
        let m = module();
        let plan = module_plan(&m);
        assert_eq!((plan.id, plan.title, plan.minutes), ("m", "Module", 15));
        let listed: Vec<_> = plan.blocks.iter().map(|b| (b.id, b.kind)).collect();
        assert_eq!(
            listed,
            [
                ("intro", PlanKind::Lesson),
                ("story-step", PlanKind::Lesson),
                ("story", PlanKind::Scenario),
                ("check", PlanKind::Questions),
            ],
            "a step with only a question set is not a lesson step"
        );
        let intro = &plan.blocks[0];
        assert_eq!(intro.address(), "step.intro");
        assert_eq!(plan.blocks[2].address(), "story");
        assert_eq!(
            (intro.step_title, intro.size, intro.minutes),
            ("Before we start", 0, 0)
        );
        assert_eq!(intro.notes.len(), 1);
        assert!(intro.notes[0].as_str().contains("Intro note"));
        let story = &plan.blocks[2];
        assert_eq!(story.step_title, "Story");
        assert_eq!(story.size, 2, "start → told → an ending");
        assert_eq!(story.minutes, 8);
        assert_eq!(story.discussion.len(), 1);
        assert!(story.discussion[0]
            .as_str()
            .contains("Who do you tell first?"));
        assert!(story.notes.is_empty(), "its step's entry lists the note");
        assert!(plan.blocks[1].notes[0].as_str().contains("Step note"));
        let check = &plan.blocks[3];
        assert_eq!((check.size, check.minutes), (3, 6));
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
