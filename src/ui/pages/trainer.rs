//! The session plan (`#/trainer`): every module with what can be presented (lesson steps,
//! scenarios, question sets), how long it takes in a group, the questions for the room and
//! the trainer's notes, each with a link to present it, then the help page's trainer notes
//! (the help page is not presented). Prints as a one-page workshop plan. Each module links to
//! its printable timed plan, and the page to the parents' session.

use crate::ui::components::blocks::{Labelled, Prose};
use crate::ui::content::{use_content, use_module};
use crate::ui::i18n::{tr, use_i18n};
use crate::web::page;
use amane_core::check::PARENTS_ID;
use amane_core::content::{Course, Html};
use amane_core::key;
use amane_core::present::{module_plan, PlanKind};
use amane_core::route::Route;
use leptos::prelude::*;
use std::sync::Arc;

/// The session plan.
#[component]
pub fn TrainerPage() -> impl IntoView {
    let course = expect_context::<Arc<Course>>();
    view! {
        <div class="session-plan">
            <h1 tabindex="-1">{tr(key!("trainer-session-plan"))}</h1>
            <p>{tr(key!("trainer-intro"))}</p>
            <p class="plan-actions">
                <button on:click=|_| page::print()>{tr(key!("trainer-print-plan"))}</button>
                <a class="button" href=Route::TrainerResults.to_hash()>
                    {tr(key!("trainer-results-link"))}
                </a>
                <a
                    class="button plan-link"
                    href=Route::SessionPlan {
                        module: PARENTS_ID.to_owned(),
                    }
                        .to_hash()
                >
                    {tr(key!("plan-parents-link"))}
                </a>
                <a class="button" href=Route::Author.to_hash()>
                    {tr(key!("author-link"))}
                </a>
            </p>
            <ol class="plan">
                {course
                    .modules
                    .iter()
                    .map(|id| view! { <ModulePlanView id=id.clone() /> })
                    .collect_view()}
            </ol>
            <HelpNotes />
        </div>
    }
}

/// One module of the plan.
#[component]
fn ModulePlanView(id: String) -> impl IntoView {
    let i18n = use_i18n();
    let loaded = use_module(id.clone());
    move || {
        let loaded = loaded.get()?.ok()?;
        let plan = module_plan(&loaded.module);
        let minutes = plan.minutes;
        let blocks = plan
            .blocks
            .iter()
            .map(|b| {
                let href = Route::Present {
                    module: plan.id.to_owned(),
                    block: b.address(),
                }
                .to_hash();
                let (kind, size_key) = match b.kind {
                    PlanKind::Scenario => (
                        key!("trainer-kind-scenario"),
                        Some(key!("trainer-size-decisions")),
                    ),
                    PlanKind::Questions => (
                        key!("trainer-kind-questions"),
                        Some(key!("trainer-size-questions")),
                    ),
                    PlanKind::Lesson => (key!("trainer-kind-lesson"), None),
                };
                let kind_name = match b.kind {
                    PlanKind::Lesson => "lesson",
                    PlanKind::Questions => "questions",
                    PlanKind::Scenario => "scenario",
                };
                let (size, block_minutes) = (b.size, b.minutes);
                let step_title = b.step_title.to_owned();
                let discussion: Vec<_> = b.discussion.iter().map(|h| (*h).clone()).collect();
                let notes: Vec<_> = b.notes.iter().map(|h| (*h).clone()).collect();
                view! {
                    <li class="plan-block" data-block=b.id.to_owned() data-kind=kind_name>
                        <p class="plan-block-title">
                            <strong>{tr(kind)}</strong>
                            " — "
                            {step_title}
                        </p>
                        <p class="plan-block-meta">
                            {size_key
                                .map(|size_key| {
                                    view! {
                                        <span>
                                            {move || {
                                                i18n.t_args(size_key, &[("count", size.into())])
                                            }}
                                        </span>
                                        <span>
                                            {move || {
                                                i18n.t_args(
                                                    key!("trainer-block-minutes"),
                                                    &[("count", block_minutes.into())],
                                                )
                                            }}
                                        </span>
                                    }
                                })} <a class="button present-link" href=href>
                                {tr(key!("trainer-present"))}
                            </a>
                        </p>
                        {(!discussion.is_empty())
                            .then(|| {
                                view! {
                                    <Labelled
                                        class="plan-discussion"
                                        label=key!("scenario-discussion")
                                    >
                                        <ul>
                                            {discussion
                                                .into_iter()
                                                .map(|d| {
                                                    view! {
                                                        <li>
                                                            <Prose html=d />
                                                        </li>
                                                    }
                                                })
                                                .collect_view()}
                                        </ul>
                                    </Labelled>
                                }
                            })}
                        {(!notes.is_empty()).then(|| view! { <PlanNotes notes=notes /> })}
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <li class="plan-module" data-module=plan.id.to_owned() lang=loaded.locale.code()>
                <h2>{plan.title.to_owned()}</h2>
                <p class="plan-link">
                    <a href=Route::SessionPlan {
                        module: plan.id.to_owned(),
                    }
                        .to_hash()>{tr(key!("plan-link"))}</a>
                </p>
                <p class="plan-duration">
                    {move || {
                        i18n.t_args(key!("trainer-plan-duration"), &[("count", minutes.into())])
                    }}
                </p>
                <ul class="plan-blocks">{blocks}</ul>
            </li>
        })
    }
}

/// Trainer notes under their label.
#[component]
fn PlanNotes(
    /// The notes, in order.
    notes: Vec<Html>,
) -> impl IntoView {
    view! {
        <Labelled class="plan-notes" label=key!("lesson-callout-trainer")>
            {notes
                .into_iter()
                .map(|n| view! { <Prose html=n class="trainer-note" /> })
                .collect_view()}
        </Labelled>
    }
}

/// The help page's trainer notes, when it has any: it is never presented, so the plan is
/// where a trainer reads them.
#[component]
fn HelpNotes() -> impl IntoView {
    let content = use_content();
    let i18n = use_i18n();
    let help = LocalResource::new(move || content.help(i18n.locale()));
    move || {
        let loaded = help.get()?.ok()?;
        let notes: Vec<Html> = module_plan(&loaded.module)
            .blocks
            .iter()
            .flat_map(|b| b.notes.iter().map(|h| (*h).clone()))
            .collect();
        (!notes.is_empty()).then(|| {
            view! {
                <section class="plan-help" lang=loaded.locale.code()>
                    <h2>{tr(key!("help-title"))}</h2>
                    <PlanNotes notes=notes />
                </section>
            }
        })
    }
}
