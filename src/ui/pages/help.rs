//! Help: the contacts from the course content with the sources they cite, and how to leave
//! quickly (honestly: the history is not erased).

use crate::ui::components::blocks::Blocks;
use crate::ui::components::sources::SourcesList;
use crate::ui::content::use_content;
use crate::ui::i18n::{tr, use_i18n};
use amane_core::key;
use leptos::prelude::*;
use std::sync::Arc;

/// Help screen.
#[component]
pub fn HelpPage() -> impl IntoView {
    let content = use_content();
    let i18n = use_i18n();
    let help = LocalResource::new(move || content.help(i18n.locale()));
    view! {
        <h1 tabindex="-1">{tr(key!("help-title"))}</h1>
        <p>{tr(key!("help-intro"))}</p>
        <p class="guide-link">
            <a class="button" href="#/guide">
                {tr(key!("guide-open"))}
            </a>
        </p>
        <section aria-labelledby="help-contacts">
            <h2 id="help-contacts">{tr(key!("help-contacts-title"))}</h2>
            <p>{tr(key!("help-contacts-intro"))}</p>
            {move || {
                help.get()
                    .and_then(Result::ok)
                    .map(|loaded| {
                        let id: Arc<str> = Arc::from("help");
                        let lang = loaded.locale.code();
                        let sections = loaded
                            .module
                            .steps
                            .iter()
                            .map(|s| {
                                view! {
                                    <section class="help-section" lang=lang>
                                        <h3>{s.title.clone()}</h3>
                                        <Blocks module=id.clone() blocks=s.blocks.clone() />
                                    </section>
                                }
                            })
                            .collect_view();
                        let sources = loaded.module.front.sources.clone();
                        view! {
                            {sections}
                            <div class="help-sources" lang=lang>
                                <SourcesList sources=sources open=true />
                            </div>
                        }
                    })
            }}
            <p class="emergency">{tr(key!("help-emergency"))}</p>
        </section>
        <section aria-labelledby="help-leave">
            <h2 id="help-leave">{tr(key!("help-leave-title"))}</h2>
            <p>{tr(key!("help-leave-body"))}</p>
            <h3>{tr(key!("help-history-title"))}</h3>
            <p>{tr(key!("help-history-body"))}</p>
            <ul>
                <li>{tr(key!("help-history-computer"))}</li>
                <li>{tr(key!("help-history-phone"))}</li>
            </ul>
            <p>{tr(key!("help-private-browsing"))}</p>
        </section>
    }
}
