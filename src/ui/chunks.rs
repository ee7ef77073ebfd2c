//! The screens that arrive as separate pieces of WebAssembly when first opened, so the first
//! download holds only what a learner needs to read and answer a lesson (docs/PERFORMANCE.md).
//!
//! Each `#[wasm_split(<chunk>)]` function below is a split point: the build
//! (scripts/lib/split-bin/wasm-bindgen) moves it, and the code only it reaches, into the chunk
//! it names; calling it downloads that chunk first. The attribute generates unsafe code (the
//! import/export pair of each function and each chunk's loader): this module is the only place
//! of the app where unsafe code is allowed, and it holds nothing else. The browser tests
//! (tests/web.rs) are linked without the split step: what they mount must not reach a split
//! point (the screens of the app shell, src/ui/app.rs and src/ui/pages/mod.rs, call them).
#![allow(unsafe_code)]

use crate::ui::learner::Learner;
use crate::ui::pages::{
    assessment, author, certificate, class_results, guide, help, my_data, plan, present, summary,
    trainer,
};
use crate::web::lms::ScormApi;
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

/// A chunk could not be downloaded (connection lost, server down): the screen says so and
/// offers to try again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChunkMissing;

impl From<SplitLoaderError> for ChunkMissing {
    fn from(_: SplitLoaderError) -> Self {
        ChunkMissing
    }
}

/// What a split point gives: the screen, or why its chunk did not arrive.
pub type ChunkView = Result<AnyView, ChunkMissing>;

/// Trainer mode.
#[wasm_split(trainer, fallible, wasm_split_path = ::leptos::wasm_split)]
pub fn trainer_page() -> ChunkView {
    Ok(view! { <trainer::TrainerPage /> }.into_any())
}

/// The class results of trainer mode.
#[wasm_split(trainer, fallible, wasm_split_path = ::leptos::wasm_split)]
pub fn class_results_page() -> ChunkView {
    Ok(view! { <class_results::ClassResultsPage /> }.into_any())
}

/// The course's checker, for authors.
#[wasm_split(author, fallible, wasm_split_path = ::leptos::wasm_split)]
pub fn author_page() -> ChunkView {
    Ok(view! { <author::AuthorPage /> }.into_any())
}

/// The session plan of a module (or of the parents' session) for a trainer.
#[wasm_split(trainer, fallible, wasm_split_path = ::leptos::wasm_split)]
pub fn session_plan_page(module: String) -> ChunkView {
    Ok(view! { <plan::SessionPlanPage module=module /> }.into_any())
}

/// The projector view of one block.
#[wasm_split(trainer, fallible, wasm_split_path = ::leptos::wasm_split)]
pub fn present_page(module: String, block: String) -> ChunkView {
    Ok(view! { <present::PresentPage module=module block=block /> }.into_any())
}

/// The presenter window paired with a projector view.
#[wasm_split(trainer, fallible, wasm_split_path = ::leptos::wasm_split)]
pub fn presenter_page(module: String, block: String) -> ChunkView {
    Ok(view! { <present::PresenterPage module=module block=block /> }.into_any())
}

/// "Mes données": export, import, merge preview, delete.
#[wasm_split(my_data, fallible, wasm_split_path = ::leptos::wasm_split)]
pub fn my_data_page() -> ChunkView {
    Ok(view! { <my_data::MyDataPage /> }.into_any())
}

/// The completion record.
#[wasm_split(records, fallible, wasm_split_path = ::leptos::wasm_split)]
pub fn certificate_page() -> ChunkView {
    Ok(view! { <certificate::CertificatePage /> }.into_any())
}

/// A module's summary with its score.
#[wasm_split(records, fallible, wasm_split_path = ::leptos::wasm_split)]
pub fn summary_page(module: String) -> ChunkView {
    Ok(view! { <summary::SummaryPage module=module /> }.into_any())
}

/// Help contacts and how to leave safely.
#[wasm_split(help, fallible, wasm_split_path = ::leptos::wasm_split)]
pub fn help_page() -> ChunkView {
    Ok(view! { <help::HelpPage /> }.into_any())
}

/// The case guide "what do I do now?".
#[wasm_split(help, fallible, wasm_split_path = ::leptos::wasm_split)]
pub fn guide_page() -> ChunkView {
    Ok(view! { <guide::GuidePage /> }.into_any())
}

/// The final assessment.
#[wasm_split(records, fallible, wasm_split_path = ::leptos::wasm_split)]
pub fn assessment_page() -> ChunkView {
    Ok(view! { <assessment::AssessmentPage /> }.into_any())
}

/// The bridge to a learning platform's SCORM API (docs/LMS.md): downloaded only inside a
/// SCORM package whose platform provides the API.
#[wasm_split(lms, fallible, wasm_split_path = ::leptos::wasm_split)]
pub fn connect_lms(api: ScormApi, learner: Learner) -> Result<(), ChunkMissing> {
    crate::ui::lms::connect(api, learner);
    Ok(())
}
