//! Class results: many learners' results files in one table, duplicates of one learner
//! merged, and every refused file listed with its reason while the others load.

use std::collections::BTreeMap;

use super::results_file::{read_results, LearnerResults, ResultsError};
use crate::content::Module;
use crate::progress::{merge, module_status, ModuleStatus};
use crate::quiz::Score;

/// The class results being put together from learners' files.
#[derive(Clone, Debug)]
pub struct Roster {
    course: String,
    max_bytes: usize,
    /// Per normalised name, the learner's results (duplicates merged).
    learners: BTreeMap<String, LearnerResults>,
    rejected: Vec<Rejected>,
}

/// A file that was not added, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejected {
    /// The file's name, as the trainer chose it.
    pub file: String,
    /// Why it was refused.
    pub reason: ResultsError,
}

/// One learner's line in the class results.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The learner's name, as typed in their newest file.
    pub name: String,
    /// Modules passed (every step read and the pass mark reached).
    pub modules_passed: usize,
    /// Modules in the course.
    pub modules_total: usize,
    /// The best ended attempt at the final assessment, if any.
    pub best: Option<BestAttempt>,
    /// Attempts started at the final assessment.
    pub attempts: usize,
    /// The course version of their newest file.
    pub course_version: String,
}

/// The best attempt of a learner, for the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BestAttempt {
    /// Its number, from 1.
    pub number: usize,
    /// Its score.
    pub score: Score,
    /// Whether it passed.
    pub passed: bool,
    /// When it ended (ms since the epoch).
    pub ended_ms: u64,
}

/// The name a learner is recognised by: trimmed, lower-cased (Unicode) and with runs of
/// white space made one space, so "  Fatima  ZAHRA" and "fatima zahra" are one learner.
pub fn normalised_name(name: &str) -> String {
    name.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

impl Roster {
    /// An empty table for the course `course_id`, refusing files over `max_bytes`.
    pub fn new(course_id: impl Into<String>, max_bytes: usize) -> Self {
        Roster {
            course: course_id.into(),
            max_bytes,
            learners: BTreeMap::new(),
            rejected: Vec::new(),
        }
    }

    /// Adds one file (`file` is its name, to list it if it is refused). A second file of a
    /// learner already in the table merges into theirs.
    pub fn add(&mut self, file: &str, bytes: &[u8]) -> Result<(), ResultsError> {
        match read_results(bytes, &self.course, self.max_bytes) {
            Ok(results) => {
                let key = normalised_name(&results.learner);
                let merged = match self.learners.remove(&key) {
                    Some(known) => merge_learner(known, results),
                    None => results,
                };
                self.learners.insert(key, merged);
                Ok(())
            }
            Err(reason) => {
                self.rejected.push(Rejected {
                    file: file.to_owned(),
                    reason: reason.clone(),
                });
                Err(reason)
            }
        }
    }

    /// Lists a file refused by its size alone, before it was read.
    pub fn add_too_big(&mut self, file: &str, size: usize) {
        self.rejected.push(Rejected {
            file: file.to_owned(),
            reason: ResultsError::TooBig {
                size,
                limit: self.max_bytes,
            },
        });
    }

    /// Empties the table and the list of refused files.
    pub fn clear(&mut self) {
        self.learners.clear();
        self.rejected.clear();
    }

    /// The learners in the table, in the order of their normalised names.
    pub fn learners(&self) -> impl Iterator<Item = &LearnerResults> {
        self.learners.values()
    }

    /// The files refused, in the order they were added.
    pub fn rejected(&self) -> &[Rejected] {
        &self.rejected
    }

    /// One row per learner, with modules passed counted over `modules` (the course's
    /// modules, in one language) at `pass_mark`.
    pub fn rows(&self, modules: &[&Module], pass_mark: u8) -> Vec<Row> {
        self.learners()
            .map(|learner| {
                let progress = &learner.progress;
                let modules_passed = modules
                    .iter()
                    .filter(|m| {
                        let record = progress.modules.get(&m.id);
                        module_status(m, record, pass_mark).0 == ModuleStatus::Done
                    })
                    .count();
                let best = progress.assessment.best().and_then(|(number, attempt)| {
                    let ended = attempt.submission?;
                    Some(BestAttempt {
                        number,
                        score: ended.score,
                        passed: ended.passed,
                        ended_ms: ended.ended_ms,
                    })
                });
                Row {
                    name: learner.learner.clone(),
                    modules_passed,
                    modules_total: modules.len(),
                    best,
                    attempts: progress.assessment.len(),
                    course_version: learner.course_version.clone(),
                }
            })
            .collect()
    }
}

/// Two files of one learner as one: the newer export gives the name and course version,
/// the progress (attempts included) is merged. On the same export time, the greater name and
/// version win, so the order the files were added in does not matter.
fn merge_learner(a: LearnerResults, b: LearnerResults) -> LearnerResults {
    let progress = merge(&a.progress, &b.progress);
    let rank = |r: &LearnerResults| (r.exported_ms, r.learner.clone(), r.course_version.clone());
    let newer = if rank(&b) > rank(&a) { b } else { a };
    LearnerResults { progress, ..newer }
}
