//! The current language as context, text that follows it, and the locale files it needs:
//! the app starts once the start language's files are there, and a switch waits for the new
//! language's files before the text changes (never a raw key on screen).

use crate::ui::content::{fetch_course, keep_started_course};
use crate::web::fetch::fetch_texts;
use crate::web::language::{self, StartLanguage};
use amane_core::i18n::{negotiate, Arg, Catalog, Languages, Locale, Localizer, MessageKey};
use leptos::prelude::*;
use std::cell::Cell;

thread_local! {
    /// The language the page started in, once its files are there ([`start`]).
    static STARTED: Cell<Option<Started>> = const { Cell::new(None) };
}

/// The language the page started in, and whether the progress does not hold it yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Started {
    /// The language.
    locale: Locale,
    /// Chosen on index.html's own picker, not saved in the progress yet.
    chosen: bool,
}

/// Reads the course's languages from its manifest and downloads the files of the language the
/// page starts in (the one index.html's start-up script found or had the learner choose, if
/// the course has it, else the browser's), then runs `mount`. The manifest and the files were
/// requested by the start-up script already, so this waits for no extra round trip. When no
/// file of that language or its fallbacks arrives, the page says the start failed instead.
pub fn start(mount: impl FnOnce() + 'static) {
    language::run(async move {
        let course = fetch_course().await;
        let start = language::start_language().await;
        let catalog = Catalog::shipped();
        catalog.declare(match &course {
            Ok(course) => course.languages.clone(),
            Err(_) => course_unreadable_languages(start.as_ref()),
        });
        keep_started_course(course);
        let languages = catalog.languages().expect("declared above");
        let from_page = start.as_ref().and_then(|s| languages.find(&s.code));
        let locale = from_page.unwrap_or_else(|| browser_language(languages));
        let chosen = from_page.is_some() && start.is_some_and(|s: StartLanguage| s.chosen);
        download(locale).await;
        if catalog
            .chain(locale)
            .iter()
            .all(|l| !catalog.has_locale(*l))
        {
            language::show_start_failed();
            return;
        }
        STARTED.set(Some(Started { locale, chosen }));
        mount();
    });
}

/// The languages to show a course whose manifest cannot be read in (its error is shown then):
/// the start-up script's language, else French, the programme's common language.
fn course_unreadable_languages(start: Option<&StartLanguage>) -> Languages {
    let code = start.map_or("fr", |s| s.code.as_str());
    Languages::plain(&[code])
        .or_else(|| Languages::plain(&["fr"]))
        .expect("a well-formed code")
}

/// The language the browser prefers among the course's.
fn browser_language(languages: &Languages) -> Locale {
    let preferred = crate::web::dom::browser_languages();
    let preferred: Vec<&str> = preferred.iter().map(String::as_str).collect();
    negotiate(languages, &preferred)
}

/// The language the page started in (the first of the course's before [`start`] ran).
pub fn started_locale() -> Locale {
    STARTED.get().map(|s| s.locale).unwrap_or_else(|| {
        Catalog::shipped()
            .languages()
            .map_or_else(|| Locale::of("fr"), Languages::first)
    })
}

/// The course's languages, as the manifest declares them (declared by [`start`]).
pub fn languages() -> Option<&'static Languages> {
    Catalog::shipped().languages()
}

/// The value of the `dir` attribute for text in `locale`.
pub fn dir_of(locale: Locale) -> &'static str {
    languages().map_or("ltr", |l| l.dir(locale))
}

/// Adds to the shipped catalog the files `locale` still needs (itself and its fallbacks),
/// downloaded together; a file that does not arrive is left out.
async fn download(locale: Locale) {
    let catalog = Catalog::shipped();
    let missing = catalog.missing(locale);
    let urls: Vec<String> = missing.iter().map(|l| l.ftl_path()).collect();
    for (needed, text) in missing.into_iter().zip(fetch_texts(&urls).await) {
        if let Ok(text) = text {
            catalog.add(needed, text);
        }
    }
}

/// The chosen language; every text read through it updates when it changes.
#[derive(Clone, Copy)]
pub struct I18n {
    /// The language the text is in.
    locale: RwSignal<Locale>,
    /// A language asked for whose files are still downloading.
    arriving: RwSignal<Option<Locale>>,
    /// A language asked for whose files could not be downloaded.
    failed: RwSignal<Option<Locale>>,
}

impl I18n {
    /// Provides the language context: the language the page started in, or `locale` when it
    /// did not start through [`start`] (components mounted on their own).
    pub fn provide(locale: Locale) -> Self {
        let started = STARTED.get().map_or(locale, |s| s.locale);
        let i18n = I18n {
            locale: RwSignal::new(started),
            arriving: RwSignal::new(None),
            failed: RwSignal::new(None),
        };
        provide_context(i18n);
        i18n
    }

    /// The language chosen on index.html's own picker before the app started, which the
    /// progress does not hold yet; taken once.
    pub fn take_chosen_before_start(self) -> Option<Locale> {
        let started = STARTED.get().filter(|s| s.chosen)?;
        STARTED.set(Some(Started {
            chosen: false,
            ..started
        }));
        Some(started.locale)
    }

    /// The current language (tracked).
    pub fn locale(self) -> Locale {
        self.locale.get()
    }

    /// The current language, without tracking (for event handlers).
    pub fn locale_untracked(self) -> Locale {
        self.locale.get_untracked()
    }

    /// A language asked for whose files are still downloading (tracked).
    pub fn arriving(self) -> Option<Locale> {
        self.arriving.get()
    }

    /// A language asked for whose files could not be downloaded (tracked).
    pub fn failed(self) -> Option<Locale> {
        self.failed.get()
    }

    /// Switches language; pages keep their place because the route does not change. When
    /// the language's files are not there yet, they are downloaded first and the text
    /// changes when they arrive (the latest choice wins).
    pub fn set(self, locale: Locale) {
        self.failed.set(None);
        if Catalog::shipped().missing(locale).is_empty() {
            self.arriving.set(None);
            language::set_arriving(false);
            self.locale.set(locale);
            return;
        }
        self.arriving.set(Some(locale));
        language::set_arriving(true);
        leptos::task::spawn_local(async move {
            download(locale).await;
            if self.arriving.get_untracked() != Some(locale) {
                return;
            }
            self.arriving.set(None);
            language::set_arriving(false);
            if Catalog::shipped().has_locale(locale) {
                self.locale.set(locale);
            } else {
                self.failed.set(Some(locale));
            }
        });
    }

    /// A message in the current language (tracked).
    pub fn t(self, key: MessageKey) -> String {
        Localizer::new(self.locale()).t(key.as_str())
    }

    /// A percentage in the current language's way (tracked): see [`Localizer::percent`].
    pub fn percent(self, percent: f64) -> String {
        Localizer::new(self.locale()).percent(percent)
    }

    /// A message with arguments in the current language (tracked).
    pub fn t_args(self, key: MessageKey, args: &[(&str, Arg<'_>)]) -> String {
        Localizer::new(self.locale()).t_args(key.as_str(), args)
    }
}

/// The language context.
pub fn use_i18n() -> I18n {
    expect_context()
}

/// A message that follows the language, for use in views: `{tr(key!("lesson-next"))}`.
pub fn tr(key: MessageKey) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || i18n.t(key)
}
