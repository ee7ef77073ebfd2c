//! Fetching course files relative to the page, so the app works under any sub-path.

use amane_core::served::is_web_page;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a file could not be fetched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// No answer (offline, server down, blocked).
    Network,
    /// The server answered with an HTTP error status.
    Status(u16),
    /// The body was not text.
    Body,
}

/// Fetches `url` (relative to the page) as text, always checked with the server (an edited
/// course file shows on reload whatever the server says about caching). The answer to a request
/// index.html's start-up script made early for the same `url` is taken instead, once. A web page
/// answered for a course file (a host that serves its index.html for a missing file) is taken
/// as missing: `Status(404)`.
pub async fn fetch_text(url: &str) -> Result<String, FetchError> {
    read_text(request(url)?).await
}

/// Fetches every file of `urls` at the same time (as [`fetch_text`] does one), answers in the
/// same order.
pub async fn fetch_texts(urls: &[String]) -> Vec<Result<String, FetchError>> {
    let requests: Vec<_> = urls.iter().map(|url| request(url)).collect();
    let mut answers = Vec::with_capacity(requests.len());
    for request in requests {
        answers.push(match request {
            Ok(request) => read_text(request).await,
            Err(error) => Err(error),
        });
    }
    answers
}

/// The request for `url`: the start-up script's, or a new one.
fn request(url: &str) -> Result<js_sys::Promise, FetchError> {
    let window = web_sys::window().ok_or(FetchError::Network)?;
    if let Some(request) = early_request(&window, url) {
        return Ok(request);
    }
    let init = web_sys::RequestInit::new();
    // In private mode nothing is kept, not even in the browser's own cache.
    init.set_cache(if crate::web::sw::is_private() {
        web_sys::RequestCache::NoStore
    } else {
        web_sys::RequestCache::NoCache
    });
    Ok(window.fetch_with_str_and_init(url, &init))
}

/// The text answered to `request`.
async fn read_text(request: js_sys::Promise) -> Result<String, FetchError> {
    let response = JsFuture::from(request)
        .await
        .map_err(|_| FetchError::Network)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| FetchError::Network)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    let content_type = response.headers().get("content-type").ok().flatten();
    let text = response.text().map_err(|_| FetchError::Body)?;
    let text = JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or(FetchError::Body)?;
    if is_web_page(content_type.as_deref(), &text) {
        return Err(FetchError::Status(404));
    }
    Ok(text)
}

/// The pending request the start-up script made for `url` (`window.amaneEarly[url]`), taken
/// out so that a later fetch of the same file asks the server again.
fn early_request(window: &web_sys::Window, url: &str) -> Option<js_sys::Promise> {
    let early = js_sys::Reflect::get(window, &"amaneEarly".into()).ok()?;
    if !early.is_object() {
        return None;
    }
    let key = wasm_bindgen::JsValue::from_str(url);
    let request = js_sys::Reflect::get(&early, &key).ok()?.dyn_into().ok()?;
    js_sys::Reflect::delete_property(early.unchecked_ref::<js_sys::Object>(), &key).ok()?;
    Some(request)
}
