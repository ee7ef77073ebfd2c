//! Choosing a language: on the first visit, and from `#/language`.

use crate::ui::i18n::{tr, use_i18n};
use crate::ui::learner::use_learner;
use crate::web::dom;
use amane_core::i18n::Locale;
use amane_core::key;
use leptos::prelude::*;

/// The three languages as large buttons, each written in its own script.
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
    view! {
        <h1 tabindex="-1">{tr(key!("language-title"))}</h1>
        <p>{tr(key!("language-intro"))}</p>
        <ul class="language-picker">
            {Locale::ALL
                .iter()
                .map(|&l| {
                    view! {
                        <li>
                            <button
                                lang=l.code()
                                dir=l.dir()
                                aria-pressed=move || (i18n.locale() == l).to_string()
                                on:click=move |_| choose(l)
                            >
                                {tr(l.name_key())}
                            </button>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <p class="hint">{tr(key!("language-change-later"))}</p>
    }
}

/// The picker shown instead of any page until a language is chosen.
pub fn first_visit() -> AnyView {
    view! { <LanguagePage /> }.into_any()
}
