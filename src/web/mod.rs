//! The thin outside world: network, storage and other browser APIs, one small module each.

pub mod channel;
pub mod clock;
pub mod dom;
pub mod fetch;
pub mod file;
pub mod language;
pub mod lms;
pub mod location;
pub mod many_files;
pub mod page;
pub mod random;
pub mod storage;
pub mod sw;
