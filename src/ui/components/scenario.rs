//! A branching scenario: narrative, choices, the consequence of each choice, and at the
//! ending the path taken, "what would have happened if…", and a replay.

use crate::ui::components::blocks::Prose;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::learner::use_learner;
use amane_core::content::{Ending, Html, Scenario};
use amane_core::quiz::{
    alternatives, current, restart, scenario_score, start, step, ScenarioState,
};
use leptos::prelude::*;
use std::sync::Arc;

/// Fluent ids of an ending's label and note.
pub fn ending_keys(ending: Ending) -> (&'static str, &'static str) {
    match ending {
        Ending::Good => ("scenario-ending-good", "scenario-ending-good-note"),
        Ending::Mixed => ("scenario-ending-mixed", "scenario-ending-mixed-note"),
        Ending::Bad => ("scenario-ending-bad", "scenario-ending-bad-note"),
    }
}

/// Plays a scenario of `module`; reaching an ending is recorded (best score kept).
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
    let consequence: RwSignal<Option<(Html, Html)>> = RwSignal::new(None);
    let heading = NodeRef::<leptos::html::H2>::new();
    let s = scenario.clone();
    let choose = move |index: usize| {
        let before = state.get_untracked();
        let Ok(next) = step(&s, &before, index) else {
            return;
        };
        let taken = current(&s, &before).and_then(|n| n.choices.get(index));
        consequence.set(taken.and_then(|c| c.feedback.clone().map(|f| (c.text.clone(), f))));
        if let Some(end) = current(&s, &next).filter(|n| n.ending.is_some()) {
            learner.record_scenario(&module, &s.id, &end.id, scenario_score(&s, &next));
        }
        state.set(next);
        request_animation_frame(move || {
            if let Some(h) = heading.get_untracked() {
                let _ = h.focus();
            }
        });
    };
    let replay = move |_| {
        consequence.set(None);
        state.update(|st| *st = restart(st));
        request_animation_frame(move || {
            if let Some(h) = heading.get_untracked() {
                let _ = h.focus();
            }
        });
    };
    let s = scenario.clone();
    view! {
        <section class="scenario" data-scenario=scenario.id.clone()>
            {move || consequence.get().map(|(choice, feedback)| view! {
                <div class="consequence" role="status">
                    <p class="label">{tr("scenario-consequence")}</p>
                    <Prose html=choice class="chosen"/>
                    <Prose html=feedback/>
                </div>
            })}
            {move || {
                let st = state.get();
                let node = current(&s, &st)?.clone();
                let ending = node.ending;
                Some(view! {
                    <h2 class="node-title" tabindex="-1" data-node=node.id.clone() node_ref=heading>{node.title.clone()}</h2>
                    <Prose html=node.body.clone()/>
                    {match ending {
                        None => view! {
                            <p class="choose">{tr("scenario-choose")}</p>
                            <ul class="choices">
                                {node.choices.iter().enumerate().map(|(i, c)| { let choose = choose.clone(); view! {
                                    <li><button class="choice" on:click=move |_| choose(i)>
                                        <Prose html=c.text.clone() class="choice-text"/>
                                    </button></li>
                                }}).collect_view()}
                            </ul>
                        }.into_any(),
                        Some(end) => view! {
                            <EndingView scenario=s.clone() state=st.clone() ending=end/>
                            <button class="primary" on:click=replay>{tr("scenario-replay")}</button>
                        }.into_any(),
                    }}
                })
            }}
        </section>
    }
    .into_any()
}

/// The ending: its judgement, the points, the path taken and the roads not taken.
#[component]
fn EndingView(scenario: Arc<Scenario>, state: ScenarioState, ending: Ending) -> impl IntoView {
    let i18n = use_i18n();
    let (label, note) = ending_keys(ending);
    let score = scenario_score(&scenario, &state);
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
        <div class=format!("ending {}", ending_class(ending)) role="status">
            <p class="ending-label"><span class="icon" aria-hidden="true"></span>{tr(label)}</p>
            <p>{tr(note)}</p>
            <p class="score">{move || i18n.t_args("scenario-points", &[
                ("earned", (score.earned / 100).into()), ("max", (score.max / 100).into())])}</p>
        </div>
        <h3>{tr("scenario-path-recap")}</h3>
        <ol class="recap">
            {recap.into_iter().map(|(title, taken, others)| view! {
                <li>
                    <p class="recap-node">{title}</p>
                    <p>{tr("scenario-you-chose")}</p>
                    <Prose html=taken class="chosen"/>
                    <details class="what-if">
                        <summary>{tr("scenario-what-if")}</summary>
                        <ul>{others.into_iter().map(|(text, target, feedback)| view! {
                            <li>
                                <Prose html=text/>
                                {target.map(|t| view! { <p>{move || i18n.t_args("scenario-other-choice-led-to", &[("node", t.clone().into())])}</p> })}
                                {feedback.map(|f| view! { <Prose html=f class="option-feedback"/> })}
                            </li>
                        }).collect_view()}</ul>
                    </details>
                </li>
            }).collect_view()}
        </ol>
    }
}

/// A CSS hook for an ending.
fn ending_class(ending: Ending) -> &'static str {
    match ending {
        Ending::Good => "good",
        Ending::Mixed => "mixed",
        Ending::Bad => "bad",
    }
}
