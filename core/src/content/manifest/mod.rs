//! The course manifest (`course.toml`) and each module's front matter, both TOML read by
//! our own reader.

pub(crate) mod assessment;
pub(crate) mod course;
pub(crate) mod front_matter;
pub(crate) mod toml;
