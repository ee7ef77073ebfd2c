//! The structure of a module that every locale must share: ids, question types, answers,
//! points and scenario and guide graphs (everything except the prose).

use crate::content::{Block, Ending, Module, QuestionKind, Scenario};

/// A quiz or scenario block's structure, with the step it is in.
pub(crate) struct BlockShape {
    /// Block id.
    pub id: String,
    /// Id of the step holding it.
    pub step: String,
    /// What it contains.
    pub kind: BlockKindShape,
}

/// The structure of each kind of block.
pub(crate) enum BlockKindShape {
    /// A quiz: its questions in order.
    Quiz(Vec<QuestionShape>),
    /// A scenario: its nodes in order.
    Scenario(Vec<NodeShape>),
    /// A guide: its nodes in order.
    Guide(Vec<NodeShape>),
}

impl BlockKindShape {
    /// "quiz", "scenario" or "guide", for messages.
    pub(crate) fn word(&self) -> &'static str {
        match self {
            BlockKindShape::Quiz(_) => "quiz",
            BlockKindShape::Scenario(_) => "scenario",
            BlockKindShape::Guide(_) => "guide",
        }
    }
}

/// A question's structure.
#[derive(PartialEq, Eq)]
pub(crate) struct QuestionShape {
    /// Question id.
    pub id: String,
    /// Type as written, without the dot (`single`).
    pub kind: &'static str,
    /// Number of options, items or pairs.
    pub options: usize,
    /// 1-based numbers of the correct options (choice questions only).
    pub correct: Vec<usize>,
    /// Points.
    pub points: u32,
}

/// A scenario node's structure.
#[derive(PartialEq, Eq)]
pub(crate) struct NodeShape {
    /// Node id.
    pub id: String,
    /// Ending kind, if it is one.
    pub ending: Option<Ending>,
    /// Target and points of each choice.
    pub choices: Vec<(String, u32)>,
}

/// The quiz and scenario blocks of `module`, in order.
pub(crate) fn block_shapes(module: &Module) -> Vec<BlockShape> {
    let mut shapes = Vec::new();
    for step in &module.steps {
        for block in &step.blocks {
            let (id, kind) = match block {
                Block::Quiz(set) => (
                    &set.id,
                    BlockKindShape::Quiz(
                        set.questions
                            .iter()
                            .map(|q| question_shape(&q.id, &q.kind, q.points))
                            .collect(),
                    ),
                ),
                Block::Scenario(scenario) => (
                    &scenario.id,
                    BlockKindShape::Scenario(node_shapes(scenario)),
                ),
                Block::Guide(guide) => (&guide.id, BlockKindShape::Guide(node_shapes(guide))),
                _ => continue,
            };
            shapes.push(BlockShape {
                id: id.clone(),
                step: step.id.clone(),
                kind,
            });
        }
    }
    shapes
}

fn node_shapes(scenario: &Scenario) -> Vec<NodeShape> {
    scenario
        .nodes
        .iter()
        .map(|node| NodeShape {
            id: node.id.clone(),
            ending: node.ending,
            choices: node
                .choices
                .iter()
                .map(|c| (c.target.clone(), c.points))
                .collect(),
        })
        .collect()
}

fn question_shape(id: &str, kind: &QuestionKind, points: u32) -> QuestionShape {
    let (options, correct) = match kind {
        QuestionKind::Single(choices)
        | QuestionKind::Multiple(choices)
        | QuestionKind::TrueFalse(choices) => (choices.len(), correct(choices)),
        QuestionKind::Ordering(items) => (items.len(), Vec::new()),
        QuestionKind::Matching(pairs) => (pairs.len(), Vec::new()),
    };
    QuestionShape {
        id: id.to_string(),
        kind: kind.type_name(),
        options,
        correct,
        points,
    }
}

fn correct(choices: &[crate::content::Choice]) -> Vec<usize> {
    choices
        .iter()
        .enumerate()
        .filter(|(_, choice)| choice.correct)
        .map(|(index, _)| index + 1)
        .collect()
}

/// How an ending reads in a message.
pub(crate) fn ending_name(ending: Option<Ending>) -> &'static str {
    match ending {
        Some(Ending::Good) => "a good ending",
        Some(Ending::Mixed) => "a mixed ending",
        Some(Ending::Bad) => "a bad ending",
        Some(Ending::NextSteps) => "an ending with next steps",
        None => "not an ending",
    }
}
