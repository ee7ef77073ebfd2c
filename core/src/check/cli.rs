//! `amane check <dir>` and `amane sources <dir>`.

use std::collections::BTreeMap;
use std::path::Path;

use crate::content::Diagnostic;

use super::{check_course_for, sources_markdown, Purpose, HELP_FOLDER, MANIFEST};

/// Runs a checker subcommand (`args[0]` is `check`, with `--release` to check a course about
/// to be shipped, or `sources`); returns the exit code.
pub fn run(args: &[String]) -> i32 {
    let release = args.get(1).is_some_and(|a| a == "--release") && args[0] == "check";
    let purpose = if release {
        Purpose::Release
    } else {
        Purpose::Writing
    };
    // The command and the folder, without the flag.
    let rest: Vec<&String> = args
        .iter()
        .enumerate()
        .filter(|&(at, _)| !(release && at == 1))
        .map(|(_, arg)| arg)
        .collect();
    let (Some(command), Some(dir), None) = (rest.first(), rest.get(1), rest.get(2)) else {
        eprintln!("usage: amane check [--release] <content-dir> | amane sources <content-dir>");
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
        "check" => check(dir, &files, purpose),
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
    match sources_markdown(files) {
        Ok(markdown) => {
            print!("{markdown}");
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

/// Reads `course.toml`, every `modules/<module>/<file>.md`, every `help/<file>.md` and every
/// `assessment/<file>.md` of a content folder.
pub fn read_content(dir: &Path) -> std::io::Result<BTreeMap<String, String>> {
    let mut files = BTreeMap::new();
    let manifest = dir.join(MANIFEST);
    if manifest.exists() {
        files.insert(MANIFEST.to_string(), std::fs::read_to_string(manifest)?);
    }
    read_markdown(dir, &dir.join(HELP_FOLDER), &mut files)?;
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

/// Adds the `.md` files of `folder` (if it exists) to `files`, keyed by their path from `dir`
/// with `/` between parts.
fn read_markdown(
    dir: &Path,
    folder: &Path,
    files: &mut BTreeMap<String, String>,
) -> std::io::Result<()> {
    if !folder.is_dir() {
        return Ok(());
    }
    for file in std::fs::read_dir(folder)? {
        let file = file?.path();
        if file.extension().is_some_and(|ext| ext == "md") {
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
