//! A module's body read into steps: each `##` heading starts a step, and each element becomes
//! prose, a callout, a quiz or a scenario. Quiz and scenario blocks are cut out of the text
//! first, so pulldown-cmark scans their inside once.

pub(crate) mod block_cuts;
pub(crate) mod body;

#[cfg(test)]
mod tests;
