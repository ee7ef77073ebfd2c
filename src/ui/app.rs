//! The application shell: waits for the manifest, then header, banners and the current page.

use crate::ui::components::header::Header;
use crate::ui::components::notice::{LoadError, StorageBanner};
use crate::ui::components::offline::OfflineBanner;
use crate::ui::content::{use_content, Content};
use crate::ui::heading_focus::HeadingFocus;
use crate::ui::i18n::{dir_of, started_locale, tr, use_i18n, I18n};
use crate::ui::learner::Learner;
use crate::ui::pages;
use crate::ui::router::use_route;
use crate::web::dom;
use amane_core::content::Course;
use amane_core::key;
use amane_core::route::Route;
use amane_core::screen::course_title;
use leptos::prelude::*;
use std::sync::Arc;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    // The page's own "loading" (index.html) gives way to the app's.
    dom::remove("#boot-loading");
    let i18n = I18n::provide(started_locale());
    let content = Content::provide();
    Effect::new(move |_| {
        let locale = i18n.locale();
        dom::set_document_language(locale.code(), dir_of(locale));
    });
    move || match content.course.get() {
        None => view! {
            <p class="loading" role="status">
                {tr(key!("app-loading"))}
            </p>
        }
        .into_any(),
        Some(Err(failure)) => view! {
            <main id="main" tabindex="-1">
                <LoadError failure=failure title=key!("content-course-failed") />
            </main>
        }
        .into_any(),
        Some(Ok(course)) => view! { <CourseApp course=course /> }.into_any(),
    }
}

/// The app once the manifest is known.
#[component]
fn CourseApp(course: Arc<Course>) -> impl IntoView {
    let i18n = use_i18n();
    let learner = Learner::provide(&course.id);
    connect_lms(learner);
    let chosen = learner.with(|p| p.locale_code().and_then(|c| course.languages.find(c)));
    if let Some(locale) = chosen {
        i18n.set(locale);
    }
    let has_chosen = Memo::new(move |_| learner.with(|p| p.locale.is_some()));
    provide_context(course.clone());
    let route = use_route();
    let title = course.clone();
    Effect::new(move |_| {
        let locale = i18n.locale();
        dom::set_title(&course_title(&title, locale));
    });
    let heading_focus = HeadingFocus::provide();
    Effect::new(move |previous: Option<Route>| {
        let now = route.get();
        if previous.is_some_and(|p| p != now) {
            heading_focus.request();
        }
        now
    });
    let _ = use_content();
    view! {
        <button class="skip-link" on:click=|_| dom::focus("main h1")>
            {tr(key!("app-skip-to-content"))}
        </button>
        <Header course=course.clone() />
        <StorageBanner />
        <OfflineBanner />
        <main id="main" tabindex="-1" data-route=move || route_name(&route.get())>
            {move || {
                if has_chosen.get() {
                    pages::page(route.get())
                } else {
                    pages::language::first_visit()
                }
            }}
        </main>
    }
}

/// A short name of the route, on `<main data-route>` (for styles and tests).
fn route_name(route: &Route) -> &'static str {
    match route {
        Route::Home => "home",
        Route::Step { .. } => "step",
        Route::Summary { .. } => "summary",
        Route::Help => "help",
        Route::Guide => "guide",
        Route::Language => "language",
        Route::MyData => "my-data",
        Route::Certificate => "certificate",
        Route::Assessment => "assessment",
        Route::Trainer => "trainer",
        Route::TrainerResults => "trainer-results",
        Route::Author => "author",
        Route::SessionPlan { .. } => "session-plan",
        Route::Present { .. } => "present",
        Route::Presenter { .. } => "presenter",
        Route::NotFound(_) => "not-found",
    }
}

/// Inside a SCORM package whose platform provides the API, downloads the bridge (its own
/// chunk) and connects the learner's progress to the platform; elsewhere does nothing.
fn connect_lms(learner: Learner) {
    let Some(api) = crate::web::lms::find_api() else {
        return;
    };
    leptos::task::spawn_local_scoped(async move {
        if crate::ui::chunks::connect_lms(api, learner).await.is_err() {
            crate::web::lms::warn(
                "Amane: the LMS bridge could not be downloaded; progress stays on this device",
            );
        }
    });
}
