//! Builders shared by the class results' tests (test builds only).

use crate::assessment::{Attempt, Attempts, EndedBy, Submission};
use crate::content::{parse_module, Module};
use crate::progress::Progress;
use crate::quiz::Score;

/// The course id of these tests.
pub const COURSE: &str = "amane";
/// A time for the tests (ms since the epoch).
pub const T0: u64 = 1_764_000_000_000;

const MODULE: &str = "+++\nsources = []\n+++\n\n\
## Un {#un}\n\nTexte.\n\n```quiz q\n### Vrai ? {#a .true-false points=2}\n\n- [x] Vrai\n- [ ] Faux\n```\n";

/// Two modules, `m1` and `m2`, each one step (`un`) and one question set (`q`, 2 points).
pub fn modules() -> Vec<Module> {
    ["m1", "m2"]
        .map(|id| {
            let parsed = parse_module(&format!("{id}/fr.md"), id, "fr", MODULE);
            assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
            parsed.module
        })
        .into()
}

/// Progress with the first `passed` modules of [`modules`] done and `attempts` attempts
/// ended with `earned` hundredths out of 200 each.
pub fn progress(passed: usize, attempts: &[(u64, u32)]) -> Progress {
    let mut progress = Progress::new(COURSE);
    for id in ["m1", "m2"].iter().take(passed) {
        progress.mark_step_read(id, "un", T0);
        progress.record_quiz(id, "q", Score::new(200, 200), T0);
    }
    progress.assessment = attempts
        .iter()
        .map(|&(seed, earned)| ended_attempt(seed, earned))
        .collect::<Attempts>();
    progress
}

/// An attempt started at `T0 + seed` with `seed`, ended a minute later at `earned`/200.
pub fn ended_attempt(seed: u64, earned: u32) -> Attempt {
    let started_ms = T0 + seed;
    Attempt {
        started_ms,
        seed,
        questions: vec!["a".into(), "b".into()],
        time_limit_ms: None,
        answers: Default::default(),
        submission: Some(Submission {
            ended_ms: started_ms + 60_000,
            ended_by: EndedBy::Submitted,
            score: Score::new(earned, 200),
            passed: earned >= 140,
        }),
    }
}

/// Reads RFC 4180 CSV back into cells, as a spreadsheet would.
pub fn parse_csv(csv: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let (mut row, mut cell) = (Vec::new(), String::new());
    let mut chars = csv.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "a CR alone ends no line");
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    assert!(
        row.is_empty() && cell.is_empty(),
        "the last line ends with CRLF"
    );
    rows
}
