//! Choosing a language: on the first visit, and from `#/language`.

use crate::ui::i18n::{tr, use_i18n};
use crate::ui::learner::use_learner;
use crate::web::{dom, language};
use amane_core::content::Course;
use amane_core::i18n::Locale;
use amane_core::key;
use leptos::prelude::*;
use std::sync::Arc;

/// The course's languages as large buttons, each written in its own script.
#[component]
pub fn LanguagePage() -> impl IntoView {
    let i18n = use_i18n();
    let learner = use_learner();
    let choose = move |l: Locale| {
        let first_visit = learner.with_untracked(|p| p.locale.is_none());
        i18n.set(l);
        learner.set_locale(l.code());
        if first_visit {
            request_animation_frame(|| dom::focus("main h1"));
        }
    };
    let chosen = move || i18n.arriving().unwrap_or_else(|| i18n.locale());
    let course = expect_context::<Arc<Course>>();
    view! {
        <h1 tabindex="-1">{tr(key!("language-title"))}</h1>
        <p>{tr(key!("language-intro"))}</p>
        <ul class="language-picker">
            {course
                .languages
                .all()
                .iter()
                .map(|language| {
                    let l = language.locale;
                    view! {
                        <li>
                            <button
                                lang=l.to_string()
                                dir=language.direction.as_str()
                                aria-pressed=move || (chosen() == l).to_string()
                                on:click=move |_| choose(l)
                            >
                                {language.name.clone()}
                            </button>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <Show when=move || i18n.arriving().is_some()>
            <p class="loading" role="status">
                {tr(key!("app-loading"))}
            </p>
        </Show>
        <Show when=move || i18n.failed().is_some()>
            <p class="language-failed" role="alert">
                {tr(key!("language-download-failed"))}
            </p>
        </Show>
        <p class="hint">{tr(key!("language-change-later"))}</p>
    }
}

/// What shows instead of any page until a language is chosen: the picker, or, when the
/// learner chose on index.html's own picker before the app started, nothing more to choose
/// (the choice is saved in the progress and the page follows).
pub fn first_visit() -> AnyView {
    let i18n = use_i18n();
    let Some(locale) = i18n.take_chosen_before_start() else {
        return view! { <LanguagePage /> }.into_any();
    };
    let learner = use_learner();
    Effect::new(move |_| {
        learner.set_locale(locale.code());
        language::forget_chosen(&learner.with_untracked(|p| p.course.clone()));
        request_animation_frame(|| dom::focus("main h1"));
    });
    view! {
        <p class="loading" role="status">
            {tr(key!("app-loading"))}
        </p>
    }
    .into_any()
}
