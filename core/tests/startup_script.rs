//! index.html's start-up script reads the saved progress and the address before the app runs
//! (to download the module in the learner's language early): the key it reads must be the one
//! the store writes, and the module it finds in the address the one the app opens.

use amane_core::progress::{StoreKeys, LEGACY_MAIN_KEY};
use amane_core::route::{parse_hash, Route};
use regex::Regex;

const INDEX: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../index.html"));

#[test]
fn the_start_up_script_reads_the_key_the_store_writes() {
    let written = StoreKeys::for_course("COURSE").main();
    let (before, after) = written.split_once("COURSE").unwrap();
    let read = format!("localStorage.getItem('{before}' + course + '{after}')");
    assert!(INDEX.contains(&read), "index.html should read {read}");
    let legacy = format!("localStorage.getItem('{LEGACY_MAIN_KEY}')");
    assert!(
        INDEX.contains(&legacy),
        "index.html should fall back to {legacy}"
    );
}

/// The regular expression the script runs on `location.hash`: the literal before
/// `.exec(location.hash)` (its escaped `\/` reads as `/` in both syntaxes).
fn module_pattern() -> Regex {
    let (before, _) = INDEX
        .split_once(".exec(location.hash)")
        .expect("the start-up script matches location.hash with a regular expression");
    let start = before.rfind("= /").expect("a regular expression literal") + 3;
    let literal = before[start..]
        .strip_suffix('/')
        .expect("a literal without flags");
    Regex::new(literal).unwrap()
}

/// The module the script would download for `hash`, if any.
fn module_in(hash: &str) -> Option<String> {
    module_pattern()
        .captures(hash)
        .map(|found| found[1].to_string())
}

#[test]
fn the_start_up_script_finds_the_module_of_every_address_that_opens_one() {
    let module = "03-arnaques_et-faux-profils";
    for route in [
        Route::Step {
            module: module.into(),
            step: 1,
        },
        Route::Step {
            module: module.into(),
            step: 12,
        },
        Route::Summary {
            module: module.into(),
        },
        Route::Present {
            module: module.into(),
            block: "groupe".into(),
        },
        Route::Presenter {
            module: module.into(),
            block: "groupe".into(),
        },
    ] {
        let hash = route.to_hash();
        assert_eq!(parse_hash(&hash), route);
        assert_eq!(module_in(&hash).as_deref(), Some(module), "{hash}");
    }
    assert_eq!(module_in("#/m/05-reagir").as_deref(), Some("05-reagir"));
    assert_eq!(module_in("#/m/05-reagir?x=1").as_deref(), Some("05-reagir"));
}

#[test]
fn the_start_up_script_downloads_nothing_for_an_address_the_app_does_not_open_as_a_module() {
    let longest = "a".repeat(80);
    assert!(matches!(
        parse_hash(&format!("#/m/{longest}")),
        Route::Step { .. }
    ));
    assert_eq!(module_in(&format!("#/m/{longest}")), Some(longest.clone()));
    for hash in [
        Route::Home.to_hash(),
        Route::Help.to_hash(),
        Route::Trainer.to_hash(),
        format!("#/m/{longest}a/1"),
        "#/m/../1".to_string(),
        "#/m/a%20b/1".to_string(),
        "#/m/a.b/1".to_string(),
        "#/mm/05-reagir/1".to_string(),
    ] {
        assert!(
            !matches!(
                parse_hash(&hash),
                Route::Step { .. } | Route::Summary { .. } | Route::Present { .. }
            ),
            "the app opens {hash} as a module"
        );
        assert_eq!(module_in(&hash), None, "{hash}");
    }
}
