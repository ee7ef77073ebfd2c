//! The learner's progress as context, changed only through verbs that save at once.

mod assessment;

use crate::web::clock::{now_ms, utc_offset_minutes};
use crate::web::file::download;
use crate::web::storage::DeviceStorage;
use amane_core::content::Module;
use amane_core::i18n::{CivilDate, MessageKey};
use amane_core::progress::{export, ExternalChange, KeptCopy, Progress, ProgressStore, WriteError};
use amane_core::quiz::Score;
use leptos::prelude::*;

/// Where the learner's progress is kept for this visit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keeping {
    /// In the browser's storage: it survives reloads.
    OnDevice,
    /// In memory, because the browser gives no usable storage.
    Unavailable,
    /// In memory, because the learner turned private mode on: nothing is on the device.
    Private,
}

/// The device's storage opened for a course: what it holds and how it keeps progress.
struct OpenedStore {
    store: ProgressStore<DeviceStorage>,
    progress: Progress,
    keeping: Keeping,
    banner: Option<MessageKey>,
}

impl OpenedStore {
    /// Opens the browser's storage (or memory when it is unusable) and loads `course`.
    fn open(course: &str) -> Self {
        let storage = DeviceStorage::detect();
        let keeping = if storage.is_memory() {
            Keeping::Unavailable
        } else {
            Keeping::OnDevice
        };
        let mut store = ProgressStore::new(storage, course);
        let loaded = store.load(now_ms());
        let banner = match keeping {
            Keeping::OnDevice => loaded.banner_key(),
            _ => Some(WriteError::Unavailable.key()),
        };
        OpenedStore {
            store,
            progress: loaded.progress,
            keeping,
            banner,
        }
    }
}

/// Progress and where it is kept.
#[derive(Clone, Copy)]
pub struct Learner {
    /// The progress itself, changed only through the verbs below.
    progress: RwSignal<Progress>,
    store: StoredValue<ProgressStore<DeviceStorage>>,
    /// The banner to show about storage, if any.
    banner: RwSignal<Option<MessageKey>>,
    /// Where the progress is kept (nothing survives a reload unless it is on the device).
    keeping: RwSignal<Keeping>,
}

impl Learner {
    /// Loads the saved progress for `course` and provides the learner context; another tab's
    /// saves are merged in as they happen.
    pub fn provide(course: &str) -> Self {
        let opened = OpenedStore::open(course);
        let main_key = opened.store.keys().main();
        let learner = Learner {
            progress: RwSignal::new(opened.progress),
            store: StoredValue::new(opened.store),
            banner: RwSignal::new(opened.banner),
            keeping: RwSignal::new(opened.keeping),
        };
        let listener = window_event_listener(leptos::ev::storage, move |e| {
            if learner.keeping.get_untracked() != Keeping::OnDevice {
                return;
            }
            match e.key().as_deref() {
                Some(key) if key == main_key => learner.take_external(e.new_value()),
                // Another page of this site emptied the whole storage ("Delete my data"
                // removes keys one by one instead): what is on screen is written back.
                None => learner.save(learner.progress.get_untracked()),
                Some(_) => {}
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

    /// Reads the progress without cloning it or tracking it (for event handlers and for
    /// what is decided once, when a page opens).
    pub fn with_untracked<R>(self, f: impl FnOnce(&Progress) -> R) -> R {
        self.progress.with_untracked(f)
    }

    /// The banner to show about storage, if any (tracked).
    pub fn banner(self) -> Option<MessageKey> {
        self.banner.get()
    }

    /// Hides the banner about storage.
    pub fn dismiss_banner(self) {
        self.banner.set(None);
    }

    /// Where the progress is kept (tracked).
    pub fn keeping(self) -> Keeping {
        self.keeping.get()
    }

    /// Where the progress is kept, without tracking (for event handlers).
    pub fn keeping_untracked(self) -> Keeping {
        self.keeping.get_untracked()
    }

    /// Records that a step of `module` was seen, and the module's outline, which lets the
    /// course map place it without its file.
    pub fn mark_step_read(self, module: &Module, step: &str) {
        self.change(|p, now| {
            let read = p.mark_step_read(&module.id, step, now);
            p.note_outline(module, now) || read
        });
    }

    /// Records the outline of a module already started, so the course map places it from then
    /// on without its file.
    pub fn note_outline(self, module: &Module) {
        self.change(|p, now| p.note_outline(module, now));
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

    /// The copies of this course's progress set aside on this device that can be brought back
    /// (tracked: read again whenever the progress changes).
    pub fn kept_copies(self) -> Vec<KeptCopy> {
        self.progress.track();
        self.store
            .try_with_value(|s| s.kept_copies())
            .unwrap_or_default()
    }

    /// Brings back the copy kept under `key`, merged into the progress and saved.
    pub fn restore(self, key: &str) {
        let restored = self.store.try_update_value(|s| s.restore(key));
        match restored {
            Some(Ok(p)) => self.progress.set(p),
            Some(Err(e)) => self.banner.set(Some(e.key())),
            None => {}
        }
    }

    /// Merges imported progress into the current one and saves.
    pub fn import(self, incoming: &Progress) {
        self.save(amane_core::progress::merge(
            &self.progress.get_untracked(),
            incoming,
        ));
    }

    /// Removes every key of the app from this device and starts over. Returns the count.
    /// The language stays on screen, so the learner reads the confirmation in their
    /// language; it is stored again only with their next step.
    pub fn delete_all(self) -> usize {
        let mut removed = self.store.try_update_value(|s| s.delete_all()).unwrap_or(0);
        crate::web::sw::forget_course_files();
        if self.keeping.get_untracked() == Keeping::Private {
            // Another tab may have saved on the device meanwhile.
            let course = self.progress.with_untracked(|p| p.course.clone());
            removed += ProgressStore::new(DeviceStorage::detect(), course).delete_all();
        }
        let (course, locale) = self
            .progress
            .with_untracked(|p| (p.course.clone(), p.locale.clone()));
        self.progress.set(Progress {
            locale,
            ..Progress::new(course)
        });
        removed
    }

    /// Private mode: removes every key of the app from this device and keeps the progress in
    /// memory only, for this visit (it stays on screen; a reload starts over).
    pub fn keep_private(self) {
        let course = self.progress.with_untracked(|p| p.course.clone());
        self.store.update_value(|s| {
            s.delete_all();
            *s = ProgressStore::new(DeviceStorage::memory(), course);
        });
        self.keeping.set(Keeping::Private);
        crate::web::sw::set_private(true);
        self.banner.set(None);
        self.save(self.progress.get_untracked());
    }

    /// Leaves private mode: the progress is saved on the device again, merged with anything
    /// another tab saved meanwhile. When the browser has no usable storage, it stays in
    /// memory and the learner is told.
    pub fn keep_on_device(self) {
        let course = self.progress.with_untracked(|p| p.course.clone());
        let opened = OpenedStore::open(&course);
        self.store.set_value(opened.store);
        self.keeping.set(opened.keeping);
        crate::web::sw::set_private(false);
        self.banner.set(opened.banner);
        self.save(self.progress.get_untracked());
    }

    /// Offers the progress as a file to download, named with today's date
    /// (`amane-progress-2026-11-28.json`) so that several copies are told apart.
    pub fn download_export(self) {
        let today = CivilDate::from_unix_ms(now_ms() as i64, utc_offset_minutes());
        let name = format!(
            "amane-progress-{}-{:02}-{:02}.json",
            today.year, today.month, today.day
        );
        let text = export(&self.progress.get_untracked());
        download(&name, &text, "application/json");
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
    /// learner is told. A store already gone (its page closed) saved nothing, and says so.
    fn save(self, next: Progress) {
        let saved = self
            .store
            .try_update_value(|s| s.save(&next))
            .unwrap_or(Err(WriteError::Unavailable));
        match saved {
            Ok(p) => self.progress.set(p),
            Err(e) => {
                self.progress.try_set(next);
                self.banner.try_set(Some(e.key()));
            }
        }
    }

    /// Takes in another tab's save. When this tab holds something the other did not have
    /// (both saved at nearly the same moment), the union is saved at once, so storage never
    /// keeps one tab's progress without the other's; saving what is already stored writes
    /// nothing, so two tabs do not echo each other.
    fn take_external(self, new_value: Option<String>) {
        let change = self
            .store
            .try_update_value(|s| s.merge_external(new_value.as_deref()));
        match change {
            Some(ExternalChange::Merged(p)) => self.save(p),
            Some(ExternalChange::Deleted(p)) => self.progress.set(p),
            _ => {}
        }
    }
}

/// The learner context.
pub fn use_learner() -> Learner {
    expect_context()
}
