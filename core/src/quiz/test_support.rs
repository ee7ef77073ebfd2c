//! Small builders and proptest strategies shared by the quiz tests (test builds only).

use super::grade::Response;
use super::scenario::{current, is_end, start, step, ScenarioState};
use crate::content::{
    Choice, Ending, Html, Node, Question, QuestionKind, Scenario, ScenarioChoice,
};
use proptest::prelude::*;
use proptest::sample::Index;

/// HTML from plain text.
pub fn html(text: &str) -> Html {
    Html::for_tests(text)
}

/// Options named after their index, right where `right[i]`.
fn choices(right: &[bool]) -> Vec<Choice> {
    right
        .iter()
        .enumerate()
        .map(|(i, &correct)| Choice {
            text: html(&format!("option {i}")),
            correct,
            feedback: None,
        })
        .collect()
}

/// A question of `kind` worth `points`.
pub fn question(points: u32, kind: QuestionKind) -> Question {
    Question {
        id: "q".to_string(),
        prompt: html("?"),
        points,
        kind,
        explanation: None,
    }
}

/// A single-choice question.
pub fn single(points: u32, right: &[bool]) -> Question {
    question(points, QuestionKind::Single(choices(right)))
}

/// A multiple-choice question.
pub fn multiple(points: u32, right: &[bool]) -> Question {
    question(points, QuestionKind::Multiple(choices(right)))
}

/// A one-point true/false question whose answer is `answer` (options "true", "false").
pub fn true_false(answer: bool) -> Question {
    question(1, QuestionKind::TrueFalse(choices(&[answer, !answer])))
}

/// An ordering question of `len` items.
pub fn ordering(points: u32, len: usize) -> Question {
    let items = (0..len).map(|i| html(&format!("step {i}"))).collect();
    question(points, QuestionKind::Ordering(items))
}

/// A matching question of `len` pairs.
pub fn matching(points: u32, len: usize) -> Question {
    let pairs = (0..len)
        .map(|i| (html(&format!("term {i}")), html(&format!("meaning {i}"))))
        .collect();
    question(points, QuestionKind::Matching(pairs))
}

/// How many verdicts grading `question` gives: options, items or pairs.
pub fn answer_count(question: &Question) -> usize {
    match &question.kind {
        QuestionKind::Single(c) | QuestionKind::Multiple(c) | QuestionKind::TrueFalse(c) => c.len(),
        QuestionKind::Ordering(items) => items.len(),
        QuestionKind::Matching(pairs) => pairs.len(),
    }
}

/// A scenario node titled after its id, with choices `(target, points)`; no choices and no
/// ending makes a dead end.
pub fn node(id: &str, choices: &[(&str, u32)]) -> Node {
    Node {
        id: id.to_string(),
        title: format!("title of {id}"),
        body: html(id),
        choices: choices
            .iter()
            .map(|&(target, points)| ScenarioChoice {
                text: html(&format!("go to {target}")),
                target: target.to_string(),
                points,
                feedback: Some(html(&format!("you went to {target}"))),
            })
            .collect(),
        ending: None,
        discussion: None,
        trainer_note: None,
    }
}

/// An ending node.
pub fn end(id: &str, ending: Ending) -> Node {
    Node {
        ending: Some(ending),
        ..node(id, &[])
    }
}

/// A scenario of these nodes, the first one the start.
pub fn scenario(nodes: Vec<Node>) -> Scenario {
    Scenario {
        id: "s".to_string(),
        nodes,
    }
}

/// The WhatsApp-group scenario: `start` offers `insult` (0 points, a bad ending) or
/// `screenshot` (2 points), which offers `good` (1 point) or `mixed` (0 points).
pub fn whatsapp() -> Scenario {
    scenario(vec![
        node("start", &[("insult", 0), ("screenshot", 2)]),
        end("insult", Ending::Bad),
        node("screenshot", &[("good", 1), ("mixed", 0)]),
        end("good", Ending::Good),
        end("mixed", Ending::Mixed),
    ])
}

/// The state after making `choices` from the start.
pub fn walk(scenario: &Scenario, choices: &[usize]) -> ScenarioState {
    choices.iter().fold(start(scenario).unwrap(), |state, &c| {
        step(scenario, &state, c).unwrap()
    })
}

/// Random acyclic scenarios of 1 to 9 nodes where every node reaches an ending: choices only
/// lead to later nodes, and a node without choices is an ending.
pub fn acyclic_scenario() -> impl Strategy<Value = Scenario> {
    let node_plan = (
        any::<bool>(),
        proptest::collection::vec((any::<Index>(), 0u32..6), 1..4),
    );
    (1usize..10)
        .prop_flat_map(move |len| proptest::collection::vec(node_plan.clone(), len))
        .prop_map(|plans| {
            let len = plans.len();
            let id = |i: usize| format!("n{i}");
            let nodes = plans
                .into_iter()
                .enumerate()
                .map(|(i, (is_end, links))| {
                    if is_end || i + 1 == len {
                        return end(&id(i), Ending::Mixed);
                    }
                    let links: Vec<(String, u32)> = links
                        .into_iter()
                        .map(|(to, points)| (id(i + 1 + to.index(len - i - 1)), points))
                        .collect();
                    let links: Vec<(&str, u32)> =
                        links.iter().map(|(t, p)| (t.as_str(), *p)).collect();
                    node(&id(i), &links)
                })
                .collect();
            scenario(nodes)
        })
}

/// Random questions of every type, 0 to 5 options or items, 0 to 4 points.
pub fn any_question() -> impl Strategy<Value = Question> {
    let rights = proptest::collection::vec(any::<bool>(), 0..6);
    (
        0u32..5,
        prop_oneof![
            rights
                .clone()
                .prop_map(|r| QuestionKind::Single(choices(&r))),
            rights.prop_map(|r| QuestionKind::Multiple(choices(&r))),
            any::<bool>().prop_map(|a| QuestionKind::TrueFalse(choices(&[a, !a]))),
            (0usize..6).prop_map(|n| ordering(0, n).kind),
            (0usize..6).prop_map(|n| matching(0, n).kind),
        ],
    )
        .prop_map(|(points, kind)| question(points, kind))
}

/// Well-formed answers for `question`: right shape, indices in range.
pub fn valid_response(question: &Question) -> BoxedStrategy<Response> {
    let len = answer_count(question);
    match &question.kind {
        QuestionKind::Single(_) | QuestionKind::TrueFalse(_) if len > 0 => {
            (0..len).prop_map(Response::Single).boxed()
        }
        QuestionKind::Single(_) | QuestionKind::TrueFalse(_) => any_response(), // no options
        QuestionKind::Multiple(_) => proptest::collection::btree_set(0..len.max(1), 0..=len)
            .prop_map(move |set| Response::Multiple(set.into_iter().filter(|&i| i < len).collect()))
            .boxed(),
        QuestionKind::Ordering(_) => Just((0..len).collect::<Vec<_>>())
            .prop_shuffle()
            .prop_map(Response::Ordering)
            .boxed(),
        QuestionKind::Matching(_) => {
            proptest::collection::vec(proptest::option::of(0..len.max(1)), len)
                .prop_map(move |picks| {
                    Response::Matching(picks.into_iter().map(|p| p.filter(|&i| i < len)).collect())
                })
                .boxed()
        }
    }
}

/// Answers of any shape with indices that may be out of range.
pub fn any_response() -> BoxedStrategy<Response> {
    prop_oneof![
        (0usize..8).prop_map(Response::Single),
        proptest::collection::btree_set(0usize..8, 0..6).prop_map(Response::Multiple),
        proptest::collection::vec(0usize..8, 0..7).prop_map(Response::Ordering),
        proptest::collection::vec(proptest::option::of(0usize..8), 0..7)
            .prop_map(Response::Matching),
    ]
    .boxed()
}

/// A question with an answer that is usually well-formed and sometimes not.
pub fn question_and_response() -> impl Strategy<Value = (Question, Response)> {
    any_question().prop_flat_map(|question| {
        let response = prop_oneof![3 => valid_response(&question), 1 => any_response()];
        (Just(question), response)
    })
}

/// A question with a well-formed answer (so never a single choice without options).
pub fn question_and_valid_response() -> impl Strategy<Value = (Question, Response)> {
    let answerable = |q: &Question| !matches!(&q.kind, QuestionKind::Single(c) if c.is_empty());
    let questions = any_question().prop_filter("a single choice needs options", answerable);
    questions.prop_flat_map(|question| {
        let response = valid_response(&question);
        (Just(question), response)
    })
}

/// Whether the walk is over: the current node is an ending, offers no choice, or no longer
/// exists (the content changed under a saved walk: offer to [`restart`]).
pub fn is_finished(scenario: &Scenario, state: &ScenarioState) -> bool {
    current(scenario, state).is_none_or(is_end)
}
