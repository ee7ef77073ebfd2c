//! Tests of the locale files the app ships: they parse, they define the same messages with
//! the same variables, their plurals have every form, and the app asks only for messages
//! that exist.

use super::loader::{check_ftl, load_bundle};
use super::locale::Locale;
use super::localizer::Localizer;
use super::test_languages::{shipped_languages, AR, ARY, FR};
use fluent_bundle::{FluentArgs, FluentValue};
use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Root of the repository.
fn repo_root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

/// Text of `locales/<code>/main.ftl`.
fn ftl(locale: Locale) -> String {
    let path = repo_root().join(format!("locales/{locale}/main.ftl"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// What a message needs from the code and how it counts.
#[derive(Default, Debug, PartialEq)]
struct Shape {
    /// Variables the message reads.
    variables: BTreeSet<String>,
    /// Plural categories of each plural select, in order.
    plural_selects: Vec<BTreeSet<String>>,
}

/// CLDR plural categories.
const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The shape of every message of a locale file, by key.
fn shapes(locale: Locale) -> BTreeMap<String, Shape> {
    let text = ftl(locale);
    let resource = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{locale}: {errors:?}"));
    let mut shapes = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let mut shape = Shape::default();
            if let Some(pattern) = &message.value {
                walk_pattern(pattern, &mut shape);
            }
            shapes.insert(message.id.name.to_owned(), shape);
        }
    }
    shapes
}

/// Records the variables and plural selects of a pattern.
fn walk_pattern(pattern: &Pattern<&str>, shape: &mut Shape) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, shape);
        }
    }
}

/// Records the variables and plural selects of an expression.
fn walk_expression(expression: &Expression<&str>, shape: &mut Shape) {
    match expression {
        Expression::Inline(inline) => walk_inline(inline, shape),
        Expression::Select { selector, variants } => {
            walk_inline(selector, shape);
            let categories: BTreeSet<String> = variants
                .iter()
                .filter_map(|variant| match &variant.key {
                    VariantKey::Identifier { name } if CATEGORIES.contains(name) => {
                        Some((*name).to_owned())
                    }
                    _ => None,
                })
                .collect();
            if categories.contains("one") {
                shape.plural_selects.push(categories);
            }
            for variant in variants {
                walk_pattern(&variant.value, shape);
            }
        }
    }
}

/// Records the variables of an inline expression.
fn walk_inline(inline: &InlineExpression<&str>, shape: &mut Shape) {
    match inline {
        InlineExpression::VariableReference { id } => {
            shape.variables.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            let named = arguments.named.iter().map(|argument| &argument.value);
            for argument in arguments.positional.iter().chain(named) {
                walk_inline(argument, shape);
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, shape),
        _ => {}
    }
}

#[test]
fn every_locale_file_parses_without_errors() {
    for locale in shipped_languages().all().iter().map(|l| l.locale) {
        let errors = check_ftl(locale, &ftl(locale));
        let listed: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert!(listed.is_empty(), "{}", listed.join("\n"));
    }
}

#[test]
fn every_key_exists_in_all_three_locales() {
    let french: BTreeSet<String> = shapes(FR).into_keys().collect();
    assert!(
        french.len() > 100,
        "only {} messages in French",
        french.len()
    );
    for locale in [AR, ARY] {
        let keys: BTreeSet<String> = shapes(locale).into_keys().collect();
        let missing: Vec<&String> = french.difference(&keys).collect();
        let extra: Vec<&String> = keys.difference(&french).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{locale}: missing {missing:?}, not in French {extra:?}"
        );
    }
}

#[test]
fn every_message_uses_the_same_variables_in_all_locales() {
    let french = shapes(FR);
    for locale in [AR, ARY] {
        for (key, shape) in shapes(locale) {
            let Some(expected) = french.get(&key) else {
                continue;
            };
            assert_eq!(
                shape.variables, expected.variables,
                "{locale}: `{key}` does not use the same variables as in French"
            );
        }
    }
}

#[test]
fn arabic_and_darija_plurals_have_all_six_forms() {
    let all: BTreeSet<String> = CATEGORIES.iter().map(|c| (*c).to_owned()).collect();
    for locale in [AR, ARY] {
        for (key, shape) in shapes(locale) {
            for categories in &shape.plural_selects {
                assert_eq!(categories, &all, "{locale}: plural forms of `{key}`");
            }
        }
    }
}

#[test]
fn french_plurals_have_one_and_other() {
    for (key, shape) in shapes(FR) {
        for categories in &shape.plural_selects {
            assert!(
                categories.contains("other"),
                "fr: `{key}` has no `other` form"
            );
        }
    }
}

#[test]
fn every_message_formats_without_errors_in_every_locale() {
    for locale in shipped_languages().all().iter().map(|l| l.locale) {
        let (bundle, _) = load_bundle(locale, shipped_languages().plural(locale), &ftl(locale));
        for (key, shape) in shapes(locale) {
            for count in [0, 1, 2, 3, 11, 100] {
                let mut args = FluentArgs::new();
                for variable in &shape.variables {
                    args.set(variable.as_str(), FluentValue::from(count));
                }
                let message = bundle.get_message(&key).expect("parsed message");
                let pattern = message.value().expect("message has a value");
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{locale}: `{key}`: {errors:?}");
                assert!(!text.trim().is_empty(), "{locale}: `{key}` is empty");
            }
        }
    }
}

#[test]
fn the_quick_exit_button_speaks_each_language() {
    assert_eq!(Localizer::new(FR).t("header-quick-exit"), "Quitter vite");
    assert_eq!(Localizer::new(AR).t("header-quick-exit"), "خروج سريع");
    assert_eq!(Localizer::new(ARY).t("header-quick-exit"), "خرج دغيا");
}

#[test]
fn long_dates_name_the_month_in_each_language() {
    use super::format::CivilDate;
    let plain = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
    let day = CivilDate {
        year: 2026,
        month: 11,
        day: 28,
    };
    let first = CivilDate { day: 1, ..day };
    assert_eq!(plain(Localizer::new(FR).long_date(day)), "28 novembre 2026");
    assert_eq!(
        plain(Localizer::new(FR).long_date(first)),
        "1er novembre 2026"
    );
    assert_eq!(plain(Localizer::new(AR).long_date(day)), "28 نونبر 2026");
    assert_eq!(plain(Localizer::new(ARY).long_date(day)), "28 نونبر 2026");
}

/// Every `.rs` file under `folder` (of the repository), with its text.
fn rust_files(folder: &str) -> Vec<(std::path::PathBuf, String)> {
    let mut files = Vec::new();
    let mut folders = vec![repo_root().join(folder)];
    while let Some(folder) = folders.pop() {
        for path in std::fs::read_dir(&folder)
            .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
            .flatten()
            .map(|entry| entry.path())
        {
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                let code = std::fs::read_to_string(&path).unwrap_or_default();
                files.push((path, code));
            }
        }
    }
    files
}

/// Message keys the app can ask for. The app's translator takes a `MessageKey`, which only
/// `key!("…")` makes, from a literal: so every `key!` of `src/` and of this crate (keys
/// chosen in a `match` or returned by a `key()` method included), plus any literal the app
/// passes straight to a `Localizer`.
fn keys_used_by_the_app() -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for (_, code) in rust_files("src") {
        keys.extend(literal_keys(&code));
    }
    for (path, code) in rust_files("core/src") {
        if !path.ends_with("shipped_tests.rs") {
            keys.extend(made_keys(&code));
        }
    }
    keys
}

/// The string literals after `open` in some code.
fn literals_after(code: &str, open: &str) -> Vec<String> {
    code.match_indices(open)
        .filter_map(|(start, _)| {
            let rest = &code[start + open.len()..];
            rest.find('"').map(|end| rest[..end].to_owned())
        })
        .collect()
}

/// The keys made with `key!("…")` in some code.
fn made_keys(code: &str) -> Vec<String> {
    literals_after(code, "key!(\"")
}

/// The keys made with `key!("…")` or passed as literals to `t(…)` or `t_args(…)` in some code.
fn literal_keys(code: &str) -> Vec<String> {
    let mut keys = made_keys(code);
    for call in [".t(\"", ".t_args(\"", " t(\"", "(t(\""] {
        keys.extend(literals_after(code, call));
    }
    keys
}

#[test]
fn literal_keys_are_found_in_calls_and_in_matches() {
    let code = r#"view! { <p>{l.t("map-title")}</p><p>{tr(key!("help-title"))}</p> } l.t_args("lesson-step-of", &[]) attr("x")
        match kind { Kind::A => key!("lesson-next"), _ => key!("lesson-finish") }"#;
    assert_eq!(
        literal_keys(code),
        [
            "help-title",
            "lesson-next",
            "lesson-finish",
            "map-title",
            "lesson-step-of"
        ]
    );
}

#[test]
fn message_keys_are_made_only_by_the_macro() {
    let makers: Vec<String> = rust_files("src")
        .into_iter()
        .chain(rust_files("core/src"))
        .filter(|(path, code)| {
            !path.ends_with("shipped_tests.rs") && code.contains("from_literal(")
        })
        .map(|(path, _)| path.display().to_string())
        .collect();
    assert_eq!(makers.len(), 1, "{makers:?}");
    assert!(makers[0].ends_with("key.rs"), "{makers:?}");
}

#[test]
fn every_key_the_app_asks_for_exists() {
    let french = shapes(FR);
    let missing: Vec<String> = keys_used_by_the_app()
        .into_iter()
        .filter(|key| !french.contains_key(key))
        .collect();
    assert!(
        missing.is_empty(),
        "keys the app uses (src/ and core) but not in locales: {missing:?}"
    );
}

/// Literal children with letters that may stay in views: none so far. Symbols and spaces
/// (`"−"`, `"+"`, `" — "`) have no letters and are always allowed.
const VIEW_LITERALS_ALLOWED: &[&str] = &[];

/// The body of every `view! { … }` in some code (nested views included, each on its own).
fn view_bodies(code: &str) -> Vec<&str> {
    let mut bodies = Vec::new();
    for (start, _) in code.match_indices("view!") {
        let Some(open) = code[start..].find(['{', '(']).map(|at| start + at) else {
            continue;
        };
        if let Some(close) = closing(code, open) {
            bodies.push(&code[open + 1..close]);
        }
    }
    bodies
}

/// Skips a string literal starting at byte `at` (its opening quote, after any `r#` prefix);
/// returns the byte after its closing quote.
fn skip_string(code: &[u8], at: usize) -> usize {
    let mut hashes = 0;
    let mut i = at;
    if code[i] == b'r' {
        i += 1;
        while code.get(i) == Some(&b'#') {
            hashes += 1;
            i += 1;
        }
    }
    let raw = i > at;
    i += 1;
    while i < code.len() {
        match code[i] {
            b'\\' if !raw => i += 2,
            b'"' => {
                let end = i + 1 + hashes;
                if code
                    .get(i + 1..end)
                    .is_some_and(|h| h.iter().all(|&c| c == b'#'))
                {
                    return end;
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    code.len()
}

/// Byte after a char literal at `at` (`'x'`, `'\n'`), or `None` for a lifetime (`'static`).
fn skip_char(code: &str, at: usize) -> Option<usize> {
    let rest = &code[at + 1..];
    let mut chars = rest.char_indices();
    let (_, first) = chars.next()?;
    let after = if first == '\\' {
        rest[1..].find('\'').map(|end| end + 2)?
    } else {
        first.len_utf8()
    };
    (rest[after..].starts_with('\'')).then_some(at + 1 + after + 1)
}

/// The byte of the bracket closing the one at `open`, skipping strings, chars and comments.
fn closing(code: &str, open: usize) -> Option<usize> {
    let bytes = code.as_bytes();
    let mut depth = 0usize;
    let mut i = open;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                i = skip_string(bytes, i);
                continue;
            }
            b'r' if code[i..].starts_with("r#\"") || code[i..].starts_with("r\"") => {
                i = skip_string(bytes, i);
                continue;
            }
            b'\'' => {
                if let Some(after) = skip_char(code, i) {
                    i = after;
                    continue;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i = code[i..].find('\n').map_or(bytes.len(), |n| i + n);
                continue;
            }
            b'{' | b'(' | b'[' => depth += 1,
            b'}' | b')' | b']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// Literal text a view shows as it is: quoted children (`<p>"Hello"</p>`) and unquoted text
/// (`<p>Hello</p>`) with at least one letter, outside tags and `{…}` blocks.
fn literal_children(body: &str) -> Vec<String> {
    let bytes = body.as_bytes();
    let mut found = Vec::new();
    let mut text = String::new();
    let flush = |text: &mut String, found: &mut Vec<String>| {
        let bare = text.trim();
        if bare.chars().any(char::is_alphabetic) {
            found.push(bare.to_string());
        }
        text.clear();
    };
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                flush(&mut text, &mut found);
                let end = skip_string(bytes, i);
                let literal = &body[i + 1..end - 1];
                if literal.chars().any(char::is_alphabetic) {
                    found.push(format!("\"{literal}\""));
                }
                i = end;
            }
            b'{' => {
                flush(&mut text, &mut found);
                i = closing(body, i).map_or(bytes.len(), |end| end + 1);
            }
            b'<' => {
                flush(&mut text, &mut found);
                i = tag_end(body, i);
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                flush(&mut text, &mut found);
                i = body[i..].find('\n').map_or(bytes.len(), |n| i + n);
            }
            _ => {
                let c = body[i..].chars().next().expect("inside the text");
                text.push(c);
                i += c.len_utf8();
            }
        }
    }
    flush(&mut text, &mut found);
    found
}

/// The byte after the `>` closing the tag that starts at `open`, skipping attribute values.
fn tag_end(body: &str, open: usize) -> usize {
    let bytes = body.as_bytes();
    let mut i = open + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                i = skip_string(bytes, i);
                continue;
            }
            b'{' | b'(' | b'[' => {
                i = closing(body, i).map_or(bytes.len(), |end| end + 1);
                continue;
            }
            b'>' => return i + 1,
            _ => {}
        }
        i += 1;
    }
    bytes.len()
}

#[test]
fn literal_children_of_views_are_found() {
    let code = r#"
        let a = view! { <p class="x" title="Not shown">"Bonjour"</p> };
        let b = view! {
            <li on:click=move |_| go(1)>{tr("map-title")}" — "<b>Texte brut</b>"+"</li>
            // a comment with words
            {move || items.iter().map(|i| view! { <span>{format!("{i}")}" items"</span> }).collect_view()}
            <Comp label=tr("x") text="attribute"/>
        };
        let c = format!("not a view {}", '}');
    "#;
    let found: Vec<String> = view_bodies(code)
        .into_iter()
        .flat_map(literal_children)
        .collect();
    assert_eq!(found, ["\"Bonjour\"", "Texte brut", "\" items\""]);
}

#[test]
fn views_show_no_literal_text_only_messages() {
    let mut found = Vec::new();
    let mut views = 0;
    for (path, code) in rust_files("src") {
        for body in view_bodies(&code) {
            views += 1;
            for literal in literal_children(body) {
                if !VIEW_LITERALS_ALLOWED.contains(&literal.as_str()) {
                    found.push(format!("{}: {literal}", path.display()));
                }
            }
        }
    }
    assert!(views > 100, "only {views} views found");
    assert!(
        found.is_empty(),
        "text shown as written in a view: put it in locales/*/main.ftl\n{}",
        found.join("\n")
    );
}
