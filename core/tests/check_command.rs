//! `amane check` as authors run it: the built binary on a small course folder.

use std::process::Command;

/// `amane check` and `amane check --release` on a copy of the welcome module whose source is
/// marked to_verify: a warning while writing, an error (exit 1) before shipping.
#[test]
fn check_release_refuses_a_source_still_to_verify() {
    let content = concat!(env!("CARGO_MANIFEST_DIR"), "/../content");
    let dir = std::env::temp_dir().join(format!("amane-release-check-{}", std::process::id()));
    let module = dir.join("modules/00-bienvenue");
    std::fs::create_dir_all(&module).unwrap();
    std::fs::copy(format!("{content}/course.toml"), dir.join("course.toml")).unwrap();
    let manifest = std::fs::read_to_string(dir.join("course.toml")).unwrap();
    let one_module = manifest
        .lines()
        .map(|line| {
            if line.starts_with("modules") {
                "modules = [\"00-bienvenue\"]"
            } else {
                line
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(dir.join("course.toml"), one_module).unwrap();
    for locale in ["fr", "ar", "ary"] {
        let text =
            std::fs::read_to_string(format!("{content}/modules/00-bienvenue/{locale}.md")).unwrap();
        let marked = text.replacen(
            "sources = []\n",
            "[[sources]]\nid = \"x\"\ntitle = \"t\"\npublisher = \"p\"\ndate = \"2026\"\n\
             url = \"https://example.org\"\nsupports = \"s\"\nto_verify = true\n",
            1,
        );
        assert_ne!(marked, text, "the welcome module lists no sources");
        std::fs::write(module.join(format!("{locale}.md")), marked).unwrap();
    }
    std::fs::create_dir_all(dir.join("map")).unwrap();
    for locale in ["fr", "ar", "ary"] {
        let map = std::fs::read_to_string(format!("{content}/map/{locale}.toml")).unwrap();
        let start = map
            .find("[00-bienvenue]")
            .expect("the welcome module is on the map");
        let entry = map[start..].split("\n\n").next().unwrap();
        std::fs::write(dir.join(format!("map/{locale}.toml")), entry).unwrap();
    }
    for folder in ["help", "assessment"] {
        std::fs::create_dir_all(dir.join(folder)).unwrap();
        for locale in ["fr", "ar", "ary"] {
            std::fs::copy(
                format!("{content}/{folder}/{locale}.md"),
                dir.join(format!("{folder}/{locale}.md")),
            )
            .unwrap();
        }
    }
    let run = |args: &[&str]| {
        let output = Command::new(env!("CARGO_BIN_EXE_amane"))
            .args(args)
            .output()
            .unwrap();
        (
            output.status.code(),
            String::from_utf8(output.stdout).unwrap(),
        )
    };
    let path = dir.to_str().unwrap();
    let (code, out) = run(&["check", path]);
    assert_eq!(code, Some(0), "{out}");
    assert!(
        out.contains("warning: source `x` is marked to_verify"),
        "{out}"
    );
    let (code, out) = run(&["check", "--release", path]);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("error: source `x` is marked to_verify"),
        "{out}"
    );
    assert!(out.ends_with("3 errors, 0 warnings\n"), "{out}");
    std::fs::remove_dir_all(&dir).unwrap();
}
