//! `amane check <dir>`, `amane sources <dir>` and `amane ids --json <dir>`.

use std::collections::BTreeMap;
use std::path::Path;

use crate::content::{Diagnostic, GLOSSARY};

use super::ids::list_course;
use super::{check_course_for, sources_markdown, Purpose, GUIDE_FOLDER, HELP_FOLDER, MANIFEST};

const USAGE: &str =
    "usage: amane check [--release] <content-dir> | amane sources <content-dir> | amane ids --json <content-dir>";

/// Runs a checker subcommand (`args[0]` is `check`, with `--release` to check a course about
/// to be shipped, `sources`, or `ids --json`); returns the exit code.
pub fn run(args: &[String]) -> i32 {
    let Some((command, rest)) = args.split_first() else {
        eprintln!("{USAGE}");
        return 2;
    };
    let (flags, folders): (Vec<&String>, Vec<&String>) =
        rest.iter().partition(|arg| arg.starts_with("--"));
    let flags: Vec<&str> = flags.into_iter().map(String::as_str).collect();
    let allowed = matches!(
        (command.as_str(), flags.as_slice()),
        ("check", [] | ["--release"]) | ("sources", []) | ("ids", ["--json"])
    );
    let ([dir], true) = (folders.as_slice(), allowed) else {
        eprintln!("{USAGE}");
        return 2;
    };
    let files = match read_content(Path::new(dir)) {
        Ok(files) => files,
        Err(error) => {
            eprintln!("amane: cannot read {dir}: {error}");
            return 2;
        }
    };
    match command.as_str() {
        "check" if flags.is_empty() => check(dir, &files, Purpose::Writing),
        "check" => check(dir, &files, Purpose::Release),
        "ids" => ids(dir, &files),
        _ => sources(dir, &files),
    }
}

fn check(dir: &str, files: &BTreeMap<String, String>, purpose: Purpose) -> i32 {
    let report = check_course_for(files, purpose);
    for diagnostic in report.errors.iter().chain(&report.warnings) {
        println!("{}", in_dir(dir, diagnostic));
    }
    println!(
        "{}, {}",
        count(report.errors.len(), "error"),
        count(report.warnings.len(), "warning")
    );
    i32::from(!report.errors.is_empty())
}

fn sources(dir: &str, files: &BTreeMap<String, String>) -> i32 {
    print_or_report(dir, sources_markdown(files))
}

fn ids(dir: &str, files: &BTreeMap<String, String>) -> i32 {
    let listing = list_course(files).map(|listing| {
        let json = serde_json::to_string_pretty(&listing).expect("a listing always serializes");
        json + "\n"
    });
    print_or_report(dir, listing)
}

/// Prints `output`, or its errors on stderr (exit 1).
fn print_or_report(dir: &str, output: Result<String, Vec<Diagnostic>>) -> i32 {
    match output {
        Ok(text) => {
            print!("{text}");
            0
        }
        Err(errors) => {
            for error in &errors {
                eprintln!("{}", in_dir(dir, error));
            }
            1
        }
    }
}

/// The diagnostic with its path shown from where the command was run.
fn in_dir(dir: &str, diagnostic: &Diagnostic) -> String {
    let mut shown = diagnostic.clone();
    shown.file = Path::new(dir).join(&diagnostic.file).display().to_string();
    shown.to_string()
}

fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

/// Reads `course.toml`, `glossary.toml` (when there is one), every `map/<file>.toml`,
/// `modules/<module>/<file>.md`,
/// `help/<file>.md`, `guide/<file>.md`, `plans/parents/<file>.md` and `assessment/<file>.md`
/// of a content folder.
pub fn read_content(dir: &Path) -> std::io::Result<BTreeMap<String, String>> {
    let mut files = BTreeMap::new();
    for name in [MANIFEST, GLOSSARY] {
        let path = dir.join(name);
        if path.exists() {
            files.insert(name.to_string(), std::fs::read_to_string(path)?);
        }
    }
    read_folder(dir, &dir.join("map"), "toml", &mut files)?;
    read_markdown(dir, &dir.join(HELP_FOLDER), &mut files)?;
    read_markdown(dir, &dir.join(GUIDE_FOLDER), &mut files)?;
    read_markdown(dir, &dir.join(super::PARENTS_FOLDER), &mut files)?;
    read_markdown(dir, &dir.join(super::ASSESSMENT_FOLDER), &mut files)?;
    let modules = dir.join("modules");
    if !modules.is_dir() {
        return Ok(files);
    }
    for folder in std::fs::read_dir(&modules)? {
        let folder = folder?.path();
        if folder.is_dir() {
            read_markdown(dir, &folder, &mut files)?;
        }
    }
    Ok(files)
}

/// Adds the `.md` files of `folder` (if it exists) to `files` (see [`read_folder`]).
fn read_markdown(
    dir: &Path,
    folder: &Path,
    files: &mut BTreeMap<String, String>,
) -> std::io::Result<()> {
    read_folder(dir, folder, "md", files)
}

/// Adds the files of `folder` (if it exists) named `*.<extension>` to `files`, keyed by their
/// path from `dir` with `/` between parts.
fn read_folder(
    dir: &Path,
    folder: &Path,
    extension: &str,
    files: &mut BTreeMap<String, String>,
) -> std::io::Result<()> {
    if !folder.is_dir() {
        return Ok(());
    }
    for file in std::fs::read_dir(folder)? {
        let file = file?.path();
        if file.extension().is_some_and(|ext| ext == extension) {
            let relative = file.strip_prefix(dir).unwrap_or(&file);
            let key = relative
                .components()
                .map(|part| part.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            files.insert(key, std::fs::read_to_string(&file)?);
        }
    }
    Ok(())
}
