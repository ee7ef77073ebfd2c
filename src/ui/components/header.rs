//! The header: course title, navigation, language switcher and the quick exit.

use crate::ui::components::quick_exit::QuickExit;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::learner::use_learner;
use amane_core::content::Course;
use amane_core::key;
use amane_core::screen::course_title;
use leptos::prelude::*;
use std::sync::Arc;

/// The header shown on every page.
#[component]
pub fn Header(
    /// The course (title per language, quick-exit address).
    course: Arc<Course>,
) -> impl IntoView {
    let i18n = use_i18n();
    let exit_url = course.quick_exit_url.clone();
    view! {
        <header class="top">
            <QuickExit url=exit_url />
            <a class="brand" href="#/">
                {move || course_title(&course, i18n.locale())}
            </a>
            <nav aria-label=tr(key!("header-menu"))>
                <a href="#/">{tr(key!("header-home"))}</a>
                <a href="#/help">{tr(key!("header-help"))}</a>
                <a href="#/my-data">{tr(key!("header-my-data"))}</a>
                <a class="nav-trainer" href="#/trainer">
                    {tr(key!("header-trainer"))}
                </a>
            </nav>
            <LanguageSwitch />
        </header>
    }
}

/// A language menu; each language is written in its own script.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let learner = use_learner();
    let course = expect_context::<Arc<Course>>();
    let languages = course.languages.clone();
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(locale) = languages.find(&event_target_value(&ev)) {
            i18n.set(locale);
            learner.set_locale(locale.code());
        }
    };
    view! {
        <label class="language">
            <span>{tr(key!("header-language"))}</span>
            <select on:change=on_change prop:value=move || i18n.locale().code().to_owned()>
                {course
                    .languages
                    .all()
                    .iter()
                    .map(|l| {
                        let code = l.locale.to_string();
                        view! {
                            <option value=code.clone() lang=code dir=l.direction.as_str()>
                                {l.name.clone()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
