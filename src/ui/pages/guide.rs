//! The case guide (`#/guide`): "what do I do now?" for staff facing a real situation. The
//! guide's text is fetched in the chosen language and walked in memory; nothing is recorded.

use crate::ui::components::blocks::Blocks;
use crate::ui::components::sources::SourcesList;
use crate::ui::content::use_content;
use crate::ui::i18n::{tr, use_i18n};
use amane_core::guide::find_guide;
use amane_core::key;
use amane_core::route::Route;
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
        let module = &loaded.module;
        let id: Arc<str> = Arc::from(module.id.as_str());
        let blocks = module
            .steps
            .iter()
            .flat_map(|s| s.blocks.clone())
            .collect::<Vec<_>>();
        let present = find_guide(module).map(|g| {
            Route::Present {
                module: module.id.clone(),
                block: g.id.clone(),
            }
            .to_hash()
        });
        Some(view! {
            <div class="guide-page" lang=loaded.locale.code()>
                <h1 tabindex="-1">{module.front.title.clone()}</h1>
                <Blocks module=id blocks=blocks />
                <div class="guide-sources">
                    <SourcesList sources=module.front.sources.clone() />
                </div>
            </div>
            <p class="guide-help-link">
                <a href="#/help">{tr(key!("guide-see-help"))}</a>
            </p>
            <p class="guide-present">
                <a href=present>{tr(key!("guide-present"))}</a>
            </p>
        })
    }
}
