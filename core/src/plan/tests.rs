use super::*;
use crate::content::{parse_module, Module};
use crate::present::fixtures::module;

fn parse(text: &str) -> Module {
    let parsed = parse_module("fr.md", "m", "fr", text);
    assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
    parsed.module
}

/// A short name per part, to compare orders at a glance.
fn names(plan: &SessionPlan<'_>) -> Vec<String> {
    plan.parts.iter().map(|p| p.activity.summary()).collect()
}

fn minutes_of(plan: &SessionPlan<'_>, name: &str) -> u32 {
    names(plan)
        .iter()
        .zip(&plan.parts)
        .filter(|(n, _)| n.starts_with(name))
        .map(|(_, p)| p.minutes)
        .sum()
}

/// Every trainer note of the module: its steps' and its scenario nodes'.
fn all_notes(module: &Module) -> Vec<&Html> {
    let mut notes = Vec::new();
    for step in &module.steps {
        notes.extend(step_notes(step));
        for block in &step.blocks {
            if let Block::Scenario(s) = block {
                notes.extend(s.nodes.iter().filter_map(|n| n.trainer_note.as_ref()));
            }
        }
    }
    notes
}

#[test]
fn parts_follow_the_module_and_add_up_to_the_length() {
    let m = module();
    for length in Length::ALL {
        let plan = session_plan(&m, length);
        assert_eq!(plan.total_minutes(), length.minutes(), "{length:?}");
        assert!(plan.parts.iter().all(|p| p.minutes > 0), "{length:?}");
    }
    let plan = session_plan(&m, Length::Minutes45);
    assert_eq!(
        names(&plan),
        [
            "opening",
            "present intro",
            "present story-step",
            "scenario story",
            "discussion",
            "vote check",
            "closing"
        ]
    );
    let minutes: Vec<u32> = plan.parts.iter().map(|p| p.minutes).collect();
    assert_eq!(minutes, [3, 6, 6, 11, 6, 9, 4]);
}

#[test]
fn ninety_minutes_add_pair_work_and_give_discussions_more_time() {
    let m = module();
    let short = session_plan(&m, Length::Minutes45);
    let long = session_plan(&m, Length::Minutes90);
    assert!(!names(&short).contains(&"pair work".to_string()));
    let long_names = names(&long);
    assert_eq!(long_names[long_names.len() - 2], "pair work");
    assert_eq!(long_names.last().unwrap(), "closing");
    assert!(minutes_of(&long, "discussion") > minutes_of(&short, "discussion"));
    assert!(minutes_of(&long, "discussion") * 45 > minutes_of(&short, "discussion") * 90);
}

#[test]
fn every_discussion_prompt_is_a_part_right_after_its_scenario_in_node_order() {
    let text = crate::present::fixtures::TEXT.replace(
        "### Told {#told}\n\nThe adult helps you report it.\n",
        "### Told {#told}\n\nThe adult helps you report it.\n\n> [!DISCUSS]\n> What would you report?\n",
    );
    let m = parse(&text);
    let plan = session_plan(&m, Length::Minutes45);
    let prompts: Vec<&str> = plan
        .parts
        .iter()
        .filter_map(|p| match p.activity {
            Activity::Discussion { prompt } => Some(prompt.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(prompts.len(), 2);
    assert!(prompts[0].contains("Who do you tell first?"));
    assert!(prompts[1].contains("What would you report?"));
    let at = names(&plan)
        .iter()
        .position(|n| n == "scenario story")
        .unwrap();
    assert_eq!(names(&plan)[at + 1..at + 3], ["discussion", "discussion"]);
}

#[test]
fn every_trainer_note_is_carried_once_by_the_part_it_belongs_to() {
    let m = module();
    for length in Length::ALL {
        let plan = session_plan(&m, length);
        let carried: Vec<&Html> = plan.parts.iter().flat_map(|p| p.notes.clone()).collect();
        assert_eq!(carried, all_notes(&m), "{length:?}");
    }
    let plan = session_plan(&m, Length::Minutes45);
    let notes_of = |name: &str| {
        let at = names(&plan).iter().position(|n| n == name).unwrap();
        plan.parts[at]
            .notes
            .iter()
            .map(|h| h.as_str())
            .collect::<String>()
    };
    assert!(notes_of("present intro").contains("Intro note"));
    assert!(notes_of("present story-step").contains("Step note"));
    assert!(notes_of("discussion").contains("Node note"));
    assert!(notes_of("scenario story").is_empty());
}

#[test]
fn a_module_without_a_scenario_has_no_discussion_and_still_fills_the_time() {
    let m = parse(
        "+++\nsources = []\n+++\n\n\
         ## One {#one}\n\nText.\n\n## Two {#two}\n\nMore.\n\n\
         ```quiz q\n### Safe? {#a .true-false}\n\n- [x] True\n- [ ] False\n```\n",
    );
    for length in Length::ALL {
        let plan = session_plan(&m, length);
        assert_eq!(plan.total_minutes(), length.minutes());
        assert_eq!(
            names(&plan)[..4],
            ["opening", "present one", "present two", "vote q"]
        );
        assert!(!names(&plan).contains(&"discussion".to_string()));
    }
}

#[test]
fn a_very_long_module_fits_45_minutes_by_grouping_consecutive_steps() {
    let mut text = "+++\nsources = []\n+++\n".to_string();
    for i in 1..=30 {
        text.push_str(&format!("\n## Step {i} {{#s{i}}}\n\nText {i}.\n"));
    }
    text.push_str("\n## Check {#check}\n\n```quiz q\n### Safe? {#a .true-false}\n\n- [x] True\n- [ ] False\n```\n");
    let m = parse(&text);
    let plan = session_plan(&m, Length::Minutes45);
    assert_eq!(plan.total_minutes(), 45);
    let presented: Vec<Vec<&str>> = plan
        .parts
        .iter()
        .filter_map(|p| match &p.activity {
            Activity::Presentation { steps } => Some(steps.iter().map(|s| s.id.as_str()).collect()),
            _ => None,
        })
        .collect();
    assert_eq!(
        presented.len(),
        Length::Minutes45.rules().most_presentations
    );
    let in_order: Vec<&str> = presented.concat();
    let expected: Vec<String> = (1..=30).map(|i| format!("s{i}")).collect();
    assert_eq!(in_order, expected, "every step once, in order");
    let sizes: Vec<usize> = presented.iter().map(Vec::len).collect();
    let (fewest, most) = (sizes.iter().min().unwrap(), sizes.iter().max().unwrap());
    assert!(most - fewest <= 2, "groups of similar size: {sizes:?}");
    assert!(plan.parts.iter().all(|p| p.minutes >= 2));
}

#[test]
fn a_module_with_only_headings_gives_its_body_time_to_the_closing() {
    let m = parse("+++\nsources = []\n+++\n");
    let plan = session_plan(&m, Length::Minutes45);
    assert_eq!(names(&plan), ["opening", "closing"]);
    assert_eq!(plan.total_minutes(), 45);
}

#[test]
fn lengths_are_read_back_from_their_minutes() {
    for length in Length::ALL {
        assert_eq!(Length::from_minutes(length.minutes()), Some(length));
    }
    assert_eq!(Length::from_minutes(30), None);
}
