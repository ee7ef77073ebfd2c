//! Trainer workshop mode on screen: the projector view (`#/present/<module>/<block>`) and
//! the presenter window (`#/presenter/<module>/<block>`), kept in step over a
//! `BroadcastChannel`. The rules are `amane_core::present`'s; no learner progress is read
//! or recorded here.

mod lesson;
mod notes;
mod parts;
mod session;
mod stage;

use crate::ui::components::notice::module_page;
use crate::ui::content::use_module;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::pages::not_found::NotFoundPage;
use crate::web::channel::open_window;
use crate::web::dom;
use crate::web::location;
use amane_core::i18n::MessageKey;
use amane_core::key;
use amane_core::present::{key_action, KeyAction, Shortcuts};
use amane_core::route::Route;
use leptos::prelude::*;
use notes::PresenterBody;
use parts::{Countdown, PickNeeded, StepButtons};
use session::Session;
use stage::Stage;

/// Which window this is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Projector,
    Presenter,
}

/// The projector view of `block` in `module`.
#[component]
pub fn PresentPage(
    /// Module id.
    module: String,
    /// Scenario or question-set id.
    block: String,
) -> impl IntoView {
    view! { <Loader module=module block=block role=Role::Projector /> }
}

/// The presenter window paired with the projector view of `block` in `module`.
#[component]
pub fn PresenterPage(
    /// Module id.
    module: String,
    /// Scenario or question-set id.
    block: String,
) -> impl IntoView {
    view! { <Loader module=module block=block role=Role::Presenter /> }
}

/// Loads the module in the current language, then shows the window for `role`.
#[component]
fn Loader(module: String, block: String, role: Role) -> impl IntoView {
    module_page(use_module(module), move |loaded| {
        match Session::new(loaded, block.clone()) {
            None => view! { <NotFoundPage /> }.into_any(),
            Some(session) => match role {
                Role::Projector => view! { <Projector session=session /> }.into_any(),
                Role::Presenter => view! { <Presenter session=session /> }.into_any(),
            },
        }
    })
}

/// Listens to the presentation keys; `on_other` receives notes and leave. Returns the
/// window's choice of shortcuts (all on at first), for [`CharacterKeys`].
fn listen_keys(session: Session, on_other: impl Fn(KeyAction) + 'static) -> RwSignal<Shortcuts> {
    let shortcuts = RwSignal::new(Shortcuts::All);
    let listener = window_event_listener(leptos::ev::keydown, move |e| {
        if e.repeat() || dom::belongs_to_control(&e) {
            return;
        }
        let modifier = e.ctrl_key() || e.alt_key() || e.meta_key();
        match key_action(&e.key(), &e.code(), modifier, shortcuts.get_untracked()) {
            Some(KeyAction::Do(command)) => {
                e.prevent_default();
                session.dispatch(command);
            }
            Some(other) => {
                e.prevent_default();
                on_other(other);
            }
            None => {}
        }
    });
    on_cleanup(move || listener.remove());
    shortcuts
}

/// A checkbox that turns the letter and digit keys off (and on again) in this window.
#[component]
fn CharacterKeys(shortcuts: RwSignal<Shortcuts>) -> impl IntoView {
    let on = move || shortcuts.get() == Shortcuts::All;
    view! {
        <fieldset class="character-keys">
            <legend>{tr(key!("trainer-keyboard"))}</legend>
            <label>
                <input
                    type="checkbox"
                    prop:checked=on
                    on:change=move |_| {
                        shortcuts
                            .set(if on() { Shortcuts::NoCharacterKeys } else { Shortcuts::All });
                    }
                />
                " "
                {tr(key!("trainer-character-keys"))}
            </label>
        </fieldset>
    }
}

/// The projector: one step, large; the notes only in a panel when no presenter window can
/// be opened.
#[component]
fn Projector(session: Session) -> impl IntoView {
    let i18n = use_i18n();
    // Why the notes are shown here, when they are.
    let panel: RwSignal<Option<MessageKey>> = RwSignal::new(None);
    let (module, block) = session
        .state
        .with_untracked(|s| (s.module.clone(), s.block.clone()));
    let presenter = Route::Presenter { module, block }.to_hash();
    let notes = move || {
        if panel.get_untracked().is_some() {
            panel.set(None);
        } else if !session.linked {
            panel.set(Some(key!("trainer-notes-here")));
        } else if !open_window(&presenter, "amane-presenter") {
            panel.set(Some(key!("trainer-popup-blocked")));
        }
    };
    let notes_key = notes.clone();
    let shortcuts = listen_keys(session, move |action| match action {
        KeyAction::Notes => notes_key(),
        KeyAction::Leave => location::go(&Route::Trainer.to_hash()),
        KeyAction::Do(_) => {}
    });
    let timer_used = move || {
        session
            .state
            .with(|s| s.timer.is_running() || s.timer.used_ms > 0)
    };
    view! {
        <section class="present">
            <div class="present-bar">
                <Show when=timer_used>
                    <Countdown session=session />
                </Show>
                <a class="present-exit" href=Route::Trainer.to_hash()>
                    {tr(key!("trainer-exit"))}
                </a>
            </div>
            <Stage session=session />
            <PickNeeded session=session />
            <nav class="present-controls" aria-label=tr(key!("trainer-title"))>
                <StepButtons session=session />
                <button
                    class="timer-toggle"
                    on:click=move |_| session.dispatch(amane_core::present::Command::TimerToggle)
                >
                    {move || {
                        if session.state.with(|s| s.timer.is_running()) {
                            i18n.t(key!("trainer-timer-stop"))
                        } else {
                            i18n.t(key!("trainer-timer-start"))
                        }
                    }}
                </button>
                <button
                    class="notes-toggle"
                    aria-expanded=move || panel.get().is_some().to_string()
                    on:click=move |_| notes()
                >
                    {tr(key!("trainer-presenter-window"))}
                </button>
            </nav>
            <p class="present-keys">{tr(key!("trainer-keyboard-help"))}</p>
            <CharacterKeys shortcuts=shortcuts />
            {move || {
                panel
                    .get()
                    .map(|why| {
                        view! {
                            <aside class="notes-panel" aria-label=tr(key!("trainer-notes"))>
                                <p class="notes-why" role="status">
                                    {tr(why)}
                                </p>
                                <PresenterBody session=session />
                                <button on:click=move |_| {
                                    panel.set(None)
                                }>{tr(key!("app-close"))}</button>
                            </aside>
                        }
                    })
            }}
        </section>
    }
}

/// The presenter window: notes, tallies, timer and what comes next, in step with the
/// projector.
#[component]
fn Presenter(session: Session) -> impl IntoView {
    let shortcuts = listen_keys(session, |_| {});
    view! {
        <section class="presenter">
            <h1 tabindex="-1">{tr(key!("trainer-presenter-title"))}</h1>
            <PresenterBody session=session />
            <CharacterKeys shortcuts=shortcuts />
        </section>
    }
}
