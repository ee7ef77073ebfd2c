//! Course content: the manifest, modules, blocks and the one Markdown entry point.
//!
//! - [`parse_course`] reads `content/course.toml`.
//! - [`parse_map`] reads a language's course map: each module's title, summary and minutes.
//! - [`parse_module`] reads one module file in one locale into steps and blocks (and
//!   [`parse_page`] a page written like a module: help, guide, assessment); a broken
//!   block becomes [`Block::Invalid`] in place and every problem is a [`Diagnostic`] at its
//!   `file:line:col` (columns in characters).
//! - [`render`] is the only way course text becomes HTML: raw HTML shown as text, link and
//!   image URLs allow-listed ([`url::allow_url`]).
//!
//! The folders follow the text as it is read: `manifest/` (the course manifest, the module
//! front matter and the TOML reader), `steps/` (a module's body cut into steps), `blocks/`
//! (quiz and scenario blocks, callouts), `markdown/` (HTML from Markdown, and its safety),
//! with `report/` recording diagnostics and positions for all of them, and [`model`] the
//! typed result. The format is documented for authors in `content/AUTHORING.md`.

mod blocks;
mod ids;
mod limits;
mod manifest;
pub mod markdown;
pub mod model;
mod module;
mod report;
mod steps;

pub(crate) use blocks::callout::nested_trainer_notes;
pub use ids::is_valid_id;
pub use manifest::assessment::{AssessmentSettings, Pools, SettingsProblem, Unlock};
pub use manifest::course::parse_course;
pub use manifest::glossary::{parse_glossary, Concept, Glossary, GLOSSARY};
pub use manifest::map::{map_path, parse_map, ParsedMap};
pub use markdown::{render, url, MarkdownOptions};
pub use model::*;
pub use module::{parse_module, parse_page, ParsedModule};
pub use report::anchors::{Anchor, Position};
pub(crate) use report::locator as position;
