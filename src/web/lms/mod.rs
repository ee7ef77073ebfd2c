//! The LMS around a SCORM package, seen from the page. `find` is the small check every start
//! runs (it does nothing outside a package); everything else is used only once an LMS's API
//! was found (`crate::ui::lms::connect`).

mod api;
mod find;

pub use api::warn;
pub use find::{find_api, leave_lms_for, packaged, ScormApi};
