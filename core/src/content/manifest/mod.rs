//! The course manifest (`course.toml`) and each module's front matter, both TOML read by
//! our own reader, and the course glossary (`glossary.toml`), read by the same reader.

pub(crate) mod assessment;
pub(crate) mod course;
pub(crate) mod front_matter;
pub(crate) mod glossary;
pub(crate) mod languages;
pub(crate) mod toml;
