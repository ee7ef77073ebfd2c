//! Class results for the trainer, with no server: each learner exports a results file
//! ([`export_results`]), the trainer drops many of them on one page, and a [`Roster`] reads
//! them ([`read_results`]), merges a learner's duplicates, lists the refused files with their
//! reason, and gives one row per learner, exported as CSV ([`to_csv`]).

mod csv;
mod results_file;
mod table;
#[cfg(test)]
mod test_support;
#[cfg(test)]
mod tests;

pub use csv::{to_csv, COLUMNS};
pub use results_file::{
    export_results, read_results, LearnerResults, ResultsError, RESULTS_FORMAT,
    RESULTS_LIMIT_BYTES, RESULTS_VERSION,
};
pub use table::{normalised_name, BestAttempt, Rejected, Roster, Row};
