//! One module per screen, and the choice of screen for a route.

pub mod assessment;
pub mod author;
pub mod certificate;
pub mod class_results;
pub mod guide;
pub mod help;
pub mod home;
pub mod language;
pub mod my_data;
pub mod not_found;
pub mod plan;
pub mod present;
pub mod step;
pub mod summary;
pub mod trainer;

use crate::ui::chunks;
use crate::ui::components::chunk::lazy_screen;
use amane_core::route::Route;
use leptos::prelude::*;

/// The screen for `route`. The map, a lesson step and the language picker are in the first
/// download; every other screen loads its own chunk when first opened (src/ui/chunks.rs).
pub fn page(route: Route) -> AnyView {
    match route {
        Route::Home => view! { <home::HomePage /> }.into_any(),
        Route::Step { module, step } => {
            view! { <step::StepPage module=module step=step /> }.into_any()
        }
        Route::Language => view! { <language::LanguagePage /> }.into_any(),
        Route::NotFound(_) => view! { <not_found::NotFoundPage /> }.into_any(),
        Route::Summary { module } => {
            lazy_screen(move || chunks::summary_page(module.clone())).into_any()
        }
        Route::Help => lazy_screen(chunks::help_page).into_any(),
        Route::Guide => lazy_screen(chunks::guide_page).into_any(),
        Route::MyData => lazy_screen(chunks::my_data_page).into_any(),
        Route::Trainer => lazy_screen(chunks::trainer_page).into_any(),
        Route::TrainerResults => lazy_screen(chunks::class_results_page).into_any(),
        Route::Author => lazy_screen(chunks::author_page).into_any(),
        Route::SessionPlan { module } => {
            lazy_screen(move || chunks::session_plan_page(module.clone())).into_any()
        }
        Route::Present { module, block } => {
            lazy_screen(move || chunks::present_page(module.clone(), block.clone())).into_any()
        }
        Route::Presenter { module, block } => {
            lazy_screen(move || chunks::presenter_page(module.clone(), block.clone())).into_any()
        }
        Route::Certificate => lazy_screen(chunks::certificate_page).into_any(),
        Route::Assessment => lazy_screen(chunks::assessment_page).into_any(),
    }
}
