//! The blocks of a step besides prose: fenced quiz, scenario and guide blocks (with the headings and
//! lists inside them, and the scenario graph check) and callouts.

pub(crate) mod callout;
pub(crate) mod fence;
pub(crate) mod guide;
pub(crate) mod heading;
pub(crate) mod list;
pub(crate) mod parts;
pub(crate) mod question_set;
pub(crate) mod scenario;
pub(crate) mod scenario_graph;
