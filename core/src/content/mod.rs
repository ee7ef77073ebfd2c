//! Course content: the manifest, modules, blocks and the one Markdown entry point.

mod block;
mod callout;
mod course;
mod events;
mod fence;
mod front_matter;
mod graph;
mod heading;
mod ids;
mod limits;
mod list;
pub mod markdown;
pub mod model;
mod module;
pub(crate) mod position;
mod quiz;
mod scenario;
mod sink;
pub mod url;

pub use course::parse_course;
pub use ids::is_valid_id;
pub use markdown::{render, MarkdownOptions};
pub use model::*;
pub use module::{parse_module, Anchor, ParsedModule, Position};
