//! `amane ids --json`, which the end-to-end tests read the course's ids from: the built binary
//! on the shipped course and on a small course folder.

use std::process::Command;

use amane_core::content::parse_course;
use amane_core::progress::StoreKeys;
use serde_json::Value;

const CONTENT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../content");

/// Runs `amane` with `args`: exit code, stdout and stderr.
fn amane(args: &[&str]) -> (Option<i32>, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_amane"))
        .args(args)
        .output()
        .unwrap();
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).unwrap();
    (
        output.status.code(),
        text(output.stdout),
        text(output.stderr),
    )
}

/// The JSON listing of the course in `dir`.
fn listing(dir: &str) -> Value {
    let (code, out, err) = amane(&["ids", "--json", dir]);
    assert_eq!(code, Some(0), "{err}");
    serde_json::from_str(&out).unwrap()
}

fn strings(value: &Value) -> Vec<&str> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect()
}

#[test]
fn the_shipped_course_is_listed_with_its_manifest_and_storage_key() {
    let manifest = std::fs::read_to_string(format!("{CONTENT}/course.toml")).unwrap();
    let course = parse_course("course.toml", &manifest).unwrap();
    let ids = listing(CONTENT);
    assert_eq!(ids["id"], course.id.as_str());
    assert_eq!(ids["version"], course.version.as_str());
    assert_eq!(
        strings(&ids["locales"]),
        course.languages.codes().collect::<Vec<_>>()
    );
    assert_eq!(
        ids["storage"]["main"],
        StoreKeys::for_course(&course.id).main()
    );
    let modules: Vec<&str> = ids["modules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap())
        .collect();
    assert_eq!(modules, course.modules);
    let welcome = &ids["modules"][0];
    assert_eq!(welcome["steps"][0]["hash"], "#/m/00-bienvenue/1");
    assert_eq!(welcome["summary"], "#/m/00-bienvenue/summary");
}

/// A course of one module written here: every id, step number and ending as written.
#[test]
fn a_small_course_lists_its_steps_blocks_nodes_and_endings_in_order() {
    let dir = std::env::temp_dir().join(format!("amane-ids-{}", std::process::id()));
    let module = dir.join("modules/01-essai");
    std::fs::create_dir_all(&module).unwrap();
    std::fs::write(
        dir.join("course.toml"),
        "id = \"essai\"\nversion = \"1\"\nlanguages = [{ code = \"fr\", name = \"Français\", dir = \"ltr\", plural = \"fr\" }]\nmodules = [\"01-essai\"]\n\
         pass_mark = 70\nquick_exit_url = \"https://example.org\"\n\n[title]\nfr = \"Essai\"\n",
    )
    .unwrap();
    std::fs::create_dir_all(dir.join("map")).unwrap();
    std::fs::write(
        dir.join("map/fr.toml"),
        "[01-essai]\ntitle = \"Essai\"\nsummary = \"S\"\nminutes = 5\n",
    )
    .unwrap();
    std::fs::write(
        module.join("fr.md"),
        "+++\nsources = []\n+++\n\n\
         ## Lire {#lire}\n\nTexte.\n\n\
         ## Choisir {#choisir}\n\n```scenario porte\n### Devant la porte {#debut}\n\n\
         - [Ouvrir](#ouvert) {points=2}\n- [Attendre](#ferme)\n\n\
         ### Ouvert {#ouvert .end-good}\n\nBien.\n\n### Fermé {#ferme .end-bad}\n\nDommage.\n```\n\n\
         ## Vérifier {#verifier}\n\n```quiz bilan\n### Vrai ? {#q .true-false}\n\n- [x] Vrai\n- [ ] Faux\n```\n",
    )
    .unwrap();
    let path = dir.to_str().unwrap();
    let (code, out, _) = amane(&["check", path]);
    assert_eq!(code, Some(0), "the fixture is a valid course: {out}");
    let ids = listing(path);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(ids["storage"]["main"], "amane.essai.progress");
    assert_eq!(ids["storage"]["backup"], "amane.essai.progress.backup");
    assert_eq!(ids["storage"]["corrupt_prefix"], "amane.essai.corrupt.");
    assert_eq!(
        ids["progress_version"],
        amane_core::progress::CURRENT_VERSION
    );
    let offline = ids["offline_files"].as_array().unwrap();
    assert!(
        offline
            .iter()
            .any(|f| f.as_str().unwrap().ends_with("/fr.md")),
        "{offline:?}"
    );
    let module = &ids["modules"][0];
    let steps: Vec<&str> = module["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(steps, ["lire", "choisir", "verifier"]);
    assert_eq!(module["steps"][2]["hash"], "#/m/01-essai/3");
    assert_eq!(module["question_sets"][0]["id"], "bilan");
    assert_eq!(module["question_sets"][0]["step"], 3);
    let scenario = &module["scenarios"][0];
    assert_eq!(scenario["id"], "porte");
    assert_eq!(scenario["step"], 2);
    assert_eq!(scenario["present"], "#/present/01-essai/porte");
    assert_eq!(strings(&scenario["nodes"]), ["debut", "ouvert", "ferme"]);
    assert_eq!(scenario["endings"]["ouvert"], "good");
    assert_eq!(scenario["endings"]["ferme"], "bad");
}

#[test]
fn a_folder_without_a_manifest_is_refused_and_the_flag_is_required() {
    let empty = std::env::temp_dir().join(format!("amane-ids-empty-{}", std::process::id()));
    std::fs::create_dir_all(&empty).unwrap();
    let (code, out, err) = amane(&["ids", "--json", empty.to_str().unwrap()]);
    std::fs::remove_dir_all(&empty).unwrap();
    assert_eq!(code, Some(1));
    assert_eq!(out, "");
    assert!(err.contains("course.toml is missing"), "{err}");
    let (code, _, err) = amane(&["ids", CONTENT]);
    assert_eq!(code, Some(2));
    assert!(err.contains("amane ids --json <content-dir>"), "{err}");
}
