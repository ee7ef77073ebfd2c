//! Small page-level effects: document language and direction, focus, performance marks.

use wasm_bindgen::JsCast;

/// The page's document, if any.
fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// Sets `<html lang dir>`.
pub fn set_document_language(lang: &str, dir: &str) {
    if let Some(html) = document().and_then(|d| d.document_element()) {
        let _ = html.set_attribute("lang", lang);
        let _ = html.set_attribute("dir", dir);
    }
}

/// The first element of the page matching `selector`, if any.
fn find(selector: &str) -> Option<web_sys::Element> {
    document().and_then(|d| d.query_selector(selector).ok().flatten())
}

/// Removes the element matching `selector`, if any.
pub fn remove(selector: &str) {
    if let Some(el) = find(selector) {
        el.remove();
    }
}

/// Sets the document title.
pub fn set_title(title: &str) {
    if let Some(d) = document() {
        d.set_title(title);
    }
}

/// Moves keyboard focus to the first element matching `selector`, if any.
pub fn focus(selector: &str) {
    focus_found(selector);
}

/// Moves keyboard focus to the first element matching `selector`; false when there is none.
pub fn focus_found(selector: &str) -> bool {
    match find(selector).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        Some(el) => el.focus().is_ok(),
        None => false,
    }
}

/// Moves keyboard focus to the element of `node` once the pending render is painted, for an
/// element the render creates (a new heading).
pub fn focus_after_render<E>(node: leptos::prelude::NodeRef<E>)
where
    E: leptos::tachys::html::element::ElementType,
    E::Output: JsCast + Clone + 'static,
{
    leptos::prelude::request_animation_frame(move || focus_node(node));
}

/// Moves keyboard focus to the element of `node` at once. Call it before the change that
/// fills the element: the control just used is often about to be removed, and removing the
/// focused element makes the browser settle focus and style on the changed page first, which
/// doubled the time from a click to its feedback on a slow phone (docs/PERFORMANCE.md).
pub fn focus_node<E>(node: leptos::prelude::NodeRef<E>)
where
    E: leptos::tachys::html::element::ElementType,
    E::Output: JsCast + Clone + 'static,
{
    use leptos::prelude::GetUntracked;
    if let Some(el) = node.get_untracked() {
        let _ = el.unchecked_ref::<web_sys::HtmlElement>().focus();
    }
}

/// Records a named moment on the performance timeline (read by the benchmark).
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// The browser's preferred languages, most preferred first.
pub fn browser_languages() -> Vec<String> {
    web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default()
}

/// Whether a key press belongs to a form field or a focused button rather than to the page's
/// own shortcuts (typing a count, pressing a button with Space or Enter).
pub fn belongs_to_control(event: &web_sys::KeyboardEvent) -> bool {
    let Some(target) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    match target.tag_name().to_ascii_lowercase().as_str() {
        "input" | "select" | "textarea" => true,
        "button" | "a" | "summary" => matches!(event.key().as_str(), " " | "Enter"),
        _ => false,
    }
}
