//! The TOML reader against fixtures of every form it reads or refuses, against the shipped
//! files, and against the `toml` crate on generated documents.

mod errors;
mod forms;
mod generated;

use serde_json::{Map, Value as Json};

use crate::content::manifest::toml::{parse, Kind, Value};

/// A value read by our reader, as JSON.
fn json(value: &Value) -> Json {
    match &value.kind {
        Kind::String(text) => Json::from(text.as_str()),
        Kind::Integer(number) => Json::from(*number),
        Kind::Boolean(flag) => Json::from(*flag),
        Kind::Array(items) => items.iter().map(json).collect(),
        Kind::Table(entries) => Json::Object(
            entries
                .iter()
                .map(|entry| (entry.key.clone(), json(&entry.value)))
                .collect::<Map<_, _>>(),
        ),
    }
}

/// What our reader reads in `text`, as JSON.
fn ours(text: &str) -> Json {
    match parse(text) {
        Ok(root) => json(&root),
        Err(problem) => panic!("our reader refused {text:?}: {problem:?}"),
    }
}

/// What the `toml` crate reads in `text`, as JSON; `None` when it refuses it.
fn theirs(text: &str) -> Option<Json> {
    let table: toml::Table = toml::from_str(text).ok()?;
    Some(serde_json::to_value(table).expect("a TOML table is JSON"))
}
