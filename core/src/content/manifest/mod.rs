//! The course manifest (`course.toml`), each module's front matter and the course map of each
//! language (`map/<locale>.toml`), all TOML read by our own reader, and the course glossary
//! (`glossary.toml`), read by the same reader.

pub(crate) mod assessment;
pub(crate) mod course;
pub(crate) mod front_matter;
pub(crate) mod glossary;
pub(crate) mod languages;
pub(crate) mod map;
pub(crate) mod toml;
