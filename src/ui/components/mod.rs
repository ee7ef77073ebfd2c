//! Reusable pieces of the screens.

pub mod blocks;
pub mod chunk;
pub mod guide;
pub mod header;
pub mod kept_copies;
pub mod notice;
pub mod offline;
pub mod question;
pub mod quick_exit;
pub mod quiz;
pub mod results_export;
pub mod scenario;
pub mod sources;
