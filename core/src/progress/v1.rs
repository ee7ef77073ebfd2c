//! Version 1 of the progress file, and its migration to the current version.
//!
//! Version 1 kept, per module, the steps read and a percentage per question set; it had no
//! scenarios, no language and no times:
//!
//! ```json
//! { "format": "amane-progress", "version": 1, "course": "amane-securite-en-ligne",
//!   "modules": { "02-mots-de-passe": { "read": ["pourquoi"], "scores": { "verifier": 75 } } } }
//! ```

use std::collections::BTreeMap;

use serde::Deserialize;

use super::error::ImportError;
use super::model::{ModuleProgress, Progress};
use crate::assessment::Attempts;
use crate::quiz::Score;

/// A version 1 file, without its `format` and `version` stamp.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ProgressV1 {
    course: String,
    #[serde(default)]
    modules: BTreeMap<String, ModuleV1>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ModuleV1 {
    #[serde(default)]
    read: Vec<String>,
    #[serde(default)]
    scores: BTreeMap<String, u32>,
}

/// Points a version 1 percentage is measured against: the quiz's points were not kept, so a
/// percentage `p` becomes `p` hundredths out of one point, which keeps the percentage exact.
const V1_SCALE: u32 = 100;

impl ProgressV1 {
    /// The same progress in the current shape. Times are unknown, so they stay empty and
    /// `updated` is 0: any copy written since is newer.
    pub(super) fn migrate(self) -> Result<Progress, ImportError> {
        let mut modules = BTreeMap::new();
        for (id, old) in self.modules {
            let mut module = ModuleProgress {
                steps_read: old.read.into_iter().collect(),
                ..ModuleProgress::default()
            };
            for (set, percent) in old.scores {
                if percent > V1_SCALE {
                    return Err(ImportError::Invalid {
                        detail: format!("score {percent}% for `{id}/{set}` is above 100%"),
                    });
                }
                let score = Score {
                    earned: percent,
                    max: V1_SCALE,
                };
                module.quiz_best.insert(set, score);
            }
            modules.insert(id, module);
        }
        Ok(Progress {
            course: self.course,
            locale: None,
            modules,
            assessment: Attempts::default(),
            updated: 0,
        })
    }
}
