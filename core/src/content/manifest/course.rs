//! The course manifest, `content/course.toml`.

use std::collections::BTreeMap;

use crate::content::ids::check_id;
use crate::content::manifest::assessment::AssessmentSettings;
use crate::content::manifest::languages::{check_languages, RawLanguage};
use crate::content::manifest::toml::fields::{from_toml_table, read_toml, Spanned};
use crate::content::model::{Course, Diagnostic};
use crate::content::report::locator::{offset_of, Locator};

struct RawCourse {
    id: String,
    version: String,
    title: BTreeMap<String, String>,
    languages: Spanned<Vec<RawLanguage>>,
    locales: Option<Spanned<Vec<String>>>,
    modules: Vec<Spanned<String>>,
    pass_mark: Spanned<u8>,
    quick_exit_url: Spanned<String>,
    issuer: Option<String>,
    assessment: Option<AssessmentSettings>,
}

from_toml_table!(RawCourse {
    id: required,
    version: required,
    title: required,
    languages: required,
    locales: optional,
    modules: required,
    pass_mark: required,
    quick_exit_url: required,
    issuer: optional,
    assessment: optional
});

/// Parses `course.toml`; every problem is returned, each at its `file:line:col`.
pub fn parse_course(file: &str, text: &str) -> Result<Course, Vec<Diagnostic>> {
    let locator = Locator::new(file, text);
    let raw: RawCourse = read_toml(text).map_err(|problems| {
        problems
            .into_iter()
            .map(|problem| locator.error(problem.at, format!("course.toml: {}", problem.message)))
            .collect::<Vec<_>>()
    })?;
    let mut diagnostics = Vec::new();
    if let Some(old) = &raw.locales {
        diagnostics.push(locator.error(
            old.at,
            "`locales` is now a [[languages]] table per language (code, name, dir, plural, \
             fallback): see AUTHORING.md, \"Languages\"",
        ));
    }
    let languages = check_languages(
        raw.languages.value,
        raw.languages.at,
        &locator,
        &mut diagnostics,
    );
    for language in languages.iter().flat_map(|l| l.all()) {
        let code = language.locale.code();
        if !raw.title.contains_key(code) {
            diagnostics.push(locator.error(
                offset_of(0, text, "[title]"),
                format!("the course title has no `{code}` translation: add it under [title]"),
            ));
        }
    }
    let mut modules: Vec<String> = Vec::with_capacity(raw.modules.len());
    for module in raw.modules {
        let (at, id) = (module.at, module.value);
        diagnostics.extend(check_id(&id, "module", at, &locator));
        if modules.contains(&id) {
            diagnostics.push(locator.error(at, format!("module `{id}` is listed twice")));
        }
        modules.push(id);
    }
    if raw.pass_mark.value > 100 {
        diagnostics
            .push(locator.error(raw.pass_mark.at, "pass_mark is a percentage: from 0 to 100"));
    }
    if !raw.quick_exit_url.value.starts_with("https://") {
        diagnostics.push(locator.error(
            raw.quick_exit_url.at,
            "quick_exit_url must start with https://",
        ));
    }
    let Some(languages) = languages.filter(|_| diagnostics.is_empty()) else {
        return Err(diagnostics);
    };
    let title = languages
        .all()
        .iter()
        .map(|l| l.locale.code())
        .filter_map(|code| Some((code.to_owned(), raw.title.get(code)?.clone())))
        .collect();
    Ok(Course {
        id: raw.id,
        version: raw.version,
        title,
        languages,
        modules,
        pass_mark: raw.pass_mark.value,
        quick_exit_url: raw.quick_exit_url.value,
        issuer: raw.issuer.filter(|issuer| !issuer.trim().is_empty()),
        assessment: raw.assessment,
    })
}
