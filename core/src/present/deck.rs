//! The block being presented: a scenario, a question set or a lesson step of one module,
//! with the trainer notes of the step it sits in, and its choices numbered as the room sees
//! them.

use super::state::At;
use crate::content::{
    Block, CalloutKind, Html, Module, Node, Question, QuestionKind, QuestionSet, Scenario, Step,
};
use crate::quiz::{display_order, seed_for};

/// What a lesson step's presentation address starts with: `step.` then the step id. A dot is
/// never part of an id, so a step and a block that share an id are both found.
pub const LESSON_PREFIX: &str = "step.";

/// The address of the lesson step `step_id` (see [`Deck::find`]).
pub fn lesson_address(step_id: &str) -> String {
    format!("{LESSON_PREFIX}{step_id}")
}

/// What kind of block is presented.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum DeckKind<'a> {
    /// A branching scenario: the room decides at each node.
    Scenario(&'a Scenario),
    /// A question set: the room answers each question.
    Questions(&'a QuestionSet),
    /// A lesson step's own text (prose and callouts), to read and discuss with the room.
    Lesson(&'a Step),
}

/// A presentable block and where it comes from.
#[derive(Clone, Debug, PartialEq)]
pub struct Deck<'a> {
    /// Id of the module.
    pub module: &'a str,
    /// The block.
    pub kind: DeckKind<'a>,
    /// The step (screen) of the module the block sits in.
    pub step: &'a Step,
    /// `[!TRAINER]` callouts of that step, for the presenter only.
    pub notes: Vec<&'a Html>,
}

/// One choice as the room sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct ShownChoice<'a> {
    /// Its text.
    pub text: &'a Html,
    /// For questions: whether it is a right answer (show only once revealed).
    pub correct: bool,
    /// What choosing it leads to or means (a scenario's consequence, an option's feedback).
    pub feedback: Option<&'a Html>,
}

impl<'a> Deck<'a> {
    /// What `address` names in `module`, with its step's trainer notes: a scenario or
    /// question set by its id, or a lesson step by [`LESSON_PREFIX`] and its id.
    pub fn find(module: &'a Module, address: &str) -> Option<Self> {
        match address.strip_prefix(LESSON_PREFIX) {
            Some(step_id) => Self::find_lesson(module, step_id),
            None => Self::find_block(module, address),
        }
    }

    /// The address [`Deck::find`] finds this presentation by (the block id, or the lesson
    /// step's prefixed id).
    pub fn address(&self) -> String {
        match self.kind {
            DeckKind::Lesson(step) => lesson_address(&step.id),
            DeckKind::Scenario(_) | DeckKind::Questions(_) => self.id().to_owned(),
        }
    }

    fn find_block(module: &'a Module, block: &str) -> Option<Self> {
        module.steps.iter().find_map(|step| {
            let kind = step.blocks.iter().find_map(|b| match b {
                // A guide is projected as a scenario: the room decides at each question.
                Block::Scenario(s) | Block::Guide(s) if s.id == block => {
                    Some(DeckKind::Scenario(s))
                }
                Block::Quiz(q) if q.id == block => Some(DeckKind::Questions(q)),
                _ => None,
            })?;
            Some(Deck {
                module: &module.id,
                kind,
                step,
                notes: step_notes(step),
            })
        })
    }

    fn find_lesson(module: &'a Module, step_id: &str) -> Option<Self> {
        let step = module
            .steps
            .iter()
            .find(|s| s.id == step_id && is_lesson(s))?;
        Some(Deck {
            module: &module.id,
            kind: DeckKind::Lesson(step),
            step,
            notes: step_notes(step),
        })
    }

    /// Id of the block (of the step, for a lesson step).
    pub fn id(&self) -> &'a str {
        match self.kind {
            DeckKind::Scenario(s) => &s.id,
            DeckKind::Questions(q) => &q.id,
            DeckKind::Lesson(step) => &step.id,
        }
    }

    /// The scenario node at `at`, if `at` names one.
    pub fn node(&self, at: &At) -> Option<&'a Node> {
        match (self.kind, at) {
            (DeckKind::Scenario(s), At::Node(id)) => s.nodes.iter().find(|n| &n.id == id),
            _ => None,
        }
    }

    /// The question at `at`, if `at` names one.
    pub fn question(&self, at: &At) -> Option<&'a Question> {
        match (self.kind, at) {
            (DeckKind::Questions(q), At::Question(i)) => q.questions.get(*i),
            _ => None,
        }
    }

    /// Whether `at` exists in this block.
    pub fn has(&self, at: &At) -> bool {
        match at {
            At::Recap => !matches!(self.kind, DeckKind::Lesson(_)),
            At::Lesson => matches!(self.kind, DeckKind::Lesson(_)),
            At::Node(_) => self.node(at).is_some(),
            At::Question(_) => self.question(at).is_some(),
        }
    }

    /// The on-screen order of a question's options, the same as on learners' phones on a
    /// first attempt (seeded by module, set, question and attempt 0).
    pub fn order(&self, question: &Question) -> Vec<usize> {
        display_order(
            &question.kind,
            seed_for(&[self.module, self.id(), &question.id, "0"]),
        )
    }

    /// The choices the room can vote for at `at`, numbered from 1 in this order. Ordering
    /// and matching questions have none (the room discusses them instead).
    pub fn choices(&self, at: &At) -> Vec<ShownChoice<'a>> {
        if let Some(node) = self.node(at) {
            if node.ending.is_some() {
                return Vec::new();
            }
            return node
                .choices
                .iter()
                .map(|c| ShownChoice {
                    text: &c.text,
                    correct: false,
                    feedback: c.feedback.as_ref(),
                })
                .collect();
        }
        let Some(question) = self.question(at) else {
            return Vec::new();
        };
        match &question.kind {
            QuestionKind::Single(options)
            | QuestionKind::Multiple(options)
            | QuestionKind::TrueFalse(options) => self
                .order(question)
                .into_iter()
                .filter_map(|i| options.get(i))
                .map(|c| ShownChoice {
                    text: &c.text,
                    correct: c.correct,
                    feedback: c.feedback.as_ref(),
                })
                .collect(),
            QuestionKind::Ordering(_) | QuestionKind::Matching(_) => Vec::new(),
        }
    }

    /// The node a scenario choice leads to.
    pub fn target(&self, at: &At, choice: usize) -> Option<&'a Node> {
        let DeckKind::Scenario(s) = self.kind else {
            return None;
        };
        let chosen = self.node(at)?.choices.get(choice)?;
        s.nodes.iter().find(|n| n.id == chosen.target)
    }

    /// Everything the presenter sees at `at` besides the step: the node's trainer note and
    /// discussion prompt (scenarios), then the step's `[!TRAINER]` callouts.
    pub fn notes_at(&self, at: &At) -> Vec<&'a Html> {
        let node = self.node(at);
        node.and_then(|n| n.trainer_note.as_ref())
            .into_iter()
            .chain(self.notes.iter().copied())
            .collect()
    }

    /// The question for the room at `at` (scenario nodes only).
    pub fn discussion_at(&self, at: &At) -> Option<&'a Html> {
        self.node(at).and_then(|n| n.discussion.as_ref())
    }

    /// A plain title for `at`: the node title or "n/total" for a question (the UI words it).
    pub fn node_title(&self, at: &At) -> Option<&'a str> {
        self.node(at).map(|n| n.title.as_str())
    }

    /// How many questions the set has (0 for a scenario).
    pub fn question_count(&self) -> usize {
        match self.kind {
            DeckKind::Questions(q) => q.questions.len(),
            DeckKind::Scenario(_) | DeckKind::Lesson(_) => 0,
        }
    }
}

/// The blocks a lesson step shows on the projector: its prose and callouts, trainer notes
/// left out (scenarios and question sets are presented on their own).
pub fn lesson_blocks(step: &Step) -> impl Iterator<Item = &Block> {
    step.blocks.iter().filter(|b| match b {
        Block::Prose(_) => true,
        Block::Callout(c) => c.kind != CalloutKind::Trainer,
        _ => false,
    })
}

/// Whether a step can be presented as a lesson step: it has prose or a callout (a step
/// holding only a trainer note is listed too, so that note reaches the presenter).
pub fn is_lesson(step: &Step) -> bool {
    step.blocks
        .iter()
        .any(|b| matches!(b, Block::Prose(_) | Block::Callout(_)))
}

/// The `[!TRAINER]` callouts of a step.
pub(crate) fn step_notes(step: &Step) -> Vec<&Html> {
    step.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Callout(c) if c.kind == CalloutKind::Trainer => Some(&c.body),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::parse_module;
    use crate::present::fixtures::{module, TEXT};

    #[test]
    fn finds_scenarios_and_question_sets_by_id() {
        let m = module();
        let story = Deck::find(&m, "story").unwrap();
        assert!(matches!(story.kind, DeckKind::Scenario(_)));
        assert_eq!(story.step.id, "story-step");
        let quiz = Deck::find(&m, "check").unwrap();
        assert!(matches!(quiz.kind, DeckKind::Questions(_)));
        assert_eq!(quiz.id(), "check");
        assert!(Deck::find(&m, "nothing").is_none());
    }

    #[test]
    fn notes_are_the_nodes_note_then_the_steps_trainer_callouts() {
        let m = module();
        let story = Deck::find(&m, "story").unwrap();
        let start = At::Node("start".into());
        let notes: Vec<&str> = story.notes_at(&start).iter().map(|h| h.as_str()).collect();
        assert_eq!(notes.len(), 2);
        assert!(notes[0].contains("Node note"), "{notes:?}");
        assert!(notes[1].contains("Step note"), "{notes:?}");
        assert!(story
            .discussion_at(&start)
            .unwrap()
            .as_str()
            .contains("Who do you tell"));
        let quiz = Deck::find(&m, "check").unwrap();
        assert_eq!(quiz.notes_at(&At::Question(0)).len(), 0);
        assert_eq!(quiz.discussion_at(&At::Question(0)), None);
    }

    #[test]
    fn a_lesson_step_shows_its_text_and_callouts_and_gives_its_trainer_notes_to_the_presenter() {
        let m = module();
        let lesson = Deck::find(&m, "step.intro").unwrap();
        assert!(matches!(lesson.kind, DeckKind::Lesson(_)));
        assert_eq!(
            (lesson.id(), lesson.address().as_str()),
            ("intro", "step.intro")
        );
        assert!(
            Deck::find(&m, "intro").is_none(),
            "a lesson step is found by its address"
        );
        let DeckKind::Lesson(step) = lesson.kind else {
            unreachable!()
        };
        let shown: Vec<&Block> = lesson_blocks(step).collect();
        assert_eq!(shown.len(), 2, "{shown:?}");
        assert!(matches!(shown[0], Block::Prose(h) if h.as_str().contains("Everyone here")));
        assert!(matches!(shown[1], Block::Callout(c) if c.kind == CalloutKind::Tip));
        let notes = lesson.notes_at(&At::Lesson);
        assert_eq!(notes.len(), 1);
        assert!(notes[0].as_str().contains("Intro note"));
        assert!(lesson.choices(&At::Lesson).is_empty());
        assert!(lesson.has(&At::Lesson) && !lesson.has(&At::Recap));
        assert!(
            !Deck::find(&m, "story").unwrap().has(&At::Lesson),
            "only a lesson step has a lesson screen"
        );
        assert!(
            Deck::find(&m, "step.check-step").is_none(),
            "a step with nothing but a question set is presented as that set"
        );
    }

    #[test]
    fn a_step_and_a_block_that_share_an_id_are_both_presented() {
        let text = TEXT.replace(
            "## Check {#check-step}\n",
            "## Check {#check}\n\nRead first.\n",
        );
        let m = parse_module("fr.md", "m", "fr", &text).module;
        let set = Deck::find(&m, "check").unwrap();
        assert!(matches!(set.kind, DeckKind::Questions(_)));
        assert_eq!(set.address(), "check");
        let lesson = Deck::find(&m, "step.check").unwrap();
        assert!(matches!(lesson.kind, DeckKind::Lesson(_)));
        assert!(
            !lesson.accepts(&set.start()),
            "one presentation never takes the other's state"
        );
    }

    #[test]
    fn options_come_in_the_learners_order_with_their_answer() {
        let m = module();
        let quiz = Deck::find(&m, "check").unwrap();
        let at = At::Question(0);
        let q = quiz.question(&at).unwrap();
        let order = quiz.order(q);
        let shown = quiz.choices(&at);
        assert_eq!(shown.len(), 3);
        let QuestionKind::Single(options) = &q.kind else {
            panic!("single expected")
        };
        for (position, choice) in shown.iter().enumerate() {
            assert_eq!(choice.text, &options[order[position]].text);
        }
        assert_eq!(shown.iter().filter(|c| c.correct).count(), 1);
        // Ordering questions have nothing to vote for.
        assert!(quiz.choices(&At::Question(1)).is_empty());
    }

    #[test]
    fn endings_offer_no_choice_and_choices_lead_to_their_nodes() {
        let m = module();
        let story = Deck::find(&m, "story").unwrap();
        let start = At::Node("start".into());
        assert_eq!(story.choices(&start).len(), 2);
        assert_eq!(story.target(&start, 1).unwrap().id, "alone");
        assert!(story.choices(&At::Node("alone".into())).is_empty());
        assert!(story.has(&At::Recap));
        assert!(!story.has(&At::Node("gone".into())));
        assert!(!story.has(&At::Question(0)));
    }
}
