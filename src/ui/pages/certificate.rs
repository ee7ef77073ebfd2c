//! The completion record (`#/certificate`): once every module is done, a printable record
//! with the learner's name (typed here, kept nowhere), each module's score and day, the
//! course version and a plain statement that it is a self-study record. Before that, what is
//! left. The rules are `amane_core::progress::CompletionRecord`'s.

use crate::ui::components::notice::LoadError;
use crate::ui::content::{loaded_modules, use_modules, LoadedModule};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::learner::use_learner;
use crate::ui::pages::assessment::record::{RecordAssessment, RecordIssuer};
use crate::web::clock::utc_offset_minutes;
use crate::web::page;
use amane_core::content::{Course, Module};
use amane_core::i18n::{format_date, CivilDate, Localizer};
use amane_core::key;
use amane_core::progress::{CompletionRecord, RecordLine};
use amane_core::route::Route;
use amane_core::screen::course_title;
use leptos::prelude::*;
use std::sync::Arc;

/// The record of the current progress against `modules` (tracked).
fn record_of(course: &Course, modules: &[Arc<LoadedModule>]) -> CompletionRecord {
    let learner = use_learner();
    let refs: Vec<&Module> = modules.iter().map(|m| &m.module).collect();
    learner.with(|p| CompletionRecord::new(course, &refs, p, utc_offset_minutes()))
}

/// The completion record screen.
#[component]
pub fn CertificatePage() -> impl IntoView {
    let course = expect_context::<Arc<Course>>();
    let loads = use_modules(&course);
    move || match loaded_modules(&loads) {
        None => view! {
            <h1 tabindex="-1">{tr(key!("record-title"))}</h1>
            <p class="loading" role="status">
                {tr(key!("app-loading"))}
            </p>
        }
        .into_any(),
        Some(Err(failure)) => view! { <LoadError failure=failure /> }.into_any(),
        Some(Ok(modules)) => {
            let record = record_of(&course, &modules);
            if record.is_complete() {
                view! { <Record record=record course=course.clone() /> }.into_any()
            } else {
                view! { <NotYet record=record /> }.into_any()
            }
        }
    }
}

/// What is left before the record: the count and a link to each module to finish.
#[component]
fn NotYet(record: CompletionRecord) -> impl IntoView {
    let i18n = use_i18n();
    let left: Vec<RecordLine> = record.remaining().cloned().collect();
    let count = left.len();
    view! {
        <h1 tabindex="-1">{tr(key!("record-title"))}</h1>
        <p class="record-not-finished">
            {move || i18n.t_args(key!("record-not-finished"), &[("count", count.into())])}
        </p>
        <ul class="record-remaining">
            {left
                .into_iter()
                .map(|line| {
                    let href = Route::start_of(&line.id).to_hash();
                    let state = line.status.key();
                    view! {
                        <li data-module=line.id.clone()>
                            <a href=href>{line.title.clone()}</a>
                            " · "
                            <span class="module-state">{tr(state)}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <nav class="actions">
            <a class="button" href="#/">
                {tr(key!("summary-back-to-map"))}
            </a>
        </nav>
    }
}

/// The printable record, with the name field and the print button (which do not print).
#[component]
fn Record(record: CompletionRecord, course: Arc<Course>) -> impl IntoView {
    let i18n = use_i18n();
    let name = RwSignal::new(String::new());
    let version = record.course_version.clone();
    let (assessment_course, issuer_course) = (course.clone(), course.clone());
    let last_day = record.last_day;
    let lines = record.lines.clone();
    view! {
        <div class="record-tools">
            <label for="record-name">{tr(key!("record-name-label"))}</label>
            <input
                id="record-name"
                type="text"
                autocomplete="off"
                maxlength="80"
                prop:value=move || name.get()
                aria-describedby="record-name-hint"
                on:input=move |ev| name.set(event_target_value(&ev))
            />
            <p id="record-name-hint" class="hint">
                {tr(key!("record-name-hint"))}
            </p>
            <button class="primary" on:click=|_| page::print()>
                {tr(key!("record-print"))}
            </button>
        </div>
        <article class="record" aria-labelledby="record-title">
            <h1 id="record-title" tabindex="-1">
                {tr(key!("record-title"))}
            </h1>
            <p class="record-course">{move || course_title(&course, i18n.locale())}</p>
            {move || {
                let typed = name.get().trim().to_owned();
                (!typed.is_empty())
                    .then(|| {
                        view! {
                            <p class="record-name">
                                {move || {
                                    i18n.t_args(
                                        key!("record-completed-by"),
                                        &[("name", typed.clone().into())],
                                    )
                                }}
                            </p>
                        }
                    })
            }}
            <table class="record-modules">
                <thead>
                    <tr>
                        <th scope="col">{tr(key!("record-col-module"))}</th>
                        <th scope="col">{tr(key!("record-col-score"))}</th>
                        <th scope="col">{tr(key!("record-col-date"))}</th>
                    </tr>
                </thead>
                <tbody>
                    {lines.into_iter().map(|line| view! { <RecordRow line=line /> }).collect_view()}
                </tbody>
            </table>
            {last_day
                .map(|day| {
                    view! {
                        <p class="record-date">
                            {move || {
                                i18n.t_args(
                                    key!("record-date"),
                                    &[("date", long_date(day, i18n.locale()).into())],
                                )
                            }}
                        </p>
                    }
                })}
            <RecordAssessment course=assessment_course />
            <p class="record-version">
                {move || {
                    i18n.t_args(
                        key!("record-course-version"),
                        &[("version", version.clone().into())],
                    )
                }}
            </p>
            <p class="record-statement">{tr(key!("record-intro"))}</p>
            <p class="record-statement">{tr(key!("record-self-study"))}</p>
            <RecordIssuer course=issuer_course />
        </article>
    }
}

/// One module of the record: title, score (or that it has none) and the day.
#[component]
fn RecordRow(line: RecordLine) -> impl IntoView {
    let i18n = use_i18n();
    let score = line.score;
    let scored = line.is_scored();
    view! {
        <tr data-module=line.id.clone()>
            <th scope="row">{line.title.clone()}</th>
            <td class="record-score">
                {move || {
                    if scored {
                        i18n.percent(f64::from(score.percent()))
                    } else {
                        i18n.t(key!("record-no-exercises"))
                    }
                }}
            </td>
            <td class="record-day">
                {line.last_day.map_or_else(|| "–".to_owned(), format_date)}
            </td>
        </tr>
    }
}

/// A date written out in `locale` ("15 mars 2026").
fn long_date(day: CivilDate, locale: amane_core::i18n::Locale) -> String {
    Localizer::new(locale).long_date(day)
}
