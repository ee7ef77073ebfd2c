//! Amane's browser app: wiring only, the rules live in `amane-core`.

pub mod ui;
pub mod web;

pub use ui::app::App;
