//! index.html's start-up script reads the saved progress before the app runs (to download the
//! module in the learner's language early): the key it reads must be the one the store writes.

use amane_core::progress::{StoreKeys, LEGACY_MAIN_KEY};

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
