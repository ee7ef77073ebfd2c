//! The final assessment (`#/bilan`): locked until every module is passed, then attempts to
//! start, answer and submit, and the result with a review of every question. What to show
//! is `amane_core::assessment::Stage`'s; this module only wires it.

mod attempt;
mod countdown;
pub mod link;
pub mod record;
mod result;

use crate::ui::components::notice::LoadError;
use crate::ui::content::{loaded_modules, use_modules};
use crate::ui::content::{use_content, LoadFailure};
use crate::ui::i18n::{dir_of, tr, use_i18n};
use crate::ui::learner::use_learner;
use amane_core::assessment::{AssessmentSettings, Bank, Stage};
use amane_core::content::{Course, Module};
use amane_core::i18n::Locale;
use amane_core::key;
use amane_core::progress::course_done;
use leptos::prelude::*;
use std::sync::Arc;

/// The assessment's questions in the language shown.
pub struct LoadedBank {
    /// Pools and questions.
    pub bank: Bank,
    /// The language of the text (differs from the chosen one after a fallback).
    pub locale: Locale,
}

/// What every part of the screen needs: the settings and the questions.
#[derive(Clone)]
struct Sitting {
    settings: Arc<AssessmentSettings>,
    bank: Arc<LoadedBank>,
}

/// The assessment screen.
#[component]
pub fn AssessmentPage() -> impl IntoView {
    let course = expect_context::<Arc<Course>>();
    let body = match course.assessment.clone() {
        Some(settings) => {
            view! { <Loading course=course.clone() settings=Arc::new(settings) /> }.into_any()
        }
        None => view! { <p>{tr(key!("assessment-none"))}</p> }.into_any(),
    };
    view! {
        <h1 tabindex="-1">{tr(key!("assessment-title"))}</h1>
        {body}
    }
}

/// Loads the questions and the modules (to know whether all are passed), then the screen.
#[component]
fn Loading(course: Arc<Course>, settings: Arc<AssessmentSettings>) -> impl IntoView {
    let content = use_content();
    let i18n = use_i18n();
    let learner = use_learner();
    let bank = LocalResource::new(move || async move {
        let loaded = content.assessment(i18n.locale()).await?;
        Ok::<_, LoadFailure>(Arc::new(LoadedBank {
            bank: Bank::from_module(&loaded.module),
            locale: loaded.locale,
        }))
    });
    let loads = use_modules(&course);
    move || {
        let loading = || {
            view! {
                <p class="loading" role="status">
                    {tr(key!("content-loading"))}
                </p>
            }
            .into_any()
        };
        let bank = match bank.get() {
            None => return loading(),
            Some(Err(failure)) => return view! { <LoadError failure=failure /> }.into_any(),
            Some(Ok(bank)) => bank,
        };
        let modules = match loaded_modules(&loads) {
            None => return loading(),
            Some(Err(failure)) => return view! { <LoadError failure=failure /> }.into_any(),
            Some(Ok(modules)) => modules,
        };
        let course = course.clone();
        let passed = Memo::new(move |_| {
            let refs: Vec<&Module> = modules.iter().map(|m| &m.module).collect();
            learner.with(|p| course_done(&course, &refs, p))
        });
        let sitting = Sitting {
            settings: settings.clone(),
            bank,
        };
        view! { <Screen sitting=sitting passed=passed /> }.into_any()
    }
}

/// The screen for the current stage; an attempt whose time ran out is ended first.
#[component]
fn Screen(sitting: Sitting, passed: Memo<bool>) -> impl IntoView {
    let learner = use_learner();
    let i18n = use_i18n();
    learner.expire_assessment(&sitting.bank.bank, sitting.settings.pass_mark);
    let settings = sitting.settings.clone();
    let stage = Memo::new(move |_| learner.with(|p| p.assessment.stage(&settings, passed.get())));
    let (lang, dir) = (sitting.bank.locale.code(), dir_of(sitting.bank.locale));
    let drawn: usize = sitting.settings.pools.values().sum();
    let pass_mark = sitting.settings.pass_mark;
    let minutes = sitting.settings.time_limit_minutes;
    view! {
        <p class="assessment-intro">{tr(key!("assessment-intro"))}</p>
        <p class="assessment-rules">
            {move || {
                i18n.t_args(
                    key!("assessment-rules"),
                    &[
                        ("questions", drawn.into()),
                        ("percent", i18n.percent(f64::from(pass_mark)).into()),
                    ],
                )
            }}
        </p>
        {minutes
            .map(|minutes| {
                view! {
                    <p class="assessment-time-rule">
                        {move || {
                            i18n.t_args(
                                key!("assessment-time-limit"),
                                &[("minutes", minutes.into())],
                            )
                        }}
                    </p>
                }
            })}
        <div class="assessment" lang=lang dir=dir>
            {move || match stage.get() {
                Stage::Locked => {
                    view! {
                        <p class="assessment-locked" role="status">
                            {tr(key!("assessment-locked"))}
                        </p>
                        <nav class="actions">
                            <a class="button" href="#/">
                                {tr(key!("summary-back-to-map"))}
                            </a>
                        </nav>
                    }
                        .into_any()
                }
                Stage::Open(id) => {
                    view! { <attempt::OpenAttempt id=id sitting=sitting.clone() /> }.into_any()
                }
                Stage::Closed { latest, attempts_left } => {
                    view! {
                        {latest
                            .map(|id| {
                                view! { <result::AttemptResult id=id sitting=sitting.clone() /> }
                            })}
                        <StartPanel
                            sitting=sitting.clone()
                            attempts_left=attempts_left
                            passed=passed
                        />
                    }
                        .into_any()
                }
            }}
        </div>
    }
}

/// The attempts left and the button that starts one (or that none is left).
#[component]
fn StartPanel(sitting: Sitting, attempts_left: u32, passed: Memo<bool>) -> impl IntoView {
    let learner = use_learner();
    let i18n = use_i18n();
    let started_before = learner.with_untracked(|p| !p.assessment.is_empty());
    let start = move |_| {
        learner.start_assessment(
            &sitting.settings,
            &sitting.bank.bank,
            passed.get_untracked(),
        );
        request_animation_frame(|| crate::web::dom::focus(".assessment-attempt h2"));
    };
    view! {
        <div class="assessment-start">
            {if attempts_left == 0 {
                view! {
                    <p class="assessment-attempts-left">
                        {tr(key!("assessment-no-attempts-left"))}
                    </p>
                }
                    .into_any()
            } else {
                view! {
                    <p class="assessment-attempts-left">
                        {move || {
                            i18n.t_args(
                                key!("assessment-attempts-left"),
                                &[("count", attempts_left.into())],
                            )
                        }}
                    </p>
                    <button class="primary" on:click=start>
                        {tr(
                            if started_before {
                                key!("assessment-start-again")
                            } else {
                                key!("assessment-start")
                            },
                        )}
                    </button>
                }
                    .into_any()
            }}
        </div>
    }
}
