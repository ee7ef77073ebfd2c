//! Whether this page runs as a SCORM package inside an LMS: the package's marker in
//! index.html (`<meta name="amane-package" content="scorm12">`, written by the packaging
//! script) and the LMS's API object, found the standard way (ADL's search: this window and its
//! parents, up to a limit, then the window that opened it). Outside a package, nothing is
//! searched.

use amane_core::lms::Version;
use wasm_bindgen::{JsCast, JsValue};

/// How many parent windows the search climbs (ADL's own scripts climb 7 for SCORM 1.2 and
/// 500 for 2004; LMS frames are never that deep).
const MAX_PARENTS: usize = 500;

/// The LMS's SCORM API object and its version.
pub struct ScormApi {
    /// The API's SCORM version.
    pub version: Version,
    /// The object (`window.API` or `window.API_1484_11` of the window that holds it).
    pub(super) object: JsValue,
}

/// The package's SCORM version named by its marker (`scorm12` or `scorm2004`), if this page
/// is a SCORM package.
pub fn packaged() -> Option<String> {
    web_sys::window()?
        .document()?
        .query_selector("meta[name=amane-package]")
        .ok()??
        .get_attribute("content")
}

/// The LMS's API, when this page is a package and an LMS provides one (the package's own
/// version first, then the other).
pub fn find_api() -> Option<ScormApi> {
    let versions = match packaged()?.as_str() {
        "scorm2004" => [Version::Scorm2004, Version::Scorm12],
        _ => [Version::Scorm12, Version::Scorm2004],
    };
    let window: JsValue = web_sys::window()?.into();
    versions.into_iter().find_map(|version| {
        let name = match version {
            Version::Scorm12 => "API",
            Version::Scorm2004 => "API_1484_11",
        };
        let object = search(&window, name).or_else(|| {
            let opener = js_sys::Reflect::get(&window, &"opener".into()).ok()?;
            search(&opener, name)
        })?;
        Some(ScormApi { version, object })
    })
}

/// `name` on `start` or on one of its parents. A window of another origin cannot be read and
/// ends the search.
fn search(start: &JsValue, name: &str) -> Option<JsValue> {
    let mut window = start.clone();
    for _ in 0..=MAX_PARENTS {
        if window.is_null() || window.is_undefined() {
            return None;
        }
        let found = js_sys::Reflect::get(&window, &name.into()).ok()?;
        if found.is_object() {
            return Some(found);
        }
        let parent = js_sys::Reflect::get(&window, &"parent".into()).ok()?;
        if parent == window {
            return None;
        }
        window = parent;
    }
    None
}

/// Replaces the LMS's windows with `url`, so the quick exit leaves the LMS too: the window that
/// opened this one, if any (an LMS showing the package in a new window keeps its course page
/// open behind it), and the top of the frames this package runs in. What the browser refuses
/// is skipped: this page then leaves on its own.
pub fn leave_lms_for(url: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    // A window of another origin is still a window: `top` and `location.replace` are the
    // members it lets other origins use, so it is not checked with `instanceof`.
    let opener = window
        .opener()
        .ok()
        .filter(|o| o.is_object())
        .map(JsCast::unchecked_into::<web_sys::Window>);
    for leaving in opener.iter().chain([&window]) {
        if let Ok(Some(top)) = leaving.top() {
            let _ = top.location().replace(url);
        }
    }
}
