//! The class results as the trainer sees them: the table, the files refused with their
//! reason, and the table's download and print buttons.

use crate::ui::i18n::{tr, use_i18n};
use crate::web::clock::{now_ms, utc_offset_minutes};
use crate::web::file::download;
use crate::web::page;
use crate::web::storage::DeviceStorage;
use amane_core::i18n::{format_date, CivilDate, Localizer};
use amane_core::key;
use amane_core::roster::{csv_file_name, to_csv, ClassResults, Row, COLUMN_KEYS};
use leptos::prelude::*;

/// The local day of `ms` (ms since the epoch).
fn day(ms: u64) -> CivilDate {
    CivilDate::from_unix_ms(i64::try_from(ms).unwrap_or(i64::MAX), utc_offset_minutes())
}

/// One row per learner.
#[component]
pub fn ResultsTable(rows: Vec<Row>) -> impl IntoView {
    view! {
        <div class="results-scroll">
            <table class="results-table" role="table">
                <caption id="results-caption">{tr(key!("results-table-caption"))}</caption>
                <thead role="rowgroup">
                    <tr role="row">
                        {COLUMN_KEYS
                            .map(|key| {
                                view! {
                                    <th scope="col" role="columnheader">
                                        {tr(key)}
                                    </th>
                                }
                            })
                            .collect_view()}
                    </tr>
                </thead>
                <tbody role="rowgroup">
                    {rows.into_iter().map(|row| view! { <ResultsRow row=row /> }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// One learner: name, modules passed, best final score with pass or not and its day,
/// attempts, course version.
#[component]
fn ResultsRow(row: Row) -> impl IntoView {
    let i18n = use_i18n();
    let (passed, total) = (row.modules_passed, row.modules_total);
    let best = row.best;
    let score = move || {
        best.map(|b| {
            let verdict = if b.passed {
                key!("results-passed")
            } else {
                key!("results-not-passed")
            };
            let percent = i18n.percent(f64::from(b.score.percent()));
            format!("{percent} · {}", i18n.t(verdict))
        })
        .unwrap_or_else(|| "–".to_owned())
    };
    // On a narrow screen the table is laid out one learner at a time: each cell shows its
    // column's name above it (style/main.css).
    let label = move |column: usize| move || i18n.t(COLUMN_KEYS[column]);
    view! {
        <tr role="row">
            <th scope="row" dir="auto" role="rowheader">
                {row.name.clone()}
            </th>
            <td role="cell" data-label=label(1)>
                {move || {
                    i18n.t_args(
                        key!("results-modules-passed"),
                        &[("passed", passed.into()), ("total", total.into())],
                    )
                }}
            </td>
            <td role="cell" data-label=label(2)>
                {score}
            </td>
            <td role="cell" data-label=label(3)>
                {best.map_or_else(|| "–".to_owned(), |b| format_date(day(b.ended_ms)))}
            </td>
            <td role="cell" data-label=label(4)>
                {row.attempts}
            </td>
            <td role="cell" data-label=label(5)>
                <bdi dir="ltr">{row.course_version.clone()}</bdi>
            </td>
        </tr>
    }
}

/// The files refused, each with its reason in the trainer's language.
#[component]
pub fn RefusedFiles(results: RwSignal<ClassResults<DeviceStorage>>) -> impl IntoView {
    let i18n = use_i18n();
    let refused = move || results.with(|r| r.roster().rejected().to_vec());
    view! {
        <div aria-live="polite">
            {move || {
                let refused = refused();
                (!refused.is_empty())
                    .then(|| {
                        view! {
                            <section
                                class="results-refused"
                                aria-labelledby="results-refused-title"
                            >
                                <h2 id="results-refused-title">
                                    {tr(key!("results-refused-title"))}
                                </h2>
                                <ul>
                                    {refused
                                        .into_iter()
                                        .map(|r| {
                                            let reason = r.reason;
                                            view! {
                                                <li>
                                                    <span class="results-file" dir="auto">
                                                        {r.file}
                                                    </span>
                                                    " : "
                                                    <span class="results-reason">
                                                        {move || i18n.t_args(reason.key(), &reason.args())}
                                                    </span>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            </section>
                        }
                    })
            }}
        </div>
    }
}

/// Downloading the table as CSV (UTF-8 with a byte order mark, so spreadsheets keep Arabic
/// names) and printing it.
#[component]
pub fn Actions(rows: Vec<Row>) -> impl IntoView {
    let i18n = use_i18n();
    let download_csv = move |_| {
        let messages = Localizer::new(i18n.locale_untracked());
        let labels = COLUMN_KEYS.map(|key| messages.t(key.as_str()));
        let labels = labels.each_ref().map(String::as_str);
        let csv = to_csv(&rows, &labels, utc_offset_minutes());
        download(
            &csv_file_name(day(now_ms())),
            &csv,
            "text/csv;charset=utf-8",
        );
    };
    view! {
        <p class="results-actions results-tools">
            <button class="primary" on:click=download_csv>
                {tr(key!("results-download-csv"))}
            </button>
            <button on:click=|_| page::print()>{tr(key!("results-print"))}</button>
        </p>
    }
}
