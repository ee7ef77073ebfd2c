//! The class results as CSV that Excel and LibreOffice open as they are: UTF-8 with a byte
//! order mark (so Arabic names stay intact), CRLF line ends, RFC 4180 quoting, and cells that
//! a spreadsheet would run as a formula made plain text.

use super::table::Row;
use crate::i18n::{format_date, format_iso_date, CivilDate};

/// The columns, in order: name, modules passed, best final score (%), its date, attempts,
/// course version. The page gives their labels in the trainer's language.
pub const COLUMNS: usize = 6;

/// The table as a CSV file, headed by `labels`; dates are local days at `utc_offset_minutes`.
/// Numbers are written alone ("5", not "5/9", which a spreadsheet reads as a date).
pub fn to_csv(rows: &[Row], labels: &[&str; COLUMNS], utc_offset_minutes: i32) -> String {
    let mut csv = String::from("\u{feff}");
    push_line(&mut csv, labels.iter().map(|label| label.to_string()));
    for row in rows {
        let day = |ms: u64| {
            let ms = i64::try_from(ms).unwrap_or(i64::MAX);
            format_date(CivilDate::from_unix_ms(ms, utc_offset_minutes))
        };
        push_line(
            &mut csv,
            [
                row.name.clone(),
                row.modules_passed.to_string(),
                row.best
                    .map(|b| b.score.percent().to_string())
                    .unwrap_or_default(),
                row.best.map(|b| day(b.ended_ms)).unwrap_or_default(),
                row.attempts.to_string(),
                row.course_version.clone(),
            ]
            .into_iter(),
        );
    }
    csv
}

/// The name of the CSV file downloaded on `day`: `amane-class-results-2026-11-28.csv`.
pub fn csv_file_name(day: CivilDate) -> String {
    format!("amane-class-results-{}.csv", format_iso_date(day))
}

fn push_line(csv: &mut String, cells: impl Iterator<Item = String>) {
    let cells: Vec<String> = cells.map(|cell| quoted(&defused(&cell))).collect();
    csv.push_str(&cells.join(","));
    csv.push_str("\r\n");
}

/// A cell a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, or a tab or carriage
/// return before one), prefixed with `'` so that it shows as text.
fn defused(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// RFC 4180: a cell holding a comma, a quote or a line break is quoted, its quotes doubled.
fn quoted(cell: &str) -> String {
    if cell.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::Score;
    use crate::roster::table::BestAttempt;
    use crate::roster::test_support::parse_csv as parse;

    fn row(name: &str) -> Row {
        Row {
            name: name.to_owned(),
            modules_passed: 5,
            modules_total: 9,
            best: Some(BestAttempt {
                number: 2,
                score: Score::new(1700, 2000),
                passed: true,
                ended_ms: 1_764_000_000_000,
            }),
            attempts: 2,
            course_version: "2026.11".into(),
        }
    }

    const LABELS: [&str; COLUMNS] = ["Nom", "Modules", "Score", "Date", "Essais", "Version"];

    #[test]
    fn a_table_reads_back_cell_for_cell_with_arabic_quotes_commas_and_line_breaks() {
        let names = [
            "فاطمة الزهراء",
            "Ben Ali, Youssef",
            "Sara \"Sousou\"",
            "Nadia\r\nB.",
        ];
        let rows: Vec<Row> = names.iter().map(|n| row(n)).collect();
        let csv = to_csv(&rows, &LABELS, 60);
        assert!(csv.starts_with('\u{feff}'));
        let cells = parse(csv.trim_start_matches('\u{feff}'));
        assert_eq!(cells[0], LABELS);
        let read: Vec<&str> = cells[1..].iter().map(|r| r[0].as_str()).collect();
        assert_eq!(read, names);
        assert_eq!(
            cells[1],
            ["فاطمة الزهراء", "5", "85", "24/11/2025", "2", "2026.11"]
        );
    }

    #[test]
    fn a_learner_without_an_ended_attempt_has_empty_score_and_date() {
        let csv = to_csv(
            &[Row {
                best: None,
                attempts: 1,
                ..row("Amina")
            }],
            &LABELS,
            0,
        );
        assert!(csv.ends_with("\r\nAmina,5,,,1,2026.11\r\n"), "{csv}");
    }

    #[test]
    fn the_csv_file_is_named_by_its_local_day() {
        let day = CivilDate::from_unix_ms(1_764_028_000_000, 60);
        assert_eq!(csv_file_name(day), "amane-class-results-2025-11-25.csv");
    }

    #[test]
    fn cells_that_a_spreadsheet_would_run_are_made_text() {
        let names = [
            "=HYPERLINK(\"http://x\")",
            "+212 6",
            "-1",
            "@SUM(A1)",
            "Amina=1",
        ];
        let rows: Vec<Row> = names.iter().map(|n| row(n)).collect();
        let cells = parse(to_csv(&rows, &LABELS, 0).trim_start_matches('\u{feff}'));
        let read: Vec<&str> = cells[1..].iter().map(|r| r[0].as_str()).collect();
        assert_eq!(
            read,
            [
                "'=HYPERLINK(\"http://x\")",
                "'+212 6",
                "'-1",
                "'@SUM(A1)",
                "Amina=1"
            ]
        );
    }
}
