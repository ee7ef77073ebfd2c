//! A screen whose code arrives as its own piece of WebAssembly (src/ui/chunks.rs): "loading…"
//! while it downloads, then the screen; when the download fails, a message and a retry, with
//! the header, the quick exit and every other screen still working.

use crate::ui::chunks::ChunkView;
use crate::ui::heading_focus::HeadingFocus;
use crate::ui::i18n::tr;
use amane_core::key;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use std::future::Future;

/// Shows the screen `load` gives once its chunk is here; `load` runs again on a retry.
pub fn lazy_screen<F, Fut>(load: F) -> impl IntoView
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = ChunkView> + 'static,
{
    let attempt = RwSignal::new(0u32);
    let heading_focus = use_context::<HeadingFocus>();
    let loading = || {
        view! {
            <p class="loading" role="status">
                {tr(key!("app-loading"))}
            </p>
        }
    };
    view! {
        <Suspense fallback=loading>
            {move || {
                attempt.track();
                let screen = SendWrapper::new(load());
                Suspend::new(async move {
                    match screen.await {
                        Ok(view) => {
                            if let Some(focus) = heading_focus {
                                focus.screen_shown();
                            }
                            view
                        }
                        Err(_) => {
                            view! { <ChunkFailed retry=move || attempt.update(|n| *n += 1) /> }
                                .into_any()
                        }
                    }
                })
            }}
        </Suspense>
    }
}

/// The screen's code did not arrive: say so plainly, and try again on request.
#[component]
fn ChunkFailed(retry: impl Fn() + Send + Sync + 'static) -> impl IntoView {
    view! {
        <section class="load-error" role="alert">
            <h1>{tr(key!("chunk-failed"))}</h1>
            <p>{tr(key!("chunk-failed-hint"))}</p>
            <button class="primary" on:click=move |_| retry()>
                {tr(key!("content-retry"))}
            </button>
        </section>
    }
}
