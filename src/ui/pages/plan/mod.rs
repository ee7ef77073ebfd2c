//! A printable session plan (`#/trainer/plan/<module>`, and `#/trainer/plan/parents` for the
//! parents' session): a choice of length, the timed parts `amane_core::plan::session_plan`
//! derives from the module, the adaptations for a group that reads little, and what to
//! prepare. Prints as a clean A4 sheet in the interface language.

mod part;
mod script;

use crate::ui::components::notice::module_page;
use crate::ui::components::sources::SourcesList;
use crate::ui::content::{use_content, use_module, LoadedModule, ModuleLoad};
use crate::ui::i18n::{tr, use_i18n};
use crate::web::page;
use amane_core::check::PARENTS_ID;
use amane_core::i18n::MessageKey;
use amane_core::key;
use amane_core::plan::{session_plan, Length};
use leptos::prelude::*;
use part::PartView;
use std::sync::Arc;

/// The plan of `module` (a module id, or `parents`).
#[component]
pub fn SessionPlanPage(
    /// Module id, or `parents` for the parents' session.
    module: String,
) -> impl IntoView {
    let parents = module == PARENTS_ID;
    let load: ModuleLoad = if parents {
        let content = use_content();
        let i18n = use_i18n();
        LocalResource::new(move || content.parents(i18n.locale()))
    } else {
        use_module(module)
    };
    let lengths = if parents {
        Length::FOR_PARENTS
    } else {
        Length::FOR_MODULES
    };
    let length = RwSignal::new(lengths[0]);
    module_page(load, move |loaded| {
        view! { <PlanView loaded=loaded lengths=lengths length=length parents=parents /> }
            .into_any()
    })
}

/// The plan of a loaded module at the chosen length.
#[component]
fn PlanView(
    /// The module (or the parents' session).
    loaded: Arc<LoadedModule>,
    /// The lengths offered.
    lengths: [Length; 2],
    /// The chosen length.
    length: RwSignal<Length>,
    /// Whether this is the parents' session (its parts carry the text to say).
    parents: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let module = loaded.module.clone();
    let projected = (!parents).then(|| module.id.clone());
    let title = module.front.title.clone();
    let sources = module.front.sources.clone();
    let intro = if parents {
        key!("plan-parents-intro")
    } else {
        key!("plan-intro")
    };
    let parts = move || {
        let plan = session_plan(&module, length.get());
        let total = plan.total_minutes();
        let parts = plan
            .parts
            .iter()
            .map(|p| {
                view! { <PartView part=part::Shown::of(p) script=parents module=projected.clone() /> }
            })
            .collect_view();
        view! {
            <p class="plan-total" data-total=total>
                {move || i18n.t_args(key!("plan-total"), &[("count", total.into())])}
            </p>
            <ol class="plan-parts">{parts}</ol>
        }
    };
    view! {
        <div class="session-plan-page" lang=loaded.locale.code()>
            <p class="plan-kicker">{tr(key!("plan-title"))}</p>
            <h1 tabindex="-1">{title}</h1>
            <p class="plan-intro">{tr(intro)}</p>
            <div class="plan-controls">
                <LengthChoice lengths=lengths length=length />
                <button class="plan-print" on:click=|_| page::print()>
                    {tr(key!("trainer-print-plan"))}
                </button>
            </div>
            <h2>{tr(key!("plan-parts"))}</h2>
            {parts}
            <Advice
                title=key!("plan-low-literacy-title")
                class="plan-low-literacy"
                items=vec![
                    key!("plan-low-literacy-read-aloud"),
                    key!("plan-low-literacy-cards"),
                    key!("plan-low-literacy-pictures"),
                    key!("plan-low-literacy-pairs"),
                    key!("plan-low-literacy-darija"),
                ]
            />
            <Advice
                title=key!("plan-materials-title")
                class="plan-materials"
                items=vec![
                    key!("plan-materials-computer"),
                    key!("plan-materials-cards"),
                    key!("plan-materials-numbers"),
                    key!("plan-materials-plan"),
                ]
            />
            {parents.then(|| view! { <SourcesList sources=sources /> })}
        </div>
    }
}

/// The choice of length, as radio buttons.
#[component]
fn LengthChoice(
    /// The lengths offered.
    lengths: [Length; 2],
    /// The chosen length.
    length: RwSignal<Length>,
) -> impl IntoView {
    let i18n = use_i18n();
    let options = lengths
        .into_iter()
        .map(|l| {
            let minutes = l.minutes();
            view! {
                <label class="plan-length-option">
                    <input
                        type="radio"
                        name="plan-length"
                        value=minutes
                        prop:checked=move || length.get() == l
                        on:change=move |_| length.set(l)
                    />
                    {move || i18n.t_args(key!("plan-minutes"), &[("count", minutes.into())])}
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="plan-length">
            <legend>{tr(key!("plan-length-label"))}</legend>
            {options}
        </fieldset>
    }
}

/// A titled list of generic advice.
#[component]
fn Advice(
    /// Fluent id of the heading.
    title: MessageKey,
    /// CSS class of the section.
    class: &'static str,
    /// Fluent ids of the items, in order.
    items: Vec<MessageKey>,
) -> impl IntoView {
    view! {
        <section class=class>
            <h2>{tr(title)}</h2>
            <ul>{items.into_iter().map(|k| view! { <li>{tr(k)}</li> }).collect_view()}</ul>
        </section>
    }
}
