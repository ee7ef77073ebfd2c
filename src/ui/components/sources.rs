//! The numbered list of the sources a text cites (a lesson's last step, the help page).

use crate::ui::i18n::tr;
use amane_core::content::url::{allow_url, UrlUse};
use amane_core::content::Source;
use amane_core::key;
use leptos::prelude::*;

/// The sources of a module or of the help page in a disclosure, numbered in front-matter
/// order as the citations `[n]` in the text are; each title links to its source when the
/// address is a safe external one.
#[component]
pub fn SourcesList(
    /// The front matter's sources, in order.
    sources: Vec<Source>,
    /// Whether the list starts unfolded.
    #[prop(optional)]
    open: bool,
) -> impl IntoView {
    view! {
        <details class="sources" open=open>
            <summary>{tr(key!("lesson-sources"))}</summary>
            <ol>
                {sources
                    .into_iter()
                    .map(|s| {
                        view! {
                            <li>
                                // A title and publisher in another script than the page (a French source on
                                // an Arabic page) read in their own direction, even when they wrap.
                                {match allow_url(&s.url, UrlUse::Link).filter(|safe| safe.external)
                                {
                                    Some(safe) => {
                                        view! {
                                            <a href=safe.url rel="noopener noreferrer" dir="auto">
                                                {s.title.clone()}
                                            </a>
                                        }
                                            .into_any()
                                    }
                                    None => view! { <bdi>{s.title.clone()}</bdi> }.into_any(),
                                }} " — "<bdi>{format!("{}, {}", s.publisher, s.date)}</bdi>
                                {s
                                    .to_verify
                                    .then(|| {
                                        view! {
                                            <span class="to-verify">
                                                " "{tr(key!("lesson-source-to-verify"))}
                                            </span>
                                        }
                                    })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </details>
    }
}
