//! A lesson step on the projector: its title, prose and callouts in large type, as learners
//! read them. Its trainer notes go to the presenter window only.

use crate::ui::components::blocks::Blocks;
use amane_core::present::{lesson_blocks, Deck, DeckKind};
use leptos::prelude::*;

/// The lesson step of `deck` under `title` (nothing for another kind of deck).
pub fn lesson_view(deck: &Deck<'_>, title: String) -> AnyView {
    let DeckKind::Lesson(step) = deck.kind else {
        return ().into_any();
    };
    let blocks = lesson_blocks(step).cloned().collect::<Vec<_>>();
    view! {
        <h1 tabindex="-1">{title}</h1>
        <div class="present-lesson">
            <Blocks module=deck.module.into() blocks=blocks />
        </div>
    }
    .into_any()
}
