//! Course content: the manifest, modules, blocks and the one Markdown entry point.
//!
//! - [`parse_course`] reads `content/course.toml`.
//! - [`parse_module`] reads one module file in one locale into steps and blocks; a broken
//!   block becomes [`Block::Invalid`] in place and every problem is a [`Diagnostic`] at its
//!   `file:line:col` (columns in characters).
//! - [`render`] is the only way course text becomes HTML: raw HTML shown as text, link and
//!   image URLs allow-listed ([`url::allow_url`]).
//!
//! The format is documented for authors in `content/AUTHORING.md`.

mod block;
mod callout;
mod cite;
mod course;
mod digit_groups;
mod events;
mod fence;
mod front_matter;
mod graph;
mod heading;
mod hollow;
mod html_text;
mod ids;
mod limits;
mod list;
pub mod markdown;
pub mod model;
mod module;
pub(crate) mod position;
mod quiz;
mod sanitize;
mod scenario;
mod sink;
mod steps;
mod toml_fields;
mod toml_reader;
#[cfg(test)]
mod toml_tests;
pub mod url;

pub use course::parse_course;
pub use ids::is_valid_id;
pub use markdown::{render, MarkdownOptions};
pub use model::*;
pub use module::{parse_module, Anchor, ParsedModule, Position};
