//! The content checker: every problem of a course at once.

pub mod cli;
