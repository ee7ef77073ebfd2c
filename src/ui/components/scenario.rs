//! A branching scenario: narrative, choices, the consequence of each choice, and at the
//! ending the judgement, the path taken, "what would have happened if…", and a replay.

use crate::ui::components::blocks::Prose;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::learner::use_learner;
use crate::web::dom;
use amane_core::content::{Ending, Html, Scenario};
use amane_core::key;
use amane_core::quiz::{
    alternatives, current, ending, restart, scenario_score, start, step, ScenarioState, Score,
};
use amane_core::screen::judgement;
use leptos::prelude::*;
use std::sync::Arc;

/// What the feedback region says after a choice: the choice taken and its consequence, if the
/// content gives one.
type Taken = (Html, Option<Html>);

/// Plays a scenario of `module`; reaching an ending is recorded (best score kept).
///
/// After each choice, focus moves to one feedback region that stays on the page (a polite live
/// region whose text changes, so screen readers announce it): the consequence of the choice
/// and, at an ending, its judgement and points.
#[component]
pub fn ScenarioPlayer(
    /// Id of the module (progress is recorded under it).
    module: Arc<str>,
    /// The scenario.
    scenario: Scenario,
) -> impl IntoView {
    let learner = use_learner();
    let scenario = Arc::new(scenario);
    let Ok(first) = start(&scenario) else {
        return ().into_any();
    };
    let state = RwSignal::new(first);
    let taken: RwSignal<Option<Taken>> = RwSignal::new(None);
    let heading = NodeRef::<leptos::html::H2>::new();
    let feedback = NodeRef::<leptos::html::Div>::new();
    let s = scenario.clone();
    let choose = move |index: usize| {
        let before = state.get_untracked();
        let Ok(next) = step(&s, &before, index) else {
            return;
        };
        dom::focus_node(feedback);
        let choice = current(&s, &before).and_then(|n| n.choices.get(index));
        taken.set(choice.map(|c| (c.text.clone(), c.feedback.clone())));
        if ending(&s, &next).is_some() {
            learner.record_scenario(&module, &s.id, &next.node, scenario_score(&s, &next));
        }
        state.set(next);
    };
    let replay = move |_| {
        taken.set(None);
        state.update(|st| *st = restart(st));
        dom::focus_after_render(heading);
    };
    let s = scenario.clone();
    let judged = scenario.clone();
    let ending_now = move || {
        let st = state.get();
        ending(&judged, &st).map(|end| (end, scenario_score(&judged, &st)))
    };
    view! {
        <section class="scenario" data-scenario=scenario.id.clone()>
            <div
                class="feedback scenario-feedback"
                tabindex="-1"
                aria-live="polite"
                node_ref=feedback
            >
                {move || {
                    taken
                        .get()
                        .map(|(choice, consequence)| {
                            view! {
                                <div class="consequence">
                                    <p class="label">
                                        {tr(
                                            if consequence.is_some() {
                                                key!("scenario-consequence")
                                            } else {
                                                key!("scenario-you-chose")
                                            },
                                        )}
                                    </p>
                                    <Prose html=choice class="chosen" />
                                    {consequence.map(|c| view! { <Prose html=c /> })}
                                </div>
                            }
                        })
                }}
                {move || {
                    ending_now()
                        .map(|(end, score)| view! { <EndingJudgement ending=end score=score /> })
                }}
            </div>
            {move || {
                let st = state.get();
                let node = current(&s, &st)?.clone();
                let ending = node.ending;
                Some(
                    view! {
                        <h2
                            class="node-title"
                            tabindex="-1"
                            data-node=node.id.clone()
                            node_ref=heading
                        >
                            {node.title.clone()}
                        </h2>
                        <Prose html=node.body.clone() />
                        {match ending {
                            None => {
                                view! {
                                    <p class="choose">{tr(key!("scenario-choose"))}</p>
                                    <ChoiceButtons
                                        class="choices"
                                        texts=node.choices.iter().map(|c| c.text.clone()).collect()
                                        choose=choose.clone()
                                    />
                                }
                                    .into_any()
                            }
                            Some(_) => {
                                view! {
                                    <PathRecap scenario=s.clone() state=st.clone() />
                                    <button class="primary" on:click=replay>
                                        {tr(key!("scenario-replay"))}
                                    </button>
                                }
                                    .into_any()
                            }
                        }}
                    },
                )
            }}
        </section>
    }
    .into_any()
}

/// The ending's judgement in words (never colour alone) and the points earned.
#[component]
fn EndingJudgement(ending: Ending, score: Score) -> impl IntoView {
    let i18n = use_i18n();
    let (earned, max) = score.points();
    view! {
        <EndingWords ending=ending>
            <p class="score">
                {move || {
                    i18n.t_args(
                        key!("scenario-points"),
                        &[("earned", earned.into()), ("max", max.into())],
                    )
                }}
            </p>
        </EndingWords>
    }
}

/// An ending's judgement in words, in the player and on the projector alike; `children`
/// follow the words.
#[component]
pub fn EndingWords(
    /// How the scenario ended.
    ending: Ending,
    /// What follows the words (the points earned, in the player).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let judged = judgement(ending);
    view! {
        <div class=format!("ending {}", judged.class)>
            <p class="ending-label">
                <span class="icon" aria-hidden="true"></span>
                {tr(judged.label)}
            </p>
            <p>{tr(judged.note)}</p>
            {children.map(|c| c())}
        </div>
    }
}

/// At the ending: the path taken and the roads not taken.
#[component]
fn PathRecap(scenario: Arc<Scenario>, state: ScenarioState) -> impl IntoView {
    let i18n = use_i18n();
    let recap: Vec<_> = alternatives(&scenario, &state.path)
        .into_iter()
        .map(|r| {
            let others: Vec<(Html, Option<String>, Option<Html>)> = r
                .others
                .iter()
                .map(|a| {
                    (
                        a.choice.text.clone(),
                        a.target_title.map(str::to_owned),
                        a.choice.feedback.clone(),
                    )
                })
                .collect();
            (r.node.title.clone(), r.taken.text.clone(), others)
        })
        .collect();
    view! {
        <h3>{tr(key!("scenario-path-recap"))}</h3>
        <ol class="recap">
            {recap
                .into_iter()
                .map(|(title, taken, others)| {
                    view! {
                        <li>
                            <p class="recap-node">{title}</p>
                            <p>{tr(key!("scenario-you-chose"))}</p>
                            <Prose html=taken class="chosen" />
                            <details class="what-if">
                                <summary>{tr(key!("scenario-what-if"))}</summary>
                                <ul>
                                    {others
                                        .into_iter()
                                        .map(|(text, target, feedback)| {
                                            view! {
                                                <li>
                                                    <Prose html=text />
                                                    {target
                                                        .map(|t| {
                                                            view! {
                                                                <p>
                                                                    {move || {
                                                                        i18n.t_args(
                                                                            key!("scenario-other-choice-led-to"),
                                                                            &[("node", t.clone().into())],
                                                                        )
                                                                    }}
                                                                </p>
                                                            }
                                                        })}
                                                    {feedback
                                                        .map(|f| {
                                                            view! { <Prose html=f class="option-feedback" /> }
                                                        })}
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            </details>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}

/// The choices of a scenario's or a guide's node, one button each, in order; `choose` gets the
/// index of the one pressed.
#[component]
pub fn ChoiceButtons(
    /// The list's CSS classes.
    class: &'static str,
    /// Each choice's text.
    texts: Vec<Html>,
    /// What pressing the n-th choice does.
    choose: impl Fn(usize) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <ul class=class>
            {texts
                .into_iter()
                .enumerate()
                .map(|(i, text)| {
                    let choose = choose.clone();
                    view! {
                        <li>
                            <button class="choice" on:click=move |_| choose(i)>
                                <Prose html=text class="choice-text" />
                            </button>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
