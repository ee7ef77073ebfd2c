//! Living inside an LMS through SCORM: the learner's progress as `suspend_data` and what the
//! course reports (completion, success, score, language), in the words of SCORM 1.2 and
//! SCORM 2004. Pure rules; the page's calls to the LMS live in the app (`src/web/lms/`).

mod checkpoint;
mod report;
mod scorm;
#[cfg(test)]
mod shipped;
mod suspend;

pub use checkpoint::Checkpoint;
pub use report::{Completion, Report, Success};
pub use scorm::{report_values, session_time_12, session_time_2004, session_values, Version};
pub use suspend::{decode, encode, Encoded, LeftOut, Unreadable, SCORM12_LIMIT};
