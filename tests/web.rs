//! Browser tests: the app mounted in headless Chromium, checked as a person would see it.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app in a fresh container after resetting the runner page's own fragment.
fn mount() -> web_sys::HtmlElement {
    let window = web_sys::window().unwrap();
    window.location().set_hash("").unwrap();
    let document = window.document().unwrap();
    let host: web_sys::HtmlElement =
        wasm_bindgen::JsCast::unchecked_into(document.create_element("div").unwrap());
    document.body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(host.clone(), amane::App).forget();
    host
}

#[wasm_bindgen_test]
async fn home_shows_a_heading() {
    let host = mount();
    leptos::task::tick().await;
    let h1 = host.query_selector("h1").unwrap().expect("a heading");
    assert!(!h1.text_content().unwrap().is_empty());
}
