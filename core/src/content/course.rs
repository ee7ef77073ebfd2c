//! The course manifest, `content/course.toml`.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use super::ids::check_id;
use super::model::{Course, Diagnostic};
use super::position::{offset_of, Locator};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCourse {
    id: String,
    version: String,
    title: BTreeMap<String, String>,
    locales: Spanned<Vec<String>>,
    modules: Vec<Spanned<String>>,
    pass_mark: Spanned<u8>,
    quick_exit_url: Spanned<String>,
}

/// Parses `course.toml`; every problem is returned, each at its `file:line:col`.
pub fn parse_course(file: &str, text: &str) -> Result<Course, Vec<Diagnostic>> {
    let locator = Locator::new(file, text);
    let raw: RawCourse = toml::from_str(text).map_err(|error| {
        let at = error.span().map_or(0, |span| span.start);
        vec![locator.error(at, format!("course.toml: {}", error.message().trim_end()))]
    })?;
    let mut diagnostics = Vec::new();
    let locales_at = raw.locales.span().start;
    let locales = raw.locales.into_inner();
    if locales.is_empty() {
        diagnostics.push(locator.error(locales_at, "the course needs at least one locale"));
    }
    for locale in &locales {
        if !raw.title.contains_key(locale) {
            diagnostics.push(locator.error(
                offset_of(0, text, "[title]"),
                format!("the course title has no `{locale}` translation: add it under [title]"),
            ));
        }
    }
    let mut modules: Vec<String> = Vec::with_capacity(raw.modules.len());
    for module in raw.modules {
        let at = module.span().start;
        let id = module.into_inner();
        diagnostics.extend(check_id(&id, "module", at, &locator));
        if modules.contains(&id) {
            diagnostics.push(locator.error(at, format!("module `{id}` is listed twice")));
        }
        modules.push(id);
    }
    if *raw.pass_mark.get_ref() > 100 {
        diagnostics.push(locator.error(
            raw.pass_mark.span().start,
            "pass_mark is a percentage: from 0 to 100",
        ));
    }
    if !raw.quick_exit_url.get_ref().starts_with("https://") {
        diagnostics.push(locator.error(
            raw.quick_exit_url.span().start,
            "quick_exit_url must start with https://",
        ));
    }
    if !diagnostics.is_empty() {
        return Err(diagnostics);
    }
    let title = locales
        .iter()
        .filter_map(|locale| Some((locale.clone(), raw.title.get(locale)?.clone())))
        .collect();
    Ok(Course {
        id: raw.id,
        version: raw.version,
        title,
        locales,
        modules,
        pass_mark: raw.pass_mark.into_inner(),
        quick_exit_url: raw.quick_exit_url.into_inner(),
    })
}
