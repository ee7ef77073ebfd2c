//! Class results for the trainer, with no server: each learner exports a results file
//! ([`export_results`]), the trainer drops many of them on one page, and a [`Roster`] reads
//! them ([`read_results`]), merges a learner's duplicates, lists the refused files with their
//! reason, and gives one row per learner, exported as CSV ([`to_csv`]). [`ClassResults`]
//! keeps the table on the device only when the trainer asks.

mod csv;
mod kept;
mod learner_name;
mod messages;
mod results_file;
mod table;
#[cfg(test)]
mod test_support;
#[cfg(test)]
mod tests;

pub use csv::{csv_file_name, to_csv, COLUMNS};
pub use kept::{ClassResults, DroppedFile};
pub use learner_name::{
    learner_name, results_file_name, store_learner_name, stored_learner_name, NAME_MAX_CHARS,
};
pub use messages::COLUMN_KEYS;
pub use results_file::{
    export_results, read_results, LearnerResults, ResultsError, RESULTS_FORMAT,
    RESULTS_LIMIT_BYTES, RESULTS_VERSION,
};
pub use table::{normalised_name, BestAttempt, Rejected, Roster, Row};
