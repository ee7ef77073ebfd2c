//! A timed attempt's countdown: the time left shown every second, announced to screen
//! readers only when [`announced_minutes`] changes, and the attempt ended when it runs out.

use super::Sitting;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::learner::use_learner;
use crate::web::clock::now_ms;
use amane_core::assessment::{announced_minutes, countdown_text};
use amane_core::key;
use leptos::prelude::*;
use std::time::Duration;

/// The time left before `deadline` (ms since the epoch).
#[component]
pub fn Countdown(deadline: u64, sitting: Sitting) -> impl IntoView {
    let learner = use_learner();
    let i18n = use_i18n();
    let now = RwSignal::new(now_ms());
    if let Ok(tick) = set_interval_with_handle(
        move || {
            now.set(now_ms());
            learner.expire_assessment(&sitting.bank.bank, sitting.settings.pass_mark);
        },
        Duration::from_secs(1),
    ) {
        on_cleanup(move || tick.clear());
    }
    let remaining = move || deadline.saturating_sub(now.get());
    let announced = Memo::new(move |_| announced_minutes(remaining()));
    view! {
        <div class="assessment-countdown">
            <p class="countdown" aria-hidden="true">
                <span class="label">{tr(key!("assessment-time-left"))}</span>
                " "
                <span class="time" dir="ltr">
                    {move || countdown_text(remaining())}
                </span>
            </p>
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">
                {move || {
                    i18n.t_args(
                        key!("assessment-minutes-left"),
                        &[("minutes", announced.get().into())],
                    )
                }}
            </p>
        </div>
    }
}
