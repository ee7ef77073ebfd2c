//! Course content loaded at runtime: the manifest once, each module once per language
//! (parsed once, then kept), with the ary → ar → fr fallback for missing translations.

use crate::web::fetch::{fetch_text, FetchError};
use amane_core::check::{GUIDE_FOLDER, GUIDE_ID, PARENTS_FOLDER, PARENTS_ID};
use amane_core::content::{parse_course, parse_module, Course, Diagnostic, Module};
use amane_core::i18n::Locale;
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;

/// Why content could not be shown.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadFailure {
    /// The file could not be fetched.
    Fetch(FetchError),
    /// The manifest has errors (`file:line:col: message` each).
    Invalid(Vec<Diagnostic>),
}

/// A module as shown: the text, the language it is actually in, and its diagnostics.
#[derive(Debug, PartialEq)]
pub struct LoadedModule {
    /// The parsed module.
    pub module: Module,
    /// The language of this text (differs from the chosen one after a fallback).
    pub locale: Locale,
    /// Problems found while parsing (malformed blocks are also shown in place).
    pub diagnostics: Vec<Diagnostic>,
}

/// Shared access to the course content.
#[derive(Clone, Copy)]
pub struct Content {
    /// The manifest, fetched once at start.
    pub course: LocalResource<Result<Arc<Course>, LoadFailure>>,
    cache: StoredValue<HashMap<(String, Locale), Arc<LoadedModule>>>,
}

impl Content {
    /// Starts loading the manifest and provides the content context.
    pub fn provide() -> Self {
        let content = Content {
            course: LocalResource::new(load_course),
            cache: StoredValue::new(HashMap::new()),
        };
        provide_context(content);
        content
    }

    /// The help page (`content/help/<locale>.md`, written like a module).
    pub async fn help(self, locale: Locale) -> Result<Arc<LoadedModule>, LoadFailure> {
        fetch_module("content/help", "help", locale)
            .await
            .map(Arc::new)
    }

    /// The case guide (`content/guide/<locale>.md`, written like a module); never kept, so
    /// closing it leaves nothing of it in memory.
    pub async fn guide(self, locale: Locale) -> Result<Arc<LoadedModule>, LoadFailure> {
        fetch_module(&format!("content/{GUIDE_FOLDER}"), GUIDE_ID, locale)
            .await
            .map(Arc::new)
    }

    /// The parents' session (`content/plans/parents/<locale>.md`, written like a module).
    pub async fn parents(self, locale: Locale) -> Result<Arc<LoadedModule>, LoadFailure> {
        fetch_module(&format!("content/{PARENTS_FOLDER}"), PARENTS_ID, locale)
            .await
            .map(Arc::new)
    }

    /// The final assessment (`content/assessment/<locale>.md`, written like a module).
    pub async fn assessment(self, locale: Locale) -> Result<Arc<LoadedModule>, LoadFailure> {
        fetch_module("content/assessment", "assessment", locale)
            .await
            .map(Arc::new)
    }

    /// The module `id` in `locale` (or its fallback), fetched and parsed at most once.
    pub async fn module(
        self,
        id: String,
        locale: Locale,
    ) -> Result<Arc<LoadedModule>, LoadFailure> {
        let key = (id.clone(), locale);
        if let Some(hit) = self.cache.with_value(|c| c.get(&key).cloned()) {
            return Ok(hit);
        }
        let folder = if id == GUIDE_ID {
            format!("content/{GUIDE_FOLDER}")
        } else {
            format!("content/modules/{id}")
        };
        let loaded = Arc::new(fetch_module(&folder, &id, locale).await?);
        self.cache.update_value(|c| {
            c.insert(key, loaded.clone());
        });
        Ok(loaded)
    }
}

/// The content context.
pub fn use_content() -> Content {
    expect_context()
}

/// A module loading in the current language (`None` while loading).
pub type ModuleLoad = LocalResource<Result<Arc<LoadedModule>, LoadFailure>>;

/// Starts loading module `id` in the current language; it loads again when the language changes.
pub fn use_module(id: String) -> ModuleLoad {
    let content = use_content();
    let i18n = crate::ui::i18n::use_i18n();
    LocalResource::new(move || content.module(id.clone(), i18n.locale()))
}

/// Every module of the course in the current language, one load each, started at once.
pub type ModuleLoads = Vec<ModuleLoad>;

/// Starts loading every module of `course` (each follows the language).
pub fn use_modules(course: &Course) -> ModuleLoads {
    course.modules.iter().cloned().map(use_module).collect()
}

/// The loaded modules (tracked): `None` while loading, the first failure if any failed.
pub fn loaded_modules(loads: &ModuleLoads) -> Option<Result<Vec<Arc<LoadedModule>>, LoadFailure>> {
    let mut modules = Vec::with_capacity(loads.len());
    for load in loads {
        match load.get()? {
            Ok(module) => modules.push(module),
            Err(failure) => return Some(Err(failure)),
        }
    }
    Some(Ok(modules))
}

thread_local! {
    /// The manifest as the start read it, for the content context to take once.
    static STARTED_COURSE: std::cell::RefCell<Option<Result<Arc<Course>, LoadFailure>>> =
        const { std::cell::RefCell::new(None) };
}

/// Keeps the manifest the start read, so the content context does not fetch it again.
pub fn keep_started_course(course: Result<Arc<Course>, LoadFailure>) {
    STARTED_COURSE.set(Some(course));
}

/// The manifest the start read, else fetched now.
async fn load_course() -> Result<Arc<Course>, LoadFailure> {
    match STARTED_COURSE.take() {
        Some(course) => course,
        None => fetch_course().await,
    }
}

/// Fetches and parses `content/course.toml` (the start reads its languages first).
pub async fn fetch_course() -> Result<Arc<Course>, LoadFailure> {
    let file = "content/course.toml";
    let text = fetch_text(file).await.map_err(LoadFailure::Fetch)?;
    parse_course(file, &text)
        .map(Arc::new)
        .map_err(LoadFailure::Invalid)
}

/// Fetches `<dir>/<locale>.md`, the first available language of `locale`'s fallback chain,
/// and parses it as module `id`.
async fn fetch_module(dir: &str, id: &str, locale: Locale) -> Result<LoadedModule, LoadFailure> {
    let mut last = FetchError::Network;
    for candidate in amane_core::i18n::Catalog::shipped().chain(locale) {
        let file = format!("{dir}/{}.md", candidate.code());
        match fetch_text(&file).await {
            Ok(text) => {
                let parsed = parse_module(&file, id, candidate.code(), &text);
                if parsed.module.steps.is_empty() && !parsed.diagnostics.is_empty() {
                    return Err(LoadFailure::Invalid(parsed.diagnostics));
                }
                return Ok(LoadedModule {
                    module: parsed.module,
                    locale: candidate,
                    diagnostics: parsed.diagnostics,
                });
            }
            Err(FetchError::Status(404)) => last = FetchError::Status(404),
            Err(other) => return Err(LoadFailure::Fetch(other)),
        }
    }
    Err(LoadFailure::Fetch(last))
}
