//! Offline use: the banner that offers a new version (never reloading by itself, so no
//! answer in progress is lost) and says when the device is offline, and the button that
//! downloads the whole course for offline use, with its progress.

use crate::ui::i18n::{tr, use_i18n};
use crate::web::sw;
use amane_core::content::Course;
use amane_core::key;
use amane_core::offline::{course_files, OfflineState};
use leptos::prelude::*;
use std::sync::Arc;

/// Registers the service worker; shows "a new version is ready — reload" when one waits, and
/// a notice while the device is offline.
#[component]
pub fn OfflineBanner() -> impl IntoView {
    let update_ready = RwSignal::new(false);
    let online = RwSignal::new(sw::online());
    sw::register(move || update_ready.set(true));
    let up = window_event_listener(leptos::ev::online, move |_| online.set(true));
    let down = window_event_listener(leptos::ev::offline, move |_| online.set(false));
    on_cleanup(move || {
        up.remove();
        down.remove();
    });
    view! {
        <Show when=move || update_ready.get()>
            <div class="banner update-banner" role="status">
                <p>{tr(key!("offline-update-available"))}</p>
                <button class="primary" on:click=|_| sw::accept_update()>
                    {tr(key!("offline-reload"))}
                </button>
            </div>
        </Show>
        <Show when=move || !online.get()>
            <p class="offline-notice" role="status">
                {tr(key!("offline-you-are-offline"))}
            </p>
        </Show>
    }
}

/// "Download the whole course for offline use": every module and the help page in every
/// language, with progress; says when the course is on the device. Hidden where the browser
/// cannot keep it.
#[component]
pub fn OfflineDownload() -> impl IntoView {
    let course = expect_context::<Arc<Course>>();
    let i18n = use_i18n();
    let files = course_files(&course);
    let state = RwSignal::new(OfflineState::Unknown);
    if sw::supported() {
        sw::status(&files, move |report| {
            state.set(OfflineState::from_status(report))
        });
    }
    let download = move |_| {
        state.set(OfflineState::Downloading {
            done: 0,
            total: files.len(),
        });
        sw::store(&files, move |report| {
            state.set(OfflineState::after_download_report(report))
        });
    };
    move || {
        let now = state.get();
        let body = match now {
            OfflineState::Unknown => return None,
            OfflineState::Missing { .. } => {
                view! { <button on:click=download.clone()>{tr(key!("offline-download"))}</button> }
                    .into_any()
            }
            OfflineState::Failed => view! {
                <p role="alert">{tr(key!("offline-failed"))}</p>
                <button on:click=download.clone()>{tr(key!("offline-download"))}</button>
            }
            .into_any(),
            OfflineState::Downloading { done, total } => view! {
                <p role="status">
                    {move || {
                        i18n.t_args(
                            key!("offline-downloading"),
                            &[("done", done.into()), ("total", total.into())],
                        )
                    }}
                </p>
                <progress max=total value=done></progress>
            }
            .into_any(),
            OfflineState::Ready => view! {
                <p role="status" class="offline-ready">
                    {tr(key!("offline-ready"))}
                </p>
            }
            .into_any(),
        };
        Some(view! { <section class="offline-download">{body}</section> })
    }
}
