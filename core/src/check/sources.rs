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
    let texts = modules.iter().flat_map(|module| {
        let first = module.texts.first().map(|text| text.module.locale.as_str());
        module
            .texts
            .iter()
            .map(move |text| (text, Some(text.module.locale.as_str()) == first))
    });
    for (text, in_first_language) in texts {
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
            // Every statement of the module's first language; another language's only for
            // a source that language alone cites.
            let known = |(id, supports): &(&str, &str)| {
                *id == module && (!in_first_language || *supports == source.supports)
            };
            if !entry.uses.iter().any(known) {
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

#[cfg(test)]
mod tests {
    use super::sources_markdown;
    use std::collections::BTreeMap;

    const COURSE: &str =
        "id = \"c\"\nversion = \"1\"\nlanguages = [{ code = \"fr\", name = \"Français\", dir = \"ltr\", plural = \"fr\" }, { code = \"ar\", name = \"العربية\", dir = \"rtl\", plural = \"ar\", fallback = [\"fr\"] }]\nmodules = [\"m1\"]\n\
                          pass_mark = 70\nquick_exit_url = \"https://example.org\"\n\n\
                          [title]\nfr = \"Cours\"\nar = \"دورة\"\n";

    /// A module citing one law twice, for two of its articles, with `supports` in `language`.
    fn module(first: &str, second: &str) -> String {
        let source = |id: &str, supports: &str| {
            format!(
                "[[sources]]\nid = \"{id}\"\ntitle = \"Loi\"\npublisher = \"BO\"\ndate = \"2009\"\n\
                 url = \"https://example.org/loi\"\nsupports = \"{supports}\"\n\n"
            )
        };
        format!(
            "+++\n\n{}{}+++\n\n## Un {{#un}}\n\n\
             Texte[^a1], suite[^a2].\n",
            source("a1", first),
            source("a2", second)
        )
    }

    #[test]
    fn each_statement_a_module_rests_on_is_listed_once_in_its_first_language() {
        let files: BTreeMap<String, String> = [
            ("course.toml", COURSE.to_owned()),
            ("modules/m1/fr.md", module("Article 1", "Article 28")),
            ("modules/m1/ar.md", module("المادة 1", "المادة 28")),
        ]
        .into_iter()
        .map(|(path, text)| (path.to_owned(), text))
        .collect();
        let list = sources_markdown(&files).unwrap();
        let uses: Vec<&str> = list.lines().filter(|l| l.starts_with("  - ")).collect();
        assert_eq!(
            uses,
            ["  - `m1`: Article 1", "  - `m1`: Article 28"],
            "{list}"
        );
    }
}
