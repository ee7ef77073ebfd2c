//! The session plans of the shipped course: every module and the parents' session, in every
//! language and every length, fill their time exactly, keep every discussion prompt and every
//! lesson step, and are the same plan in every language (only the words differ).

use amane_core::check::PARENTS_FOLDER;
use amane_core::content::{
    map_path, parse_course, parse_map, parse_module, parse_page, Block, Module,
};
use amane_core::plan::{session_plan, Activity, Length, SessionPlan};
use std::path::Path;

const CONTENT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../content");

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(CONTENT).join(path)).unwrap()
}

/// Every module then the parents' session, each as its texts in the course's locales.
fn shipped() -> Vec<Vec<Module>> {
    let course = parse_course("course.toml", &read("course.toml")).unwrap();
    let folders = course
        .modules
        .iter()
        .map(|id| (format!("modules/{id}"), id.clone()))
        .chain([(PARENTS_FOLDER.to_string(), "parents".to_string())]);
    folders
        .map(|(folder, id)| {
            course
                .languages
                .codes()
                .map(|locale| {
                    let path = format!("{folder}/{locale}.md");
                    if id == "parents" {
                        parse_page(&path, &id, locale, &read(&path)).module
                    } else {
                        let map = parse_map(locale, &read(&map_path(locale))).map;
                        let mut module = parse_module(&path, &id, locale, &read(&path)).module;
                        module.place_on_map(&map);
                        module
                    }
                })
                .collect()
        })
        .collect()
}

/// The shape of a plan: each part's kind, what it shows (ids) and its minutes.
fn shape(plan: &SessionPlan<'_>) -> Vec<(String, u32)> {
    plan.parts
        .iter()
        .map(|p| (p.activity.summary(), p.minutes))
        .collect()
}

fn prompts(module: &Module) -> usize {
    module
        .steps
        .iter()
        .flat_map(|s| &s.blocks)
        .map(|b| match b {
            Block::Scenario(s) => s.nodes.iter().filter(|n| n.discussion.is_some()).count(),
            _ => 0,
        })
        .sum()
}

#[test]
fn every_shipped_plan_fills_its_time_and_keeps_every_prompt_and_step() {
    let texts = shipped();
    assert_eq!(texts.len(), 15, "fourteen modules and the parents' session");
    for module in texts.iter().flatten() {
        for length in Length::ALL {
            let plan = session_plan(module, length);
            let at = format!("{} {} {length:?}", module.id, module.locale);
            assert_eq!(plan.total_minutes(), length.minutes(), "{at}");
            assert!(plan.parts.iter().all(|p| p.minutes >= 2), "{at}");
            let discussions = plan
                .parts
                .iter()
                .filter(|p| matches!(p.activity, Activity::Discussion { .. }))
                .count();
            assert_eq!(discussions, prompts(module), "{at}");
            let presented: Vec<&str> = plan
                .parts
                .iter()
                .flat_map(|p| match &p.activity {
                    Activity::Presentation { steps } => steps.clone(),
                    _ => Vec::new(),
                })
                .map(|s| s.id.as_str())
                .collect();
            let lessons: Vec<&str> = module
                .steps
                .iter()
                .filter(|s| {
                    s.blocks
                        .iter()
                        .any(|b| matches!(b, Block::Prose(_) | Block::Callout(_)))
                })
                .map(|s| s.id.as_str())
                .collect();
            assert_eq!(presented, lessons, "{at}");
            let presentations = plan
                .parts
                .iter()
                .filter(|p| matches!(p.activity, Activity::Presentation { .. }))
                .count();
            assert!(presentations <= length.rules().most_presentations, "{at}");
        }
    }
}

#[test]
fn a_plan_is_the_same_in_every_language() {
    for texts in shipped() {
        for length in Length::ALL {
            let reference = shape(&session_plan(&texts[0], length));
            for other in &texts[1..] {
                assert_eq!(
                    shape(&session_plan(other, length)),
                    reference,
                    "{} {} {length:?}",
                    other.id,
                    other.locale
                );
            }
        }
    }
}
