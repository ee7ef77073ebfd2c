//! Keeping progress in the browser's storage so that it is never lost: the previous save is
//! kept as a backup, unreadable data is set aside rather than overwritten, a full storage
//! keeps the last good save, and other tabs' saves are merged, not overwritten.
//!
//! The browser adapter only implements [`KeyValue`] over `localStorage` and forwards the
//! `storage` events of the course's main key ([`StoreKeys::main`]) to
//! [`ProgressStore::merge_external`].

use super::codec::{decode, encode};
use super::error::ImportError;
use super::key_value::{KeyValue, WriteError};
use super::merge::merge;
use super::model::Progress;
use super::notice::{ExternalChange, LoadNotice, Loaded, StoredCopy};

/// Every key Amane writes starts with this.
pub const PREFIX: &str = "amane.";
/// Where every course kept its latest save before keys were named per course. A save found
/// there is moved to its course's own keys when the course matches, and left alone otherwise.
pub const LEGACY_MAIN_KEY: &str = "amane.progress";
/// Where every course kept the save before the latest one, before keys were named per course.
pub const LEGACY_BACKUP_KEY: &str = "amane.progress.backup";
/// Where copies were set aside before keys were named per course (followed by a time).
const LEGACY_SET_ASIDE: [&str; 2] = ["amane.corrupt.", "amane.newer."];

/// The keys of one course's progress, `amane.<course>.…`: two copies of a course (or two
/// courses) on one site never read or overwrite each other's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoreKeys {
    /// `amane.<course>.`
    course_prefix: String,
}

impl StoreKeys {
    /// The keys of `course`.
    pub fn for_course(course: &str) -> Self {
        Self {
            course_prefix: format!("{PREFIX}{course}."),
        }
    }

    /// The latest save.
    pub fn main(&self) -> String {
        format!("{}progress", self.course_prefix)
    }

    /// The save before the latest one.
    pub fn backup(&self) -> String {
        format!("{}progress.backup", self.course_prefix)
    }

    /// The class results a trainer chose to keep on this device.
    pub fn class_results(&self) -> String {
        format!("{}class-results", self.course_prefix)
    }

    /// The name the learner typed for their results file.
    pub fn learner_name(&self) -> String {
        format!("{}learner-name", self.course_prefix)
    }

    /// A language chosen on index.html's own picker, kept until the app moves it into the
    /// progress (the picker works before the app has arrived).
    pub fn chosen_locale(&self) -> String {
        format!("{}locale", self.course_prefix)
    }

    /// Where an unreadable copy is set aside (followed by the time in ms).
    pub fn corrupt_prefix(&self) -> String {
        format!("{}corrupt.", self.course_prefix)
    }

    /// Whether `key` is one of this course's.
    fn owns(&self, key: &str) -> bool {
        key.starts_with(&self.course_prefix)
    }

    /// Whether `key` holds a copy set aside, this course's or from before keys were per
    /// course.
    fn is_set_aside(&self, key: &str) -> bool {
        key.starts_with(&self.corrupt_prefix())
            || LEGACY_SET_ASIDE
                .iter()
                .any(|prefix| key.starts_with(prefix))
    }
}

/// A copy set aside earlier, which "My data" can offer to bring back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeptCopy {
    /// Where it is stored.
    pub key: String,
    /// Its progress, when it is this course's progress in a format this Amane reads.
    pub progress: Progress,
}

/// Progress saved in a [`KeyValue`] storage.
#[derive(Debug)]
pub struct ProgressStore<S: KeyValue> {
    storage: S,
    keys: StoreKeys,
    current: Progress,
    /// A save written by a newer Amane is on the device: it is kept as it is, and nothing is
    /// written until the page is reloaded (by that newer version, or after checking).
    newer_save_kept: bool,
}

impl<S: KeyValue> ProgressStore<S> {
    /// A store for `course` over `storage`. Call [`ProgressStore::load`] before anything else.
    pub fn new(storage: S, course: impl Into<String>) -> Self {
        let course = course.into();
        ProgressStore {
            storage,
            keys: StoreKeys::for_course(&course),
            current: Progress::new(course),
            newer_save_kept: false,
        }
    }

    /// The progress as last loaded, saved or merged.
    pub fn progress(&self) -> &Progress {
        &self.current
    }

    /// The storage underneath.
    pub fn storage(&self) -> &S {
        &self.storage
    }

    /// The keys of this course.
    pub fn keys(&self) -> &StoreKeys {
        &self.keys
    }

    /// Reads the latest save, or the one before when the latest cannot be read. Unreadable
    /// copies are moved aside (`amane.<course>.corrupt.<now_ms>`); a save written by a newer
    /// Amane is left where it is, untouched, and nothing is written during this visit. A save
    /// of this course under the keys every course shared before is moved to this course's keys.
    pub fn load(&mut self, now_ms: u64) -> Loaded {
        self.move_legacy_save();
        let mut notices = Vec::new();
        let mut found = None;
        for (copy, key) in [
            (StoredCopy::Save, self.keys.main()),
            (StoredCopy::Backup, self.keys.backup()),
        ] {
            let Some(text) = self.storage.get(&key) else {
                continue;
            };
            match self.read(&text) {
                Ok(progress) => {
                    found = Some((copy, progress));
                    break;
                }
                Err(ImportError::NewerVersion { .. }) => {
                    self.newer_save_kept = true;
                    notices.push(LoadNotice::NewerKept { copy });
                }
                Err(reason) => {
                    let kept_as = self.set_aside(&text, now_ms).ok();
                    notices.push(LoadNotice::SetAside {
                        copy,
                        reason,
                        kept_as,
                    });
                }
            }
        }
        self.current = match found {
            Some((StoredCopy::Save, progress)) => {
                notices.push(LoadNotice::LoadedSave);
                progress
            }
            Some((StoredCopy::Backup, progress)) => {
                notices.push(LoadNotice::LoadedBackup);
                progress
            }
            None => {
                notices.push(LoadNotice::StartedEmpty);
                Progress::new(self.current.course.clone())
            }
        };
        if !self.newer_save_kept {
            self.replace_kept_copies(&notices);
        }
        Loaded {
            progress: self.current.clone(),
            notices,
        }
    }

    /// Moves this course's save (and backup) from the keys every course shared before to its
    /// own, when it has none yet. Another course's save, or one this Amane cannot read, stays.
    fn move_legacy_save(&mut self) {
        for (legacy, own) in [
            (LEGACY_MAIN_KEY, self.keys.main()),
            (LEGACY_BACKUP_KEY, self.keys.backup()),
        ] {
            let Some(text) = self.storage.get(legacy) else {
                continue;
            };
            if self.storage.get(&own).is_none()
                && self.read(&text).is_ok()
                && self.storage.set(&own, &text).is_ok()
            {
                self.storage.remove(legacy);
            }
        }
    }

    /// The copies set aside earlier that hold this course's progress in a format this Amane
    /// reads (for example one another copy of the course set aside before keys were named per
    /// course), oldest key first.
    pub fn kept_copies(&self) -> Vec<KeptCopy> {
        let mut copies: Vec<KeptCopy> = self
            .storage
            .keys()
            .into_iter()
            .filter(|key| self.keys.is_set_aside(key))
            .filter_map(|key| {
                let progress = self.read(&self.storage.get(&key)?).ok()?;
                Some(KeptCopy { key, progress })
            })
            .collect();
        copies.sort_by(|a, b| a.key.cmp(&b.key));
        copies
    }

    /// Brings back the copy kept under `key` (see [`ProgressStore::kept_copies`]): merged into
    /// the progress and saved, then its key removed. Nothing changes when it cannot be read.
    pub fn restore(&mut self, key: &str) -> Result<Progress, WriteError> {
        let Some(copy) = self.kept_copies().into_iter().find(|copy| copy.key == key) else {
            return Ok(self.current.clone());
        };
        let saved = self.save(&merge(&self.current, &copy.progress))?;
        self.storage.remove(key);
        Ok(saved)
    }

    /// Once an unreadable copy is kept aside, its key gets readable content again. The main
    /// key is overwritten, never removed: other tabs take a removed main key for "Delete my
    /// data". If the write fails, the unreadable copy stays and the next save sets it aside
    /// again; it is already kept, so nothing is lost either way.
    fn replace_kept_copies(&mut self, notices: &[LoadNotice]) {
        for notice in notices {
            if let LoadNotice::SetAside {
                copy,
                kept_as: Some(_),
                ..
            } = notice
            {
                match copy {
                    StoredCopy::Save => {
                        let _ignored = self.storage.set(&self.keys.main(), &encode(&self.current));
                    }
                    StoredCopy::Backup => self.storage.remove(&self.keys.backup()),
                }
            }
        }
    }

    /// Saves `progress`, merged with what this store knows and with what another tab may
    /// have saved meanwhile, and returns the progress saved. The previous save becomes the
    /// backup first. On error nothing stored has changed: the last good save is intact. When
    /// a newer Amane's save is on the device, nothing is written
    /// ([`WriteError::NewerSaveKept`]).
    pub fn save(&mut self, progress: &Progress) -> Result<Progress, WriteError> {
        let mut merged = merge(&self.current, progress);
        if self.newer_save_kept {
            self.current = merged;
            return Err(WriteError::NewerSaveKept);
        }
        let main = self.keys.main();
        if let Some(stored_text) = self.storage.get(&main) {
            match self.read(&stored_text) {
                Ok(stored) => {
                    merged = merge(&merged, &stored);
                    if encode(&merged) == stored_text {
                        self.current = merged;
                        return Ok(self.current.clone());
                    }
                    self.storage.set(&self.keys.backup(), &stored_text)?;
                }
                Err(ImportError::NewerVersion { .. }) => {
                    self.newer_save_kept = true;
                    self.current = merged;
                    return Err(WriteError::NewerSaveKept);
                }
                Err(_) => {
                    self.set_aside(&stored_text, merged.updated)?;
                }
            }
        }
        self.storage.set(&main, &encode(&merged))?;
        self.current = merged;
        Ok(self.current.clone())
    }

    /// Takes in another tab's save: `new_value` is the new text of this course's main key
    /// ([`StoreKeys::main`]), or `None` when that tab removed it.
    pub fn merge_external(&mut self, new_value: Option<&str>) -> ExternalChange {
        let Some(text) = new_value else {
            self.current = Progress::new(self.current.course.clone());
            return ExternalChange::Deleted(self.current.clone());
        };
        match self.read(text) {
            Ok(theirs) => {
                self.current = merge(&self.current, &theirs);
                ExternalChange::Merged(self.current.clone())
            }
            Err(reason) => ExternalChange::Ignored(reason),
        }
    }

    /// Removes this course's keys, and the keys from before keys were per course that do not
    /// hold another course's progress; nothing else (another course's, another site's).
    /// Returns how many keys were removed. The app must drop its own copy of the progress
    /// too: saving it again would write the deleted progress back.
    pub fn delete_all(&mut self) -> usize {
        let ours: Vec<String> = self
            .storage
            .keys()
            .into_iter()
            .filter(|key| self.keys.owns(key) || self.is_unclaimed_legacy(key))
            .collect();
        for key in &ours {
            self.storage.remove(key);
        }
        self.current = Progress::new(self.current.course.clone());
        self.newer_save_kept = false;
        ours.len()
    }

    /// Whether `key` was written before keys were named per course and is not another
    /// course's progress.
    fn is_unclaimed_legacy(&self, key: &str) -> bool {
        let legacy = key == LEGACY_MAIN_KEY
            || key == LEGACY_BACKUP_KEY
            || LEGACY_SET_ASIDE
                .iter()
                .any(|prefix| key.starts_with(prefix));
        let others = |text: String| matches!(decode(&text), Ok(progress) if progress.course != self.current.course);
        legacy && !self.storage.get(key).is_some_and(others)
    }

    /// Reads stored text; progress for another course counts as unreadable here.
    fn read(&self, text: &str) -> Result<Progress, ImportError> {
        let progress = decode(text)?;
        if progress.course != self.current.course {
            return Err(ImportError::OtherCourse {
                expected: self.current.course.clone(),
                found: progress.course,
            });
        }
        Ok(progress)
    }

    /// Copies `text` to a fresh set-aside key of this course and returns that key.
    fn set_aside(&mut self, text: &str, now_ms: u64) -> Result<String, WriteError> {
        let prefix = self.keys.corrupt_prefix();
        let existing = self.storage.keys();
        let kept_as = std::iter::once(format!("{prefix}{now_ms}"))
            .chain((2..).map(|n| format!("{prefix}{now_ms}-{n}")))
            .find(|candidate| !existing.contains(candidate))
            .expect("an unbounded sequence of keys has a free one");
        self.storage.set(&kept_as, text)?;
        Ok(kept_as)
    }
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::rc::Rc;

    use proptest::prelude::*;

    use super::*;
    use crate::key;
    use crate::progress::arbitrary::{self, any_progress};
    use crate::progress::codec::export;
    use crate::progress::memory::MemoryStore;
    use crate::progress::parse_import;
    use crate::quiz::Score;

    const COURSE: &str = "amane";
    const T0: u64 = 1_764_000_000_000;
    /// This course's keys.
    const MAIN: &str = "amane.amane.progress";
    const BACKUP: &str = "amane.amane.progress.backup";
    const CORRUPT: &str = "amane.amane.corrupt.";

    /// The ids of a course with no module, in three languages.
    fn ids() -> crate::progress::CourseIds {
        crate::progress::CourseIds {
            course: COURSE.into(),
            locales: ["fr", "ar", "ary"].map(String::from).into(),
            modules: Default::default(),
        }
    }

    /// One storage seen by several tabs, as `localStorage` is.
    #[derive(Clone, Default)]
    struct SharedStorage(Rc<RefCell<MemoryStore>>);

    impl KeyValue for SharedStorage {
        fn get(&self, key: &str) -> Option<String> {
            self.0.borrow().get(key)
        }
        fn set(&mut self, key: &str, value: &str) -> Result<(), WriteError> {
            self.0.borrow_mut().set(key, value)
        }
        fn remove(&mut self, key: &str) {
            self.0.borrow_mut().remove(key);
        }
        fn keys(&self) -> Vec<String> {
            self.0.borrow().keys()
        }
    }

    fn store_with(entries: &[(&str, &str)]) -> ProgressStore<MemoryStore> {
        let mut storage = MemoryStore::new();
        for (key, value) in entries {
            storage.set(key, value).unwrap();
        }
        ProgressStore::new(storage, COURSE)
    }

    fn read(step: &str, at: u64) -> Progress {
        let mut progress = Progress::new(COURSE);
        progress.mark_step_read("01-intro", step, at);
        progress
    }

    fn steps(progress: &Progress) -> Vec<&str> {
        progress
            .modules
            .values()
            .flat_map(|m| m.steps_read.iter().map(String::as_str))
            .collect()
    }

    #[test]
    fn a_first_visit_starts_empty() {
        let loaded = store_with(&[]).load(T0);
        assert_eq!(loaded.progress, Progress::new(COURSE));
        assert_eq!(loaded.notices, [LoadNotice::StartedEmpty]);
    }

    #[test]
    fn what_was_saved_is_there_on_the_next_visit() {
        let mut first_visit = store_with(&[]);
        first_visit.load(T0);
        let saved = first_visit.save(&read("why", T0)).unwrap();

        let mut next_visit = ProgressStore::new(first_visit.storage().clone(), COURSE);
        let loaded = next_visit.load(T0 + 1);
        assert_eq!(loaded.progress, saved);
        assert_eq!(loaded.notices, [LoadNotice::LoadedSave]);
        assert_eq!(loaded.banner_key(), None);
    }

    /// Chooses `code` at `now` as the app does: on the progress it has, then saved.
    fn choose(store: &mut ProgressStore<MemoryStore>, code: &str, now: u64) -> Progress {
        let mut next = store.progress().clone();
        next.set_locale(code, now);
        store.save(&next).unwrap()
    }

    #[test]
    fn a_new_language_choice_wins_even_after_the_clock_went_back() {
        let mut store = store_with(&[]);
        store.load(T0);
        choose(&mut store, "fr", T0);
        // The clock goes back an hour; Arabic ("ar" sorts before "fr") is chosen.
        assert_eq!(
            choose(&mut store, "ar", T0 - 3_600_000).locale_code(),
            Some("ar")
        );
        let mut next_visit = ProgressStore::new(store.storage().clone(), COURSE);
        assert_eq!(next_visit.load(T0).progress.locale_code(), Some("ar"));
    }

    #[test]
    fn a_choice_after_importing_a_file_dated_in_the_future_wins() {
        let mut store = store_with(&[]);
        store.load(T0);
        let mut other_device = Progress::new(COURSE);
        other_device.set_locale("fr", T0 + 365 * 24 * 3_600_000);
        let mut incoming = parse_import(export(&other_device).as_bytes(), &ids(), T0)
            .unwrap()
            .progress;
        incoming = merge(store.progress(), &incoming);
        store.save(&incoming).unwrap();
        assert_eq!(choose(&mut store, "ar", T0 + 1).locale_code(), Some("ar"));
    }

    #[test]
    fn each_save_keeps_the_previous_one_as_backup() {
        let mut store = store_with(&[]);
        store.load(T0);
        let first = store.save(&read("why", T0)).unwrap();
        store.save(&read("how", T0 + 1)).unwrap();
        let backup = store.storage().get(BACKUP).unwrap();
        assert_eq!(decode(&backup), Ok(first));
    }

    #[test]
    fn saving_unchanged_progress_keeps_the_older_backup() {
        let mut store = store_with(&[]);
        store.load(T0);
        let first = store.save(&read("why", T0)).unwrap();
        let second = store.save(&read("how", T0 + 1)).unwrap();
        store.save(&second).unwrap();
        let backup = store.storage().get(BACKUP).unwrap();
        assert_eq!(decode(&backup), Ok(first));
    }

    #[test]
    fn a_corrupt_save_is_set_aside_and_the_backup_loaded() {
        let backup = export(&read("why", T0));
        let garbage = "{\"format\":\"amane-progress\",\"vers";
        let mut store = store_with(&[(MAIN, garbage), (BACKUP, &backup)]);
        let loaded = store.load(T0 + 5);

        assert_eq!(steps(&loaded.progress), ["why"]);
        let kept_as = format!("{CORRUPT}{}", T0 + 5);
        let [LoadNotice::SetAside {
            copy: StoredCopy::Save,
            reason: ImportError::NotJson { .. },
            kept_as: Some(key),
        }, LoadNotice::LoadedBackup] = &loaded.notices[..]
        else {
            panic!("unexpected notices: {:?}", loaded.notices);
        };
        assert_eq!(*key, kept_as);
        assert_eq!(store.storage().get(&kept_as).as_deref(), Some(garbage));
        assert_eq!(loaded.banner_key(), Some(key!("storage-recovered")));
        let main = store.storage().get(MAIN).unwrap();
        assert_eq!(decode(&main), Ok(loaded.progress));
    }

    /// Storage that remembers which keys were removed.
    #[derive(Default)]
    struct RecordingRemovals {
        inner: MemoryStore,
        removed: Vec<String>,
    }

    impl KeyValue for RecordingRemovals {
        fn get(&self, key: &str) -> Option<String> {
            self.inner.get(key)
        }
        fn set(&mut self, key: &str, value: &str) -> Result<(), WriteError> {
            self.inner.set(key, value)
        }
        fn remove(&mut self, key: &str) {
            self.removed.push(key.to_owned());
            self.inner.remove(key);
        }
        fn keys(&self) -> Vec<String> {
            self.inner.keys()
        }
    }

    #[test]
    fn recovering_from_bad_data_never_looks_like_deleting_to_other_tabs() {
        let mut storage = RecordingRemovals::default();
        storage.set(MAIN, "not json").unwrap();
        let mut store = ProgressStore::new(storage, COURSE);
        store.load(T0);
        let newer = r#"{"format":"amane-progress","version":5,"course":"amane"}"#;
        store.storage.set(MAIN, newer).unwrap();
        assert_eq!(
            store.save(&read("why", T0 + 1)),
            Err(WriteError::NewerSaveKept)
        );
        assert!(!store.storage().removed.iter().any(|key| key == MAIN));
    }

    #[test]
    fn when_both_copies_are_corrupt_both_are_kept_and_the_learner_starts_over() {
        let mut store = store_with(&[(MAIN, "not json"), (BACKUP, "[]")]);
        let loaded = store.load(T0);
        assert_eq!(loaded.progress, Progress::new(COURSE));
        assert_eq!(loaded.notices.len(), 3);
        assert_eq!(loaded.notices[2], LoadNotice::StartedEmpty);
        assert_eq!(loaded.banner_key(), Some(key!("storage-unreadable")));
        let mut kept: Vec<String> = store
            .storage()
            .keys()
            .iter()
            .filter(|key| key.starts_with(CORRUPT))
            .filter_map(|key| store.storage().get(key))
            .collect();
        kept.sort();
        assert_eq!(kept, ["[]", "not json"]);
    }

    #[test]
    fn a_save_from_a_newer_amane_stays_untouched_and_nothing_is_written() {
        let newer = r#"{"format":"amane-progress","version":5,"course":"amane"}"#;
        let mut store = store_with(&[(MAIN, newer)]);
        let before = store.storage().keys();
        let loaded = store.load(T0);
        assert_eq!(loaded.banner_key(), Some(key!("storage-newer-version")));
        assert_eq!(
            store.save(&read("why", T0 + 1)),
            Err(WriteError::NewerSaveKept)
        );
        assert_eq!(store.storage().get(MAIN).as_deref(), Some(newer));
        assert_eq!(store.storage().keys(), before, "no key written");
        assert_eq!(
            steps(store.progress()),
            ["why"],
            "the visit's progress stays in memory"
        );
    }

    #[test]
    fn a_newer_save_written_by_another_tab_after_loading_stays_untouched_too() {
        let mut store = store_with(&[]);
        store.load(T0);
        let newer = r#"{"format":"amane-progress","version":5,"course":"amane"}"#;
        store.storage.set(MAIN, newer).unwrap();
        assert_eq!(
            store.save(&read("why", T0 + 1)),
            Err(WriteError::NewerSaveKept)
        );
        assert_eq!(store.storage().get(MAIN).as_deref(), Some(newer));
        assert_eq!(store.storage().get(BACKUP), None);
    }

    #[test]
    fn two_courses_on_one_site_keep_their_own_progress() {
        let shared = SharedStorage::default();
        let mut course_a = ProgressStore::new(shared.clone(), "course-a");
        course_a.load(T0);
        let mut a = Progress::new("course-a");
        a.mark_step_read("01-intro", "why", T0);
        course_a.save(&a).unwrap();
        let mut course_b = ProgressStore::new(shared.clone(), "course-b");
        let loaded = course_b.load(T0 + 1);
        assert_eq!(
            loaded.notices,
            [LoadNotice::StartedEmpty],
            "no banner, nothing set aside"
        );
        let mut b = Progress::new("course-b");
        b.mark_step_read("01-intro", "how", T0 + 1);
        course_b.save(&b).unwrap();
        let mut again = ProgressStore::new(shared.clone(), "course-a");
        assert_eq!(steps(&again.load(T0 + 2).progress), ["why"]);
        assert_eq!(course_b.delete_all(), 1);
        assert_eq!(
            steps(&again.load(T0 + 3).progress),
            ["why"],
            "B's deletion leaves A's"
        );
    }

    #[test]
    fn the_save_every_course_shared_moves_to_its_course_only() {
        let mut theirs = Progress::new("other-course");
        theirs.mark_step_read("01-intro", "why", T0);
        let mut store = store_with(&[(LEGACY_MAIN_KEY, &export(&theirs))]);
        store.load(T0);
        assert_eq!(
            store.storage().get(LEGACY_MAIN_KEY),
            Some(export(&theirs)),
            "left for its course"
        );
        assert_eq!(store.storage().get(MAIN), None);

        let mut ours = Progress::new(COURSE);
        ours.mark_step_read("01-intro", "how", T0);
        let mut store = store_with(&[(LEGACY_MAIN_KEY, &export(&ours))]);
        assert_eq!(steps(&store.load(T0).progress), ["how"]);
        assert_eq!(store.storage().get(LEGACY_MAIN_KEY), None, "moved");
        assert!(store.storage().get(MAIN).is_some());
    }

    #[test]
    fn a_copy_set_aside_by_another_course_can_be_restored() {
        let mut ours = Progress::new(COURSE);
        ours.mark_step_read("01-intro", "why", T0);
        let mut store = store_with(&[("amane.corrupt.1764000000000", &export(&ours))]);
        store.load(T0 + 1);
        let kept = store.kept_copies();
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].key, "amane.corrupt.1764000000000");
        let restored = store.restore(&kept[0].key).unwrap();
        assert_eq!(steps(&restored), ["why"]);
        assert!(store.kept_copies().is_empty());
        assert_eq!(store.storage().get("amane.corrupt.1764000000000"), None);
    }

    #[test]
    fn progress_of_another_course_on_the_same_site_is_not_mixed_in() {
        let other = export(&Progress::new("other-course"));
        let mut store = store_with(&[(MAIN, &other)]);
        let loaded = store.load(T0);
        assert_eq!(loaded.progress, Progress::new(COURSE));
        let kept_as = format!("{CORRUPT}{T0}");
        assert_eq!(store.storage().get(&kept_as), Some(other));
    }

    #[test]
    fn when_another_site_fills_the_storage_the_last_save_stays_intact() {
        let mut store = ProgressStore::new(MemoryStore::with_quota(2_000), COURSE);
        store.load(T0);
        let kept = store.save(&read("why", T0)).unwrap();
        let main_before = store.storage().get(MAIN).unwrap();
        let free = 2_000 - main_before.len() - MAIN.len();
        let filler = "x".repeat(free - "other.app".len());
        store.storage.set("other.app", &filler).unwrap();

        let mut bigger = kept.clone();
        for n in 0..20 {
            bigger.mark_step_read("02-passwords", &format!("step-{n}"), T0 + 1);
        }
        assert_eq!(store.save(&bigger), Err(WriteError::Quota));
        assert_eq!(store.storage().get(MAIN), Some(main_before));
        assert_eq!(store.progress(), &kept);

        let mut next_visit = ProgressStore::new(store.storage().clone(), COURSE);
        assert_eq!(next_visit.load(T0 + 2).progress, kept);
    }

    /// Storage the browser blocks: reads find nothing, writes fail.
    struct Blocked;

    impl KeyValue for Blocked {
        fn get(&self, _key: &str) -> Option<String> {
            None
        }
        fn set(&mut self, _key: &str, _value: &str) -> Result<(), WriteError> {
            Err(WriteError::Unavailable)
        }
        fn remove(&mut self, _key: &str) {}
        fn keys(&self) -> Vec<String> {
            Vec::new()
        }
    }

    #[test]
    fn blocked_storage_reports_each_save_as_not_saved() {
        let mut store = ProgressStore::new(Blocked, COURSE);
        assert_eq!(store.load(T0).notices, [LoadNotice::StartedEmpty]);
        let error = store.save(&read("why", T0)).unwrap_err();
        assert_eq!(error.key(), "storage-unavailable");
        assert_eq!(store.progress(), &Progress::new(COURSE));
    }

    #[test]
    fn two_tabs_saving_in_turn_keep_both_tabs_work() {
        let storage = SharedStorage::default();
        let mut tab_a = ProgressStore::new(storage.clone(), COURSE);
        let mut tab_b = ProgressStore::new(storage.clone(), COURSE);
        tab_a.load(T0);
        tab_b.load(T0);

        tab_a.save(&read("why", T0 + 1)).unwrap();
        let saved_by_b = tab_b.save(&read("how", T0 + 2)).unwrap();
        assert_eq!(steps(&saved_by_b), ["how", "why"]);

        let main = storage.get(MAIN);
        let change = tab_a.merge_external(main.as_deref());
        assert_eq!(change, ExternalChange::Merged(saved_by_b));
    }

    #[test]
    fn another_tabs_save_is_merged_not_taken_over() {
        let mut store = store_with(&[]);
        store.load(T0);
        store.save(&read("why", T0)).unwrap();
        let other_tab = export(&read("how", T0 + 1));
        let ExternalChange::Merged(merged) = store.merge_external(Some(&other_tab)) else {
            panic!("the other tab's save should be merged");
        };
        assert_eq!(steps(&merged), ["how", "why"]);
    }

    #[test]
    fn another_tab_deleting_everything_resets_this_tab() {
        let mut store = store_with(&[]);
        store.load(T0);
        store.save(&read("why", T0)).unwrap();
        assert_eq!(
            store.merge_external(None),
            ExternalChange::Deleted(Progress::new(COURSE))
        );
        assert_eq!(store.progress(), &Progress::new(COURSE));
    }

    #[test]
    fn an_unreadable_write_from_another_tab_changes_nothing_here() {
        let mut store = store_with(&[]);
        store.load(T0);
        let saved = store.save(&read("why", T0)).unwrap();
        let change = store.merge_external(Some("{oops"));
        assert!(matches!(
            change,
            ExternalChange::Ignored(ImportError::NotJson { .. })
        ));
        assert_eq!(store.progress(), &saved);
    }

    #[test]
    fn deleting_my_data_removes_every_amane_key_and_nothing_else() {
        let foreign = [
            "amane",
            "amane-other.progress",
            "amaneprogress",
            "other.app",
            "x.amane.progress",
        ];
        let mut store = store_with(&foreign.map(|key| (key, "theirs")));
        store.load(T0);
        store.save(&read("why", T0)).unwrap();
        store.save(&read("how", T0 + 1)).unwrap();
        store.storage.set(&format!("{CORRUPT}{T0}"), "old").unwrap();

        assert_eq!(store.delete_all(), 3);
        assert_eq!(store.storage().keys(), foreign);
        assert_eq!(store.progress(), &Progress::new(COURSE));
        assert_eq!(store.load(T0 + 2).notices, [LoadNotice::StartedEmpty]);
    }

    #[test]
    fn a_version_1_save_is_read_and_rewritten_in_the_current_version() {
        let v1 = r#"{"format":"amane-progress","version":1,"course":"amane",
            "modules":{"01-intro":{"read":["why"],"scores":{}}}}"#;
        let mut store = store_with(&[(MAIN, v1)]);
        let loaded = store.load(T0);
        assert_eq!(steps(&loaded.progress), ["why"]);
        store.save(&read("how", T0)).unwrap();
        assert_eq!(store.storage().get(BACKUP).as_deref(), Some(v1));
        assert!(store.storage().get(MAIN).unwrap().contains("\"version\":4"));
    }

    #[test]
    fn a_quiz_score_saved_is_the_best_one() {
        let mut store = store_with(&[]);
        store.load(T0);
        let mut progress = Progress::new(COURSE);
        progress.record_quiz(
            "01-intro",
            "check",
            Score {
                earned: 200,
                max: 200,
            },
            T0,
        );
        store.save(&progress).unwrap();
        let mut worse = Progress::new(COURSE);
        worse.record_quiz(
            "01-intro",
            "check",
            Score {
                earned: 0,
                max: 200,
            },
            T0 + 1,
        );
        let saved = store.save(&worse).unwrap();
        assert_eq!(saved.modules["01-intro"].quiz_best["check"].earned, 200);
    }

    /// One step of two tabs sharing a storage: a tab saves some progress, or receives the
    /// `storage` event for the other tab's last save.
    #[derive(Clone, Debug)]
    enum TabStep {
        Save(usize, Progress),
        ReceiveEvent(usize),
    }

    fn any_tab_step() -> impl Strategy<Value = TabStep> {
        prop_oneof![
            (0..2usize, any_progress()).prop_map(|(tab, p)| TabStep::Save(tab, p)),
            (0..2usize).prop_map(TabStep::ReceiveEvent),
        ]
    }

    /// The main key of the course the tabs save.
    fn tabs_main() -> String {
        StoreKeys::for_course(arbitrary::COURSE).main()
    }

    fn run_tabs(storage: &SharedStorage, steps: &[TabStep]) -> Vec<Progress> {
        let mut tabs: Vec<_> = (0..2)
            .map(|_| ProgressStore::new(storage.clone(), arbitrary::COURSE))
            .collect();
        for tab in &mut tabs {
            tab.load(T0);
        }
        let mut saved = Vec::new();
        for step in steps {
            match step {
                TabStep::Save(tab, progress) => {
                    let on_screen = merge(tabs[*tab].progress(), progress);
                    if tabs[*tab].save(&on_screen).is_ok() {
                        saved.push(progress.clone());
                    }
                }
                TabStep::ReceiveEvent(tab) => {
                    tabs[*tab].merge_external(storage.get(&tabs_main()).as_deref());
                }
            }
        }
        saved
    }

    proptest! {
        #[test]
        fn two_tabs_in_any_order_lose_nothing_either_saved(
            steps in prop::collection::vec(any_tab_step(), 0..12)
        ) {
            let storage = SharedStorage::default();
            let saved = run_tabs(&storage, &steps);
            let everything = saved
                .iter()
                .fold(Progress::new(arbitrary::COURSE), |all, p| merge(&all, p));
            let main = storage
                .get(&tabs_main())
                .map_or(Ok(Progress::new(arbitrary::COURSE)), |text| decode(&text));
            prop_assert_eq!(main, Ok(everything));
        }

        #[test]
        fn with_a_full_storage_the_save_is_always_readable_and_holds_every_saved_step(
            steps in prop::collection::vec(any_tab_step(), 0..12),
            quota in 0..3_000usize,
        ) {
            let storage = SharedStorage(Rc::new(RefCell::new(MemoryStore::with_quota(quota))));
            let saved = run_tabs(&storage, &steps);
            if let Some(text) = storage.get(&tabs_main()) {
                let main = decode(&text).expect("the main save stays readable");
                for progress in &saved {
                    prop_assert_eq!(&merge(&main, progress), &main);
                }
            } else {
                prop_assert!(saved.is_empty());
            }
        }
    }
}
