//! What both windows show: the step's title, the numbered choices with their hand tallies,
//! the countdown and the step buttons. The projector adds large type; the presenter adds
//! notes and tally inputs.

use super::session::Session;
use crate::ui::components::blocks::{Labelled, Prose};
use crate::ui::components::scenario::EndingWords;
use crate::ui::i18n::{tr, use_i18n, I18n};
use amane_core::content::{Html, QuestionKind};
use amane_core::i18n::{format_clock, MessageKey};
use amane_core::key;
use amane_core::present::{majority, At, Command, Deck, Frame, Majority, Phase, Showing};
use amane_core::screen::vote_text;
use leptos::prelude::*;

/// Whether `command` would change anything now (tracked): buttons that would do nothing
/// are disabled.
pub fn can(session: Session, command: Command) -> bool {
    let mut state = session.state.get();
    session
        .with_deck(|deck| state.apply(deck, command, session.now.get_untracked(), 0))
        .unwrap_or(false)
}

/// The step on screen, as a key that changes only when the step does (not with tallies).
pub fn step_key(session: Session) -> Memo<(usize, At, Phase)> {
    Memo::new(move |_| {
        session.state.with(|s| {
            let f = s.frame();
            (s.trail.len(), f.at.clone(), f.phase)
        })
    })
}

/// A short title for a step: the node's title, "Question n of m", or the recap's heading.
pub fn frame_title(i18n: I18n, deck: &Deck<'_>, frame: &Frame) -> String {
    match &frame.at {
        At::Node(_) => deck.node_title(&frame.at).unwrap_or_default().to_owned(),
        At::Question(i) => i18n.t_args(
            key!("question-number"),
            &[
                ("current", (i + 1).into()),
                ("total", deck.question_count().into()),
            ],
        ),
        At::Recap => i18n.t(match deck.kind {
            amane_core::present::DeckKind::Scenario(_) => key!("trainer-room-path"),
            amane_core::present::DeckKind::Questions(_)
            | amane_core::present::DeckKind::Lesson(_) => key!("trainer-room-answers"),
        }),
        At::Lesson => deck.step.title.clone(),
    }
}

/// The Fluent id naming what a frame shows.
pub fn phase_key(frame: &Frame) -> MessageKey {
    match frame.showing() {
        Showing::Recap => key!("trainer-phase-recap"),
        Showing::Lesson => key!("trainer-phase-lesson"),
        Showing::Read => key!("trainer-phase-read"),
        Showing::Vote => key!("trainer-phase-vote"),
        Showing::Reveal => key!("trainer-phase-reveal"),
    }
}

/// "12 voix · 40 %" for choice `n` of the step on screen.
fn votes_text(i18n: I18n, session: Session, n: usize) -> String {
    let locale = i18n.locale();
    session
        .state
        .with(|s| vote_text(&s.frame().tally, n, locale))
}

/// The numbered choices of the step on screen, with tallies once the room votes, the
/// majority and the trainer's pick in words, and (revealed questions) the right answers.
/// `inputs` adds a number field per choice to type a count (presenter).
#[component]
pub fn Choices(
    /// The presentation.
    session: Session,
    /// Whether to offer a field to type each count.
    #[prop(optional)]
    inputs: bool,
    /// Whether to mark the right answers even before they are revealed (presenter).
    #[prop(optional)]
    answers: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let (at, phase) = session
        .state
        .with_untracked(|s| (s.frame().at.clone(), s.frame().phase));
    let is_question = matches!(at, At::Question(_));
    let rows = session
        .with_deck(|deck| {
            deck.choices(&at)
                .into_iter()
                .map(|c| (c.text.clone(), c.correct))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    let voting = phase == Phase::Vote;
    let revealed = phase == Phase::Reveal;
    rows.into_iter()
        .enumerate()
        .map(|(n, (text, correct))| {
            let number = n + 1;
            let votes = move || session.state.with(|s| s.frame().tally.get(n).copied().unwrap_or(0));
            let total = move || session.state.with(|s| s.frame().tally.iter().sum::<u32>().max(1));
            let lead = move || session.state.with(|s| majority(&s.frame().tally) == Majority::Clear(n));
            let picked = move || session.state.with(|s| s.frame().pick == Some(n));
            let decided = move || session.state.with(|s| s.frame().decided() == Some(n));
            let show_answer = is_question && (revealed || answers);
            let set = move |ev: leptos::ev::Event| {
                if let Ok(v) = event_target_value(&ev).trim().parse::<u32>() {
                    session.dispatch(Command::SetTally(n, v));
                }
            };
            view! {
                <li
                    class="present-choice"
                    data-choice=number
                    data-decided=move || decided().to_string()
                    data-correct=show_answer.then(|| correct.to_string())
                >
                    <span class="choice-number">{number}</span>
                    <div class="choice-body">
                        <Prose html=text class="choice-text" />
                        {show_answer
                            .then(|| {
                                view! {
                                    <p class=if correct { "answer right" } else { "answer wrong" }>
                                        <span class="icon" aria-hidden="true"></span>
                                        {tr(
                                            if correct {
                                                key!("question-correct")
                                            } else {
                                                key!("question-incorrect")
                                            },
                                        )}
                                    </p>
                                }
                            })}
                        {(voting || revealed)
                            .then(|| {
                                view! {
                                    <div class="tally">
                                        <progress
                                            max=move || total().to_string()
                                            value=move || votes().to_string()
                                        ></progress>
                                        <span
                                            class="tally-count"
                                            data-votes=move || votes().to_string()
                                        >
                                            {move || votes_text(i18n, session, n)}
                                        </span>
                                    </div>
                                }
                            })}
                        <p class="markers">
                            <Show when=lead>
                                <span class="marker majority">{tr(key!("trainer-majority"))}</span>
                            </Show>
                            <Show when=picked>
                                <span class="marker picked">{tr(key!("trainer-picked"))}</span>
                            </Show>
                        </p>
                    </div>
                    {voting
                        .then(|| {
                            view! {
                                <div class="tally-controls">
                                    <button
                                        class="tally-remove"
                                        aria-label=move || {
                                            format!("{} {number}", i18n.t(key!("trainer-tally-remove")))
                                        }
                                        on:click=move |_| session.dispatch(Command::Remove(n))
                                    >
                                        "−"
                                    </button>
                                    {inputs
                                        .then(|| {
                                            view! {
                                                <input
                                                    type="number"
                                                    min="0"
                                                    max="999"
                                                    inputmode="numeric"
                                                    class="tally-input"
                                                    aria-label=move || {
                                                        i18n.t_args(
                                                            key!("trainer-tally-set"),
                                                            &[("number", number.into())],
                                                        )
                                                    }
                                                    prop:value=move || votes().to_string()
                                                    on:change=set
                                                />
                                            }
                                        })}
                                    <button
                                        class="tally-add"
                                        aria-label=move || {
                                            format!("{} {number}", i18n.t(key!("trainer-tally-add")))
                                        }
                                        on:click=move |_| session.dispatch(Command::Add(n))
                                    >
                                        "+"
                                    </button>
                                    <button
                                        class="pick"
                                        aria-pressed=move || picked().to_string()
                                        on:click=move |_| session.dispatch(Command::Pick(n))
                                    >
                                        {move || {
                                            i18n.t_args(
                                                key!("trainer-pick"),
                                                &[("number", number.into())],
                                            )
                                        }}
                                    </button>
                                </div>
                            }
                        })}
                </li>
            }
        })
        .collect_view()
}

/// An ordering or matching question: its items (shuffled while the room thinks, in order
/// once revealed).
pub fn arranged(deck: &Deck<'_>, at: &At, revealed: bool) -> Option<AnyView> {
    let question = deck.question(at)?;
    let order = deck.order(question);
    let view = match &question.kind {
        QuestionKind::Ordering(items) => {
            let shown: Vec<Html> = if revealed {
                items.clone()
            } else {
                order
                    .iter()
                    .filter_map(|&i| items.get(i).cloned())
                    .collect()
            };
            view! {
                <ol class="present-arranged" data-revealed=revealed.to_string()>
                    {shown
                        .into_iter()
                        .map(|h| {
                            view! {
                                <li>
                                    <Prose html=h />
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            }
            .into_any()
        }
        QuestionKind::Matching(pairs) => {
            let rows: Vec<(Html, Html)> = pairs
                .iter()
                .enumerate()
                .map(|(i, (left, right))| {
                    let shown = if revealed {
                        right.clone()
                    } else {
                        order
                            .get(i)
                            .and_then(|&j| pairs.get(j))
                            .map(|p| p.1.clone())
                            .unwrap_or_default()
                    };
                    (left.clone(), shown)
                })
                .collect();
            view! {
                <ul class="present-arranged matching" data-revealed=revealed.to_string()>
                    {rows
                        .into_iter()
                        .map(|(l, r)| {
                            view! {
                                <li>
                                    <Prose html=l />
                                    <span class="pair-arrow" aria-hidden="true">
                                        " ⟷ "
                                    </span>
                                    <Prose html=r />
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
            .into_any()
        }
        _ => return None,
    };
    Some(view)
}

/// What happened after the room's choice (scenario), or the explanation (question).
pub fn revealed_text(deck: &Deck<'_>, frame: &Frame) -> Option<AnyView> {
    if frame.phase != Phase::Reveal {
        return None;
    }
    if let Some(question) = deck.question(&frame.at) {
        let explanation = question.explanation.clone()?;
        return Some(
            view! {
                <Labelled
                    class="present-reveal explanation"
                    label=key!("question-explanation")
                    role="status"
                >
                    <Prose html=explanation />
                </Labelled>
            }
            .into_any(),
        );
    }
    let chosen = deck.choices(&frame.at).get(frame.decided()?)?.clone();
    let (text, feedback) = (chosen.text.clone(), chosen.feedback.cloned());
    Some(
        view! {
            <Labelled
                class="present-reveal consequence"
                label=key!("scenario-consequence")
                role="status"
            >
                <Prose html=text class="chosen" />
                {feedback.map(|f| view! { <Prose html=f /> })}
            </Labelled>
        }
        .into_any(),
    )
}

/// An ending's judgement, in words.
pub fn ending_view(deck: &Deck<'_>, at: &At) -> Option<AnyView> {
    let ending = deck.node(at)?.ending?;
    Some(view! { <EndingWords ending=ending /> }.into_any())
}

/// The countdown, `mm:ss`, and "time is up" in words at zero.
#[component]
pub fn Countdown(
    /// The presentation.
    session: Session,
) -> impl IntoView {
    let left = move || {
        session
            .state
            .with(|s| s.timer.remaining_s(session.now.get()))
    };
    let running = move || session.state.with(|s| s.timer.is_running());
    view! {
        <p class="countdown" data-running=move || running().to_string() role="timer">
            <span class="clock">{move || format_clock(u64::from(left()))}</span>
            <Show when=move || left() == 0>
                <span class="time-up">" "{tr(key!("trainer-time-up"))}</span>
            </Show>
        </p>
    }
}

/// Start/stop, reset, and ±30 seconds.
#[component]
pub fn TimerControls(
    /// The presentation.
    session: Session,
) -> impl IntoView {
    let running = move || session.state.with(|s| s.timer.is_running());
    view! {
        <div class="timer-controls">
            <Countdown session=session />
            <button class="timer-toggle" on:click=move |_| session.dispatch(Command::TimerToggle)>
                {move || {
                    if running() {
                        tr(key!("trainer-timer-stop"))()
                    } else {
                        tr(key!("trainer-timer-start"))()
                    }
                }}
            </button>
            <button on:click=move |_| {
                session.dispatch(Command::TimerReset)
            }>{tr(key!("trainer-timer-reset"))}</button>
            <button on:click=move |_| {
                session.dispatch(Command::TimerAdjust(-30))
            }>{tr(key!("trainer-timer-less"))}</button>
            <button on:click=move |_| {
                session.dispatch(Command::TimerAdjust(30))
            }>{tr(key!("trainer-timer-more"))}</button>
        </div>
    }
}

/// Previous, reveal, next: the same as ←, R and → on the keyboard.
#[component]
pub fn StepButtons(
    /// The presentation.
    session: Session,
) -> impl IntoView {
    view! {
        <button
            class="step-previous"
            disabled=move || !can(session, Command::Previous)
            on:click=move |_| session.dispatch(Command::Previous)
        >
            {tr(key!("trainer-previous-step"))}
        </button>
        <button
            class="step-reveal"
            disabled=move || !can(session, Command::Reveal)
            on:click=move |_| session.dispatch(Command::Reveal)
        >
            {tr(key!("trainer-reveal"))}
        </button>
        <button
            class="step-next primary"
            disabled=move || !can(session, Command::Next)
            on:click=move |_| session.dispatch(Command::Next)
        >
            {tr(key!("trainer-next-step"))}
        </button>
    }
}

/// "Tie or no votes: pick" while a scenario waits for the trainer.
#[component]
pub fn PickNeeded(
    /// The presentation.
    session: Session,
) -> impl IntoView {
    view! {
        <Show when=move || session.state.with(|s| s.needs_pick())>
            <p class="pick-needed" role="status">
                {tr(key!("trainer-pick-needed"))}
            </p>
        </Show>
    }
}
