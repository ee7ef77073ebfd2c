//! Trainer workshop mode: presenting a scenario, a question set or a lesson step to a room,
//! one step at a time, on a projector, with an optional presenter window kept in sync.
//!
//! - [`deck`]: the block being presented, found in a module, with its choices in the order
//!   learners see them and the trainer's notes;
//! - [`state`]: the presentation as a state machine driven by [`Command`]s (steps, reveal,
//!   hand tallies, majority, the trainer's pick, the path the room took);
//! - [`timer`]: a countdown that is told the time, never reads a clock;
//! - [`keys`]: keyboard keys to commands;
//! - [`sync`]: the messages two windows exchange so they converge;
//! - [`plan`]: the session plan that lists what can be presented (lesson steps too).
//!
//! Nothing here records learner progress: a workshop is not a learner's attempt.
//!
//! ````
//! use amane_core::content::parse_module;
//! use amane_core::present::{Command, Deck, Phase};
//!
//! let text = r#"+++
//! title = "T"
//! summary = "S"
//! minutes = 5
//! sources = []
//! +++
//!
//! ## Step {#s}
//!
//! ```scenario story
//! %%% Start {#start}
//!
//! What now?
//!
//! - [Tell someone](#good)
//!   > They help.
//! - [Say nothing](#bad)
//!
//! %%% Helped {#good .end-good}
//!
//! Good.
//!
//! %%% Alone {#bad .end-bad}
//!
//! Bad.
//! ```
//! "#
//! .replace("%%%", "###"); // (node headings, written so here to keep them in the doc)
//! let module = parse_module("fr.md", "m", "fr", &text).module;
//! let deck = Deck::find(&module, "story").unwrap();
//! let mut state = deck.start();
//! state.apply(&deck, Command::Reveal, 0, 1); // show the choices
//! state.apply(&deck, Command::Add(0), 0, 1); // one hand up for choice 1
//! state.apply(&deck, Command::Reveal, 0, 1); // show what happens
//! assert_eq!(state.frame().phase, Phase::Reveal);
//! assert_eq!(state.room_path().len(), 1);
//! ````

pub mod deck;
pub mod keys;
pub mod plan;
pub mod state;
pub mod sync;
pub mod timer;

pub use deck::{
    is_lesson, lesson_address, lesson_blocks, Deck, DeckKind, ShownChoice, LESSON_PREFIX,
};
pub use keys::{key_action, KeyAction, Shortcuts};
pub use plan::{module_plan, BlockPlan, ModulePlan, PlanKind};
pub use state::{
    majority, percents, At, Command, Decision, Frame, Majority, Phase, PresentState, Showing,
};
pub use sync::{Message, CHANNEL_NAME};
pub use timer::Timer;

#[cfg(test)]
pub(crate) mod fixtures;
