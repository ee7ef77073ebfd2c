//! Every form an author can write reads to the value the `toml` crate reads, and so does every
//! shipped file.

use super::{ours, theirs};

/// (form, TOML text, the value it holds as JSON).
const FORMS: &[(&str, &str, &str)] = &[
    (
        "comments and blank lines",
        "# début\n\na = 1 # après la valeur\n   # indentée\n\n# fin",
        r#"{"a": 1}"#,
    ),
    (
        "spaces and tabs around keys and values",
        "\t a\t=\t1 \t\nb=2",
        r#"{"a": 1, "b": 2}"#,
    ),
    (
        "bare keys with digits, dashes and underscores",
        "a-b_1 = 1\n1234 = 2\n_x- = 3",
        r#"{"a-b_1": 1, "1234": 2, "_x-": 3}"#,
    ),
    (
        "quoted keys, empty and with dots",
        "\"a b\" = 1\n'c.d' = 2\n\"\" = 3\n\"é\\u00e9\" = 4\n\"عنوان\" = 5",
        r#"{"a b": 1, "c.d": 2, "": 3, "éé": 4, "عنوان": 5}"#,
    ),
    (
        "dotted keys, with spaces and quoted parts",
        "a.b.c = 1\na . d = 2\n\"x\".'y' = 3",
        r#"{"a": {"b": {"c": 1}, "d": 2}, "x": {"y": 3}}"#,
    ),
    (
        "tables, with spaces in the header",
        "top = 0\n[t]\na = 1\n[ u . \"v\" ]\nb = 2 # c",
        r#"{"top": 0, "t": {"a": 1}, "u": {"v": {"b": 2}}}"#,
    ),
    (
        "a parent table defined after its child",
        "[a.b]\nx = 1\n[a]\ny = 2",
        r#"{"a": {"b": {"x": 1}, "y": 2}}"#,
    ),
    (
        "a sub-table of a table made by dotted keys",
        "[fruit]\napple.color = \"red\"\n[fruit.apple.texture]\nsmooth = true",
        r#"{"fruit": {"apple": {"color": "red", "texture": {"smooth": true}}}}"#,
    ),
    (
        "arrays of tables, with a sub-table of the last one",
        "[[s]]\nid = 1\n\n[[s]]\nid = 2\n[s.sub]\nx = 1\n[[s.more]]\ny = 2",
        r#"{"s": [{"id": 1}, {"id": 2, "sub": {"x": 1}, "more": [{"y": 2}]}]}"#,
    ),
    (
        "an empty table of an array of tables",
        "[[s]]\n[[s]]\nid = 2",
        r#"{"s": [{}, {"id": 2}]}"#,
    ),
    (
        "every escape of a basic string",
        r#"a = "\b\t\n\f\r\"\\\u00e9\U0001F600\e\x41 /""#,
        "{\"a\": \"\\b\\t\\n\\f\\r\\\"\\\\é😀\\u001bA /\"}",
    ),
    (
        "basic strings with Arabic text and a tab",
        "a = \"أمان — الأمان فالأنترنيت\"\nb = \"x\ty\"",
        "{\"a\": \"أمان — الأمان فالأنترنيت\", \"b\": \"x\\ty\"}",
    ),
    (
        "literal strings keep backslashes",
        r"a = 'C:\Users\n' # c
b = '' ",
        r#"{"a": "C:\\Users\\n", "b": ""}"#,
    ),
    (
        "multi-line basic string: first line break trimmed",
        "a = \"\"\"\nline 1\n  line 2\"\"\"\nb = \"\"\"one line\"\"\"",
        r#"{"a": "line 1\n  line 2", "b": "one line"}"#,
    ),
    (
        "multi-line basic string: line-ending backslash",
        "a = \"\"\"\\\n   The quick \\\n\n   brown \\   \n   fox.\\\n   \"\"\"",
        r#"{"a": "The quick brown fox."}"#,
    ),
    (
        "multi-line basic string: quotes and escapes inside",
        "a = \"\"\"Il a dit \"oui\" \\\"\"\"\\t.\"\"\"\nb = \"\"\"x\"\"\"\"\nc = \"\"\"\"\"\"",
        r#"{"a": "Il a dit \"oui\" \"\"\"\t.", "b": "x\"", "c": ""}"#,
    ),
    (
        "multi-line literal strings",
        "a = '''\nfirst\n  second\\n'''\nb = '''it's ''ok'''''\nc = '''\n\n'''",
        r#"{"a": "first\n  second\\n", "b": "it's ''ok''", "c": "\n"}"#,
    ),
    (
        "multi-line strings over Windows line endings",
        "a = \"\"\"\r\nx\r\ny\"\"\"\r\nb = '''\r\nz\r\n'''\r\n",
        r#"{"a": "x\r\ny", "b": "z\r\n"}"#,
    ),
    (
        "integers: signs, zero and underscores",
        "a = +99\nb = -17\nc = 0\nd = 1_000\ne = -0\nf = +0\ng = 9_223_372_036_854_775_807\n\
         h = -9223372036854775808",
        r#"{"a": 99, "b": -17, "c": 0, "d": 1000, "e": 0, "f": 0,
            "g": 9223372036854775807, "h": -9223372036854775808}"#,
    ),
    (
        "booleans",
        "a = true\nb = false",
        r#"{"a": true, "b": false}"#,
    ),
    (
        "arrays over several lines, with comments and a trailing comma",
        "a = [\n  1, # one\n  2,\n  # a comment line\n  3,\n]\nb = []\nc = [ [1, 2], [\"x\"], ]\n\
         d = [1, \"mixed\", true]\ne = [ # nothing\n]",
        r#"{"a": [1, 2, 3], "b": [], "c": [[1, 2], ["x"]], "d": [1, "mixed", true], "e": []}"#,
    ),
    (
        "inline tables",
        "a = { x = 1, y.z = \"s\" }\nb = {}\nc = [{ n = 1 }, { n = 2, m = { k = true } }]",
        r#"{"a": {"x": 1, "y": {"z": "s"}}, "b": {},
            "c": [{"n": 1}, {"n": 2, "m": {"k": true}}]}"#,
    ),
    (
        "inline tables over several lines",
        "a = {\n  x = 1, # one\n  y = 2,\n}",
        r#"{"a": {"x": 1, "y": 2}}"#,
    ),
    (
        "Windows line endings",
        "a = 1\r\n[t]\r\nb = \"x\" # c\r\n",
        r#"{"a": 1, "t": {"b": "x"}}"#,
    ),
    ("a byte order mark", "\u{feff}a = 1", r#"{"a": 1}"#),
    ("an empty document", "", "{}"),
];

#[test]
fn every_form_reads_as_the_toml_crate_reads_it() {
    for (form, text, expected) in FORMS {
        let expected: serde_json::Value = serde_json::from_str(expected).expect("valid JSON");
        assert_eq!(ours(text), expected, "{form}");
        assert_eq!(theirs(text), Some(expected), "{form}: the toml crate");
    }
}

/// Every `.md` file under `dir`, at any depth.
fn markdown_files(dir: &std::path::Path, found: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a readable folder") {
        let path = entry.expect("a folder entry").path();
        if path.is_dir() {
            markdown_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "md") {
            found.push(path);
        }
    }
}

#[test]
fn every_shipped_file_reads_as_the_toml_crate_reads_it() {
    let content = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../content"));
    let manifest = std::fs::read_to_string(content.join("course.toml")).expect("course.toml");
    assert_eq!(Some(ours(&manifest)), theirs(&manifest), "course.toml");
    for locale in ["fr", "ar", "ary"] {
        let path = content.join(format!("map/{locale}.toml"));
        let map = std::fs::read_to_string(&path).expect("a map file per language");
        assert_eq!(Some(ours(&map)), theirs(&map), "{}", path.display());
    }
    let mut files = Vec::new();
    markdown_files(&content.join("modules"), &mut files);
    assert!(files.len() >= 27, "the modules are found: {files:?}");
    for file in files {
        let text = std::fs::read_to_string(&file).expect("a readable module");
        let front = text
            .strip_prefix("+++\n")
            .and_then(|rest| rest.split_once("\n+++\n"))
            .map(|(front, _)| front)
            .unwrap_or_else(|| panic!("{} has a front matter", file.display()));
        let read = ours(front);
        assert!(read.get("sources").is_some(), "{}", file.display());
        assert_eq!(Some(read), theirs(front), "{}", file.display());
    }
}
