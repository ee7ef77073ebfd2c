//! `BroadcastChannel`: text messages between windows of the same origin on this device (the
//! projector and the presenter window). Nothing leaves the device.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// An open channel; closed when dropped.
pub struct Channel {
    inner: web_sys::BroadcastChannel,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
}

impl Channel {
    /// Whether this browser has `BroadcastChannel` at all.
    pub fn is_supported() -> bool {
        js_sys::Reflect::has(&js_sys::global(), &"BroadcastChannel".into()).unwrap_or(false)
    }

    /// Joins channel `name`; `on_message` receives every text another window posts there.
    /// `None` when the browser has no `BroadcastChannel`.
    pub fn open(name: &str, mut on_message: impl FnMut(String) + 'static) -> Option<Self> {
        if !Self::is_supported() {
            return None;
        }
        let inner = web_sys::BroadcastChannel::new(name).ok()?;
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
            move |event: web_sys::MessageEvent| {
                if let Some(text) = event.data().as_string() {
                    on_message(text);
                }
            },
        );
        inner.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        Some(Channel {
            inner,
            _on_message: on_message,
        })
    }

    /// Sends `text` to the other windows on the channel (not to this one).
    pub fn post(&self, text: &str) {
        let _ = self.inner.post_message(&text.into());
    }
}

impl Drop for Channel {
    fn drop(&mut self) {
        self.inner.set_onmessage(None);
        self.inner.close();
    }
}

/// Opens `url` (relative to the page) in the window named `name`; `false` when the browser
/// blocked the pop-up.
pub fn open_window(url: &str, name: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.open_with_url_and_target(url, name).ok().flatten())
        .is_some()
}
