//! Content parser and checker tests, one module per feature.

mod debug_scratch;
