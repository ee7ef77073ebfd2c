//! Tests of the locale files the app ships: they parse, they define the same messages with
//! the same variables, their plurals have every form, and the app asks only for messages
//! that exist.

use super::loader::{check_ftl, load_bundle};
use super::locale::Locale;
use super::localizer::Localizer;
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
    for locale in Locale::ALL {
        let errors = check_ftl(locale, &ftl(locale));
        let listed: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert!(listed.is_empty(), "{}", listed.join("\n"));
    }
}

#[test]
fn every_key_exists_in_all_three_locales() {
    let french: BTreeSet<String> = shapes(Locale::Fr).into_keys().collect();
    assert!(
        french.len() > 100,
        "only {} messages in French",
        french.len()
    );
    for locale in [Locale::Ar, Locale::Ary] {
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
    let french = shapes(Locale::Fr);
    for locale in [Locale::Ar, Locale::Ary] {
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
    for locale in [Locale::Ar, Locale::Ary] {
        for (key, shape) in shapes(locale) {
            for categories in &shape.plural_selects {
                assert_eq!(categories, &all, "{locale}: plural forms of `{key}`");
            }
        }
    }
}

#[test]
fn french_plurals_have_one_and_other() {
    for (key, shape) in shapes(Locale::Fr) {
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
    for locale in Locale::ALL {
        let (bundle, _) = load_bundle(locale, &ftl(locale));
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
    assert_eq!(
        Localizer::new(Locale::Fr).t("header-quick-exit"),
        "Quitter vite"
    );
    assert_eq!(
        Localizer::new(Locale::Ar).t("header-quick-exit"),
        "خروج سريع"
    );
    assert_eq!(
        Localizer::new(Locale::Ary).t("header-quick-exit"),
        "خرج دغيا"
    );
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
    assert_eq!(
        plain(Localizer::new(Locale::Fr).long_date(day)),
        "28 novembre 2026"
    );
    assert_eq!(
        plain(Localizer::new(Locale::Fr).long_date(first)),
        "1er novembre 2026"
    );
    assert_eq!(
        plain(Localizer::new(Locale::Ar).long_date(day)),
        "28 نونبر 2026"
    );
    assert_eq!(
        plain(Localizer::new(Locale::Ary).long_date(day)),
        "28 نونبر 2026"
    );
}

/// Message keys the app's code passes as literals to `t(…)`, `t_args(…)` or `tr(…)`.
fn keys_used_by_the_app() -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    let mut folders = vec![repo_root().join("src")];
    while let Some(folder) = folders.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for path in entries.flatten().map(|entry| entry.path()) {
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                let code = std::fs::read_to_string(&path).unwrap_or_default();
                keys.extend(literal_keys(&code));
            }
        }
    }
    keys
}

/// The string literals right after `t(`, `t_args(` or `tr(` in some code.
fn literal_keys(code: &str) -> Vec<String> {
    let mut keys = Vec::new();
    for call in [
        ".t(\"",
        ".t_args(\"",
        " t(\"",
        "(t(\"",
        "{tr(\"",
        " tr(\"",
        "(tr(\"",
    ] {
        for (start, _) in code.match_indices(call) {
            let rest = &code[start + call.len()..];
            if let Some(end) = rest.find('"') {
                keys.push(rest[..end].to_owned());
            }
        }
    }
    keys
}

#[test]
fn literal_keys_are_found_in_calls() {
    let code = r#"view! { <p>{l.t("map-title")}</p><p>{tr("help-title")}</p> } l.t_args("lesson-step-of", &[]) attr("x")"#;
    assert_eq!(
        literal_keys(code),
        ["map-title", "lesson-step-of", "help-title"]
    );
}

#[test]
fn every_key_the_app_asks_for_exists() {
    let french = shapes(Locale::Fr);
    let missing: Vec<String> = keys_used_by_the_app()
        .into_iter()
        .filter(|key| !french.contains_key(key))
        .collect();
    assert!(
        missing.is_empty(),
        "keys used in src/ but not in locales: {missing:?}"
    );
}
