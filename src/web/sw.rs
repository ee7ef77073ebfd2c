//! The service worker (`sw.js`), seen from the page: registration, new-version detection and
//! storing course files for offline use. Every function does nothing where service workers are
//! unavailable (old browser, page not served over HTTPS or from localhost).

use crate::web::page::reload;
use amane_core::offline::Report;
use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{
    MessageChannel, MessageEvent, PerformanceObserver, PerformanceObserverEntryList,
    PerformanceObserverInit, ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration,
    ServiceWorkerState,
};

/// How often a long-open page looks for a new version.
const UPDATE_EVERY: Duration = Duration::from_secs(30 * 60);

/// The page's service worker container, when this page may use one (never inside a SCORM
/// package: an LMS serves it from paths that change, so nothing is registered there).
fn container() -> Option<ServiceWorkerContainer> {
    if crate::web::lms::packaged().is_some() {
        return None;
    }
    let window = web_sys::window()?;
    let navigator = window.navigator();
    let present = js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).ok()?;
    (present && window.is_secure_context()).then(|| navigator.service_worker())
}

thread_local! {
    /// Whether the learner chose private mode for this visit.
    static PRIVATE: Cell<bool> = const { Cell::new(false) };
}

/// Whether this page can keep the course for offline use (never in private mode).
pub fn supported() -> bool {
    container().is_some() && !is_private()
}

/// Whether private mode is on: course files are then fetched without being kept anywhere on
/// the device (see `fetch_text` and sw.js), since the files kept would show which modules were
/// opened.
pub fn is_private() -> bool {
    PRIVATE.with(Cell::get)
}

/// Turns private mode on or off for this visit; turning it on removes the course files kept
/// so far.
pub fn set_private(on: bool) {
    PRIVATE.with(|private| private.set(on));
    if on {
        forget_course_files();
    }
}

/// Removes the course files this copy of the app kept for offline use: its content caches
/// (`amane <scope> content <version>`, as sw.js names them), whichever version wrote them.
pub fn forget_course_files() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let (Ok(caches), Ok(page)) = (window.caches(), window.location().href()) else {
        return;
    };
    let Ok(scope) = web_sys::Url::new_with_base("./", &page).map(|u| u.href()) else {
        return;
    };
    let prefix = format!("amane {scope} content ");
    spawn_local(async move {
        let Ok(names) = JsFuture::from(caches.keys()).await else {
            return;
        };
        for name in js_sys::Array::from(&names)
            .iter()
            .filter_map(|n| n.as_string())
        {
            if name.starts_with(&prefix) {
                let _ = JsFuture::from(caches.delete(&name)).await;
            }
        }
    });
}

/// Whether the network is reachable, as far as the browser knows.
pub fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// Registers `sw.js` (its scope is the app's folder) and asks it to keep the course files this
/// page has already loaded. Calls `on_update` once a new version is installed and waiting for
/// the learner, and looks for one every half hour while the page stays open.
pub fn register(on_update: impl Fn() + 'static) {
    let Some(container) = container() else {
        return;
    };
    let on_update: Rc<dyn Fn()> = Rc::new(on_update);
    spawn_local(async move {
        // A browser that blocks service workers may answer with no registration at all.
        let Some(registration) = JsFuture::from(container.register("sw.js"))
            .await
            .ok()
            .and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok())
        else {
            return;
        };
        watch_updates(&container, &registration, on_update);
        leptos::prelude::set_interval(
            move || {
                if let Ok(check) = registration.update() {
                    spawn_local(async move {
                        let _ = JsFuture::from(check).await;
                    });
                }
            },
            UPDATE_EVERY,
        );
        if let Some(worker) = active_worker(&container).await {
            keep_loaded_files(worker);
        }
    });
}

/// Tells `worker` about every file this page has loaded and will load, as each one arrives
/// (the worker keeps the course files). Files loaded before the worker took control of the
/// page are kept this way too.
fn keep_loaded_files(worker: ServiceWorker) {
    let loaded = Closure::<dyn FnMut(PerformanceObserverEntryList)>::new(
        move |list: PerformanceObserverEntryList| {
            let names: js_sys::Array = list
                .get_entries()
                .iter()
                .filter_map(|e| e.dyn_into::<web_sys::PerformanceEntry>().ok())
                .map(|e| JsValue::from_str(&e.name()))
                .collect();
            if names.length() > 0 && !is_private() {
                let _ = worker.post_message(&message("STORE", &names));
            }
        },
    );
    let Ok(observer) = PerformanceObserver::new(loaded.as_ref().unchecked_ref()) else {
        return;
    };
    loaded.forget();
    // `type` with `buffered` also reports the files loaded before now.
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"type".into(), &"resource".into());
    let _ = js_sys::Reflect::set(&options, &"buffered".into(), &JsValue::TRUE);
    observer.observe(options.unchecked_ref::<PerformanceObserverInit>());
}

/// Calls `on_update` when a new version waits, now or later, on a page the worker controls
/// (the very first installation is not an update).
fn watch_updates(
    container: &ServiceWorkerContainer,
    registration: &ServiceWorkerRegistration,
    on_update: Rc<dyn Fn()>,
) {
    if registration.waiting().is_some() && container.controller().is_some() {
        on_update();
    }
    if let Some(installing) = registration.installing() {
        track(container, installing, on_update.clone());
    }
    let (container, watched) = (container.clone(), registration.clone());
    let found = Closure::<dyn FnMut()>::new(move || {
        if let Some(installing) = watched.installing() {
            track(&container, installing, on_update.clone());
        }
    });
    registration.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
    found.forget();
}

/// Calls `on_update` when `worker` has installed while an older version controls the page.
fn track(container: &ServiceWorkerContainer, worker: ServiceWorker, on_update: Rc<dyn Fn()>) {
    let (container, installing) = (container.clone(), worker.clone());
    let changed = Closure::<dyn FnMut()>::new(move || {
        if installing.state() == ServiceWorkerState::Installed && container.controller().is_some() {
            on_update();
        }
    });
    worker.set_onstatechange(Some(changed.as_ref().unchecked_ref()));
    changed.forget();
}

/// Lets the waiting version take over, then reloads the page into it. Called only when the
/// learner asks for it, so nothing reloads in the middle of a question.
pub fn accept_update() {
    let Some(container) = container() else {
        reload();
        return;
    };
    spawn_local(async move {
        let registration = JsFuture::from(container.get_registration())
            .await
            .ok()
            .and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok());
        let Some(waiting) = registration.and_then(|r| r.waiting()) else {
            reload();
            return;
        };
        let reload_once = Closure::once_into_js(reload);
        container.set_oncontrollerchange(Some(reload_once.unchecked_ref()));
        if waiting
            .post_message(&message("SKIP_WAITING", &js_sys::Array::new()))
            .is_err()
        {
            reload();
        }
    });
}

/// Asks how many of `files` (URLs relative to the page) are on the device.
pub fn status(files: &[String], on_report: impl Fn(Report) + 'static) {
    ask("STATUS", files, on_report);
}

/// Stores `files` for offline use; `on_report` hears after each file and at the end.
pub fn store(files: &[String], on_report: impl Fn(Report) + 'static) {
    ask("STORE", files, on_report);
}

/// Sends `kind` with `files` to the active worker, with a channel for its reports.
fn ask(kind: &'static str, files: &[String], on_report: impl Fn(Report) + 'static) {
    let Some(container) = container() else {
        return;
    };
    let urls: js_sys::Array = files.iter().map(|f| JsValue::from_str(f)).collect();
    spawn_local(async move {
        let Some(worker) = active_worker(&container).await else {
            return;
        };
        let Ok(channel) = MessageChannel::new() else {
            return;
        };
        let heard = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            on_report(report(&event.data()));
        });
        channel
            .port1()
            .set_onmessage(Some(heard.as_ref().unchecked_ref()));
        heard.forget();
        let sent = worker.post_message_with_transferable(
            &message(kind, &urls),
            &js_sys::Array::of1(&channel.port2()),
        );
        if sent.is_err() {
            channel.port1().set_onmessage(None);
        }
    });
}

/// The active worker, once there is one.
async fn active_worker(container: &ServiceWorkerContainer) -> Option<ServiceWorker> {
    let ready = JsFuture::from(container.ready().ok()?).await.ok()?;
    ready.dyn_into::<ServiceWorkerRegistration>().ok()?.active()
}

/// `{ type, urls }`, the messages `sw.js` understands.
fn message(kind: &str, urls: &js_sys::Array) -> JsValue {
    let object = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&object, &"type".into(), &kind.into());
    let _ = js_sys::Reflect::set(&object, &"urls".into(), urls);
    object.into()
}

/// A report `{ done, total, failed, finished }` from the worker.
fn report(data: &JsValue) -> Report {
    let number = |key: &str| {
        js_sys::Reflect::get(data, &key.into())
            .ok()
            .and_then(|v| v.as_f64())
            .map_or(0, |n| n.max(0.0) as usize)
    };
    Report {
        done: number("done"),
        total: number("total"),
        failed: number("failed"),
        finished: js_sys::Reflect::get(data, &"finished".into())
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(true),
    }
}
