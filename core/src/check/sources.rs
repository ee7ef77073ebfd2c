//! `content/SOURCES.md`: every source of the course once, with what it supports where.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::content::{Diagnostic, Severity, Source};

use super::load::load_course;

/// A source and the modules (or the help page, or the guide) citing it.
struct Cited<'s> {
    source: &'s Source,
    /// Module id and what the source supports there.
    uses: Vec<(&'s str, &'s str)>,
    to_verify: bool,
}

/// The Markdown list of every source of the modules, the help page and the guide
/// (deduplicated by url, in course order, the help page and the guide last), or the errors that stop the manifest from being read.
pub fn sources_markdown(files: &BTreeMap<String, String>) -> Result<String, Vec<Diagnostic>> {
    let mut diagnostics = Vec::new();
    let Some(modules) = load_course(files, &mut diagnostics) else {
        diagnostics.retain(|d| d.severity == Severity::Error);
        return Err(diagnostics);
    };
    let mut cited: Vec<Cited<'_>> = Vec::new();
    for text in modules.iter().flat_map(|module| &module.texts) {
        let module = text.module.id.as_str();
        for source in &text.module.front.sources {
            let entry = match cited.iter().position(|c| c.source.url == source.url) {
                Some(at) => &mut cited[at],
                None => {
                    cited.push(Cited {
                        source,
                        uses: Vec::new(),
                        to_verify: false,
                    });
                    cited.last_mut().expect("just pushed")
                }
            };
            entry.to_verify |= source.to_verify;
            if !entry.uses.iter().any(|(id, _)| *id == module) {
                entry.uses.push((module, &source.supports));
            }
        }
    }
    Ok(render(&cited))
}

fn render(cited: &[Cited<'_>]) -> String {
    let mut out = String::from(
        "# Sources\n\nEvery source the course modules, the help page and the guide rely on, with \
         what it supports in each module (`help` is the help page, `guide` the case guide). \
         Generated from their front matter by `amane sources content`: edit the modules, the \
         help page and the guide, not this file.\n",
    );
    if cited.is_empty() {
        out.push_str("\nNo module cites a source yet.\n");
    }
    for entry in cited {
        let source = entry.source;
        let flag = if entry.to_verify {
            " **(to verify)**"
        } else {
            ""
        };
        let _ = write!(
            out,
            "\n- **{}** — {}, {}. <{}>{flag}\n",
            source.title, source.publisher, source.date, source.url
        );
        for (module, supports) in &entry.uses {
            let _ = writeln!(out, "  - `{module}`: {supports}");
        }
    }
    out
}
