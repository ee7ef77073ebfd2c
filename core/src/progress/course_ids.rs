//! The ids a course's content defines, against which an imported progress file is checked.

use std::collections::{BTreeMap, BTreeSet};

use crate::content::model::{Block, Course, Module};

/// Every id a progress file may mention for one course.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CourseIds {
    /// The course id (`id` in `course.toml`).
    pub course: String,
    /// Locale codes the course is written in.
    pub locales: BTreeSet<String>,
    /// Per module id, the ids inside it.
    pub modules: BTreeMap<String, ModuleIds>,
}

/// The ids inside one module.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ModuleIds {
    /// Step ids.
    pub steps: BTreeSet<String>,
    /// Question set ids.
    pub quiz_sets: BTreeSet<String>,
    /// Per scenario id, the ids of its ending nodes.
    pub scenarios: BTreeMap<String, BTreeSet<String>>,
}

impl CourseIds {
    /// Collects the ids of a parsed course. Locales share ids, so the modules of any one
    /// locale are enough.
    pub fn from_content(course: &Course, modules: &[Module]) -> Self {
        CourseIds {
            course: course.id.clone(),
            locales: course.languages.codes().map(str::to_owned).collect(),
            modules: modules
                .iter()
                .map(|module| (module.id.clone(), ModuleIds::from_module(module)))
                .collect(),
        }
    }
}

impl ModuleIds {
    /// Collects the step, question set, scenario and ending ids of a parsed module.
    pub fn from_module(module: &Module) -> Self {
        let mut ids = ModuleIds::default();
        for step in &module.steps {
            ids.steps.insert(step.id.clone());
            for block in &step.blocks {
                match block {
                    Block::Quiz(set) => {
                        ids.quiz_sets.insert(set.id.clone());
                    }
                    Block::Scenario(scenario) => {
                        let endings = scenario
                            .nodes
                            .iter()
                            .filter(|node| node.ending.is_some())
                            .map(|node| node.id.clone())
                            .collect();
                        ids.scenarios.insert(scenario.id.clone(), endings);
                    }
                    // A guide records nothing, so progress files never name it.
                    Block::Guide(_) | Block::Prose(_) | Block::Callout(_) | Block::Invalid(_) => {}
                }
            }
        }
        ids
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::model::{
        Ending, FrontMatter, Html, Node, QuestionSet, Scenario, ScenarioChoice, Step,
    };
    use crate::progress::{export, parse_import, Imported, Progress};
    use crate::quiz::Score;

    fn node(id: &str, ending: Option<Ending>) -> Node {
        Node {
            id: id.into(),
            title: id.into(),
            body: Html::default(),
            choices: Vec::new(),
            ending,
            discussion: None,
            trainer_note: None,
        }
    }

    fn module() -> Module {
        let mut start = node("start", None);
        start.choices.push(ScenarioChoice {
            text: Html::default(),
            target: "help".into(),
            points: 2,
            feedback: None,
        });
        Module {
            id: "03-group".into(),
            locale: "fr".into(),
            front: FrontMatter {
                title: "Groupe".into(),
                summary: String::new(),
                minutes: 10,
                content_warning: None,
                sources: Vec::new(),
            },
            steps: vec![
                Step {
                    id: "intro".into(),
                    title: "Intro".into(),
                    blocks: vec![Block::Prose(Html::default())],
                },
                Step {
                    id: "practice".into(),
                    title: "Practice".into(),
                    blocks: vec![
                        Block::Quiz(QuestionSet {
                            id: "check".into(),
                            questions: Vec::new(),
                        }),
                        Block::Scenario(Scenario {
                            id: "whatsapp".into(),
                            nodes: vec![
                                start,
                                node("help", Some(Ending::Good)),
                                node("fight", Some(Ending::Bad)),
                            ],
                        }),
                    ],
                },
            ],
        }
    }

    #[test]
    fn a_module_gives_its_steps_sets_scenarios_and_only_ending_nodes() {
        let ids = ModuleIds::from_module(&module());
        assert_eq!(ids.steps, ["intro", "practice"].map(String::from).into());
        assert_eq!(ids.quiz_sets, ["check"].map(String::from).into());
        assert_eq!(
            ids.scenarios["whatsapp"],
            ["fight", "help"].map(String::from).into()
        );
    }

    #[test]
    fn a_course_lists_its_locales_and_modules() {
        let course = Course {
            id: "amane".into(),
            version: "1".into(),
            title: Vec::new(),
            languages: crate::i18n::Languages::plain(&["fr", "ar"]).expect("test codes"),
            modules: vec!["03-group".into()],
            pass_mark: 70,
            quick_exit_url: String::new(),
            issuer: None,
            assessment: None,
        };
        let ids = CourseIds::from_content(&course, &[module()]);
        assert_eq!(ids.course, "amane");
        assert!(ids.locales.contains("ar"));
        assert!(ids.modules["03-group"].steps.contains("intro"));
    }

    /// The course shipped in `content/`, read the way the app reads it (French text).
    fn shipped_course() -> CourseIds {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
        let read = |path: &str| std::fs::read_to_string(root.join(path)).expect(path);
        let course = crate::content::parse_course("course.toml", &read("course.toml"))
            .expect("the shipped manifest parses");
        let modules: Vec<Module> = course
            .modules
            .iter()
            .map(|id| {
                let path = format!("modules/{id}/fr.md");
                crate::content::parse_module(&path, id, "fr", &read(&path)).module
            })
            .collect();
        CourseIds::from_content(&course, &modules)
    }

    /// A learner who did everything the course offers, reaching every ending.
    fn everything_done(course: &CourseIds) -> Progress {
        let now = 1_764_000_000_000;
        let full = Score {
            earned: 100,
            max: 100,
        };
        let mut progress = Progress::new(course.course.clone());
        for (module, ids) in &course.modules {
            for step in &ids.steps {
                progress.mark_step_read(module, step, now);
            }
            for set in &ids.quiz_sets {
                progress.record_quiz(module, set, full, now);
            }
            for (scenario, endings) in &ids.scenarios {
                for ending in endings {
                    progress.record_scenario(module, scenario, ending, full, now);
                }
            }
        }
        progress
    }

    #[test]
    fn the_shipped_course_has_steps_a_quiz_and_a_scenario_with_endings() {
        let course = shipped_course();
        assert_eq!(course.course, "amane-securite-en-ligne");
        let module = course.modules.values().next().expect("at least one module");
        assert!(!module.steps.is_empty());
        assert!(!module.quiz_sets.is_empty());
        assert!(module.scenarios.values().all(|endings| !endings.is_empty()));
    }

    #[test]
    fn a_finished_shipped_course_exports_and_imports_whole() {
        let course = shipped_course();
        let progress = everything_done(&course);
        let file = export(&progress);
        let imported = parse_import(file.as_bytes(), &course, u64::MAX);
        assert_eq!(
            imported,
            Ok(Imported {
                progress,
                unknown: Vec::new()
            })
        );
    }
}
