//! Walking a case guide: a staff member answers its questions one by one until the next steps
//! of their situation. A walk is a plain value the page holds while the guide is open: it is
//! never scored and never stored, so clearing it (or closing the page) leaves no trace.
//!
//! The steps themselves are the scenario state machine's ([`crate::quiz::step`]); a guide
//! only adds going back one question and the summary of the path taken.

use crate::content::{Block, Ending, Module, Node, Scenario};
use crate::quiz::{current, start, step, ScenarioState, StepError};

/// Where someone is in a guide and the answers that led there (no points).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GuideWalk {
    state: ScenarioState,
}

/// One question answered on the way, as the summary shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answered {
    /// The question (the node's title).
    pub question: String,
    /// The answer chosen, as plain text.
    pub answer: String,
}

/// The words around the summary copied as text, in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SummaryLabels {
    /// Heading of the answers ("What was answered").
    pub answered: String,
    /// Heading of the next steps ("What to do").
    pub to_do: String,
}

/// The guide block of a module (the first one), if it has one.
pub fn find_guide(module: &Module) -> Option<&Scenario> {
    module
        .steps
        .iter()
        .flat_map(|step| &step.blocks)
        .find_map(|block| match block {
            Block::Guide(guide) => Some(guide),
            _ => None,
        })
}

impl GuideWalk {
    /// A walk at the first question, nothing answered; `None` for a guide without nodes.
    pub fn start(guide: &Scenario) -> Option<Self> {
        start(guide).ok().map(|state| GuideWalk { state })
    }

    /// The walk after answering the current question with choice `index`.
    pub fn choose(&self, guide: &Scenario, index: usize) -> Result<Self, StepError> {
        step(guide, &self.state, index).map(|state| GuideWalk { state })
    }

    /// The walk one question back, with that question's answer undone (the same walk at the
    /// first question).
    pub fn back(&self) -> Self {
        let mut path = self.state.path.clone();
        let Some((node, _)) = path.pop() else {
            return self.clone();
        };
        GuideWalk {
            state: ScenarioState {
                node,
                path,
                points: 0,
            },
        }
    }

    /// Whether there is a question to go back to.
    pub fn can_go_back(&self) -> bool {
        !self.state.path.is_empty()
    }

    /// The node being read (a question, or the next steps at the end).
    pub fn node<'g>(&self, guide: &'g Scenario) -> Option<&'g Node> {
        current(guide, &self.state)
    }

    /// The next steps reached, once the walk is over.
    pub fn next_steps<'g>(&self, guide: &'g Scenario) -> Option<&'g Node> {
        self.node(guide)
            .filter(|node| node.ending == Some(Ending::NextSteps))
    }

    /// The questions answered so far and the answers chosen, in order.
    pub fn answers(&self, guide: &Scenario) -> Vec<Answered> {
        self.state
            .path
            .iter()
            .filter_map(|(id, index)| {
                let node = guide.nodes.iter().find(|node| &node.id == id)?;
                Some(Answered {
                    question: node.title.clone(),
                    answer: node.choices.get(*index)?.text.to_plain_text(),
                })
            })
            .collect()
    }

    /// The summary as text to copy or keep: what was answered, then the next steps reached
    /// (empty before the end).
    pub fn summary_text(&self, guide: &Scenario, labels: &SummaryLabels) -> String {
        let Some(end) = self.next_steps(guide) else {
            return String::new();
        };
        let mut text = format!("{}\n", labels.answered);
        for answered in self.answers(guide) {
            text.push_str(&format!("- {} — {}\n", answered.question, answered.answer));
        }
        text.push_str(&format!("\n{}: {}\n", labels.to_do, end.title));
        text.push_str(&end.body.to_plain_lines());
        text.push('\n');
        text
    }
}
