//! The presenter's side: where the room is, the tallies to enter, the step buttons, the
//! countdown, the trainer notes and discussion prompts, and what comes next. Shown in the
//! presenter window, or in a panel of the projector when no window can be opened.

use super::parts::{
    frame_title, phase_key, step_key, Choices, PickNeeded, StepButtons, TimerControls,
};
use super::session::Session;
use crate::ui::components::blocks::{Labelled, Prose};
use crate::ui::i18n::{dir_of, tr, use_i18n};
use amane_core::key;
use leptos::prelude::*;

/// Everything the trainer needs at the current step.
#[component]
pub fn PresenterBody(
    /// The presentation.
    session: Session,
) -> impl IntoView {
    let i18n = use_i18n();
    let key = step_key(session);
    let shown = session.loaded().locale;
    let now = move || {
        let _ = key.get();
        session
            .with_deck(|deck| {
                session.state.with_untracked(|s| {
                    format!(
                        "{} — {}",
                        i18n.t(phase_key(s.frame())),
                        frame_title(i18n, deck, s.frame())
                    )
                })
            })
            .unwrap_or_default()
    };
    let choices = move || {
        let _ = key.get();
        view! {
            <ol class="present-choices compact">
                <Choices session=session inputs=true answers=true />
            </ol>
        }
    };
    let notes = move || {
        let _ = key.get();
        session.with_deck(|deck| {
            let at = session.state.with_untracked(|s| s.frame().at.clone());
            let notes: Vec<_> = deck.notes_at(&at).into_iter().cloned().collect();
            let discussion = deck.discussion_at(&at).cloned();
            view! {
                {if notes.is_empty() {
                    view! { <p class="no-notes">{tr(key!("trainer-no-notes"))}</p> }.into_any()
                } else {
                    notes
                        .into_iter()
                        .map(|n| view! { <Prose html=n class="trainer-note" /> })
                        .collect_view()
                        .into_any()
                }}
                {discussion
                    .map(|d| {
                        view! {
                            <Labelled class="discussion" label=key!("scenario-discussion")>
                                <Prose html=d />
                            </Labelled>
                        }
                    })}
            }
        })
    };
    let upcoming = move || {
        let _ = key.get();
        session
            .with_deck(|deck| {
                session.state.with_untracked(|s| {
                    s.upcoming(deck).map(|f| {
                        format!(
                            "{} — {}",
                            i18n.t(phase_key(&f)),
                            frame_title(i18n, deck, &f)
                        )
                    })
                })
            })
            .flatten()
    };
    view! {
        <div class="presenter-body" lang=shown.code() dir=dir_of(shown)>
            <section class="presenter-now">
                <p class="presenter-step">{now}</p>
                {choices}
                <PickNeeded session=session />
                <div class="present-controls">
                    <StepButtons session=session />
                </div>
            </section>
            <section class="presenter-timer">
                <h2>{tr(key!("trainer-timer"))}</h2>
                <TimerControls session=session />
            </section>
            <section class="presenter-notes">
                <h2>{tr(key!("trainer-notes"))}</h2>
                {notes}
            </section>
            <section class="presenter-next">
                <h2>{tr(key!("trainer-next-up"))}</h2>
                <p class="upcoming">{move || upcoming().unwrap_or_else(|| "—".to_owned())}</p>
            </section>
        </div>
    }
}
