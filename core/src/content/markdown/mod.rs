//! Markdown and its safety: the one entry point ([`render`]), the rewriting of events into
//! safe markup, the URL allow-list, citations of a module's sources, and the plain text of
//! rendered HTML.

pub(crate) mod citations;
pub(crate) mod digit_groups;
pub(crate) mod entities;
pub(crate) mod escape;
pub(crate) mod events;
pub(crate) mod options;
mod plain_text;
pub(crate) mod render;
pub(crate) mod sanitize;
pub mod url;

pub use options::MarkdownOptions;
pub use render::render;
