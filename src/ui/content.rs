//! Course content loaded at runtime: the manifest once, the course map and each module once
//! per language (parsed once, then kept), with the ary → ar → fr fallback for missing
//! translations. A module takes its title, summary and minutes from the map of the language
//! it was loaded in.

use crate::web::fetch::{fetch_text, FetchError};
use amane_core::check::{GUIDE_FOLDER, GUIDE_ID, PARENTS_FOLDER, PARENTS_ID};
use amane_core::content::{
    map_path, parse_course, parse_map, parse_module, parse_page, Course, CourseMap, Diagnostic,
    Module, ParsedModule,
};
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

/// The course map in the language it was found in (after the fallback).
#[derive(Debug, PartialEq)]
pub struct LoadedMap {
    /// Each module's title, summary and minutes.
    pub map: CourseMap,
    /// The language of the map's text.
    pub locale: Locale,
}

/// Shared access to the course content.
#[derive(Clone, Copy)]
pub struct Content {
    /// The manifest, fetched once at start.
    pub course: LocalResource<Result<Arc<Course>, LoadFailure>>,
    cache: StoredValue<HashMap<(String, Locale), Arc<LoadedModule>>>,
    maps: StoredValue<HashMap<Locale, Arc<LoadedMap>>>,
}

impl Content {
    /// Starts loading the manifest and provides the content context.
    pub fn provide() -> Self {
        let content = Content {
            course: LocalResource::new(load_course),
            cache: StoredValue::new(HashMap::new()),
            maps: StoredValue::new(HashMap::new()),
        };
        provide_context(content);
        content
    }

    /// The help page (`content/help/<locale>.md`, written like a module).
    pub async fn help(self, locale: Locale) -> Result<Arc<LoadedModule>, LoadFailure> {
        fetch_page("content/help", "help", locale)
            .await
            .map(Arc::new)
    }

    /// The case guide (`content/guide/<locale>.md`, written like a module); never kept, so
    /// closing it leaves nothing of it in memory.
    pub async fn guide(self, locale: Locale) -> Result<Arc<LoadedModule>, LoadFailure> {
        fetch_page(&format!("content/{GUIDE_FOLDER}"), GUIDE_ID, locale)
            .await
            .map(Arc::new)
    }

    /// The parents' session (`content/plans/parents/<locale>.md`, written like a module).
    pub async fn parents(self, locale: Locale) -> Result<Arc<LoadedModule>, LoadFailure> {
        fetch_page(&format!("content/{PARENTS_FOLDER}"), PARENTS_ID, locale)
            .await
            .map(Arc::new)
    }

    /// The final assessment (`content/assessment/<locale>.md`, written like a module).
    pub async fn assessment(self, locale: Locale) -> Result<Arc<LoadedModule>, LoadFailure> {
        fetch_page("content/assessment", "assessment", locale)
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
        let loaded = if id == GUIDE_ID {
            fetch_page(&format!("content/{GUIDE_FOLDER}"), &id, locale).await?
        } else {
            let folder = format!("content/modules/{id}");
            let mut loaded = fetch_text_of(&folder, &id, locale, parse_module).await?;
            let map = self.map(loaded.locale).await?;
            loaded.module.place_on_map(&map.map);
            loaded
        };
        let loaded = Arc::new(loaded);
        self.cache.update_value(|c| {
            c.insert(key, loaded.clone());
        });
        Ok(loaded)
    }
}

impl Content {
    /// The course map in `locale` (or its fallback), fetched and parsed at most once; a map
    /// with problems still gives the entries it could read (the checker reports the rest).
    pub async fn map(self, locale: Locale) -> Result<Arc<LoadedMap>, LoadFailure> {
        if let Some(hit) = self.maps.with_value(|m| m.get(&locale).cloned()) {
            return Ok(hit);
        }
        let (text, found) = fetch_first("content", locale, map_path).await?;
        let file = format!("content/{}", map_path(found.code()));
        let loaded = Arc::new(LoadedMap {
            map: parse_map(&file, &text).map,
            locale: found,
        });
        self.maps.update_value(|m| {
            m.insert(locale, loaded.clone());
        });
        Ok(loaded)
    }
}

/// The course maps that place every module of `course` in the current language: that
/// language's map, then the maps of its fallback languages only while a module is missing
/// from the maps so far (a module not yet translated shows in the language it is read in).
/// It loads again when the language changes.
pub fn use_course_maps(course: &Course) -> LocalResource<Result<Vec<Arc<LoadedMap>>, LoadFailure>> {
    let content = use_content();
    let i18n = crate::ui::i18n::use_i18n();
    let modules = course.modules.clone();
    LocalResource::new(move || {
        let modules = modules.clone();
        async move {
            let locale = i18n.locale();
            let mut maps: Vec<Arc<LoadedMap>> = Vec::new();
            for candidate in amane_core::i18n::Catalog::shipped().chain(locale) {
                let placed = |id: &String| maps.iter().any(|m| m.map.entries.contains_key(id));
                if !maps.is_empty() && modules.iter().all(placed) {
                    break;
                }
                match content.map(candidate).await {
                    Ok(map) if maps.iter().all(|m| m.locale != map.locale) => maps.push(map),
                    Ok(_) => {}
                    Err(failure) if maps.is_empty() => return Err(failure),
                    Err(_) => break,
                }
            }
            Ok(maps)
        }
    })
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

/// Fetches the page `<dir>/<locale>.md` (help, guide, parents' session, assessment) in the
/// first available language of `locale`'s fallback chain, and parses it as page `id`.
async fn fetch_page(dir: &str, id: &str, locale: Locale) -> Result<LoadedModule, LoadFailure> {
    fetch_text_of(dir, id, locale, parse_page).await
}

/// Fetches `<dir>/<locale>.md`, the first available language of `locale`'s fallback chain,
/// and reads it with `parse` as `id`.
async fn fetch_text_of(
    dir: &str,
    id: &str,
    locale: Locale,
    parse: fn(&str, &str, &str, &str) -> ParsedModule,
) -> Result<LoadedModule, LoadFailure> {
    let (text, found) = fetch_first(dir, locale, |code| format!("{code}.md")).await?;
    let file = format!("{dir}/{}.md", found.code());
    let parsed = parse(&file, id, found.code(), &text);
    if parsed.module.steps.is_empty() && !parsed.diagnostics.is_empty() {
        return Err(LoadFailure::Invalid(parsed.diagnostics));
    }
    Ok(LoadedModule {
        module: parsed.module,
        locale: found,
        diagnostics: parsed.diagnostics,
    })
}

/// The text of `<dir>/<name(code)>` in the first language of `locale`'s fallback chain that
/// has the file, and that language.
async fn fetch_first(
    dir: &str,
    locale: Locale,
    name: impl Fn(&str) -> String,
) -> Result<(String, Locale), LoadFailure> {
    let mut last = FetchError::Network;
    for candidate in amane_core::i18n::Catalog::shipped().chain(locale) {
        match fetch_text(&format!("{dir}/{}", name(candidate.code()))).await {
            Ok(text) => return Ok((text, candidate)),
            Err(FetchError::Status(404)) => last = FetchError::Status(404),
            Err(other) => return Err(LoadFailure::Fetch(other)),
        }
    }
    Err(LoadFailure::Fetch(last))
}
