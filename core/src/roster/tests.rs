//! The class results from end to end: many files in, one table and one CSV out.

use super::test_support::*;
use super::*;

const FIRST_NAMES: [&str; 8] = [
    "Fatima Zahra",
    "Youssef",
    "Salma",
    "Hamza",
    "فاطمة",
    "يوسف",
    "سلمى",
    "حمزة",
];
const LAST_NAMES: [&str; 5] = ["Benali", "El Idrissi", "بنعلي", "الإدريسي", "Ait Lahcen"];

/// 40 distinct learners' files, then 5 more files of the first five learners, written
/// differently and later, with one more attempt each.
fn class_files() -> Vec<(String, String)> {
    let mut files = Vec::new();
    for n in 0..40 {
        let name = format!("{} {}", FIRST_NAMES[n % 8], LAST_NAMES[n / 8]);
        let passed = n % 3;
        let attempts: Vec<(u64, u32)> = (0..(n % 4) as u64).map(|s| (s, 60 * s as u32)).collect();
        let file = export_results(
            &progress(passed, &attempts),
            &name,
            "2026.11",
            T0 + n as u64,
        );
        files.push((format!("{n}.json"), file));
    }
    for (n, first_name) in FIRST_NAMES.iter().enumerate().take(5) {
        let name = format!("  {}   {} ", first_name.to_uppercase(), LAST_NAMES[0]);
        let attempts = [(0, 0), (10, 180)];
        let file = export_results(&progress(2, &attempts), &name, "2026.12", T0 + 1_000);
        files.push((format!("{n}-again.json"), file));
    }
    files
}

fn broken_files() -> Vec<(String, String)> {
    let other = export_results(&progress(1, &[]), "Amina", "1", T0).replace("\"amane\"", "\"x\"");
    vec![
        ("notes.txt".into(), "Liste des présents".into()),
        ("other.json".into(), other),
        ("big.json".into(), " ".repeat(RESULTS_LIMIT_BYTES + 1)),
    ]
}

fn roster_of(files: &[(String, String)]) -> Roster {
    let mut roster = Roster::new(COURSE, RESULTS_LIMIT_BYTES);
    for (name, text) in files {
        let _ = roster.add(name, text.as_bytes());
    }
    roster
}

#[test]
fn forty_five_files_and_three_broken_ones_give_one_row_per_learner_and_three_reasons() {
    let mut files = class_files();
    files.extend(broken_files());
    assert_eq!(files.len(), 48);
    let roster = roster_of(&files);
    let modules = modules();
    let modules: Vec<&_> = modules.iter().collect();
    let rows = roster.rows(&modules, 70);
    assert_eq!(rows.len(), 40);

    let reasons: Vec<(&str, &ResultsError)> = roster
        .rejected()
        .iter()
        .map(|r| (r.file.as_str(), &r.reason))
        .collect();
    assert!(matches!(
        reasons[0],
        ("notes.txt", ResultsError::NotResultsFile)
    ));
    assert!(matches!(
        reasons[1],
        ("other.json", ResultsError::OtherCourse { .. })
    ));
    assert!(matches!(
        reasons[2],
        ("big.json", ResultsError::TooBig { .. })
    ));
    assert_eq!(reasons.len(), 3);

    // Learner 1 (Youssef Benali) had one attempt (seed 0); the later file repeats it and
    // adds seed 10: two attempts, not three; the newer file's spelling and version win.
    let youssef = rows.iter().find(|r| r.name.contains("YOUSSEF")).unwrap();
    assert_eq!(youssef.name, "YOUSSEF   Benali");
    assert_eq!(youssef.attempts, 2);
    assert_eq!(youssef.course_version, "2026.12");
    assert_eq!((youssef.modules_passed, youssef.modules_total), (2, 2));
    let best = youssef.best.unwrap();
    assert_eq!(
        (best.number, best.score.percent(), best.passed),
        (2, 90, true)
    );

    let untried = rows
        .iter()
        .find(|r| r.name == "Fatima Zahra El Idrissi")
        .unwrap();
    assert_eq!((untried.attempts, untried.best), (0, None));
}

#[test]
fn the_order_the_files_are_dropped_in_does_not_change_the_table() {
    let files = class_files();
    let mut reversed = files.clone();
    reversed.reverse();
    let modules = modules();
    let modules: Vec<&_> = modules.iter().collect();
    assert_eq!(
        roster_of(&files).rows(&modules, 70),
        roster_of(&reversed).rows(&modules, 70)
    );
}

#[test]
fn the_csv_of_the_class_reads_back_with_every_name_intact() {
    let roster = roster_of(&class_files());
    let modules = modules();
    let modules: Vec<&_> = modules.iter().collect();
    let rows = roster.rows(&modules, 70);
    let labels = ["الاسم", "Modules", "Score", "Date", "Essais", "Version"];
    let csv = to_csv(&rows, &labels, 60);
    let cells = parse_csv(csv.strip_prefix('\u{feff}').expect("a byte order mark"));
    assert_eq!(cells.len(), 41);
    assert_eq!(cells[0], labels);
    let names: Vec<&str> = cells[1..].iter().map(|line| line[0].as_str()).collect();
    let expected: Vec<&str> = rows.iter().map(|row| row.name.as_str()).collect();
    assert_eq!(names, expected);
    assert!(names.contains(&"فاطمة بنعلي"), "{names:?}");
    assert!(cells.iter().all(|line| line.len() == COLUMNS));
}

#[test]
fn names_that_differ_only_in_case_or_spaces_are_one_learner() {
    assert_eq!(normalised_name("  Fatima \t ZAHRA "), "fatima zahra");
    assert_eq!(normalised_name("ÉLODIE"), normalised_name("élodie"));
    assert_eq!(normalised_name("فاطمة  الزهراء"), "فاطمة الزهراء");
    assert_ne!(normalised_name("Amina"), normalised_name("Amine"));
}
