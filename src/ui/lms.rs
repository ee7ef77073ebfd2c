//! The bridge to an LMS, wired once its SCORM API was found: restores the progress the LMS
//! kept, reports at each checkpoint and when the learner leaves. Every rule (what to report,
//! when, how the progress is written) is in `amane_core::lms`.

use crate::ui::content::{loaded_modules, use_content, use_modules, LoadedModule};
use crate::ui::learner::Learner;
use crate::web::clock::now_ms;
use crate::web::lms::{warn, ScormApi};
use amane_core::content::{Course, Module};
use amane_core::lms::{decode, encode, report_values, session_values, Checkpoint, Report, Version};
use leptos::prelude::*;
use std::sync::Arc;

/// Opens the LMS session, merges the progress it kept into the device's (newer local work
/// is never replaced), then keeps the LMS told. The only way into the bridge.
pub fn connect(api: ScormApi, learner: Learner) {
    if !api.initialize() {
        warn("Amane: the LMS refused to start a session; progress stays on this device");
        return;
    }
    let started = now_ms();
    restore(&api, learner);
    let api = StoredValue::new_local(api);
    let content = use_content();
    let Some(course) = content.course.get_untracked().and_then(Result::ok) else {
        return;
    };
    // The report needs every module (their steps and points); until they are all loaded, or
    // if one cannot be, only the progress is sent, so that a status is never reported from
    // part of the course.
    let loads = use_modules(&course);
    let failure_told = StoredValue::new(false);
    let loaded = {
        let loads = loads.clone();
        move || match loaded_modules(&loads) {
            Some(Ok(modules)) => Some(modules),
            Some(Err(_)) => {
                if !failure_told.get_value() {
                    failure_told.set_value(true);
                    warn("Amane: a module could not be loaded; the LMS gets the progress but no status");
                }
                None
            }
            None => None,
        }
    };
    let sent = StoredValue::new(None::<(Checkpoint, bool)>);
    Effect::new(move |_| {
        let loaded = loaded();
        let reached = (learner.with(Checkpoint::of), loaded.is_some());
        if sent.get_value().as_ref() == Some(&reached) {
            return;
        }
        sent.set_value(Some(reached));
        let reported = loaded.map(|loaded| report(&course, &loaded, learner));
        api.with_value(|api| {
            send(api, learner, reported.as_ref(), started);
            api.commit();
        });
    });
    let finished = StoredValue::new(false);
    let leaving = window_event_listener(leptos::ev::pagehide, move |_| {
        if finished.get_value() {
            return;
        }
        finished.set_value(true);
        let course = content.course.get_untracked().and_then(Result::ok);
        let reported = course
            .zip(untrack(|| loaded_modules(&loads)).and_then(Result::ok))
            .map(|(course, loaded)| report(&course, &loaded, learner));
        api.with_value(|api| {
            send(api, learner, reported.as_ref(), started);
            api.commit();
            api.finish();
        });
    });
    on_cleanup(move || leaving.remove());
}

/// Merges the progress kept in the LMS's `suspend_data` into the learner's.
fn restore(api: &ScormApi, learner: Learner) {
    let text = api.get(Version::SUSPEND_DATA);
    if text.is_empty() {
        return;
    }
    let course = learner.with_untracked(|p| p.course.clone());
    match decode(&text, &course) {
        Ok(kept) => learner.import(&kept),
        Err(error) => warn(&format!(
            "Amane: {error}; the progress on this device is kept"
        )),
    }
}

/// What to report, once every module is loaded.
fn report(course: &Course, loaded: &[Arc<LoadedModule>], learner: Learner) -> Report {
    let modules: Vec<&Module> = loaded.iter().map(|m| &m.module).collect();
    learner.with_untracked(|p| Report::new(course, &modules, p))
}

/// Sets the progress, the report (when known) and the session's length. What the LMS cannot
/// keep stays on the device, and the console says what.
fn send(api: &ScormApi, learner: Learner, report: Option<&Report>, started: u64) {
    let encoded = learner.with_untracked(|p| encode(p, api.version.suspend_data_limit()));
    if !encoded.left_out.is_empty() {
        let parts: Vec<String> = encoded.left_out.iter().map(ToString::to_string).collect();
        warn(&format!(
            "Amane: the LMS keeps only part of the progress (this device keeps all of it); left out: {}",
            parts.join(", ")
        ));
    }
    api.set(Version::SUSPEND_DATA, &encoded.text);
    let report = report
        .map(|r| report_values(api.version, r))
        .unwrap_or_default();
    let session = session_values(api.version, now_ms().saturating_sub(started));
    for (element, value) in report.iter().chain(&session) {
        api.set(element, value);
    }
}
