//! Screens and the components they are made of.

pub mod app;
pub mod pages;
pub mod router;
