//! Behaviour of the GIFT importer, one module per feature, on small fixtures.

use super::{import_gift, ImportOptions, Imported, MessageKind};

/// Imports GIFT text as French questions into the quiz `set`.
fn import(gift: &str) -> Imported {
    import_locale(gift, "fr")
}

fn import_locale(gift: &str, locale: &str) -> Imported {
    let options = ImportOptions {
        set_id: "set".to_string(),
        locale: locale.to_string(),
    };
    import_gift("bank.gift", gift, &options)
}

/// The quiz block of an import that must have produced one.
fn markdown(imported: &Imported) -> &str {
    imported.markdown.as_deref().expect("a quiz block")
}

/// Every message as printed, `bank.gift:line:col: kind: text`.
fn printed(imported: &Imported) -> Vec<String> {
    imported
        .messages
        .iter()
        .map(|m| m.located("bank.gift"))
        .collect()
}

/// The only message of a kind.
fn only(imported: &Imported, kind: MessageKind) -> String {
    let found: Vec<_> = imported
        .messages
        .iter()
        .filter(|m| m.kind == kind)
        .collect();
    assert_eq!(found.len(), 1, "{:?}", imported.messages);
    found[0].located("bank.gift")
}

mod errors;
mod kinds;
mod moodle_docs;
mod round_trip;
mod syntax;
