//! One module per screen, and the choice of screen for a route.

pub mod assessment;
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

use amane_core::route::Route;
use leptos::prelude::*;

/// The screen for `route`.
pub fn page(route: Route) -> AnyView {
    match route {
        Route::Home => view! { <home::HomePage /> }.into_any(),
        Route::Step { module, step } => {
            view! { <step::StepPage module=module step=step /> }.into_any()
        }
        Route::Summary { module } => view! { <summary::SummaryPage module=module /> }.into_any(),
        Route::Help => view! { <help::HelpPage /> }.into_any(),
        Route::Guide => view! { <guide::GuidePage /> }.into_any(),
        Route::Language => view! { <language::LanguagePage /> }.into_any(),
        Route::MyData => view! { <my_data::MyDataPage /> }.into_any(),
        Route::Trainer => view! { <trainer::TrainerPage /> }.into_any(),
        Route::TrainerResults => view! { <class_results::ClassResultsPage /> }.into_any(),
        Route::SessionPlan { module } => {
            view! { <plan::SessionPlanPage module=module /> }.into_any()
        }
        Route::Present { module, block } => {
            view! { <present::PresentPage module=module block=block /> }.into_any()
        }
        Route::Presenter { module, block } => {
            view! { <present::PresenterPage module=module block=block /> }.into_any()
        }
        Route::Certificate => view! { <certificate::CertificatePage /> }.into_any(),
        Route::Assessment => view! { <assessment::AssessmentPage /> }.into_any(),
        Route::NotFound(_) => view! { <not_found::NotFoundPage /> }.into_any(),
    }
}
