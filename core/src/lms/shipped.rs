//! The course shipped in `content/`, read the way the app reads it (French text), and a learner
//! who did all of it: for the tests of what is sent to an LMS at the course's real size.

use std::path::Path;

use crate::assessment::Bank;
use crate::content::{parse_course, parse_module, parse_page, Block, Course, Module, QuestionKind};
use crate::progress::Progress;
use crate::quiz::{Response, Score};

/// The shipped course's manifest, its modules and its assessment's question bank.
pub struct Shipped {
    /// `content/course.toml`.
    pub course: Course,
    /// Every module, in the course's order.
    pub modules: Vec<Module>,
    /// The final assessment's questions.
    pub bank: Bank,
}

/// Reads the shipped course.
pub fn shipped() -> Shipped {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let read = |path: &str| std::fs::read_to_string(root.join(path)).expect(path);
    let course = parse_course("course.toml", &read("course.toml")).expect("the manifest parses");
    let modules = course
        .modules
        .iter()
        .map(|id| {
            let path = format!("modules/{id}/fr.md");
            parse_module(&path, id, "fr", &read(&path)).module
        })
        .collect();
    let path = "assessment/fr.md";
    let bank = Bank::from_module(&parse_page(path, "assessment", "fr", &read(path)).module);
    Shipped {
        course,
        modules,
        bank,
    }
}

/// The longest answer a question can have: every option, item or pair.
fn longest_response(kind: &QuestionKind) -> Response {
    match kind {
        QuestionKind::Single(options) | QuestionKind::TrueFalse(options) => {
            Response::Single(options.len() - 1)
        }
        QuestionKind::Multiple(options) => Response::Multiple((0..options.len()).collect()),
        QuestionKind::Ordering(items) => Response::Ordering((0..items.len()).rev().collect()),
        QuestionKind::Matching(pairs) => {
            Response::Matching((0..pairs.len()).rev().map(Some).collect())
        }
    }
}

impl Shipped {
    /// A learner who read every step, earned every point, reached every ending (each module
    /// on its own day) and used every attempt at the final assessment, answering every
    /// question with its longest answer.
    pub fn everything_done(&self) -> Progress {
        let day = 86_400_000;
        let start = 1_764_000_000_000;
        let mut progress = Progress::new(self.course.id.clone());
        progress.set_locale("ary", start);
        for (n, module) in self.modules.iter().enumerate() {
            let now = start + n as u64 * day;
            for step in &module.steps {
                progress.mark_step_read(&module.id, &step.id, now);
                for block in &step.blocks {
                    match block {
                        Block::Quiz(set) => {
                            let max = 100 * set.questions.iter().map(|q| q.points).sum::<u32>();
                            progress.record_quiz(&module.id, &set.id, Score::new(max, max), now);
                        }
                        Block::Scenario(scenario) => {
                            for ending in scenario.nodes.iter().filter(|n| n.ending.is_some()) {
                                let full = Score::new(400, 400);
                                progress.record_scenario(
                                    &module.id,
                                    &scenario.id,
                                    &ending.id,
                                    full,
                                    now + 3_600_000,
                                );
                            }
                        }
                        _ => {}
                    }
                }
            }
        }
        let settings = self.course.assessment.clone().expect("an assessment");
        for attempt in 0..settings.attempts {
            let now = start + (20 + u64::from(attempt)) * day;
            let seed = 0x9e37_79b9_7f4a_7c15_u64.wrapping_mul(u64::from(attempt) + 1);
            let started = progress
                .assessment_mut(now)
                .start(&settings, &self.bank.pools, true, seed, now)
                .expect("attempts are left");
            for (k, id) in started.questions.clone().iter().enumerate() {
                let question = self.bank.question(id).expect("a drawn question");
                let at = now + 45_000 * (k as u64 + 1);
                started
                    .answer(question, longest_response(&question.kind), at)
                    .expect("the answer fits");
            }
            let end = now + 1_200_000;
            started.submit(|id| self.bank.question(id), settings.pass_mark, end);
        }
        progress
    }
}
