//! Reading the manifest and every module text it lists.

use std::collections::BTreeMap;

use super::assessment::{check_assessment, ASSESSMENT_FOLDER, ASSESSMENT_ID};
use crate::content::position::Locator;
use crate::content::{parse_course, parse_module, parse_page, Course, Diagnostic, ParsedModule};
use crate::i18n::Locale;

/// The manifest's path in the content folder.
pub const MANIFEST: &str = "course.toml";

/// The help page's folder in the content folder: `help/<locale>.md`, written like a module.
pub const HELP_FOLDER: &str = "help";

/// The id the help page is parsed (and listed in SOURCES.md) under.
pub const HELP_ID: &str = "help";

/// The case guide's folder in the content folder: `guide/<locale>.md`, written like a module
/// with one ```` ```guide ```` block.
pub const GUIDE_FOLDER: &str = "guide";

/// The id the guide is parsed (and listed in SOURCES.md) under.
pub const GUIDE_ID: &str = "guide";

/// The parents' session's folder in the content folder: `plans/parents/<locale>.md`, written
/// like a module; trainer mode turns it into a session plan.
pub const PARENTS_FOLDER: &str = "plans/parents";

/// The id the parents' session is parsed (and listed in SOURCES.md) under.
pub const PARENTS_ID: &str = "parents";

/// Path of a module text in the content folder: `modules/<module>/<locale>.md`.
pub fn module_path(module: &str, locale: &str) -> String {
    format!("modules/{module}/{locale}.md")
}

/// Path of the help page in a locale: `help/<locale>.md`.
pub fn help_path(locale: &str) -> String {
    format!("{HELP_FOLDER}/{locale}.md")
}

/// One module (or the help page, or the guide) in the locales it exists in, in the manifest's locale order.
pub(crate) struct LoadedModule {
    /// Folder of its files in the content folder (`modules/<id>`, `help` or `guide`).
    pub folder: String,
    /// Parsed texts; the first is the reference the others are compared with.
    pub texts: Vec<ParsedModule>,
}

impl LoadedModule {
    /// Path of its text in `locale`.
    pub fn path(&self, locale: &str) -> String {
        format!("{}/{locale}.md", self.folder)
    }
}

/// Parses the manifest, the modules it lists (in course order) and then the help page and the
/// guide, if the course has them; problems with files (missing, stray) are added to `diagnostics`. `None`
/// when the manifest cannot be read.
pub(crate) fn load_course(
    files: &BTreeMap<String, String>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Vec<LoadedModule>> {
    let Some(manifest) = files.get(MANIFEST) else {
        diagnostics.push(Locator::new(MANIFEST, "").error(0, "course.toml is missing"));
        return None;
    };
    let course = parse_course(MANIFEST, manifest)
        .map_err(|errors| diagnostics.extend(errors))
        .ok()?;
    let manifest_locator = Locator::new(MANIFEST, manifest);
    let listed_at = |module: &str| manifest.find(&format!("\"{module}\"")).unwrap_or(0);
    let mut modules = Vec::new();
    for module in &course.modules {
        let folder = format!("modules/{module}/");
        if !files.keys().any(|path| path.starts_with(&folder)) {
            diagnostics.push(manifest_locator.error(
                listed_at(module),
                format!(
                    "course.toml lists module `{module}`, but the folder {folder} does not exist"
                ),
            ));
            continue;
        }
        let mut texts = Vec::new();
        for locale in course.languages.codes() {
            let path = module_path(module, locale);
            match files.get(&path) {
                Some(text) => texts.push(parse_module(&path, module, locale, text)),
                None => diagnostics.push(missing_text(
                    &course,
                    locale,
                    (&manifest_locator, listed_at(module)),
                    &format!("module `{module}`"),
                    &path,
                )),
            }
        }
        modules.push(LoadedModule {
            folder: folder.trim_end_matches('/').to_string(),
            texts,
        });
    }
    modules.extend(load_page(&course, files, Page::HELP, diagnostics));
    modules.extend(load_page(&course, files, Page::GUIDE, diagnostics));
    modules.extend(load_page(&course, files, Page::PARENTS, diagnostics));
    let assessment = load_page(&course, files, Page::ASSESSMENT, diagnostics);
    diagnostics.extend(check_assessment(&course, manifest, assessment.as_ref()));
    modules.extend(assessment);
    diagnostics.extend(super::map::check_maps(&course, files));
    diagnostics.extend(stray_files(&course, files));
    Some(modules)
}

/// A page of the course outside the modules, written like a module: `<folder>/<locale>.md`.
struct Page {
    folder: &'static str,
    id: &'static str,
    /// How messages name it.
    name: &'static str,
}

impl Page {
    const HELP: Page = Page {
        folder: HELP_FOLDER,
        id: HELP_ID,
        name: "the help page",
    };
    const GUIDE: Page = Page {
        folder: GUIDE_FOLDER,
        id: GUIDE_ID,
        name: "the guide",
    };
    const PARENTS: Page = Page {
        folder: PARENTS_FOLDER,
        id: PARENTS_ID,
        name: "the parents' session",
    };
    const ASSESSMENT: Page = Page {
        folder: ASSESSMENT_FOLDER,
        id: ASSESSMENT_ID,
        name: "the final assessment",
    };
}

/// What the checker says of `what` (a module, a page) having no text at `path` in `locale`,
/// reported at `at`: an error for a language that falls back on none (its learners would have
/// nothing to read), else a warning that its learners read it in the first language it falls
/// back on meanwhile — so a language can be added one module at a time.
fn missing_text(
    course: &Course,
    locale: &str,
    at: (&Locator<'_>, usize),
    what: &str,
    path: &str,
) -> Diagnostic {
    let (locator, offset) = at;
    let fallback = Locale::from_code(locale)
        .and_then(|l| course.languages.get(l))
        .and_then(|l| l.fallback.first().copied());
    match fallback {
        None => locator.error(
            offset,
            format!("{what} has no `{locale}` text: create {path}"),
        ),
        Some(shown) => locator.warning(
            offset,
            format!(
                "{what} has no `{locale}` text yet: learners who read `{locale}` see it in \
                 `{shown}` until you create {path}"
            ),
        ),
    }
}

/// `page` in every course locale, when the content folder has its folder: a locale without
/// its text is reported as for a module.
fn load_page(
    course: &Course,
    files: &BTreeMap<String, String>,
    page: Page,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<LoadedModule> {
    let folder = format!("{}/", page.folder);
    if !files.keys().any(|path| path.starts_with(&folder)) {
        return None;
    }
    let mut texts = Vec::new();
    for locale in course.languages.codes() {
        let path = format!("{folder}{locale}.md");
        match files.get(&path) {
            Some(text) => texts.push(parse_page(&path, page.id, locale, text)),
            None => diagnostics.push(missing_text(
                course,
                locale,
                (&Locator::new(&path, ""), 0),
                page.name,
                &path,
            )),
        }
    }
    Some(LoadedModule {
        folder: page.folder.to_string(),
        texts,
    })
}

/// Warnings for module files the manifest does not lead to.
fn stray_files(course: &Course, files: &BTreeMap<String, String>) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    for path in files.keys() {
        if let Some((page, locale)) = [Page::HELP, Page::GUIDE, Page::PARENTS, Page::ASSESSMENT]
            .into_iter()
            .find_map(|page| {
                let file = path.strip_prefix(page.folder)?.strip_prefix('/')?;
                Some((page, file.strip_suffix(".md")?))
            })
        {
            if !course.languages.has_code(locale) {
                let what = page.name.trim_start_matches("the ");
                warnings.push(Locator::new(path, "").warning(
                    0,
                    format!("`{locale}` is not one of the course locales in course.toml, so this {what} is never shown"),
                ));
            }
            continue;
        }
        let Some(rest) = path.strip_prefix("modules/") else {
            continue;
        };
        let Some((module, file)) = rest.split_once('/') else {
            continue;
        };
        let Some(locale) = file.strip_suffix(".md") else {
            continue;
        };
        let at = Locator::new(path, "");
        if !course.modules.iter().any(|listed| listed == module) {
            warnings.push(at.warning(
                0,
                format!("module folder `{module}` is not listed in course.toml, so learners never see it"),
            ));
        } else if !course.languages.has_code(locale) {
            warnings.push(at.warning(
                0,
                format!("`{locale}` is not one of the course locales in course.toml, so this file is never shown"),
            ));
        }
    }
    warnings
}

#[cfg(test)]
mod tests {
    use crate::check::{check_course, check_course_for, Purpose};
    use std::collections::BTreeMap;

    const COURSE: &str =
        "id = \"c\"\nversion = \"1\"\nlanguages = [{ code = \"fr\", name = \"Français\", dir = \"ltr\", plural = \"fr\" }, { code = \"ar\", name = \"العربية\", dir = \"rtl\", plural = \"ar\", fallback = [\"fr\"] }]\nmodules = [\"m1\"]\n\
                          pass_mark = 70\nquick_exit_url = \"https://example.org\"\n\n\
                          [title]\nfr = \"Cours\"\nar = \"دورة\"\n";
    const MODULE: &str = "+++\nsources = []\n+++\n\n\
                          ## Un {#un}\n\nTexte.\n";
    const MAP: &str = "[m1]\ntitle = \"T\"\nsummary = \"S\"\nminutes = 5\n";
    const HELP: &str = "+++\ntitle = \"Aide\"\nsummary = \"S\"\nminutes = 0\n\n[[sources]]\n\
                        id = \"police\"\ntitle = \"Numéros\"\npublisher = \"P\"\ndate = \"2024\"\n\
                        url = \"https://example.org/numeros\"\nsupports = \"19\"\nto_verify = true\n\
                        +++\n\n## Danger {#danger}\n\nAppelle le 19[^police].\n\n## Contacts {#contacts}\n\nTexte.\n";

    fn course(help: &[(&str, &str)]) -> BTreeMap<String, String> {
        let mut files: BTreeMap<String, String> = [
            ("course.toml", COURSE),
            ("modules/m1/fr.md", MODULE),
            ("modules/m1/ar.md", MODULE),
            ("map/fr.toml", MAP),
            ("map/ar.toml", MAP),
        ]
        .iter()
        .chain(help)
        .map(|(path, text)| (path.to_string(), text.to_string()))
        .collect();
        files.retain(|_, text| !text.is_empty());
        files
    }

    fn shown(files: &BTreeMap<String, String>) -> (Vec<String>, Vec<String>) {
        let report = check_course(files);
        let lines =
            |list: &[crate::content::Diagnostic]| list.iter().map(|d| d.to_string()).collect();
        (lines(&report.errors), lines(&report.warnings))
    }

    #[test]
    fn the_help_page_sources_to_verify_are_warnings_like_the_modules_ones() {
        let (errors, warnings) = shown(&course(&[("help/fr.md", HELP), ("help/ar.md", HELP)]));
        assert_eq!(errors, Vec::<String>::new());
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(warnings[0].starts_with("help/ar.md:7:6:"), "{warnings:?}");
        assert!(warnings[1].starts_with("help/fr.md:7:6:"), "{warnings:?}");
        assert!(warnings
            .iter()
            .all(|w| w.contains("warning: source `police` is marked to_verify")));
    }

    #[test]
    fn a_source_to_verify_is_an_error_in_a_course_to_ship() {
        let files = course(&[("help/fr.md", HELP), ("help/ar.md", HELP)]);
        let report = check_course_for(&files, Purpose::Release);
        assert!(report.warnings.is_empty(), "{:?}", report.warnings);
        let errors: Vec<String> = report.errors.iter().map(|d| d.to_string()).collect();
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(errors[0].starts_with("help/ar.md:7:6: error: source `police` is marked to_verify"));
        assert!(
            errors[1].ends_with("(a course to ship may have none)"),
            "{errors:?}"
        );
    }

    #[test]
    fn a_help_page_missing_in_a_locale_or_with_other_steps_is_an_error() {
        let (errors, warnings) = shown(&course(&[("help/ar.md", HELP)]));
        assert_eq!(
            errors,
            ["help/fr.md:1:1: error: the help page has no `fr` text: create help/fr.md"],
            "French falls back on no other language"
        );
        assert!(!warnings.iter().any(|w| w.contains("no `")), "{warnings:?}");
        let (errors, warnings) = shown(&course(&[("help/fr.md", HELP)]));
        assert!(errors.is_empty(), "{errors:?}");
        let warnings: Vec<&String> = warnings.iter().filter(|w| w.contains("no `")).collect();
        assert_eq!(
            warnings,
            ["help/ar.md:1:1: warning: the help page has no `ar` text yet: learners who read `ar` \
              see it in `fr` until you create help/ar.md"]
        );
        let other_steps = HELP.replace("{#contacts}", "{#aide}");
        let (errors, _) = shown(&course(&[
            ("help/fr.md", HELP),
            ("help/ar.md", &other_steps),
        ]));
        assert!(
            errors.iter().any(|e| e.starts_with("help/ar.md:")
                && e.contains("step `contacts` of fr.md is missing here")),
            "{errors:?}"
        );
        let (errors, _) = shown(&course(&[
            ("help/fr.md", "+++\ntitle = \"Aide\"\n+++\n"),
            ("help/ar.md", HELP),
        ]));
        assert!(
            errors.iter().any(|e| e.starts_with("help/fr.md:")),
            "{errors:?}"
        );
    }

    #[test]
    fn a_course_without_a_help_folder_needs_none() {
        let (errors, warnings) = shown(&course(&[]));
        assert_eq!(
            (errors, warnings),
            (Vec::<String>::new(), Vec::<String>::new())
        );
    }

    #[test]
    fn a_help_page_in_a_language_of_no_locale_is_a_warning() {
        let (_, warnings) = shown(&course(&[
            ("help/fr.md", HELP),
            ("help/ar.md", HELP),
            ("help/en.md", HELP),
        ]));
        assert!(
            warnings
                .iter()
                .any(|w| w
                    .starts_with("help/en.md:1:1: warning: `en` is not one of the course locales")),
            "{warnings:?}"
        );
    }
}
