//! The course map: every module with its state and score. It reads the manifest, the course
//! map file of the language and the progress; no module file (but once, to record its
//! outline, a module started under a progress that has none).

use crate::ui::components::offline::OfflineDownload;
use crate::ui::content::{loaded_modules, use_course_maps, use_module, use_modules, LoadedMap};
use crate::ui::i18n::{dir_of, tr, use_i18n};
use crate::ui::learner::use_learner;
use crate::ui::pages::assessment::link::AssessmentLink;
use amane_core::content::{Course, MapEntry, Module};
use amane_core::key;
use amane_core::progress::{course_done, map_status, ModuleStatus};
use amane_core::route::Route;
use leptos::prelude::*;
use std::sync::Arc;

/// Home screen.
#[component]
pub fn HomePage() -> impl IntoView {
    let course = expect_context::<Arc<Course>>();
    let maps = use_course_maps(&course);
    let modules = course.modules.clone();
    view! {
        <h1 tabindex="-1">{tr(key!("map-title"))}</h1>
        <p>{tr(key!("map-intro"))}</p>
        <p class="guide-link">
            <a href="#/guide">{tr(key!("guide-open"))}</a>
        </p>
        <RecordLink />
        <ol class="modules">
            {move || {
                let maps = Arc::new(maps.get()?.ok()?);
                Some(
                    modules
                        .iter()
                        .enumerate()
                        .map(|(n, id)| {
                            view! { <ModuleCard id=id.clone() number=n maps=maps.clone() /> }
                        })
                        .collect_view(),
                )
            }}
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

/// One module on the map: number, title, summary, minutes (from the course map), state and
/// score (from the progress alone: the module's file is not downloaded).
#[component]
fn ModuleCard(
    id: String,
    number: usize,
    /// The course maps of the current language and, when needed, its fallbacks.
    maps: Arc<Vec<Arc<LoadedMap>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let learner = use_learner();
    let course = expect_context::<Arc<Course>>();
    let href = Route::start_of(&id).to_hash();
    let placed = maps
        .iter()
        .find_map(|loaded| Some((loaded.map.entries.get(&id)?.clone(), loaded.locale)));
    let (entry, locale) = placed.unwrap_or_else(|| (MapEntry::default(), i18n.locale()));
    let (lang, dir) = (locale.code(), dir_of(locale));
    let minutes = entry.minutes;
    let state_id = id.clone();
    if learner.with_untracked(|p| p.lacks_outline(&id)) {
        // Started before outlines were recorded (or elsewhere): the module is read once to
        // place it, and its outline kept so that the map needs it no more.
        let load = use_module(id.clone());
        Effect::new(move |_| {
            if let Some(Ok(loaded)) = load.get() {
                learner.note_outline(&loaded.module);
            }
        });
    }
    move || {
        let (status, score) =
            learner.with(|p| map_status(p.modules.get(&state_id), course.pass_mark));
        let score = score.filter(|s| status != ModuleStatus::NotStarted && s.max > 0);
        view! {
            <li class=format!("module-card {}", status.class()) data-module=id.clone()>
                <p class="module-number">
                    {move || i18n.t_args(key!("map-module-number"), &[("number", number.into())])}
                </p>
                <h2 lang=lang dir=dir>
                    <a href=href.clone()>{entry.title.clone()}</a>
                </h2>
                <p lang=lang dir=dir>
                    {entry.summary.clone()}
                </p>
                <p class="module-meta">
                    <span>
                        {move || {
                            i18n.t_args(key!("map-module-minutes"), &[("count", minutes.into())])
                        }}
                    </span>
                    <span class="module-state">{tr(status.key())}</span>
                    {score
                        .map(|score| {
                            view! {
                                <span class="module-score">
                                    {move || {
                                        let percent = i18n.percent(f64::from(score.percent()));
                                        i18n.t_args(
                                            key!("map-module-score"),
                                            &[("percent", percent.into())],
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
        }
    }
}
