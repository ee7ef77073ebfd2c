//! The class results on the trainer's screen, and on this device only when the trainer
//! chooses to keep them: under the course's own key ([`StoreKeys::class_results`]), so that
//! "Delete my data" removes them with everything else of the course.
//!
//! A kept table holds each learner's results as a results file (duplicates already merged),
//! read back exactly as a dropped file is; refused files are not kept.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::results_file::{export_results, RESULTS_LIMIT_BYTES};
use super::table::Roster;
use crate::progress::{KeyValue, StoreKeys, WriteError};

/// The `format` of a kept table.
const KEPT_FORMAT: &str = "amane-class-results";

/// A kept table as stored.
#[derive(Serialize, Deserialize)]
struct KeptTable {
    format: String,
    learners: Vec<Value>,
}

/// A file as the trainer dropped it: its name, and its bytes or, when it was too big to be
/// read, its size.
pub type DroppedFile = (String, Result<Vec<u8>, usize>);

/// The class results being looked at, kept on the device or not.
#[derive(Debug)]
pub struct ClassResults<S: KeyValue> {
    roster: Roster,
    kept: bool,
    storage: S,
    key: String,
}

impl<S: KeyValue> ClassResults<S> {
    /// The class results of `course` over `storage`: the kept table if there is one, else an
    /// empty one that stays off the device until [`ClassResults::keep`].
    pub fn open(storage: S, course: &str) -> Self {
        let key = StoreKeys::for_course(course).class_results();
        let mut roster = Roster::new(course, RESULTS_LIMIT_BYTES);
        let kept = storage
            .get(&key)
            .and_then(|text| serde_json::from_str::<KeptTable>(&text).ok())
            .filter(|table| table.format == KEPT_FORMAT);
        if let Some(table) = &kept {
            for (n, learner) in table.learners.iter().enumerate() {
                let _ = roster.add(&format!("#{}", n + 1), learner.to_string().as_bytes());
            }
        }
        ClassResults {
            roster,
            kept: kept.is_some(),
            storage,
            key,
        }
    }

    /// The table and the files refused.
    pub fn roster(&self) -> &Roster {
        &self.roster
    }

    /// Whether the table is kept on this device.
    pub fn is_kept(&self) -> bool {
        self.kept
    }

    /// Adds dropped files (each refused one is listed with its reason, the others load). A
    /// kept table is kept again with them.
    pub fn add_files(
        &mut self,
        files: impl IntoIterator<Item = DroppedFile>,
    ) -> Result<(), WriteError> {
        for (name, read) in files {
            match read {
                Ok(bytes) => {
                    let _ = self.roster.add(&name, &bytes);
                }
                Err(size) => self.roster.add_too_big(&name, size),
            }
        }
        if self.kept {
            self.keep()
        } else {
            Ok(())
        }
    }

    /// Keeps the table on this device (a later reload finds it). On error nothing kept
    /// before has changed.
    pub fn keep(&mut self) -> Result<(), WriteError> {
        let learners = self
            .roster
            .learners()
            .map(|l| {
                let file =
                    export_results(&l.progress, &l.learner, &l.course_version, l.exported_ms);
                serde_json::from_str(&file).expect("a results file is JSON")
            })
            .collect();
        let table = KeptTable {
            format: KEPT_FORMAT.to_owned(),
            learners,
        };
        let text = serde_json::to_string(&table).expect("a kept table serializes");
        self.storage.set(&self.key, &text)?;
        self.kept = true;
        Ok(())
    }

    /// Removes the kept table from this device and empties the screen's.
    pub fn delete(&mut self) {
        self.storage.remove(&self.key);
        self.kept = false;
        self.roster.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::{MemoryStore, ProgressStore};
    use crate::roster::test_support::{modules, progress, COURSE, T0};
    use crate::roster::ResultsError;

    fn file(name: &str, passed: usize, attempts: &[(u64, u32)], at: u64) -> DroppedFile {
        let text = export_results(&progress(passed, attempts), name, "2026.11", at);
        (format!("{name}.json"), Ok(text.into_bytes()))
    }

    fn class() -> Vec<DroppedFile> {
        vec![
            file("Salma", 1, &[(1, 120)], T0),
            file("سلمى بنعلي", 2, &[(2, 180)], T0),
            file("salma", 2, &[(3, 60)], T0 + 9),
            ("photo.jpg".into(), Err(9_000_000)),
        ]
    }

    fn rows(results: &ClassResults<MemoryStore>) -> Vec<crate::roster::Row> {
        let modules = modules();
        let modules: Vec<&_> = modules.iter().collect();
        results.roster().rows(&modules, 70)
    }

    #[test]
    fn nothing_is_written_until_the_trainer_keeps_the_table() {
        let mut results = ClassResults::open(MemoryStore::new(), COURSE);
        results.add_files(class()).unwrap();
        assert_eq!(rows(&results).len(), 2);
        assert!(!results.is_kept());
        assert!(results.storage.keys().is_empty());
        let reasons: Vec<_> = results
            .roster()
            .rejected()
            .iter()
            .map(|r| &r.reason)
            .collect();
        assert!(matches!(
            reasons[..],
            [ResultsError::TooBig {
                size: 9_000_000,
                ..
            }]
        ));
    }

    #[test]
    fn a_kept_table_is_found_again_row_for_row_and_grows_with_later_files() {
        let mut results = ClassResults::open(MemoryStore::new(), COURSE);
        results.add_files(class()).unwrap();
        results.keep().unwrap();
        let shown = rows(&results);
        let reopened = ClassResults::open(results.storage, COURSE);
        assert!(reopened.is_kept());
        assert_eq!(rows(&reopened), shown);
        let salma = rows(&reopened)
            .into_iter()
            .find(|r| r.name == "salma")
            .unwrap();
        assert_eq!((salma.attempts, salma.modules_passed), (2, 2));
        assert!(reopened.roster().rejected().is_empty());

        let mut reopened = reopened;
        reopened.add_files([file("Hamza", 0, &[], T0)]).unwrap();
        let again = ClassResults::open(reopened.storage, COURSE);
        assert_eq!(rows(&again).len(), 3);
    }

    #[test]
    fn deleting_the_kept_table_empties_it_here_and_after_a_reload() {
        let mut results = ClassResults::open(MemoryStore::new(), COURSE);
        results.add_files(class()).unwrap();
        results.keep().unwrap();
        results.delete();
        assert!(rows(&results).is_empty() && !results.is_kept());
        let reopened = ClassResults::open(results.storage, COURSE);
        assert!(rows(&reopened).is_empty() && !reopened.is_kept());
    }

    #[test]
    fn delete_my_data_removes_the_kept_table_too() {
        let mut results = ClassResults::open(MemoryStore::new(), COURSE);
        results.add_files(class()).unwrap();
        results.keep().unwrap();
        let mut learner = ProgressStore::new(results.storage, COURSE);
        assert_eq!(learner.delete_all(), 1);
        let reopened = ClassResults::open(learner.storage().clone(), COURSE);
        assert!(rows(&reopened).is_empty() && !reopened.is_kept());
    }

    #[test]
    fn a_full_storage_keeps_the_table_on_screen_and_says_so() {
        let mut results = ClassResults::open(MemoryStore::with_quota(10), COURSE);
        results.add_files(class()).unwrap();
        assert_eq!(results.keep(), Err(WriteError::Quota));
        assert!(!results.is_kept());
        assert_eq!(rows(&results).len(), 2);
    }
}
