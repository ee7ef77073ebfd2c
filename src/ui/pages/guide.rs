//! The case guide (`#/guide`): "what do I do now?" for staff facing a real situation. The
//! guide's text is fetched in the chosen language and walked in memory; nothing is recorded.

use crate::ui::components::blocks::{Blocks, Prose};
use crate::ui::components::guide::GuidePlayer;
use crate::ui::components::sources::SourcesList;
use crate::ui::content::use_content;
use crate::ui::i18n::{tr, use_i18n};
use amane_core::content::Block;
use leptos::prelude::*;
use std::sync::Arc;

/// Guide screen: its title, its introduction, the guide itself and its sources.
#[component]
pub fn GuidePage() -> impl IntoView {
    let content = use_content();
    let i18n = use_i18n();
    let guide = LocalResource::new(move || content.guide(i18n.locale()));
    move || {
        let loaded = guide.get()?.ok()?;
        let lang = loaded.locale.code();
        let title = loaded.module.front.title.clone();
        let id: Arc<str> = Arc::from(loaded.module.id.as_str());
        let parts = loaded
            .module
            .steps
            .iter()
            .flat_map(|step| &step.blocks)
            .map(|block| match block {
                Block::Guide(g) => {
                    view! { <GuidePlayer guide=g.clone() title=title.clone()/> }.into_any()
                }
                Block::Prose(html) => {
                    view! { <Prose html=html.clone() class="guide-intro"/> }.into_any()
                }
                other => {
                    view! { <Blocks module=id.clone() blocks=vec![other.clone()]/> }.into_any()
                }
            })
            .collect_view();
        let sources = loaded.module.front.sources.clone();
        Some(view! {
            <div class="guide-page" lang=lang>
                <h1 tabindex="-1">{title.clone()}</h1>
                {parts}
                <div class="guide-sources">
                    <SourcesList sources=sources open=false/>
                </div>
            </div>
            <p class="guide-help-link"><a href="#/help">{tr("guide-see-help")}</a></p>
        })
    }
}
