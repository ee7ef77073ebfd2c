//! The course's checker for authors (`#/auteur`): the checks of `amane check`, run in the
//! browser on the files this site serves, every problem with its file, line and column — an
//! author edits a file on the server, reloads this page and sees what is left to fix.

use crate::ui::components::notice::AuthorDetails;
use crate::ui::i18n::{tr, use_i18n};
use crate::web::fetch::{fetch_text, fetch_texts, FetchError};
use amane_core::check::{check_course, files_to_check, Report, MANIFEST};
use amane_core::content::parse_course;
use amane_core::key;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// The checker's screen.
#[component]
pub fn AuthorPage() -> impl IntoView {
    let i18n = use_i18n();
    let runs = RwSignal::new(0u32);
    let report = LocalResource::new(move || {
        runs.track();
        check_served()
    });
    let findings = move || {
        let report = report.get()?;
        Some(match report {
            Err(_) => view! {
                <p class="load-error" role="alert">
                    {tr(key!("author-unreadable"))}
                </p>
            }
            .into_any(),
            Ok(report) if report.errors.is_empty() && report.warnings.is_empty() => view! {
                <p class="author-clean" role="status">
                    {tr(key!("author-clean"))}
                </p>
            }
            .into_any(),
            Ok(Report { errors, warnings }) => {
                let counts = [
                    ("errors", errors.len().into()),
                    ("warnings", warnings.len().into()),
                ];
                view! {
                    <p class="author-summary" role="status">
                        {move || i18n.t_args(key!("author-summary"), &counts)}
                    </p>
                    <AuthorDetails diagnostics=errors title=key!("author-errors") />
                    <AuthorDetails diagnostics=warnings title=key!("author-warnings") />
                }
                .into_any()
            }
        })
    };
    view! {
        <h1 tabindex="-1">{tr(key!("author-title"))}</h1>
        <p>{tr(key!("author-intro"))}</p>
        <button on:click=move |_| runs.update(|n| *n += 1)>{tr(key!("author-check-again"))}</button>
        <Transition fallback=|| {
            view! {
                <p class="loading" role="status">
                    {tr(key!("app-loading"))}
                </p>
            }
        }>{findings}</Transition>
    }
}

/// Fetches the manifest and every file it names (a file the server does not have is left out,
/// as a missing file is for `amane check`), then checks them. Fails when a file cannot be read
/// for another reason (no connection): a check of part of the course would mislead.
async fn check_served() -> Result<Report, FetchError> {
    let manifest = fetch_text(&format!("content/{MANIFEST}")).await?;
    let mut files = BTreeMap::from([(MANIFEST.to_owned(), manifest)]);
    if let Ok(course) = parse_course(MANIFEST, &files[MANIFEST]) {
        let paths = files_to_check(&course);
        let urls: Vec<String> = paths.iter().map(|p| format!("content/{p}")).collect();
        for (path, answer) in paths.into_iter().zip(fetch_texts(&urls).await) {
            match answer {
                Ok(text) => {
                    files.insert(path, text);
                }
                Err(FetchError::Status(404)) => {}
                Err(error) => return Err(error),
            }
        }
    }
    Ok(check_course(&files))
}
