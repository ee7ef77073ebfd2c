//! The module reader: one step at a time, with a progress bar and previous/next.

use crate::ui::components::blocks::Blocks;
use crate::ui::components::notice::module_page;
use crate::ui::components::sources::SourcesList;
use crate::ui::content::{use_module, LoadedModule};
use crate::ui::i18n::{dir_of, languages, tr, use_i18n};
use crate::ui::learner::use_learner;
use crate::web::dom;
use amane_core::key;
use amane_core::screen::{fallback_note, shows_content_warning, StepNeighbours};
use leptos::prelude::*;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// Whether `amane-ready` was already marked on this page load.
static READY_MARKED: AtomicBool = AtomicBool::new(false);

/// Step `step` (1-based) of module `module`.
#[component]
pub fn StepPage(
    /// Module id.
    module: String,
    /// 1-based step number.
    step: usize,
) -> impl IntoView {
    module_page(use_module(module), move |loaded| {
        view! { <StepView loaded=loaded step=step /> }.into_any()
    })
}

/// A loaded module at one step (or the content warning before its first step).
#[component]
fn StepView(loaded: Arc<LoadedModule>, step: usize) -> impl IntoView {
    let learner = use_learner();
    let module = &loaded.module;
    let Some(current) = module.steps.get(step - 1).cloned() else {
        return view! { <crate::ui::pages::not_found::NotFoundPage /> }.into_any();
    };
    let warned = RwSignal::new(!learner.with_untracked(|p| shows_content_warning(module, step, p)));
    let (read, step_id) = (loaded.clone(), current.id.clone());
    Effect::new(move |_| {
        if warned.get() {
            learner.mark_step_read(&read.module, &step_id);
            if !READY_MARKED.swap(true, Ordering::Relaxed) {
                request_animation_frame(|| dom::mark("amane-ready"));
            }
        }
    });
    let warning = module.front.content_warning.clone().unwrap_or_default();
    let loaded_for_view = loaded.clone();
    view! {
        <Show
            when=move || warned.get()
            fallback=move || {
                view! {
                    <ContentWarning
                        text=warning.clone()
                        on_continue=move || {
                            warned.set(true);
                            request_animation_frame(|| dom::focus("main h1"));
                        }
                    />
                }
            }
        >
            <StepBody loaded=loaded_for_view.clone() step=step />
        </Show>
    }
    .into_any()
}

/// The step itself.
#[component]
fn StepBody(loaded: Arc<LoadedModule>, step: usize) -> impl IntoView {
    let i18n = use_i18n();
    let module = &loaded.module;
    let total = module.steps.len();
    let current = module.steps[step - 1].clone();
    let module_id: Arc<str> = Arc::from(module.id.as_str());
    let neighbours = StepNeighbours::of(&module.id, step, total);
    let previous = neighbours.previous.map(|route| route.to_hash());
    let (next, next_key) = (neighbours.next.to_hash(), neighbours.next_key);
    let shown = loaded.locale;
    let sources = (step == total)
        .then(|| module.front.sources.clone())
        .filter(|s| !s.is_empty());
    view! {
        <p class="module-title" lang=shown.code() dir=dir_of(shown)>
            {module.front.title.clone()}
        </p>
        {move || {
            fallback_note(i18n.locale(), shown)
                .map(|k| {
                    let name = languages().map_or_else(|| shown.to_string(), |l| l.name(shown));
                    view! {
                        <p class="fallback-note" role="note">
                            {move || i18n.t_args(k, &[("language", name.clone().into())])}
                        </p>
                    }
                })
        }}
        <p class="step-count">
            {move || {
                i18n.t_args(
                    key!("lesson-step-of"),
                    &[("current", step.into()), ("total", total.into())],
                )
            }}
        </p>
        <progress
            max=total.to_string()
            value=step.to_string()
            aria-label=tr(key!("lesson-progress-label"))
        ></progress>
        <article lang=shown.code() dir=dir_of(shown)>
            <h1 tabindex="-1">{current.title.clone()}</h1>
            <Blocks module=module_id blocks=current.blocks.clone() />
        </article>
        {sources.map(|list| view! { <SourcesList sources=list /> })}
        <nav class="step-nav" aria-label=tr(key!("lesson-progress-label"))>
            {previous
                .map(|href| {
                    view! {
                        <a class="button" rel="prev" href=href>
                            {tr(key!("lesson-previous"))}
                        </a>
                    }
                })}
            <a class="button primary" rel="next" href=next>
                {tr(next_key)}
            </a>
        </nav>
    }
}

/// A content warning before a module's first step, with a way out.
#[component]
fn ContentWarning(text: String, on_continue: impl Fn() + 'static) -> impl IntoView {
    view! {
        <section class="content-warning">
            <h1 tabindex="-1">{tr(key!("map-content-warning-title"))}</h1>
            <p>{tr(key!("map-content-warning-intro"))}</p>
            <p class="warning-text">{text}</p>
            <p>
                {tr(key!("map-content-warning-help"))}" "
                <a href="#/help">{tr(key!("header-help"))}</a>
            </p>
            <div class="actions">
                <button class="primary" on:click=move |_| on_continue()>
                    {tr(key!("map-content-warning-continue"))}
                </button>
                <a class="button" href="#/">
                    {tr(key!("map-content-warning-later"))}
                </a>
            </div>
        </section>
    }
}
