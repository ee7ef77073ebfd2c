//! A module's front matter: TOML between two `+++` lines at the top of the file.

use crate::content::ids::check_id;
use crate::content::manifest::toml::fields::{from_toml_table, read_toml, Spanned};
use crate::content::model::{Diagnostic, FrontMatter, Source};
use crate::content::report::anchors::Anchor;
use crate::content::report::findings::Findings;
use crate::content::report::locator::Locator;

/// Where the front matter and the Markdown body sit in a module file.
pub(crate) struct Layout<'a> {
    /// The TOML text (empty when there is no front matter).
    pub toml: &'a str,
    /// Byte offset of `toml` in the file.
    pub toml_offset: usize,
    /// Byte offset of the Markdown body in the file.
    pub body_offset: usize,
}

const FENCE: &str = "+++";

/// Finds the front matter; a missing or unclosed one is reported and the body parsed anyway.
pub(crate) fn layout<'a>(
    text: &'a str,
    locator: &Locator<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Layout<'a> {
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let mut lines = line_spans(text, start);
    let opens = lines
        .next()
        .is_some_and(|(from, to)| text[from..to].trim_end() == FENCE);
    if !opens {
        diagnostics.push(locator.error(
            start,
            "the module must start with its front matter: a line `+++`, its fields (sources; for a \
             page outside the map, also title, summary and minutes), then another line `+++`",
        ));
        return Layout {
            toml: "",
            toml_offset: start,
            body_offset: start,
        };
    }
    let toml_offset = text[start..]
        .find('\n')
        .map_or(text.len(), |at| start + at + 1);
    for (from, to) in lines {
        if text[from..to].trim_end() == FENCE {
            return Layout {
                toml: &text[toml_offset..from],
                toml_offset,
                body_offset: (to + 1).min(text.len()),
            };
        }
    }
    diagnostics.push(locator.error(
        start,
        "the front matter is never closed: add a line `+++` after it",
    ));
    Layout {
        toml: "",
        toml_offset: text.len(),
        body_offset: text.len(),
    }
}

/// Byte ranges of the lines of `text` from `start`, without their `\n`.
fn line_spans(text: &str, start: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut from = start;
    std::iter::from_fn(move || {
        if from >= text.len() {
            return None;
        }
        let to = text[from..].find('\n').map_or(text.len(), |at| from + at);
        let line = (from, to);
        from = to + 1;
        Some(line)
    })
}

struct RawFrontMatter {
    title: Option<Spanned<String>>,
    summary: Option<Spanned<String>>,
    minutes: Option<Spanned<u32>>,
    content_warning: Option<String>,
    sources: Option<Vec<RawSource>>,
}

from_toml_table!(RawFrontMatter {
    title: optional,
    summary: optional,
    minutes: optional,
    content_warning: optional,
    sources: optional
});

struct RawSource {
    id: Spanned<String>,
    title: String,
    publisher: String,
    date: String,
    url: Spanned<String>,
    supports: String,
    to_verify: Option<Spanned<bool>>,
}

from_toml_table!(RawSource {
    id: required,
    title: required,
    publisher: required,
    date: required,
    url: required,
    supports: required,
    to_verify: optional
});

/// Whose front matter is read: a course module (its title, summary and minutes live in the
/// language's map file) or a page written like a module (help, guide, plans, assessment),
/// which keeps them in its front matter.
#[derive(Clone, Copy)]
pub(crate) enum Holder<'a> {
    /// The course module `id`, in `locale`.
    Module {
        /// Module id.
        id: &'a str,
        /// Locale of the file.
        locale: &'a str,
    },
    /// A page outside the course map.
    Page,
}

/// Reads the front matter and locates its `minutes` line; on a TOML error the diagnostic says
/// where, and an empty front matter is returned so the rest of the module still renders.
pub(crate) fn parse_front_matter(
    layout: &Layout<'_>,
    holder: Holder<'_>,
    findings: &mut Findings<'_>,
) -> FrontMatter {
    let (locator, diagnostics) = (findings.locator, &mut findings.diagnostics);
    let empty = FrontMatter {
        title: String::new(),
        summary: String::new(),
        minutes: 0,
        content_warning: None,
        sources: Vec::new(),
    };
    if layout.toml.is_empty() && layout.toml_offset == layout.body_offset {
        return empty;
    }
    let raw: RawFrontMatter = match read_toml(layout.toml) {
        Ok(raw) => raw,
        Err(problems) => {
            diagnostics.extend(problems.into_iter().map(|problem| {
                locator.error(
                    layout.toml_offset + problem.at,
                    format!("front matter: {}", problem.message),
                )
            }));
            return empty;
        }
    };
    let sources = match raw.sources {
        Some(sources) => sources,
        None => {
            diagnostics.push(locator.error(
                0,
                "module has no sources: list the sources of its facts with [[sources]], \
                 or write `sources = []` if it states no facts",
            ));
            Vec::new()
        }
    };
    let sources = check_sources(sources, layout.toml_offset, locator, diagnostics);
    let fields = [
        ("title", raw.title.as_ref().map(|f| f.at)),
        ("summary", raw.summary.as_ref().map(|f| f.at)),
        ("minutes", raw.minutes.as_ref().map(|f| f.at)),
    ];
    for (name, at) in fields {
        match (holder, at) {
            (Holder::Module { id, locale }, Some(at)) => diagnostics.push(locator.error(
                layout.toml_offset + line_start(layout.toml, at),
                format!(
                    "front matter: `{name}` of a module goes in the course map, \
                     map/{locale}.toml, under [{id}]: move it there"
                ),
            )),
            (Holder::Page, None) => diagnostics.push(locator.error(
                layout.toml_offset,
                format!("front matter: missing field `{name}`"),
            )),
            _ => {}
        }
    }
    if let (Holder::Page, Some(minutes)) = (holder, &raw.minutes) {
        findings.locate(
            Anchor::Field("minutes"),
            layout.toml_offset + line_start(layout.toml, minutes.at),
        );
    }
    FrontMatter {
        title: raw.title.map(|f| f.value).unwrap_or_default(),
        summary: raw.summary.map(|f| f.value).unwrap_or_default(),
        minutes: raw.minutes.map_or(0, |f| f.value),
        content_warning: raw.content_warning,
        sources,
    }
}

/// Offset of the first non-blank character of the line holding `at` in `toml`.
fn line_start(toml: &str, at: usize) -> usize {
    let start = toml[..at].rfind('\n').map_or(0, |end| end + 1);
    let line = &toml[start..];
    start + line.len() - line.trim_start().len()
}

fn check_sources(
    raw: Vec<RawSource>,
    toml_offset: usize,
    locator: &Locator<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Source> {
    let mut sources: Vec<Source> = Vec::with_capacity(raw.len());
    for source in raw {
        let id_at = toml_offset + source.id.at;
        let id = source.id.value;
        diagnostics.extend(check_id(&id, "source", id_at, locator));
        if sources.iter().any(|seen| seen.id == id) {
            diagnostics.push(locator.error(id_at, format!("duplicate source id `{id}`")));
        }
        let url_at = toml_offset + source.url.at;
        let url = source.url.value;
        if !url.starts_with("https://") {
            diagnostics.push(locator.error(
                url_at,
                format!("source `{id}`: its url must start with https://"),
            ));
        }
        let to_verify = source.to_verify.is_some_and(|flag| flag.value);
        if to_verify {
            diagnostics.push(locator.unverified(
                id_at,
                format!(
                    "source `{id}` is marked to_verify: check the fact against the source, \
                     then remove `to_verify`"
                ),
            ));
        }
        sources.push(Source {
            id,
            title: source.title,
            publisher: source.publisher,
            date: source.date,
            url,
            supports: source.supports,
            to_verify,
        });
    }
    sources
}
