//! Session plans: a module (or the parents' session) turned into a timed plan for running it
//! with a group, derived from the module itself so it never drifts from it.
//!
//! # How the time is shared (the only place these rules are written)
//!
//! A session has a [`Length`] of 45, 60 or 90 minutes. Its parts come in the module's order:
//!
//! 1. **Opening** (fixed minutes, see [`Rules::opening`]).
//! 2. For each step of the module, in order:
//!    - a **presentation** of the step when it is a lesson step (it has prose or a callout);
//!    - a **room vote** for each question set in it;
//!    - the **scenario** played with a vote at each choice, then one **discussion** per
//!      `[!DISCUSS]` prompt of its nodes, in node order.
//! 3. **Pair or group work** (90 minutes only, fixed minutes, see [`Rules::pair_work`]).
//! 4. **Closing and next steps** (fixed minutes, see [`Rules::closing`]).
//!
//! The minutes left after the fixed parts (the *body*) are shared between the other parts in
//! proportion to their weight: a lesson step presented, a question, a scenario decision (on the
//! longest walk to an ending) and a discussion prompt each weigh what [`Rules`] says for the
//! length. Every part first gets [`Rules::least`] minutes (or an equal share of the body when
//! that is too many), then the rest is shared by weight, whole minutes to the largest
//! remainders (the earlier part on a tie), so the parts always add up exactly to the length.
//! A module with nothing in its body gives the body's minutes to the closing.
//!
//! **Grouping.** Consecutive lesson steps are presented together when there are more
//! presentations than [`Rules::most_presentations`], or more parts than the body has room for
//! at [`Rules::least`] minutes each: the two neighbouring presentations with the fewest steps
//! between them are merged first, until both limits hold or no two presentations are
//! neighbours.
//!
//! **Trainer notes.** A step's `[!TRAINER]` notes go with the first part made from that step;
//! a scenario node's note goes with the discussion of that node when it has one, with the
//! scenario otherwise.

mod allot;
#[cfg(test)]
mod tests;

use crate::content::{Block, Html, Module, QuestionSet, Scenario, Step};
use crate::present::deck::{is_lesson, step_notes};
use crate::present::plan::longest_walk;

/// How long a session lasts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Length {
    /// 45 minutes: a class period.
    Minutes45,
    /// 60 minutes: the shortest parents' session.
    Minutes60,
    /// 90 minutes: more discussion, and work in pairs or small groups.
    Minutes90,
}

/// The time-sharing rules for one [`Length`] (see the module documentation).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rules {
    /// Minutes of the opening.
    pub opening: u32,
    /// Minutes of the closing and next steps.
    pub closing: u32,
    /// Minutes of pair or group work (0: no such part).
    pub pair_work: u32,
    /// Weight of one lesson step presented.
    pub per_step: u32,
    /// Weight of one question of a room vote.
    pub per_question: u32,
    /// Weight of one scenario decision.
    pub per_decision: u32,
    /// Weight of one discussion prompt.
    pub per_prompt: u32,
    /// Fewest minutes a body part gets, when the body has room for it.
    pub least: u32,
    /// Most presentations before consecutive lesson steps are grouped.
    pub most_presentations: usize,
}

impl Length {
    /// Every length, shortest first.
    pub const ALL: [Length; 3] = [Length::Minutes45, Length::Minutes60, Length::Minutes90];

    /// The lengths offered for a module's session.
    pub const FOR_MODULES: [Length; 2] = [Length::Minutes45, Length::Minutes90];

    /// The lengths offered for the parents' session.
    pub const FOR_PARENTS: [Length; 2] = [Length::Minutes60, Length::Minutes90];

    /// Its minutes.
    pub fn minutes(self) -> u32 {
        match self {
            Length::Minutes45 => 45,
            Length::Minutes60 => 60,
            Length::Minutes90 => 90,
        }
    }

    /// The length of `minutes`, if it is one.
    pub fn from_minutes(minutes: u32) -> Option<Length> {
        Length::ALL.into_iter().find(|l| l.minutes() == minutes)
    }

    /// The rules that share its minutes.
    pub fn rules(self) -> Rules {
        match self {
            Length::Minutes45 => Rules {
                opening: 3,
                closing: 4,
                pair_work: 0,
                per_step: 2,
                per_question: 1,
                per_decision: 2,
                per_prompt: 2,
                least: 2,
                most_presentations: 4,
            },
            Length::Minutes60 => Rules {
                opening: 5,
                closing: 5,
                pair_work: 0,
                per_step: 2,
                per_question: 1,
                per_decision: 2,
                per_prompt: 3,
                least: 2,
                most_presentations: 6,
            },
            Length::Minutes90 => Rules {
                opening: 5,
                closing: 8,
                pair_work: 15,
                per_step: 2,
                per_question: 2,
                per_decision: 3,
                per_prompt: 5,
                least: 3,
                most_presentations: 8,
            },
        }
    }
}

/// What happens in a part of the session.
#[derive(Clone, Debug, PartialEq)]
pub enum Activity<'a> {
    /// Welcome, ground rules, what the session is about.
    Opening,
    /// One or more consecutive lesson steps presented briefly.
    Presentation {
        /// The steps, in order.
        steps: Vec<&'a Step>,
    },
    /// A question set answered by the room (show of hands or coloured cards).
    Vote {
        /// The step that holds it.
        step: &'a Step,
        /// The questions.
        set: &'a QuestionSet,
    },
    /// A branching scenario played with a room vote at each choice.
    Scenario {
        /// The step that holds it.
        step: &'a Step,
        /// The scenario.
        scenario: &'a Scenario,
        /// Decisions on its longest walk to an ending.
        decisions: usize,
    },
    /// A question for the room, from a scenario node's `[!DISCUSS]`.
    Discussion {
        /// The question.
        prompt: &'a Html,
    },
    /// Work in pairs or small groups (90 minutes).
    PairWork,
    /// What to remember, where to find help, the next steps.
    Closing,
}

impl Activity<'_> {
    /// A short name of the part in no language, with the ids of what it shows
    /// ("present intro+risques", "vote q1", "pair work"): for logs and for comparing plans.
    pub fn summary(&self) -> String {
        match self {
            Activity::Opening => "opening".to_string(),
            Activity::Presentation { steps } => {
                let ids: Vec<&str> = steps.iter().map(|s| s.id.as_str()).collect();
                format!("present {}", ids.join("+"))
            }
            Activity::Vote { set, .. } => format!("vote {}", set.id),
            Activity::Scenario { scenario, .. } => format!("scenario {}", scenario.id),
            Activity::Discussion { .. } => "discussion".to_string(),
            Activity::PairWork => "pair work".to_string(),
            Activity::Closing => "closing".to_string(),
        }
    }
}

/// One timed part of a session.
#[derive(Clone, Debug, PartialEq)]
pub struct Part<'a> {
    /// What happens.
    pub activity: Activity<'a>,
    /// Its minutes.
    pub minutes: u32,
    /// The trainer notes that go with it, in module order.
    pub notes: Vec<&'a Html>,
}

/// A session plan: parts in order whose minutes add up to the length.
#[derive(Clone, Debug, PartialEq)]
pub struct SessionPlan<'a> {
    /// The module it runs.
    pub module: &'a Module,
    /// How long it lasts.
    pub length: Length,
    /// The parts, in order.
    pub parts: Vec<Part<'a>>,
}

impl SessionPlan<'_> {
    /// Minutes of all parts (always the length's minutes).
    pub fn total_minutes(&self) -> u32 {
        self.parts.iter().map(|p| p.minutes).sum()
    }
}

/// The plan for running `module` with a group in `length`.
pub fn session_plan(module: &Module, length: Length) -> SessionPlan<'_> {
    let rules = length.rules();
    let mut body = body_parts(module);
    let budget = length.minutes() - rules.opening - rules.closing - rules.pair_work;
    allot::group_presentations(&mut body, &rules, budget);
    let minutes = allot::share(&body, &rules, budget);
    let unused = budget - minutes.iter().sum::<u32>();
    let mut parts = vec![fixed(Activity::Opening, rules.opening)];
    parts.extend(body.into_iter().zip(minutes).map(|(mut part, minutes)| {
        part.minutes = minutes;
        part
    }));
    if rules.pair_work > 0 {
        parts.push(fixed(Activity::PairWork, rules.pair_work));
    }
    parts.push(fixed(Activity::Closing, rules.closing + unused));
    SessionPlan {
        module,
        length,
        parts,
    }
}

/// A part with no notes.
fn fixed(activity: Activity<'_>, minutes: u32) -> Part<'_> {
    Part {
        activity,
        minutes,
        notes: Vec::new(),
    }
}

/// The untimed parts made from the module's steps, in order, with their notes.
fn body_parts(module: &Module) -> Vec<Part<'_>> {
    let mut parts = Vec::new();
    for step in &module.steps {
        let first = parts.len();
        if is_lesson(step) {
            parts.push(fixed(Activity::Presentation { steps: vec![step] }, 0));
        }
        for block in &step.blocks {
            match block {
                Block::Quiz(set) => parts.push(fixed(Activity::Vote { step, set }, 0)),
                Block::Scenario(scenario) => parts.extend(scenario_parts(step, scenario)),
                _ => {}
            }
        }
        if let Some(part) = parts.get_mut(first) {
            part.notes.splice(0..0, step_notes(step));
        }
    }
    parts
}

/// The scenario's part, then one discussion per prompt; node notes go with their discussion,
/// or with the scenario.
fn scenario_parts<'a>(step: &'a Step, scenario: &'a Scenario) -> Vec<Part<'a>> {
    let mut played = fixed(
        Activity::Scenario {
            step,
            scenario,
            decisions: longest_walk(scenario),
        },
        0,
    );
    let mut discussions = Vec::new();
    for node in &scenario.nodes {
        match &node.discussion {
            Some(prompt) => discussions.push(Part {
                activity: Activity::Discussion { prompt },
                minutes: 0,
                notes: node.trainer_note.iter().collect(),
            }),
            None => played.notes.extend(node.trainer_note.iter()),
        }
    }
    std::iter::once(played).chain(discussions).collect()
}
