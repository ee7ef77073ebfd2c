//! The module summary: score, passed or not, and where to go next.

use crate::ui::components::notice::module_page;
use crate::ui::content::use_module;
use crate::ui::i18n::{dir_of, tr, use_i18n};
use crate::ui::learner::use_learner;
use amane_core::content::Course;
use amane_core::key;
use amane_core::progress::{module_status, ModuleStatus};
use amane_core::route::Route;
use amane_core::screen::next_module;
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
    let next = next_module(&course, &module).map(|route| route.to_hash());
    module_page(loaded, move |loaded| {
        let m = &loaded.module;
        let (status, score) =
            learner.with(|p| module_status(m, p.modules.get(&m.id), course.pass_mark));
        let percent = i18n.percent(f64::from(score.percent()));
        let mark = i18n.percent(f64::from(course.pass_mark));
        let review = Route::start_of(&m.id).to_hash();
        let (earned, max) = score.points();
        view! {
            <p class="module-title" lang=loaded.locale.code() dir=dir_of(loaded.locale)>
                {m.front.title.clone()}
            </p>
            <h1 tabindex="-1">{tr(key!("summary-title"))}</h1>
            {if score.max == 0 {
                view! { <p>{tr(key!("summary-no-exercises"))}</p> }.into_any()
            } else {
                view! {
                    <p class="summary-score">
                        {i18n.t_args(key!("summary-score"), &[("percent", percent.into())])}
                    </p>
                    <p>
                        {i18n
                            .t_args(
                                key!("summary-points"),
                                &[("earned", earned.into()), ("max", max.into())],
                            )}
                    </p>
                    <p class="summary-status">
                        {tr(
                            if status == ModuleStatus::Done {
                                key!("summary-passed")
                            } else {
                                key!("summary-not-yet")
                            },
                        )}
                    </p>
                    <p>{i18n.t_args(key!("summary-pass-mark"), &[("percent", mark.into())])}</p>
                }
                    .into_any()
            }}
            <nav class="actions">
                <a class="button" href=review>
                    {tr(key!("summary-review"))}
                </a>
                {next
                    .clone()
                    .map(|href| {
                        view! {
                            <a class="button primary" href=href>
                                {tr(key!("summary-next-module"))}
                            </a>
                        }
                    })}
                <a class="button" href="#/">
                    {tr(key!("summary-back-to-map"))}
                </a>
            </nav>
        }
        .into_any()
    })
}
