//! A module's score: what the learner's best attempts earned, out of what the content offers.

use super::grade::Outcome;
use super::scenario_points::max_points;
use super::score::{hundredths, proportion, Score};
use crate::content::{Block, Module, QuestionSet};

/// Points a question set offers, in hundredths: the sum of its questions' points.
pub fn question_set_max(set: &QuestionSet) -> u32 {
    set.questions
        .iter()
        .fold(0u32, |total, q| total.saturating_add(hundredths(q.points)))
}

/// The score of one attempt at a set: the sum of its questions' outcomes. Give every question
/// an outcome, [`Outcome::unanswered`] for those skipped, so the set's full points count.
pub fn question_set_score<'a>(outcomes: impl IntoIterator<Item = &'a Outcome>) -> Score {
    outcomes.into_iter().map(|outcome| outcome.score).sum()
}

/// The module's score: for each question set and scenario, the best score stored for its id
/// (`best(id)`, `None` if never attempted), out of what the content offers now (a set's
/// question points, a scenario's best path, in hundredths). A stored score counts by the share
/// it earned, so a learner keeps their share when an author changes a block's points.
pub fn module_score(module: &Module, best: impl Fn(&str) -> Option<Score>) -> Score {
    blocks_score(scored_blocks(module), best)
}

/// Each question set and scenario of the module, by id, with the points it offers now (in
/// hundredths).
pub fn scored_blocks(module: &Module) -> impl Iterator<Item = (&str, u32)> {
    module
        .steps
        .iter()
        .flat_map(|step| &step.blocks)
        .filter_map(|block| match block {
            Block::Quiz(set) => Some((set.id.as_str(), question_set_max(set))),
            Block::Scenario(scenario) => {
                Some((scenario.id.as_str(), hundredths(max_points(scenario))))
            }
            // A guide is never scored.
            Block::Guide(_) | Block::Prose(_) | Block::Callout(_) | Block::Invalid(_) => None,
        })
}

/// The score of scored blocks given as (id, points offered), by the rule of [`module_score`].
pub fn blocks_score<'a>(
    blocks: impl IntoIterator<Item = (&'a str, u32)>,
    best: impl Fn(&str) -> Option<Score>,
) -> Score {
    blocks
        .into_iter()
        .map(|(id, max)| {
            let earned = best(id).map_or(0, |stored| {
                proportion(max, stored.earned.into(), stored.max.into())
            });
            Score::new(earned, max)
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Callout, CalloutKind, Ending, FrontMatter, Html, Step};
    use crate::quiz::grade::{grade, Response};
    use crate::quiz::score::passed;
    use crate::quiz::test_support::*;
    use std::collections::HashMap;

    fn set(id: &str, points: &[u32]) -> Block {
        Block::Quiz(QuestionSet {
            id: id.to_string(),
            questions: points.iter().map(|&p| single(p, &[true, false])).collect(),
        })
    }

    /// A scenario whose best path is worth 3 points.
    fn three_point_scenario(id: &str) -> Block {
        Block::Scenario(crate::content::Scenario {
            id: id.to_string(),
            ..scenario(vec![
                node("a", &[("b", 1), ("end", 0)]),
                node("b", &[("end", 2)]),
                end("end", Ending::Good),
            ])
        })
    }

    fn module(steps: Vec<Vec<Block>>) -> Module {
        Module {
            id: "03-phishing".to_string(),
            locale: "fr".to_string(),
            front: FrontMatter {
                title: "Hameçonnage".to_string(),
                summary: String::new(),
                minutes: 10,
                content_warning: None,
                sources: Vec::new(),
            },
            steps: steps
                .into_iter()
                .enumerate()
                .map(|(i, blocks)| Step {
                    id: format!("step-{i}"),
                    title: String::new(),
                    blocks,
                })
                .collect(),
        }
    }

    fn stored(scores: &[(&str, Score)]) -> impl Fn(&str) -> Option<Score> {
        let scores: HashMap<String, Score> =
            scores.iter().map(|(id, s)| (id.to_string(), *s)).collect();
        move |id| scores.get(id).copied()
    }

    fn phishing() -> Module {
        module(vec![
            vec![
                Block::Prose(Html::for_tests("<p>…</p>")),
                set("check", &[1, 2]),
            ],
            vec![
                Block::Callout(Callout {
                    kind: CalloutKind::Tip,
                    body: Html::default(),
                }),
                three_point_scenario("whatsapp"),
            ],
        ])
    }

    #[test]
    fn module_max_comes_from_the_content_even_when_nothing_is_stored() {
        assert_eq!(module_score(&phishing(), stored(&[])), Score::new(0, 600));
    }

    #[test]
    fn module_adds_the_best_scores_of_sets_and_scenarios() {
        let best = stored(&[
            ("check", Score::new(200, 300)),
            ("whatsapp", Score::new(300, 300)),
        ]);
        let score = module_score(&phishing(), best);
        assert_eq!(score, Score::new(500, 600));
        assert!(passed(score, 70));
        assert!(!passed(score, 90));
    }

    #[test]
    fn a_stored_score_keeps_its_share_when_the_points_change() {
        // Stored when "check" was worth 1 point; it is now worth 3.
        let best = stored(&[("check", Score::new(50, 100))]);
        assert_eq!(module_score(&phishing(), best), Score::new(150, 600));
        let inflated = stored(&[("check", Score::new(900, 100))]);
        assert_eq!(module_score(&phishing(), inflated), Score::new(300, 600));
        let empty = stored(&[("check", Score::new(0, 0))]);
        assert_eq!(module_score(&phishing(), empty), Score::new(0, 600));
    }

    #[test]
    fn a_module_without_questions_is_passed() {
        let prose_only = module(vec![vec![Block::Prose(Html::default())]]);
        let score = module_score(&prose_only, stored(&[]));
        assert_eq!(score, Score::default());
        assert!(passed(score, 70));
    }

    #[test]
    fn a_set_scores_the_sum_of_its_outcomes_including_skipped_questions() {
        let questions = [single(2, &[true, false]), multiple(1, &[true, true, false])];
        let answered = grade(&questions[0], &Response::Single(0)).unwrap();
        let skipped = Outcome::unanswered(&questions[1]);
        assert_eq!(
            question_set_score([&answered, &skipped]),
            Score::new(200, 300)
        );
        let set = QuestionSet {
            id: "s".to_string(),
            questions: questions.to_vec(),
        };
        assert_eq!(question_set_max(&set), 300);
    }
}
