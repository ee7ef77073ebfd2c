//! Screens and the components they are made of.

pub mod app;
pub mod chunks;
pub mod components;
pub mod content;
pub mod heading_focus;
pub mod i18n;
pub mod learner;
pub mod lms;
pub mod pages;
pub mod router;
