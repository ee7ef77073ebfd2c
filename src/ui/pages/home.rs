//! The course map: every module with its state and score.

use crate::ui::components::offline::OfflineDownload;
use crate::ui::content::{loaded_modules, use_module, use_modules};
use crate::ui::i18n::{dir_of, tr, use_i18n};
use crate::ui::learner::use_learner;
use crate::ui::pages::assessment::link::AssessmentLink;
use amane_core::content::{Course, Module};
use amane_core::key;
use amane_core::progress::{course_done, module_status, ModuleStatus};
use amane_core::route::Route;
use leptos::prelude::*;
use std::sync::Arc;

/// Home screen.
#[component]
pub fn HomePage() -> impl IntoView {
    let course = expect_context::<Arc<Course>>();
    view! {
        <h1 tabindex="-1">{tr(key!("map-title"))}</h1>
        <p>{tr(key!("map-intro"))}</p>
        <p class="guide-link">
            <a href="#/guide">{tr(key!("guide-open"))}</a>
        </p>
        <RecordLink />
        <ol class="modules">
            {course
                .modules
                .iter()
                .enumerate()
                .map(|(n, id)| view! { <ModuleCard id=id.clone() number=n /> })
                .collect_view()}
        </ol>
        <AssessmentLink />
        <OfflineDownload />
    }
}

/// Once every module is done, a link to the printable completion record. Modules are only
/// loaded for this when every one of them has been started.
#[component]
fn RecordLink() -> impl IntoView {
    let learner = use_learner();
    let course = expect_context::<Arc<Course>>();
    let ids = course.modules.clone();
    let all_started = Memo::new(move |_| learner.with(|p| ids.iter().all(|id| p.has_started(id))));
    move || {
        all_started.get().then(|| {
            let course = course.clone();
            let loads = use_modules(&course);
            move || {
                let modules = loaded_modules(&loads)?.ok()?;
                let refs: Vec<&Module> = modules.iter().map(|m| &m.module).collect();
                learner.with(|p| course_done(&course, &refs, p)).then(|| {
                    view! {
                        <div class="record-link" role="status">
                            <p>{tr(key!("record-course-done"))}</p>
                            <a class="button primary" href="#/certificate">
                                {tr(key!("record-open"))}
                            </a>
                        </div>
                    }
                })
            }
        })
    }
}

/// One module on the map: number, title, summary, minutes, state and score.
#[component]
fn ModuleCard(id: String, number: usize) -> impl IntoView {
    let i18n = use_i18n();
    let learner = use_learner();
    let course = expect_context::<Arc<Course>>();
    let loaded = use_module(id.clone());
    let href = Route::start_of(&id).to_hash();
    move || {
        let loaded = loaded.get()?.ok()?;
        let module = &loaded.module;
        let (status, score) =
            learner.with(|p| module_status(module, p.modules.get(&module.id), course.pass_mark));
        let (lang, dir) = (loaded.locale.code(), dir_of(loaded.locale));
        let minutes = module.front.minutes;
        let percent = i18n.percent(f64::from(score.percent()));
        let scored = status != ModuleStatus::NotStarted && score.max > 0;
        Some(view! {
            <li class=format!("module-card {}", status.class()) data-module=module.id.clone()>
                <p class="module-number">
                    {move || i18n.t_args(key!("map-module-number"), &[("number", number.into())])}
                </p>
                <h2 lang=lang dir=dir>
                    <a href=href.clone()>{module.front.title.clone()}</a>
                </h2>
                <p lang=lang dir=dir>
                    {module.front.summary.clone()}
                </p>
                <p class="module-meta">
                    <span>
                        {move || {
                            i18n.t_args(key!("map-module-minutes"), &[("count", minutes.into())])
                        }}
                    </span>
                    <span class="module-state">{tr(status.key())}</span>
                    {scored
                        .then(|| {
                            view! {
                                <span class="module-score">
                                    {move || {
                                        i18n.t_args(
                                            key!("map-module-score"),
                                            &[("percent", percent.clone().into())],
                                        )
                                    }}
                                </span>
                            }
                        })}
                </p>
                <a class="button" href=href.clone() aria-hidden="true" tabindex="-1">
                    {tr(status.action_key())}
                </a>
            </li>
        })
    }
}
