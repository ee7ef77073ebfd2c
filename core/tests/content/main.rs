//! Content parser and checker tests, one module per feature.

mod authoring;
mod blocks;
mod checker;
mod citations;
mod cli;
mod guessable_and_glossary;
mod guide;
mod limits;
mod markdown;
mod positions;
mod robustness;
mod shipped;
mod support;
mod worst_case;
