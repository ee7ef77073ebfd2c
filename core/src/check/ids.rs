//! `amane ids --json <dir>`: the ids, storage keys and addresses of a course as the app itself
//! reads them, for tools and tests that must agree with the app without reading its files
//! their own way.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::content::{parse_course, Block, Course, Diagnostic, Ending, Module, Severity};
use crate::progress::StoreKeys;
use crate::route::Route;

use super::load::{load_course, MANIFEST};

/// Everything a course's content names, in course order.
#[derive(Debug, Serialize)]
pub struct CourseListing {
    /// The course id (`id` in `course.toml`).
    pub id: String,
    /// The version of the course text.
    pub version: String,
    /// Locale codes, the reference one first.
    pub locales: Vec<String>,
    /// Where the app keeps this course's progress in `localStorage`.
    pub storage: StorageKeys,
    /// The progress file format this Amane writes ([`crate::progress::CURRENT_VERSION`]).
    pub progress_version: u32,
    /// The modules, in course order, as their reference-locale text defines them.
    pub modules: Vec<ModuleListing>,
    /// The content files "download the whole course" stores ([`crate::offline::course_files`]).
    pub offline_files: Vec<String>,
}

/// The `localStorage` keys of one course ([`StoreKeys`]).
#[derive(Debug, Serialize)]
pub struct StorageKeys {
    /// The latest save.
    pub main: String,
    /// The save before the latest one.
    pub backup: String,
    /// Where an unreadable copy is set aside, followed by the time in milliseconds.
    pub corrupt_prefix: String,
}

/// The ids and addresses inside one module.
#[derive(Debug, Serialize)]
pub struct ModuleListing {
    /// Folder name.
    pub id: String,
    /// The address of its summary page.
    pub summary: String,
    /// Its steps, in order.
    pub steps: Vec<StepListing>,
    /// Its question sets, in order.
    pub question_sets: Vec<BlockListing>,
    /// Its scenarios, in order.
    pub scenarios: Vec<ScenarioListing>,
}

/// One step.
#[derive(Debug, Serialize)]
pub struct StepListing {
    /// Step id.
    pub id: String,
    /// The address that opens it.
    pub hash: String,
}

/// A question set (or a scenario) and where it is.
#[derive(Debug, Serialize)]
pub struct BlockListing {
    /// Block id.
    pub id: String,
    /// The 1-based number of the step holding it (as in `#/m/<module>/<n>`).
    pub step: usize,
    /// The address of its projector view.
    pub present: String,
}

/// A scenario, where it is, and its nodes.
#[derive(Debug, Serialize)]
pub struct ScenarioListing {
    /// Id, step and projector address.
    #[serde(flatten)]
    pub block: BlockListing,
    /// Node ids, the start first.
    pub nodes: Vec<String>,
    /// Ending node ids with how they are judged (`good`, `mixed`, `bad`).
    pub endings: BTreeMap<String, &'static str>,
}

/// Lists the course of `files` (paths relative to the content folder, as for
/// [`super::check_course`]), or the errors that stop its manifest from being read.
pub fn list_course(files: &BTreeMap<String, String>) -> Result<CourseListing, Vec<Diagnostic>> {
    let manifest = files.get(MANIFEST).map_or("", String::as_str);
    let mut diagnostics = Vec::new();
    let loaded = load_course(files, &mut diagnostics);
    let course = parse_course(MANIFEST, manifest).ok();
    let (Some(course), Some(loaded)) = (course, loaded) else {
        diagnostics.retain(|d| d.severity == Severity::Error);
        return Err(diagnostics);
    };
    let modules = loaded
        .iter()
        .filter_map(|module| module.texts.first())
        .map(|text| &text.module)
        .filter(|module| course.modules.contains(&module.id))
        .map(list_module)
        .collect();
    Ok(listing(&course, modules))
}

fn listing(course: &Course, modules: Vec<ModuleListing>) -> CourseListing {
    let keys = StoreKeys::for_course(&course.id);
    CourseListing {
        id: course.id.clone(),
        version: course.version.clone(),
        locales: course.languages.codes().map(str::to_owned).collect(),
        storage: StorageKeys {
            main: keys.main(),
            backup: keys.backup(),
            corrupt_prefix: keys.corrupt_prefix(),
        },
        progress_version: crate::progress::CURRENT_VERSION,
        modules,
        offline_files: crate::offline::course_files(course),
    }
}

fn list_module(module: &Module) -> ModuleListing {
    let mut listing = ModuleListing {
        id: module.id.clone(),
        summary: Route::Summary {
            module: module.id.clone(),
        }
        .to_hash(),
        steps: Vec::new(),
        question_sets: Vec::new(),
        scenarios: Vec::new(),
    };
    for (at, step) in module.steps.iter().enumerate() {
        let number = at + 1;
        listing.steps.push(StepListing {
            id: step.id.clone(),
            hash: Route::Step {
                module: module.id.clone(),
                step: number,
            }
            .to_hash(),
        });
        let place = |id: &str| BlockListing {
            id: id.to_string(),
            step: number,
            present: Route::Present {
                module: module.id.clone(),
                block: id.to_string(),
            }
            .to_hash(),
        };
        for block in &step.blocks {
            match block {
                Block::Quiz(set) => listing.question_sets.push(place(&set.id)),
                Block::Scenario(scenario) => listing.scenarios.push(ScenarioListing {
                    block: place(&scenario.id),
                    nodes: scenario.nodes.iter().map(|node| node.id.clone()).collect(),
                    endings: scenario
                        .nodes
                        .iter()
                        .filter_map(|node| Some((node.id.clone(), ending_name(node.ending?))))
                        .collect(),
                }),
                Block::Prose(_) | Block::Callout(_) | Block::Guide(_) | Block::Invalid(_) => {}
            }
        }
    }
    listing
}

/// An ending's name as the screens style it (`good`, `mixed`, `bad`, `next-steps`).
fn ending_name(ending: Ending) -> &'static str {
    crate::screen::judgement(ending).class
}

#[cfg(test)]
mod tests {
    use super::*;

    fn course(modules: &[(&str, &str)]) -> BTreeMap<String, String> {
        let ids: Vec<String> = modules.iter().map(|(id, _)| format!("\"{id}\"")).collect();
        let mut files = BTreeMap::from([(
            MANIFEST.to_string(),
            format!(
                "id = \"essai\"\nversion = \"2026.1\"\nlanguages = [{{ code = \"fr\", name = \"Français\", dir = \"ltr\", plural = \"fr\" }}]\nmodules = [{}]\n\
                 pass_mark = 70\nquick_exit_url = \"https://example.org\"\n\n[title]\nfr = \"T\"\n",
                ids.join(", ")
            ),
        )]);
        for (id, body) in modules {
            files.insert(
                format!("modules/{id}/fr.md"),
                format!("+++\nsources = []\n+++\n\n{body}"),
            );
        }
        files
    }

    #[test]
    fn steps_and_blocks_are_listed_in_order_with_their_step_number() {
        let body = "## Un {#un}\n\nTexte.\n\n## Deux {#deux}\n\n```quiz essai\n\
                    ### Vrai ? {#q .true-false}\n\n- [x] Vrai\n- [ ] Faux\n```\n";
        let listing = list_course(&course(&[("01-a", body)])).unwrap();
        assert_eq!(listing.id, "essai");
        assert_eq!(listing.storage.main, "amane.essai.progress");
        let module = &listing.modules[0];
        let steps: Vec<_> = module.steps.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(steps, ["un", "deux"]);
        assert_eq!(module.steps[1].hash, "#/m/01-a/2");
        assert_eq!(module.question_sets[0].id, "essai");
        assert_eq!(module.question_sets[0].step, 2);
        assert_eq!(module.question_sets[0].present, "#/present/01-a/essai");
    }

    #[test]
    fn an_unreadable_manifest_is_an_error_not_an_empty_course() {
        let mut files = course(&[]);
        files.insert(MANIFEST.to_string(), "id = \n".to_string());
        assert!(!list_course(&files).unwrap_err().is_empty());
    }
}
