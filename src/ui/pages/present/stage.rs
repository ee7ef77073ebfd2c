//! The step on screen, large: a node's narrative, the numbered choices with their tallies,
//! the consequence or answer once revealed, and at the end the room's path; or a lesson
//! step's text. Trainer notes never appear here.

use super::lesson::lesson_view;
use super::parts::{arranged, ending_view, frame_title, revealed_text, step_key, Choices};
use super::session::Session;
use crate::ui::components::blocks::Prose;
use crate::ui::i18n::{dir_of, tr, use_i18n, I18n};
use amane_core::key;
use amane_core::present::{At, Deck, DeckKind, Phase, PresentState, Showing};
use amane_core::screen::vote_text;
use leptos::prelude::*;

/// The step on screen, rebuilt when the step changes (tallies update in place).
#[component]
pub fn Stage(
    /// The presentation.
    session: Session,
) -> impl IntoView {
    let i18n = use_i18n();
    let key = step_key(session);
    let shown = session.loaded().locale;
    move || {
        let (_, at, phase) = key.get();
        let state = session.state.get_untracked();
        let view = session.with_deck(|deck| step_view(i18n, session, deck, &state, &at, phase));
        view! {
            <div
                class="present-stage"
                lang=shown.code()
                dir=dir_of(shown)
                data-phase=Showing::of(&at, phase).name()
            >
                {view}
            </div>
        }
    }
}

fn step_view(
    i18n: I18n,
    session: Session,
    deck: &Deck<'_>,
    state: &PresentState,
    at: &At,
    phase: Phase,
) -> AnyView {
    let frame = state.frame();
    let title = frame_title(i18n, deck, frame);
    match at {
        At::Recap => recap(i18n, deck, state, title),
        At::Lesson => lesson_view(deck, title),
        At::Node(_) => {
            let node = deck.node(at).cloned();
            let body = (phase == Phase::Read)
                .then(|| node.as_ref().map(|n| n.body.clone()))
                .flatten();
            let voting = phase != Phase::Read;
            view! {
                <h1 tabindex="-1">{title}</h1>
                {body.map(|b| view! { <Prose html=b class="narrative" /> })}
                {ending_view(deck, at)}
                {voting
                    .then(|| {
                        view! {
                            <p class="present-ask">{tr(key!("scenario-choose"))}</p>
                            <ol class="present-choices">
                                <Choices session=session />
                            </ol>
                        }
                    })}
                {revealed_text(deck, frame)}
            }
            .into_any()
        }
        At::Question(_) => {
            let prompt = deck
                .question(at)
                .map(|q| q.prompt.as_str().to_owned())
                .unwrap_or_default();
            let revealed = phase == Phase::Reveal;
            view! {
                <p class="present-count">{title}</p>
                <h1 tabindex="-1" class="present-prompt" inner_html=prompt></h1>
                <ol class="present-choices">
                    <Choices session=session />
                </ol>
                {arranged(deck, at, revealed)}
                {revealed_text(deck, frame)}
            }
            .into_any()
        }
    }
}

/// The end: the ending reached and the path the room took (scenario), or each question
/// with the room's answer (question set).
fn recap(i18n: I18n, deck: &Deck<'_>, state: &PresentState, title: String) -> AnyView {
    let path = state.room_path();
    let ending = state.trail.iter().rev().find_map(|f| {
        deck.node(&f.at)
            .filter(|n| n.ending.is_some())
            .map(|_| f.at.clone())
    });
    let rows = path
        .into_iter()
        .map(|d| {
            // A scenario node's title is plain text; a question's prompt is safe HTML.
            let heading = match (&deck.kind, &d.at) {
                (DeckKind::Scenario(_), at) => {
                    let title = deck.node_title(at).unwrap_or_default().to_owned();
                    view! { <p class="recap-node">{title}</p> }.into_any()
                }
                (DeckKind::Questions(_) | DeckKind::Lesson(_), at) => {
                    let prompt = deck
                        .question(at)
                        .map(|q| q.prompt.as_str().to_owned())
                        .unwrap_or_default();
                    view! { <p class="recap-node" inner_html=prompt></p> }.into_any()
                }
            };
            let is_question = matches!(d.at, At::Question(_));
            let chosen = d.choice.and_then(|c| {
                deck.choices(&d.at)
                    .get(c)
                    .map(|s| (s.text.clone(), s.correct))
            });
            let votes = d.choice.map(|c| vote_text(&d.tally, c, i18n.locale()));
            view! {
                <li>
                    {heading}
                    {match chosen {
                        Some((text, correct)) => {
                            view! {
                                <Prose html=text class="chosen" />
                                <p class="recap-votes">
                                    {votes}
                                    {d
                                        .picked
                                        .then(|| {
                                            view! {
                                                " · "
                                                <span class="marker picked">
                                                    {tr(key!("trainer-picked"))}
                                                </span>
                                            }
                                        })}
                                    {is_question
                                        .then(|| {
                                            view! {
                                                " · "
                                                <span class=if correct {
                                                    "answer right"
                                                } else {
                                                    "answer wrong"
                                                }>
                                                    <span class="icon" aria-hidden="true"></span>
                                                    {tr(
                                                        if correct {
                                                            key!("question-correct")
                                                        } else {
                                                            key!("question-incorrect")
                                                        },
                                                    )}
                                                </span>
                                            }
                                        })}
                                </p>
                            }
                                .into_any()
                        }
                        None => {
                            view! { <p class="recap-votes">{tr(key!("trainer-no-votes"))}</p> }
                                .into_any()
                        }
                    }}
                </li>
            }
        })
        .collect_view();
    view! {
        <h1 tabindex="-1">{title}</h1>
        {ending.and_then(|at| ending_view(deck, &at))}
        <ol class="recap present-recap">{rows}</ol>
    }
    .into_any()
}
