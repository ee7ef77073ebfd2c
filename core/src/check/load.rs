//! Reading the manifest and every module text it lists.

use std::collections::BTreeMap;

use crate::content::position::Locator;
use crate::content::{parse_course, parse_module, Course, Diagnostic, ParsedModule};

/// The manifest's path in the content folder.
pub const MANIFEST: &str = "course.toml";

/// Path of a module text in the content folder: `modules/<module>/<locale>.md`.
pub fn module_path(module: &str, locale: &str) -> String {
    format!("modules/{module}/{locale}.md")
}

/// One module in the locales it exists in, in the manifest's locale order.
pub(crate) struct LoadedModule {
    /// Parsed texts; the first is the reference the others are compared with.
    pub texts: Vec<ParsedModule>,
}

/// Parses the manifest and the modules it lists (in course order); problems with files
/// (missing, stray) are added to `diagnostics`. `None` when the manifest cannot be read.
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
        for locale in &course.locales {
            let path = module_path(module, locale);
            match files.get(&path) {
                Some(text) => texts.push(parse_module(&path, module, locale, text)),
                None => diagnostics.push(manifest_locator.error(
                    listed_at(module),
                    format!("module `{module}` has no `{locale}` text: create {path}"),
                )),
            }
        }
        modules.push(LoadedModule { texts });
    }
    diagnostics.extend(stray_files(&course, files));
    Some(modules)
}

/// Warnings for module files the manifest does not lead to.
fn stray_files(course: &Course, files: &BTreeMap<String, String>) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    for path in files.keys() {
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
        } else if !course.locales.iter().any(|listed| listed == locale) {
            warnings.push(at.warning(
                0,
                format!("`{locale}` is not one of the course locales in course.toml, so this file is never shown"),
            ));
        }
    }
    warnings
}
