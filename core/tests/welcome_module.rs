//! The welcome module, played by the engine exactly as the learner end-to-end run plays it on
//! screen (tests/e2e/specs/learner.test.js): the figures that run asserts on the page (77 %
//! after the first try, 100 % kept after a worse retry, 2 of 2 scenario points kept after the
//! bad ending, 11 of 11 and "done" on the map) are computed here from the content. Also, for
//! every shipped module, a module's score never exceeds what its content offers.

use amane_core::content::{
    parse_course, parse_module, Block, Course, Ending, Module, QuestionKind, Scenario,
};
use amane_core::progress::{module_status, ModuleStatus, Progress};
use amane_core::quiz::{
    current, grade, hundredths, max_points, module_score, question_set_score, restart,
    scenario_score, start, step, Outcome, Response, ScenarioState, Score, Verdict,
};
use proptest::prelude::*;
use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use std::sync::OnceLock;

const CONTENT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../content");
const WELCOME: &str = "00-bienvenue";

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(CONTENT).join(path)).unwrap()
}

fn course() -> Course {
    parse_course("course.toml", &read("course.toml")).unwrap()
}

fn module(id: &str) -> Module {
    let file = format!("modules/{id}/fr.md");
    parse_module(&file, id, "fr", &read(&file)).module
}

/// The welcome module's question set and scenario.
fn exercises(m: &Module) -> (&amane_core::content::QuestionSet, &Scenario) {
    let blocks = || m.steps.iter().flat_map(|s| &s.blocks);
    let set = blocks()
        .find_map(|b| match b {
            Block::Quiz(q) => Some(q),
            _ => None,
        })
        .unwrap();
    let scenario = blocks()
        .find_map(|b| match b {
            Block::Scenario(s) => Some(s),
            _ => None,
        })
        .unwrap();
    (set, scenario)
}

/// The index of the option, item or choice whose text contains `text`, as the page's
/// learner finds it by reading.
fn find(texts: impl IntoIterator<Item = String>, text: &str) -> usize {
    texts
        .into_iter()
        .position(|t| t.contains(text))
        .unwrap_or_else(|| panic!("no option says {text:?}"))
}

/// Grades the learner run's answers: with `wrong`, "Sur un serveur" and only one of the two
/// right boxes ticked; otherwise every answer right. Ordering and matching are right in both.
fn attempt(set: &amane_core::content::QuestionSet, wrong: bool) -> Vec<Outcome> {
    set.questions
        .iter()
        .map(|q| {
            let response = match (&q.kind, q.id.as_str()) {
                (QuestionKind::Single(c), "ou-progression") => {
                    let text = if wrong {
                        "Sur un serveur"
                    } else {
                        "Sur cet appareil"
                    };
                    Response::Single(find(c.iter().map(|c| c.text.as_str().to_owned()), text))
                }
                (QuestionKind::Multiple(c), "ordinateur-partage") => {
                    let texts = || c.iter().map(|c| c.text.as_str().to_owned());
                    let mut ticked = BTreeSet::from([find(texts(), "Exporter ta progression")]);
                    if !wrong {
                        ticked.insert(find(texts(), "Effacer tes données"));
                    }
                    Response::Multiple(ticked)
                }
                (QuestionKind::TrueFalse(c), "sortie-rapide") => {
                    Response::Single(find(c.iter().map(|c| c.text.as_str().to_owned()), "Faux"))
                }
                (QuestionKind::Ordering(items), "parcours") => {
                    let texts = || items.iter().map(|i| i.as_str().to_owned());
                    Response::Ordering(
                        [
                            "Choisir ta langue",
                            "Ouvrir un module",
                            "Lire les étapes",
                            "Voir ton résultat",
                        ]
                        .iter()
                        .map(|t| find(texts(), t))
                        .collect(),
                    )
                }
                (QuestionKind::Matching(pairs), "encadres") => {
                    let rights = || pairs.iter().map(|p| p.1.as_str().to_owned());
                    let lefts = || pairs.iter().map(|p| p.0.as_str().to_owned());
                    let mut chosen = vec![None; pairs.len()];
                    for (left, right) in [
                        ("Astuce", "Un conseil pratique"),
                        ("Attention", "Un risque à éviter"),
                        ("Si cela t", "Où trouver de l"),
                    ] {
                        chosen[find(lefts(), left)] = Some(find(rights(), right));
                    }
                    Response::Matching(chosen)
                }
                (_, id) => panic!("the learner run does not answer question {id}"),
            };
            grade(q, &response).unwrap()
        })
        .collect()
}

/// Plays the scenario from `state` along the choices whose texts start as `choices`.
fn play(scenario: &Scenario, state: &ScenarioState, choices: &[&str]) -> ScenarioState {
    choices.iter().fold(state.clone(), |st, text| {
        let node = current(scenario, &st).unwrap();
        let index = find(
            node.choices.iter().map(|c| c.text.as_str().to_owned()),
            text,
        );
        step(scenario, &st, index).unwrap()
    })
}

/// Records the ending reached in `progress`, as the page does, and returns its judgement and
/// score.
fn finish(progress: &mut Progress, scenario: &Scenario, state: &ScenarioState) -> (Ending, Score) {
    let end = current(scenario, state).unwrap();
    let score = scenario_score(scenario, state);
    progress.record_scenario(WELCOME, &scenario.id, &end.id, score, 0);
    (end.ending.unwrap(), score)
}

#[test]
fn the_learner_run_gives_the_figures_the_page_shows() {
    let course = course();
    let m = module(WELCOME);
    let (set, scenario) = exercises(&m);
    let mut progress = Progress::new(course.id.clone());
    let status = |p: &Progress| module_status(&m, p.modules.get(WELCOME), course.pass_mark);
    let best_quiz = |p: &Progress| p.modules[WELCOME].quiz_best[&set.id];

    // The map before the module is opened: "Pas commencé", no score shown.
    assert_eq!(status(&progress).0, ModuleStatus::NotStarted);
    // The reader: steps 1, 2, back to 1, 2, then the questions.
    for s in &m.steps[..3] {
        progress.mark_step_read(WELCOME, &s.id, 0);
    }
    assert_eq!(m.steps.len(), 5, "\"Étape n sur 5\" on the page");

    // First try: 0 + 1 + 1 + 2 + 3 of 9 points, "Ton meilleur score : 77 %".
    let first = attempt(set, true);
    let earned: Vec<u32> = first.iter().map(|o| o.score.earned).collect();
    assert_eq!(earned, [0, 100, 100, 200, 300]);
    assert_eq!(
        first[1].score,
        Score::new(100, 200),
        "\"Ton score : 1 sur 2\""
    );
    let chosen_wrong = first[0].verdicts.contains(&Verdict::ChosenWrong);
    let missed = first[1].verdicts.contains(&Verdict::MissedRight);
    assert!(
        chosen_wrong && missed,
        "\"Tu l'as choisie…\" and \"Celle-ci était juste aussi\""
    );
    progress.record_quiz(WELCOME, &set.id, question_set_score(&first), 0);
    assert_eq!(best_quiz(&progress), Score::new(700, 900));
    assert_eq!(best_quiz(&progress).percent(), 77);
    assert_eq!(status(&progress).0, ModuleStatus::InProgress);

    // Retry, all right: 100 %; a worse third try keeps 100 %.
    let second = attempt(set, false);
    assert!(second.iter().all(|o| o.correct));
    progress.record_quiz(WELCOME, &set.id, question_set_score(&second), 0);
    assert_eq!(best_quiz(&progress).percent(), 100);
    let third = question_set_score(&attempt(set, true));
    assert_eq!(third.percent(), 77);
    progress.record_quiz(WELCOME, &set.id, third, 0);
    assert_eq!(best_quiz(&progress), Score::new(900, 900));

    // The scenario: good, mixed, then bad last ("Points : n sur 2").
    progress.mark_step_read(WELCOME, &m.steps[3].id, 0);
    let fresh = start(scenario).unwrap();
    let good = play(scenario, &fresh, &["Elle exporte sa progression"]);
    assert_eq!(
        finish(&mut progress, scenario, &good),
        (Ending::Good, Score::new(200, 200))
    );
    let mixed = play(
        scenario,
        &restart(&good),
        &["Elle ferme seulement", "Elle demande à l'animatrice"],
    );
    assert_eq!(
        finish(&mut progress, scenario, &mixed),
        (Ending::Mixed, Score::new(200, 200))
    );
    let bad = play(scenario, &restart(&mixed), &["Elle part tout de suite"]);
    assert_eq!(
        finish(&mut progress, scenario, &bad),
        (Ending::Bad, Score::new(0, 200))
    );
    let record = &progress.modules[WELCOME];
    assert_eq!(record.scenario_best[&scenario.id], Score::new(200, 200));
    assert_eq!(record.scenario_endings[&scenario.id].len(), 3);

    // The last step, the summary and the map: "Ton score : 100 %", "Points : 11 sur 11",
    // "Module réussi", "Terminé", "Score : 100 %".
    progress.mark_step_read(WELCOME, &m.steps[4].id, 0);
    let (state, score) = status(&progress);
    assert_eq!(score, Score::new(1100, 1100));
    assert_eq!(score.percent(), 100);
    assert_eq!(state, ModuleStatus::Done);
}

/// Every shipped module, in French.
fn shipped() -> &'static [Module] {
    static MODULES: OnceLock<Vec<Module>> = OnceLock::new();
    MODULES.get_or_init(|| course().modules.iter().map(|id| module(id)).collect())
}

/// The scored blocks of a module: id and the most they offer, in hundredths, counted from
/// the content (a set: its questions' points; a scenario: its best path).
fn scored_blocks(m: &Module) -> Vec<(String, u32)> {
    m.steps
        .iter()
        .flat_map(|s| &s.blocks)
        .filter_map(|b| match b {
            Block::Quiz(set) => Some((
                set.id.clone(),
                set.questions.iter().map(|q| q.points * 100).sum(),
            )),
            Block::Scenario(s) => Some((s.id.clone(), hundredths(max_points(s)))),
            _ => None,
        })
        .collect()
}

proptest! {
    /// Whatever scores are stored (missing, partial, inflated, out of 0), a module's score is
    /// at most its maximum, and the maximum is the sum of its sets' and scenarios' maxima.
    #[test]
    fn module_score_stays_within_what_the_content_offers(
        which in 0usize..64,
        stored in proptest::collection::vec(
            proptest::option::of((0u32..5_000, 0u32..5_000)), 0..16),
    ) {
        let m = &shipped()[which % shipped().len()];
        let blocks = scored_blocks(m);
        let best: HashMap<String, Score> = blocks
            .iter()
            .zip(&stored)
            .filter_map(|((id, _), s)| s.map(|(earned, max)| (id.clone(), Score::new(earned, max))))
            .collect();
        let score = module_score(m, |id| best.get(id).copied());
        let max: u32 = blocks.iter().map(|(_, max)| max).sum();
        prop_assert_eq!(score.max, max);
        prop_assert!(score.earned <= score.max, "{:?}", score);
        prop_assert_eq!(module_score(m, |_| None), Score::new(0, max));
        for (id, block_max) in &blocks {
            let one = module_score(m, |asked| (asked == id).then(|| best.get(id).copied()).flatten());
            prop_assert!(one.earned <= *block_max, "{}: {:?} > {}", id, one, block_max);
        }
    }
}
