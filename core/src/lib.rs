//! Amane's pure core: everything that decides, with no browser dependency, so `cargo test`
//! on the host covers it. The app (`src/`) only wires these rules to the page.
#![forbid(unsafe_code)]

pub mod assessment;
pub mod check;
pub mod content;
pub mod gift;
pub mod guide;
pub mod i18n;
pub mod lms;
pub mod offline;
pub mod plan;
pub mod present;
pub mod progress;
pub mod quiz;
pub mod roster;
pub mod route;
pub mod safety;
pub mod screen;
pub mod served;
