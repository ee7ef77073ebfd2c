//! Course content: the manifest, modules, blocks and the one Markdown entry point.

pub mod model;

pub use model::*;
