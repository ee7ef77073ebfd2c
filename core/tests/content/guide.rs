//! Case guides: the checker's rules for a ```` ```guide ```` block (each message where the
//! author must look), parity between languages, and walking a guide to its next steps.

use std::collections::BTreeMap;

use amane_core::check::check_course;
use amane_core::content::{Block, Ending, Scenario};
use amane_core::guide::{find_guide, GuideWalk, SummaryLabels};

use crate::support::{blocks, parse, shown};

/// A small guide; its body starts on line 7 of the file, the fence on line 9.
const GUIDE: &str = "## Que faire ? {#guide}

```guide que-faire
### Danger ? {#danger}

- [Oui](#fin-danger)
- [Non](#age)

> [!TRAINER]
> Une situation inventée.

### Moins de 18 ans ? {#age}

- [Oui](#fin-mineur)
- [Non](#fin-adulte)

### Appelez le 19 {#fin-danger .next-steps}

**À faire maintenant**

- Appelez le **19**.
- Restez avec la personne.

Orientation : la police.

### Un·e mineur·e {#fin-mineur .next-steps}

**Qui contacter**

- Le 2511.

### Un·e adulte {#fin-adulte .next-steps}

**Qui contacter**

- Une association.
```
";

fn guide_of(body: &str) -> Scenario {
    let parsed = parse(body);
    assert_eq!(shown(&parsed), Vec::<String>::new());
    match blocks(&parsed).as_slice() {
        [Block::Guide(guide)] => guide.clone(),
        other => panic!("expected one guide, got {other:?}"),
    }
}

/// The errors of the guide with `from` replaced by `to`, as printed.
fn errors_with(from: &str, to: &str) -> Vec<String> {
    assert!(GUIDE.contains(from), "fixture has no {from:?}");
    shown(&parse(&GUIDE.replacen(from, to, 1)))
}

#[test]
fn a_guide_has_questions_choices_and_endings_with_next_steps_and_no_points() {
    let guide = guide_of(GUIDE);
    assert_eq!(guide.id, "que-faire");
    let ids: Vec<&str> = guide.nodes.iter().map(|n| n.id.as_str()).collect();
    assert_eq!(
        ids,
        ["danger", "age", "fin-danger", "fin-mineur", "fin-adulte"]
    );
    assert!(guide.nodes[0].trainer_note.is_some());
    assert_eq!(guide.nodes[2].ending, Some(Ending::NextSteps));
    assert!(guide.nodes[2]
        .body
        .as_str()
        .contains("<li>Appelez le <strong>19</strong>"));
    let choices = guide.nodes.iter().flat_map(|n| &n.choices);
    assert!(choices
        .clone()
        .all(|c| c.points == 0 && c.feedback.is_none()));
}

#[test]
fn points_after_a_choice_are_refused_where_the_choice_is() {
    assert_eq!(
        errors_with("- [Non](#age)", "- [Non](#age) {points=2}"),
        ["m.md:10:1: error: a guide has no points: remove `{points=N}` after this choice"]
    );
}

#[test]
fn a_consequence_quoted_under_a_choice_is_refused() {
    assert_eq!(
        errors_with("- [Non](#age)\n", "- [Non](#age)\n  > Bien joué.\n"),
        [
            "m.md:10:1: error: a guide's choice has no consequence quoted under it: a guide \
             never judges a choice; write what to do in the node it leads to"
        ]
    );
}

#[test]
fn a_discussion_prompt_is_refused_and_the_trainer_note_is_kept() {
    assert_eq!(
        errors_with("> [!TRAINER]", "> [!DISCUSS]"),
        ["m.md:12:1: error: `[!DISCUSS]` does not go in a guide node: use [!TRAINER]"]
    );
}

#[test]
fn an_ending_without_a_list_of_next_steps_is_refused() {
    assert_eq!(
        errors_with("- Une association.\n", "Une association.\n"),
        [
            "m.md:35:1: error: ending `fin-adulte` has no next steps: write them as lists \
             under bold labels (what to do now, what not to do, whom to contact, what \
             evidence to keep)"
        ]
    );
}

#[test]
fn scenario_endings_are_not_guide_endings() {
    assert_eq!(
        errors_with("{#fin-mineur .next-steps}", "{#fin-mineur .end-good}"),
        [
            "m.md:29:32: error: unknown node mark `.end-good`: a node is either not marked, or \
             one of .next-steps"
        ]
    );
}

#[test]
fn every_path_must_reach_next_steps() {
    assert_eq!(
        errors_with("{#fin-adulte .next-steps}", "{#fin-adulte}"),
        [
            "m.md:35:1: error: node `fin-adulte` has no choices and is not an ending: add \
             choices, or mark it {#fin-adulte .next-steps}"
        ]
    );
    assert_eq!(
        errors_with("- [Non](#fin-adulte)", "- [Non](#danger)"),
        [
            "m.md:18:1: error: this choice leads back to `#danger`, so the guide could loop: \
             choices must always move on towards an ending",
            "m.md:35:1: error: node `fin-adulte` cannot be reached from the start `danger`: no \
             choice leads to it"
        ]
    );
}

const COURSE: &str = "id = \"c\"\nversion = \"1\"\nlanguages = [{ code = \"fr\", name = \"Français\", dir = \"ltr\", plural = \"fr\" }, { code = \"ar\", name = \"العربية\", dir = \"rtl\", plural = \"ar\", fallback = [\"fr\"] }]\nmodules = []\n\
                      pass_mark = 70\nquick_exit_url = \"https://example.org\"\n\n\
                      [title]\nfr = \"Cours\"\nar = \"دورة\"\n";

fn course_with_guides(fr: &str, ar: Option<&str>) -> Vec<String> {
    let front = crate::support::PAGE_FRONT;
    let mut files: BTreeMap<String, String> = BTreeMap::new();
    files.insert("course.toml".into(), COURSE.into());
    files.insert("guide/fr.md".into(), format!("{front}{fr}"));
    if let Some(ar) = ar {
        files.insert("guide/ar.md".into(), format!("{front}{ar}"));
    }
    let report = check_course(&files);
    report.errors.iter().map(ToString::to_string).collect()
}

#[test]
fn the_checker_reads_the_guide_in_every_locale_and_compares_them() {
    assert_eq!(course_with_guides(GUIDE, Some(GUIDE)), Vec::<String>::new());
    assert_eq!(
        course_with_guides(GUIDE, None),
        Vec::<String>::new(),
        "Arabic falls back on French: a warning (the checker's own tests)"
    );
    let swapped = GUIDE.replacen(
        "- [Oui](#fin-mineur)\n- [Non](#fin-adulte)",
        "- [Oui](#fin-adulte)\n- [Non](#fin-mineur)",
        1,
    );
    assert_eq!(
        course_with_guides(GUIDE, Some(&swapped)),
        [
            "guide/ar.md:18:1: error: node `age`: choice 1 leads to `#fin-adulte` here but to \
             `#fin-mineur` in fr.md",
            "guide/ar.md:18:1: error: node `age`: choice 2 leads to `#fin-mineur` here but to \
             `#fin-adulte` in fr.md"
        ]
    );
    let scored = GUIDE.replacen("- [Non](#age)", "- [Non](#age) {points=1}", 1);
    assert_eq!(
        course_with_guides(GUIDE, Some(&scored)),
        ["guide/ar.md:13:1: error: a guide has no points: remove `{points=N}` after this choice"]
    );
}

fn labels() -> SummaryLabels {
    SummaryLabels {
        answered: "Réponses".into(),
        to_do: "À faire".into(),
    }
}

#[test]
fn a_walk_goes_back_one_question_and_ends_in_next_steps_without_a_score() {
    let guide = guide_of(GUIDE);
    let walk = GuideWalk::start(&guide).expect("the guide has nodes");
    assert!(!walk.can_go_back());
    assert_eq!(walk.back(), walk);
    let at_age = walk.choose(&guide, 1).expect("Non leads to age");
    assert_eq!(at_age.node(&guide).map(|n| n.id.as_str()), Some("age"));
    assert!(at_age.next_steps(&guide).is_none());
    assert_eq!(at_age.summary_text(&guide, &labels()), "");
    assert_eq!(at_age.back(), walk);
    let end = at_age.choose(&guide, 0).expect("Oui leads to fin-mineur");
    assert_eq!(
        end.next_steps(&guide).map(|n| n.id.as_str()),
        Some("fin-mineur")
    );
    assert!(
        end.choose(&guide, 0).is_err(),
        "nothing to choose after the end"
    );
    assert_eq!(end.back(), at_age);
    assert_eq!(
        end.summary_text(&guide, &labels()),
        "Réponses\n- Danger ? — Non\n- Moins de 18 ans ? — Oui\n\n\
         À faire: Un·e mineur·e\nQui contacter\n- Le 2511.\n"
    );
}

/// Every walk from the start of `guide`, by the indexes chosen.
fn every_walk(guide: &Scenario) -> Vec<GuideWalk> {
    let mut done = Vec::new();
    let mut todo = vec![GuideWalk::start(guide).expect("the guide has nodes")];
    while let Some(walk) = todo.pop() {
        let choices = walk.node(guide).map_or(0, |n| n.choices.len());
        if walk.next_steps(guide).is_some() {
            done.push(walk);
            continue;
        }
        assert!(choices > 0, "a walk stopped before next steps: {walk:?}");
        todo.extend((0..choices).map(|i| walk.choose(guide, i).expect("a listed choice")));
    }
    done
}

#[test]
fn every_walk_through_the_shipped_guide_ends_in_next_steps_within_its_node_count() {
    for locale in ["fr", "ar", "ary"] {
        let path = format!(
            "{}/../content/guide/{locale}.md",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(&path).expect("the guide exists");
        let parsed = amane_core::content::parse_page(&path, "guide", locale, &text);
        let guide = find_guide(&parsed.module).expect("the guide page holds a guide");
        let walks = every_walk(guide);
        assert!(walks.len() >= 10, "{locale}: only {} walks", walks.len());
        let endings: std::collections::BTreeSet<&str> = walks
            .iter()
            .filter_map(|w| w.next_steps(guide).map(|n| n.id.as_str()))
            .collect();
        let all_endings = guide.nodes.iter().filter(|n| n.ending.is_some()).count();
        assert_eq!(
            endings.len(),
            all_endings,
            "{locale}: an ending no walk reaches"
        );
        for walk in walks {
            let answered = walk.answers(guide);
            assert!(answered.len() < guide.nodes.len());
            assert!(answered
                .iter()
                .all(|a| !a.question.is_empty() && !a.answer.is_empty()));
            let text = walk.summary_text(guide, &labels());
            assert!(text.lines().filter(|l| l.starts_with("- ")).count() > answered.len());
        }
    }
}
