//! The course map: every module with its state and score.

use crate::ui::components::offline::OfflineDownload;
use crate::ui::content::use_module;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::learner::use_learner;
use crate::ui::pages::assessment::link::AssessmentLink;
use crate::ui::pages::certificate;
use amane_core::content::{Course, Module};
use amane_core::i18n::format_percent;
use amane_core::progress::{course_done, module_status, ModuleStatus};
use leptos::prelude::*;
use std::sync::Arc;

/// Home screen.
#[component]
pub fn HomePage() -> impl IntoView {
    let course = expect_context::<Arc<Course>>();
    view! {
        <h1 tabindex="-1">{tr("map-title")}</h1>
        <p>{tr("map-intro")}</p>
        <RecordLink/>
        <ol class="modules">
            {course.modules.iter().enumerate().map(|(n, id)| view! {
                <ModuleCard id=id.clone() number=n/>
            }).collect_view()}
        </ol>
        <AssessmentLink/>
        <OfflineDownload/>
    }
}

/// Once every module is done, a link to the printable completion record. Modules are only
/// loaded for this when every one of them has been started.
#[component]
fn RecordLink() -> impl IntoView {
    let learner = use_learner();
    let course = expect_context::<Arc<Course>>();
    let ids = course.modules.clone();
    let all_started =
        Memo::new(move |_| learner.with(|p| ids.iter().all(|id| p.modules.contains_key(id))));
    move || {
        all_started.get().then(|| {
            let course = course.clone();
            let loads = certificate::load_modules(&course);
            move || {
                let modules = certificate::loaded_modules(&loads)?.ok()?;
                let refs: Vec<&Module> = modules.iter().map(|m| &m.module).collect();
                learner.with(|p| course_done(&course, &refs, p)).then(|| {
                    view! {
                        <div class="record-link" role="status">
                            <p>{tr("record-course-done")}</p>
                            <a class="button primary" href="#/certificate">{tr("record-open")}</a>
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
    let href = format!("#/m/{id}/1");
    move || {
        let loaded = loaded.get()?.ok()?;
        let module = &loaded.module;
        let (status, score) =
            learner.with(|p| module_status(module, p.modules.get(&module.id), course.pass_mark));
        let (state_key, action_key, class) = match status {
            ModuleStatus::NotStarted => ("map-module-not-started", "map-start", "not-started"),
            ModuleStatus::InProgress => ("map-module-in-progress", "map-continue", "in-progress"),
            ModuleStatus::Done => ("map-module-done", "map-review", "done"),
        };
        let (lang, dir) = (loaded.locale.code(), loaded.locale.dir());
        let minutes = module.front.minutes;
        let percent = format_percent(f64::from(score.percent()), i18n.locale());
        let scored = status != ModuleStatus::NotStarted && score.max > 0;
        Some(view! {
            <li class=format!("module-card {class}") data-module=module.id.clone()>
                <p class="module-number">{move || i18n.t_args("map-module-number", &[("number", number.into())])}</p>
                <h2 lang=lang dir=dir><a href=href.clone()>{module.front.title.clone()}</a></h2>
                <p lang=lang dir=dir>{module.front.summary.clone()}</p>
                <p class="module-meta">
                    <span>{move || i18n.t_args("map-module-minutes", &[("count", minutes.into())])}</span>
                    <span class="module-state">{tr(state_key)}</span>
                    {scored.then(|| view! { <span class="module-score">{move || i18n.t_args("map-module-score", &[("percent", percent.clone().into())])}</span> })}
                </p>
                <a class="button" href=href.clone() aria-hidden="true" tabindex="-1">{tr(action_key)}</a>
            </li>
        })
    }
}
