//! `amane check` and `amane sources` on a folder: exit codes authors and scripts rely on.

use std::path::PathBuf;

use amane_core::check::cli::{read_content, run};

use crate::support::FRONT;

const COURSE: &str = "id = \"c\"\nversion = \"1\"\nlanguages = [{ code = \"fr\", name = \"Français\", dir = \"ltr\", plural = \"fr\" }]\nmodules = [\"m1\"]\n\
                      pass_mark = 70\nquick_exit_url = \"https://example.org\"\n\n[title]\n\
                      fr = \"Cours\"\n";

/// A fresh content folder with a manifest, the course map and `modules/m1/fr.md` holding
/// `body`.
fn content_folder(name: &str, body: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("amane-cli-{}-{name}", std::process::id()));
    let module = dir.join("modules/m1");
    std::fs::create_dir_all(&module).expect("temporary folder");
    std::fs::write(dir.join("course.toml"), COURSE).expect("manifest written");
    std::fs::create_dir_all(dir.join("map")).expect("map folder");
    std::fs::write(
        dir.join("map/fr.toml"),
        "[m1]\ntitle = \"Un\"\nsummary = \"S\"\nminutes = 5\n",
    )
    .expect("course map written");
    std::fs::write(module.join("fr.md"), format!("{FRONT}{body}")).expect("module written");
    dir
}

fn args(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| w.to_string()).collect()
}

#[test]
fn check_exits_0_when_clean_1_on_errors_2_on_misuse() {
    let clean = content_folder("clean", "## Un {#un}\n\nTexte.\n");
    let broken = content_folder("broken", "## Un {#un}\n\n> [!NOTE]\n> x\n");
    let clean_dir = clean.display().to_string();
    let broken_dir = broken.display().to_string();
    assert_eq!(run(&args(&["check", &clean_dir])), 0);
    assert_eq!(run(&args(&["check", &broken_dir])), 1);
    assert_eq!(run(&args(&["check"])), 2);
    assert_eq!(run(&args(&["sources", &clean_dir])), 0);
    for dir in [clean, broken] {
        std::fs::remove_dir_all(dir).expect("temporary folder removed");
    }
}

#[test]
fn a_content_folder_is_read_with_paths_relative_to_it() {
    let dir = content_folder("read", "## Un {#un}\n");
    std::fs::write(dir.join("modules/m1/notes.txt"), "not a module").expect("written");
    let files = read_content(&dir).expect("readable");
    let paths: Vec<&str> = files.keys().map(String::as_str).collect();
    assert_eq!(paths, ["course.toml", "map/fr.toml", "modules/m1/fr.md"]);
    std::fs::remove_dir_all(dir).expect("temporary folder removed");
}
