//! Calls to the LMS's SCORM API: the same five calls in both versions, under their two sets of
//! names (`LMSInitialize("")` in 1.2, `Initialize("")` in 2004, and so on).

use super::find::ScormApi;
use amane_core::lms::Version;
use wasm_bindgen::{JsCast, JsValue};

impl ScormApi {
    /// Calls the API's function for `call` (named as in SCORM 2004) with `args`; the answer
    /// as text (`""` when the call failed).
    fn call(&self, call: &str, args: &[&str]) -> String {
        let name = match self.version {
            Version::Scorm12 => format!("LMS{call}"),
            Version::Scorm2004 => call.to_owned(),
        };
        let Some(function) = js_sys::Reflect::get(&self.object, &JsValue::from_str(&name))
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        else {
            return String::new();
        };
        let args: js_sys::Array = args.iter().map(|a| JsValue::from_str(a)).collect();
        function
            .apply(&self.object, &args)
            .ok()
            .and_then(|answer| {
                answer
                    .as_string()
                    .or_else(|| answer.as_bool().map(|b| b.to_string()))
            })
            .unwrap_or_default()
    }

    /// Starts the session; true when the LMS accepted it.
    pub fn initialize(&self) -> bool {
        self.call("Initialize", &[""]) == "true"
    }

    /// The value of a data model element (`""` when it has none).
    pub fn get(&self, element: &str) -> String {
        self.call("GetValue", &[element])
    }

    /// Sets a data model element; true when the LMS accepted the value.
    pub fn set(&self, element: &str, value: &str) -> bool {
        self.call("SetValue", &[element, value]) == "true"
    }

    /// Asks the LMS to store what was set.
    pub fn commit(&self) -> bool {
        self.call("Commit", &[""]) == "true"
    }

    /// Ends the session (`LMSFinish` in 1.2, `Terminate` in 2004).
    pub fn finish(&self) -> bool {
        let call = match self.version {
            Version::Scorm12 => "Finish",
            Version::Scorm2004 => "Terminate",
        };
        self.call(call, &[""]) == "true"
    }
}

/// Writes a warning to the browser's console, for whoever checks what the LMS got.
pub fn warn(line: &str) {
    web_sys::console::warn_1(&JsValue::from_str(line));
}
