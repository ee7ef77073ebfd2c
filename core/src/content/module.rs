//! `parse_module`: one module file in one locale, turned into steps and blocks.

use std::collections::HashMap;

use crate::content::limits::{cap_diagnostics, too_deeply_nested, MAX_MODULE_BYTES, MAX_NESTING};
use crate::content::manifest::front_matter::{layout, parse_front_matter, Holder};
use crate::content::markdown::citations::Citations;
use crate::content::model::{Diagnostic, FrontMatter, Module, Step};
use crate::content::report::anchors::{Anchor, Position};
use crate::content::report::findings::Findings;
use crate::content::report::locator::Locator;
use crate::content::steps::body::read_body;

/// A module as parsed, with every problem found and where each id sits in the file.
#[derive(Clone, Debug, PartialEq)]
pub struct ParsedModule {
    /// The module; broken blocks are [`Block::Invalid`] in place.
    pub module: Module,
    /// Errors and warnings, in file order.
    pub diagnostics: Vec<Diagnostic>,
    /// Line and column of every step, block, question and node, by id, and of the
    /// front-matter fields compared between locales.
    pub locations: HashMap<Anchor, Position>,
}

/// Parses the course module `id` in `locale` from `text`, the content of `file`. Its title,
/// summary and minutes are in the language's map file ([`Module::place_on_map`]); written in
/// the front matter, they are an error that says where they go.
pub fn parse_module(file: &str, id: &str, locale: &str, text: &str) -> ParsedModule {
    parse_text(file, id, locale, text, Holder::Module { id, locale })
}

/// Parses a page written like a module (the help page, the guide, the parents' session, the
/// final assessment), whose front matter holds its own title, summary and minutes.
pub fn parse_page(file: &str, id: &str, locale: &str, text: &str) -> ParsedModule {
    parse_text(file, id, locale, text, Holder::Page)
}

fn parse_text(file: &str, id: &str, locale: &str, text: &str, holder: Holder<'_>) -> ParsedModule {
    let locator = Locator::new(file, text);
    let mut findings = Findings::new(&locator);
    let refused = if text.len() > MAX_MODULE_BYTES {
        Some((
            0,
            format!(
                "this file is {} KB, more than the 1024 KB a module may have: split it into \
                 several modules",
                text.len().div_ceil(1024)
            ),
        ))
    } else {
        too_deeply_nested(text, locator.lines_from(0)).map(|at| {
            (
                at,
                format!(
                    "lists or quotes are nested more than {MAX_NESTING} levels deep here: \
                     the file is not parsed"
                ),
            )
        })
    };
    let (front, steps) = match refused {
        Some((at, message)) => {
            findings.error(at, message);
            (empty_front_matter(), Vec::new())
        }
        None => parse_content(text, holder, &mut findings),
    };
    let mut diagnostics = findings.diagnostics;
    diagnostics.append(&mut findings.notes);
    diagnostics.sort_by_key(|d| (d.line, d.col));
    cap_diagnostics(&mut diagnostics);
    ParsedModule {
        module: Module {
            id: id.to_string(),
            locale: locale.to_string(),
            front,
            steps,
        },
        diagnostics,
        locations: findings.locations,
    }
}

fn empty_front_matter() -> FrontMatter {
    FrontMatter {
        title: String::new(),
        summary: String::new(),
        minutes: 0,
        content_warning: None,
        sources: Vec::new(),
    }
}

fn parse_content(
    text: &str,
    holder: Holder<'_>,
    findings: &mut Findings<'_>,
) -> (FrontMatter, Vec<Step>) {
    let layout = layout(text, findings.locator, &mut findings.diagnostics);
    let front = parse_front_matter(&layout, holder, findings);
    let citations = Citations::new(&front.sources);
    let steps = read_body(
        &text[layout.body_offset..],
        layout.body_offset,
        citations,
        findings,
    );
    (front, steps)
}
