//! What the screens show, decided here so the views only wire it to the page:
//!
//! - [`title`]: the course's title in a language;
//! - [`navigation`]: where a step's buttons lead, the next module, when the content warning
//!   comes first, and the note about a module shown in another language;
//! - [`ending`]: the words and style of a scenario's ending;
//! - [`votes`]: a choice's votes as the room reads them.

pub mod ending;
pub mod navigation;
pub mod title;
pub mod votes;

pub use ending::{judgement, Judgement};
pub use navigation::{fallback_note, next_module, shows_content_warning, StepNeighbours};
pub use title::course_title;
pub use votes::vote_text;

#[cfg(test)]
mod fixtures;
