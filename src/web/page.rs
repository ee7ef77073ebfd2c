//! The page as a whole: reload it, print it, copy text from it, or leave it for another site.

use wasm_bindgen::{JsCast, JsValue};

/// Reloads the page.
pub fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// Opens the browser's print dialog for the page.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Blanks the page at once and replaces it with `url` in the history, so Back does not
/// return to it. While `url` loads, the tab shows its host name, not the page's title.
pub fn leave_for(url: &str) {
    let Some(w) = web_sys::window() else {
        return;
    };
    if let Some(d) = w.document() {
        if let Some(html) = d.document_element() {
            let _ = html.class_list().add_1("leaving");
        }
        let host = web_sys::Url::new(url)
            .map(|u| u.hostname())
            .unwrap_or_default();
        d.set_title(if host.is_empty() { "-" } else { &host });
    }
    let _ = w.location().replace(url);
}

/// Puts `text` on the clipboard; resolves to whether the browser accepted it (it may refuse
/// outside a secure context or without permission).
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator: JsValue = window.navigator().into();
    let Ok(clipboard) = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")) else {
        return false;
    };
    let Ok(write) = js_sys::Reflect::get(&clipboard, &JsValue::from_str("writeText")) else {
        return false;
    };
    let Some(write) = write.dyn_ref::<js_sys::Function>() else {
        return false;
    };
    let Ok(promise) = write.call1(&clipboard, &JsValue::from_str(text)) else {
        return false;
    };
    let Ok(promise) = promise.dyn_into::<js_sys::Promise>() else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}
