//! What the course map needs of a module to show where the learner stands without its file:
//! its step ids and the points each scored block offers. It is recorded in the progress when
//! the learner opens one of the module's steps, so the map never downloads the module.
//!
//! Rules:
//! - A module with no record is not started.
//! - A module with a record but no outline (progress saved before outlines existed, or whose
//!   outline did not match the course on import) is in progress: never "done" on a guess.
//! - Otherwise the state and score are those [`super::module_status`] gives with the module
//!   itself, computed from the outline by the same rules.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::course_ids::ModuleIds;
use super::model::{ModuleProgress, Progress};
use crate::content::Module;
use crate::quiz::scored_blocks;

/// The shape of a module's content when the learner last opened it.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outline {
    /// When it was recorded (ms since the epoch): of two copies, a merge keeps the later one.
    pub noted: u64,
    /// Ids of the module's steps.
    pub steps: BTreeSet<String>,
    /// Points each question set and scenario offers, in hundredths, by block id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub blocks: BTreeMap<String, u32>,
}

impl Outline {
    /// The outline of `module` as it is now, noted at `now_ms`.
    pub fn of(module: &Module, now_ms: u64) -> Self {
        Outline {
            noted: now_ms,
            steps: module.steps.iter().map(|step| step.id.clone()).collect(),
            blocks: scored_blocks(module)
                .map(|(id, max)| (id.to_owned(), max))
                .collect(),
        }
    }

    /// Whether this outline has exactly the steps and blocks of the course's module `known`.
    pub(crate) fn matches(&self, known: &ModuleIds) -> bool {
        let blocks: BTreeSet<&String> = known
            .quiz_sets
            .iter()
            .chain(known.scenarios.keys())
            .collect();
        self.steps == known.steps && self.blocks.keys().collect::<BTreeSet<_>>() == blocks
    }
}

impl Progress {
    /// Whether `module` was started but its outline is not known (progress from before
    /// outlines, from an LMS, or imported from other content): the map cannot place it
    /// without its file.
    pub fn lacks_outline(&self, module: &str) -> bool {
        self.modules
            .get(module)
            .is_some_and(|record| record.outline.is_none())
    }

    /// Records the outline of `module` at `now_ms` in its record, if the learner has one
    /// there (call it after recording what they did). Returns true when the outline changed;
    /// the same outline keeps the time it was first noted.
    pub fn note_outline(&mut self, module: &Module, now_ms: u64) -> bool {
        let Some(record) = self.modules.get_mut(&module.id) else {
            return false;
        };
        let outline = Outline::of(module, now_ms);
        let same = record
            .outline
            .as_ref()
            .is_some_and(|kept| kept.steps == outline.steps && kept.blocks == outline.blocks);
        if !same {
            record.outline = Some(outline);
        }
        !same
    }
}

/// The outline two copies of one module's record keep when merged: the one noted last (on
/// equal times the greater), any outline over none, so the result never depends on the order.
pub(crate) fn merged_outline(a: &ModuleProgress, b: &ModuleProgress) -> Option<Outline> {
    a.outline.clone().max(b.outline.clone())
}
