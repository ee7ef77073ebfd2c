//! Locales share their structure: each translation is compared with the first locale.

use crate::content::{Anchor, Diagnostic, ParsedModule, Position, Severity};

use super::load::LoadedModule;
use super::shape::{
    block_shapes, ending_name, BlockKindShape, BlockShape, NodeShape, QuestionShape,
};

/// Every structural difference between the module's reference text and its translations.
pub(crate) fn compare_locales(module: &LoadedModule) -> Vec<Diagnostic> {
    let Some((reference, translations)) = module.texts.split_first() else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for translation in translations {
        let mut pair = Pair {
            reference,
            translation,
            file: module.path(&translation.module.locale),
            reference_name: format!("{}.md", reference.module.locale),
            found: &mut found,
        };
        pair.compare();
    }
    found
}

/// One translation compared with the reference text.
struct Pair<'p> {
    reference: &'p ParsedModule,
    translation: &'p ParsedModule,
    /// Path of the translation in the content folder.
    file: String,
    reference_name: String,
    found: &'p mut Vec<Diagnostic>,
}

impl Pair<'_> {
    fn error(&mut self, at: Option<Position>, message: String) {
        self.report(Severity::Error, at, message);
    }

    fn report(&mut self, severity: Severity, at: Option<Position>, message: String) {
        let at = at.unwrap_or(Position { line: 1, col: 1 });
        self.found.push(Diagnostic {
            file: self.file.clone(),
            line: at.line,
            col: at.col,
            severity,
            message,
        });
    }

    fn at(&self, anchor: &Anchor) -> Option<Position> {
        self.translation.locations.get(anchor).copied()
    }

    fn compare(&mut self) {
        let warned = |parsed: &ParsedModule| parsed.module.front.content_warning.is_some();
        if warned(self.reference) && !warned(self.translation) {
            let message = format!(
                "{} warns learners with a content_warning but this file does not: translate it",
                self.reference_name
            );
            self.error(None, message);
        }
        self.compare_minutes();
        let step_ids = |parsed: &ParsedModule| -> Vec<String> {
            parsed.module.steps.iter().map(|s| s.id.clone()).collect()
        };
        let (reference_steps, translated_steps) =
            (step_ids(self.reference), step_ids(self.translation));
        self.compare_ids(
            "step",
            &reference_steps,
            &translated_steps,
            None,
            Anchor::Step,
        );
        let reference_blocks = block_shapes(&self.reference.module);
        let translated_blocks = block_shapes(&self.translation.module);
        for block in &reference_blocks {
            match translated_blocks.iter().find(|b| b.id == block.id) {
                Some(translated) => self.compare_block(block, translated),
                None if self.at(&Anchor::Block(block.id.clone())).is_some() => {}
                None => {
                    let at = self.at(&Anchor::Step(block.step.clone()));
                    let message = format!(
                        "{} `{}` of {} is missing here (it belongs in step `{}`)",
                        block.kind.word(),
                        block.id,
                        self.reference_name,
                        block.step
                    );
                    self.error(at, message);
                }
            }
        }
        for block in &translated_blocks {
            let known = reference_blocks.iter().any(|b| b.id == block.id)
                || self
                    .reference
                    .locations
                    .contains_key(&Anchor::Block(block.id.clone()));
            if !known {
                let at = self.at(&Anchor::Block(block.id.clone()));
                let message = format!(
                    "{} `{}` is not in {}: block ids are the same in every locale",
                    block.kind.word(),
                    block.id,
                    self.reference_name
                );
                self.error(at, message);
            }
        }
    }

    /// Warns when the translation states another time than the reference (both front
    /// matters read, so a broken one is not reported twice).
    fn compare_minutes(&mut self) {
        let minutes = Anchor::Field("minutes");
        let (theirs, ours) = (
            self.reference.module.front.minutes,
            self.translation.module.front.minutes,
        );
        let both_read = self.reference.locations.contains_key(&minutes);
        if let (true, Some(at)) = (both_read, self.at(&minutes)) {
            if theirs != ours {
                let message = format!(
                    "`minutes` is {ours} here but {theirs} in {}: learners would see a \
                     different time per language",
                    self.reference_name
                );
                self.report(Severity::Warning, Some(at), message);
            }
        }
    }

    /// Reports ids missing here (at `container`, the block holding them), ids not in the
    /// reference, and ids in another order.
    fn compare_ids(
        &mut self,
        what: &str,
        reference: &[String],
        translated: &[String],
        container: Option<Position>,
        anchor: impl Fn(String) -> Anchor,
    ) {
        let name = self.reference_name.clone();
        for id in reference.iter().filter(|id| !translated.contains(id)) {
            self.error(
                container,
                format!("{what} `{id}` of {name} is missing here"),
            );
        }
        for id in translated.iter().filter(|id| !reference.contains(id)) {
            let at = self.at(&anchor(id.clone()));
            self.error(
                at,
                format!("{what} `{id}` is not in {name}: ids are the same in every locale"),
            );
        }
        let common = |ids: &[String], other: &[String]| -> Vec<String> {
            ids.iter()
                .filter(|id| other.contains(id))
                .cloned()
                .collect()
        };
        let in_reference_order = common(reference, translated);
        let in_translated_order = common(translated, reference);
        let moved = in_translated_order
            .iter()
            .zip(&in_reference_order)
            .find(|(here, there)| here != there);
        if let Some((here, _)) = moved {
            let at = self.at(&anchor(here.clone()));
            self.error(
                at,
                format!("{what} `{here}` is not in the same place as in {name}"),
            );
        }
    }

    fn compare_block(&mut self, reference: &BlockShape, translated: &BlockShape) {
        let name = self.reference_name.clone();
        let here = self.at(&Anchor::Block(translated.id.clone()));
        if reference.step != translated.step {
            let message = format!(
                "{} `{}` is in step `{}` here but in step `{}` in {name}",
                translated.kind.word(),
                translated.id,
                translated.step,
                reference.step
            );
            self.error(here, message);
        }
        let set = translated.id.clone();
        match (&reference.kind, &translated.kind) {
            (BlockKindShape::Quiz(theirs), BlockKindShape::Quiz(ours)) => {
                let ids =
                    |qs: &[QuestionShape]| qs.iter().map(|q| q.id.clone()).collect::<Vec<_>>();
                self.compare_ids("question", &ids(theirs), &ids(ours), here, |id| {
                    Anchor::Question(set.clone(), id)
                });
                for question in ours {
                    if let Some(original) = theirs.iter().find(|q| q.id == question.id) {
                        self.compare_question(&set, original, question);
                    }
                }
            }
            (BlockKindShape::Scenario(theirs), BlockKindShape::Scenario(ours))
            | (BlockKindShape::Guide(theirs), BlockKindShape::Guide(ours)) => {
                let ids = |ns: &[NodeShape]| ns.iter().map(|n| n.id.clone()).collect::<Vec<_>>();
                self.compare_ids("node", &ids(theirs), &ids(ours), here, |id| {
                    Anchor::Node(set.clone(), id)
                });
                for node in ours {
                    if let Some(original) = theirs.iter().find(|n| n.id == node.id) {
                        self.compare_node(&set, original, node);
                    }
                }
            }
            (theirs, ours) => {
                let message = format!(
                    "`{}` is a {} here but a {} in {name}",
                    translated.id,
                    ours.word(),
                    theirs.word()
                );
                self.error(here, message);
            }
        }
    }

    fn compare_question(&mut self, set: &str, original: &QuestionShape, ours: &QuestionShape) {
        let name = self.reference_name.clone();
        let at = self.at(&Anchor::Question(set.to_string(), ours.id.clone()));
        let id = &ours.id;
        let mut differences = Vec::new();
        if original.kind != ours.kind {
            differences.push(format!(
                "question `{id}` is .{} here but .{} in {name}",
                ours.kind, original.kind
            ));
        } else if original.options != ours.options {
            differences.push(format!(
                "question `{id}` has {} options here but {} in {name}",
                ours.options, original.options
            ));
        } else if original.correct != ours.correct {
            differences.push(format!(
                "question `{id}`: the correct options are {} here but {} in {name}",
                numbers(&ours.correct),
                numbers(&original.correct)
            ));
        }
        if original.points != ours.points {
            differences.push(format!(
                "question `{id}` has points={} here but points={} in {name}",
                ours.points, original.points
            ));
        }
        for message in differences {
            self.error(at, message);
        }
    }

    fn compare_node(&mut self, scenario: &str, original: &NodeShape, ours: &NodeShape) {
        let name = self.reference_name.clone();
        let at = self.at(&Anchor::Node(scenario.to_string(), ours.id.clone()));
        let id = &ours.id;
        let mut differences = Vec::new();
        if original.ending != ours.ending {
            differences.push(format!(
                "node `{id}` is {} here but {} in {name}",
                ending_name(ours.ending),
                ending_name(original.ending)
            ));
        }
        if original.choices.len() != ours.choices.len() {
            differences.push(format!(
                "node `{id}` has {} choices here but {} in {name}",
                ours.choices.len(),
                original.choices.len()
            ));
        }
        let pairs = original.choices.iter().zip(&ours.choices).enumerate();
        for (index, ((their_target, their_points), (our_target, our_points))) in pairs {
            let number = index + 1;
            if their_target != our_target {
                differences.push(format!(
                    "node `{id}`: choice {number} leads to `#{our_target}` here but to \
                     `#{their_target}` in {name}"
                ));
            }
            if their_points != our_points {
                differences.push(format!(
                    "node `{id}`: choice {number} has points={our_points} here but \
                     points={their_points} in {name}"
                ));
            }
        }
        for message in differences {
            self.error(at, message);
        }
    }
}

fn numbers(list: &[usize]) -> String {
    if list.is_empty() {
        return "none".to_string();
    }
    list.iter()
        .map(usize::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}
