//! The module summary: score, passed or not, and where to go next.

use crate::ui::components::notice::module_page;
use crate::ui::content::use_module;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::learner::use_learner;
use amane_core::content::Course;
use amane_core::i18n::format_percent;
use amane_core::progress::{module_status, ModuleStatus};
use amane_core::route::Route;
use leptos::prelude::*;
use std::sync::Arc;

/// Summary of module `module`.
#[component]
pub fn SummaryPage(
    /// Module id.
    module: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let learner = use_learner();
    let course = expect_context::<Arc<Course>>();
    let loaded = use_module(module.clone());
    let next = course
        .modules
        .iter()
        .skip_while(|m| **m != module)
        .nth(1)
        .map(|m| {
            Route::Step {
                module: m.clone(),
                step: 1,
            }
            .to_hash()
        });
    module_page(loaded, move |loaded| {
        let m = &loaded.module;
        let (status, score) =
            learner.with(|p| module_status(m, p.modules.get(&m.id), course.pass_mark));
        let locale = i18n.locale();
        let percent = format_percent(f64::from(score.percent()), locale);
        let mark = format_percent(f64::from(course.pass_mark), locale);
        let review = Route::Step {
            module: m.id.clone(),
            step: 1,
        }
        .to_hash();
        view! {
            <p class="module-title" lang=loaded.locale.code() dir=loaded.locale.dir()>{m.front.title.clone()}</p>
            <h1 tabindex="-1">{tr("summary-title")}</h1>
            {if score.max == 0 {
                view! { <p>{tr("summary-no-exercises")}</p> }.into_any()
            } else {
                view! {
                    <p class="summary-score">{i18n.t_args("summary-score", &[("percent", percent.into())])}</p>
                    <p>{i18n.t_args("summary-points", &[("earned", (f64::from(score.earned) / 100.0).into()), ("max", (f64::from(score.max) / 100.0).into())])}</p>
                    <p class="summary-status">{tr(if status == ModuleStatus::Done { "summary-passed" } else { "summary-not-yet" })}</p>
                    <p>{i18n.t_args("summary-pass-mark", &[("percent", mark.into())])}</p>
                }.into_any()
            }}
            <nav class="actions">
                <a class="button" href=review>{tr("summary-review")}</a>
                {next.clone().map(|href| view! { <a class="button primary" href=href>{tr("summary-next-module")}</a> })}
                <a class="button" href="#/">{tr("summary-back-to-map")}</a>
            </nav>
        }.into_any()
    })
}
