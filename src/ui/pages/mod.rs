//! One module per screen.

pub mod help;
pub mod home;
