//! `amane import-gift` as authors run it: the built binary on the examples of Moodle's GIFT
//! documentation prints the quiz block on standard output and ends standard error with the
//! counts (docs/GIFT.md quotes them).

use std::process::Command;

const MOODLE_DOCS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/src/gift/fixtures/moodle-docs.gift"
);

#[test]
fn the_moodle_documentation_examples_print_their_counts_last() {
    let output = Command::new(env!("CARGO_BIN_EXE_amane"))
        .args(["import-gift", MOODLE_DOCS])
        .output()
        .expect("the amane binary runs");
    let stdout = String::from_utf8(output.stdout).unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stdout.starts_with("```quiz moodle-docs\n"),
        "stdout: {}",
        &stdout[..stdout.len().min(200)]
    );
    assert!(stdout.ends_with("```\n"));
    assert_eq!(
        stderr.lines().last(),
        Some(format!("{MOODLE_DOCS}: 24 imported (3 approximated), 20 skipped, 0 errors").as_str()),
        "stderr:\n{stderr}"
    );
    assert_eq!(
        stderr.lines().filter(|l| l.contains(": skipped: ")).count(),
        20
    );
    assert_eq!(
        output.status.code(),
        Some(0),
        "skipped questions are not errors"
    );
}

#[test]
fn a_bank_with_errors_still_ends_with_the_counts() {
    let dir = std::env::temp_dir().join(format!("amane-gift-command-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let gift = dir.join("bank.gift");
    std::fs::write(&gift, "Vrai ?{T}\n\nPoids ?{~%abc%oui =non}\n").unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_amane"))
        .arg("import-gift")
        .arg(&gift)
        .output()
        .expect("the amane binary runs");
    let stderr = String::from_utf8(output.stderr).unwrap();
    let path = gift.display().to_string();
    let lines: Vec<&str> = stderr.lines().collect();
    assert!(
        lines[0].starts_with(&format!("{path}:3:10: error: unknown weight %abc%")),
        "{stderr}"
    );
    assert_eq!(
        lines.last().copied(),
        Some(format!("{path}: 1 imported (0 approximated), 0 skipped, 1 error").as_str())
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8(output.stdout)
        .unwrap()
        .starts_with("```quiz bank\n"));
    std::fs::remove_dir_all(&dir).unwrap();
}
