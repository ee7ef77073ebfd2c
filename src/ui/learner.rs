//! The learner's progress as context, changed only through verbs that save at once.

use crate::web::{clock::now_ms, storage::DeviceStorage};
use amane_core::progress::{ExternalChange, Progress, ProgressStore, MAIN_KEY};
use amane_core::quiz::Score;
use leptos::prelude::*;

/// Progress and where it is kept.
#[derive(Clone, Copy)]
pub struct Learner {
    /// The progress itself; change it only through the verbs below.
    pub progress: RwSignal<Progress>,
    store: StoredValue<ProgressStore<DeviceStorage>>,
    /// Fluent id of the banner to show about storage, if any.
    pub banner: RwSignal<Option<&'static str>>,
    /// True when nothing survives a reload (no usable storage).
    pub in_memory: bool,
}

impl Learner {
    /// Loads the saved progress for `course` and provides the learner context; another tab's
    /// saves are merged in as they happen.
    pub fn provide(course: &str) -> Self {
        let storage = DeviceStorage::detect();
        let in_memory = storage.is_memory();
        let mut store = ProgressStore::new(storage, course);
        let loaded = store.load(now_ms());
        let banner = if in_memory {
            Some("storage-unavailable")
        } else {
            loaded.banner_key()
        };
        let learner = Learner {
            progress: RwSignal::new(loaded.progress),
            store: StoredValue::new(store),
            banner: RwSignal::new(banner),
            in_memory,
        };
        let listener = window_event_listener(leptos::ev::storage, move |e| {
            if e.key().as_deref().is_none_or(|k| k == MAIN_KEY) {
                learner.take_external(e.new_value());
            }
        });
        on_cleanup(move || listener.remove());
        provide_context(learner);
        learner
    }

    /// The progress (tracked).
    pub fn progress(self) -> Progress {
        self.progress.get()
    }

    /// Reads the progress without cloning it (tracked).
    pub fn with<R>(self, f: impl FnOnce(&Progress) -> R) -> R {
        self.progress.with(f)
    }

    /// Records that a step was seen.
    pub fn mark_step_read(self, module: &str, step: &str) {
        self.change(|p, now| p.mark_step_read(module, step, now));
    }

    /// Records a finished question set (the best score is kept).
    pub fn record_quiz(self, module: &str, set: &str, score: Score) {
        self.change(|p, now| p.record_quiz(module, set, score, now));
    }

    /// Records a scenario played to an ending (the best score is kept).
    pub fn record_scenario(self, module: &str, scenario: &str, ending: &str, score: Score) {
        self.change(|p, now| p.record_scenario(module, scenario, ending, score, now));
    }

    /// Records the chosen language.
    pub fn set_locale(self, code: &str) {
        self.change(|p, now| {
            p.set_locale(code, now);
            true
        });
    }

    /// Merges imported progress into the current one and saves.
    pub fn import(self, incoming: &Progress) {
        self.save(amane_core::progress::merge(
            &self.progress.get_untracked(),
            incoming,
        ));
    }

    /// Removes every key of the app from this device and starts over. Returns the count.
    pub fn delete_all(self) -> usize {
        let removed = self.store.try_update_value(|s| s.delete_all()).unwrap_or(0);
        let course = self.progress.with_untracked(|p| p.course.clone());
        self.progress.set(Progress::new(course));
        removed
    }

    /// Applies a verb; saves when it changed something.
    fn change(self, verb: impl FnOnce(&mut Progress, u64) -> bool) {
        let mut next = self.progress.get_untracked();
        if verb(&mut next, now_ms()) {
            self.save(next);
        }
    }

    /// Saves (the store keeps the previous save as backup) and shows what was saved; on a
    /// write error the change stays on screen, the last good save stays stored, and the
    /// learner is told.
    fn save(self, next: Progress) {
        let saved = self
            .store
            .try_update_value(|s| s.save(&next))
            .unwrap_or(Ok(next.clone()));
        match saved {
            Ok(p) => self.progress.set(p),
            Err(e) => {
                self.progress.set(next);
                self.banner.set(Some(e.key()));
            }
        }
    }

    /// Takes in another tab's save.
    fn take_external(self, new_value: Option<String>) {
        let change = self
            .store
            .try_update_value(|s| s.merge_external(new_value.as_deref()));
        match change {
            Some(ExternalChange::Merged(p)) | Some(ExternalChange::Deleted(p)) => {
                self.progress.set(p)
            }
            _ => {}
        }
    }
}

/// The learner context.
pub fn use_learner() -> Learner {
    expect_context()
}
