//! The page's side of the language: what index.html's start-up script knows before the app
//! runs (the language saved on an earlier visit, or the one chosen on the page's own picker),
//! and what the page shows while a language's files download.

use crate::web::storage::DeviceStorage;
use amane_core::progress::{KeyValue, StoreKeys};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// The language the page started in, as index.html's start-up script found it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StartLanguage {
    /// Its code (`fr`, `ar`, `ary`), as stored; not checked yet.
    pub code: String,
    /// Chosen on the page's own picker (this visit, or an earlier one that ended before the
    /// app started): the progress does not hold it yet.
    pub chosen: bool,
}

/// The start-up script's language (`window.amaneLanguage`, a promise that settles once the
/// language is known: at once for a returning learner, on a click on a first visit).
/// `None` when the page has no such script or it knows no language.
pub async fn start_language() -> Option<StartLanguage> {
    let window = web_sys::window()?;
    let promise = js_sys::Reflect::get(&window, &"amaneLanguage".into()).ok()?;
    let promise = js_sys::Promise::resolve(&promise);
    let answer = JsFuture::from(promise).await.ok()?;
    let field = |name: &str| js_sys::Reflect::get(&answer, &JsValue::from_str(name)).ok();
    Some(StartLanguage {
        code: field("code")?.as_string()?,
        chosen: field("chosen").is_some_and(|c| c.is_truthy()),
    })
}

/// Forgets the choice made on the page's own picker, once the progress of `course` holds it.
pub fn forget_chosen(course: &str) {
    DeviceStorage::Browser.remove(&StoreKeys::for_course(course).chosen_locale());
}

/// Runs `task` once the current script has finished (the app is not mounted yet).
pub fn run(task: impl std::future::Future<Output = ()> + 'static) {
    wasm_bindgen_futures::spawn_local(task);
}

/// Shows index.html's message for a start that failed (a file of the app did not arrive)
/// instead of its "loading" message.
pub fn show_start_failed() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(message) = document.get_element_by_id("boot-failed") {
        let _ = message.remove_attribute("hidden");
    }
    if let Some(root) = document.document_element() {
        let _ = root.class_list().remove_1("amane-starting");
        let _ = root.class_list().add_1("amane-stopped");
    }
}

/// Marks the page as waiting for a language's files (`<html class="language-arriving">`,
/// style/main.css dims the page), or no longer.
pub fn set_arriving(arriving: bool) {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    if let Some(root) = root {
        let _ = root
            .class_list()
            .toggle_with_force("language-arriving", arriving);
    }
}
