//! The steps of a module: its body read element by element, each `##` heading starting a step
//! and each element becoming prose, a callout, a quiz or a scenario.

use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Tag};

use crate::content::blocks::callout::{callout_kind, marker, without_marker};
use crate::content::blocks::fence::{read_fence, BlockKind, Fence};
use crate::content::blocks::guide::Flow;
use crate::content::blocks::heading::read_heading;
use crate::content::blocks::parts::BlockSource;
use crate::content::blocks::question_set::parse_question_set;
use crate::content::blocks::scenario::parse_scenario;
use crate::content::ids::check_id;
use crate::content::markdown::citations::Citations;
use crate::content::markdown::events::{for_each_element, inside, Located};
use crate::content::markdown::options::MarkdownOptions;
use crate::content::markdown::render::to_html;
use crate::content::model::{Block, Callout, Step};
use crate::content::report::anchors::Anchor;
use crate::content::report::findings::Findings;
use crate::content::steps::block_cuts::{cut_out_blocks, Cuts};

/// The steps of `body`, which starts at byte `base` of the module file. Quiz and scenario
/// blocks are cut out of the text pulldown-cmark parses (see [`cut_out_blocks`]); when a cut turns
/// out to be wrong, the body is parsed whole.
pub(crate) fn read_body(
    body: &str,
    base: usize,
    citations: Citations<'_>,
    findings: &mut Findings<'_>,
) -> Vec<Step> {
    let mark = findings.mark();
    let (without_blocks, cuts) = cut_out_blocks(body, findings.locator.lines_from(base));
    let text = Text {
        body,
        base,
        citations,
    };
    read_steps(&text, &without_blocks, cuts, findings).unwrap_or_else(|| {
        findings.rewind(mark);
        read_steps(&text, body, Cuts::default(), findings).unwrap_or_default()
    })
}

/// A module body, where it starts in the file, and the sources its text may cite.
pub(crate) struct Text<'a> {
    /// The Markdown after the front matter.
    pub body: &'a str,
    /// Byte offset of `body` in the module file.
    pub base: usize,
    /// The module's sources.
    pub citations: Citations<'a>,
}

/// Reads the steps of `text` from `parsed`, its body with the `cuts` made; `None` when the
/// cuts turn out to be wrong.
pub(crate) fn read_steps(
    text: &Text<'_>,
    parsed: &str,
    mut cuts: Cuts,
    findings: &mut Findings<'_>,
) -> Option<Vec<Step>> {
    let options = MarkdownOptions::default();
    let mut steps = StepBuilder {
        base: text.base,
        body: text.body,
        citations: text.citations,
        options: options.clone(),
        steps: Vec::new(),
        prose: Vec::new(),
    };
    let mut fits = true;
    for_each_element(parsed, &options, |element| {
        // A cut that pulldown-cmark does not see as one block may shift positions into the
        // middle of a letter: then the cuts were wrong, and the caller parses the whole text.
        fits = cuts.restore(element)
            && element
                .iter()
                .all(|(_, span)| text.body.get(span.clone()).is_some());
        if fits {
            let source = &text.body[element[0].1.clone()];
            text.citations.check(element, source, text.base, findings);
            steps.add(element, findings);
        }
        fits
    });
    (fits && cuts.all_checked()).then(|| steps.finish())
}

/// Builds the steps of a module from its top-level Markdown elements.
struct StepBuilder<'a> {
    base: usize,
    body: &'a str,
    citations: Citations<'a>,
    options: MarkdownOptions,
    steps: Vec<Step>,
    prose: Vec<Event<'a>>,
}

impl<'a> StepBuilder<'a> {
    /// Adds one top-level element (all its events) to the current step.
    fn add(&mut self, events: &mut Vec<Located<'a>>, findings: &mut Findings<'_>) {
        let element = 0..events.len();
        let span = events[0].1.clone();
        let at = self.base + span.start;
        let source = &self.body[span];
        if let Some(heading) = read_heading(events, &element, self.body, self.base) {
            if heading.level == HeadingLevel::H2 {
                self.flush_prose();
                let id = heading
                    .id
                    .map_or_else(|| format!("step-{}", self.steps.len() + 1), str::to_string);
                let title = heading.title(findings);
                self.start_step(id, title, at, findings);
                return;
            }
        }
        if self.steps.is_empty() {
            findings.error(
                at,
                "text before the first step: every step starts with a line `## Title {#id}`",
            );
            self.start_step("step-0".to_string(), String::new(), at, findings);
        }
        let block = match &events[0].0 {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                read_fence(info, source, at).map(|fence| self.fenced_block(fence, at, findings))
            }
            Event::Start(Tag::BlockQuote(_)) => marker(source)
                .map(|word| callout(word, inside(events, &element), at, self.citations, findings)),
            _ => None,
        };
        match block {
            Some(block) => {
                self.flush_prose();
                self.push(block);
            }
            None => self.prose.extend(events.drain(..).map(|(event, _)| event)),
        }
    }

    fn start_step(&mut self, id: String, title: String, at: usize, findings: &mut Findings<'_>) {
        if let Some(bad) = check_id(&id, "step", at, findings.locator) {
            findings.diagnostics.push(bad);
        }
        let anchor = Anchor::Step(id.clone());
        if !findings.locate(anchor, at) {
            findings.error(at, format!("duplicate step id `{id}`"));
        }
        self.steps.push(Step {
            id,
            title,
            blocks: Vec::new(),
        });
    }

    fn fenced_block(&self, fence: Fence<'_>, at: usize, findings: &mut Findings<'_>) -> Block {
        let mark = findings.mark();
        let kind = fence.kind.word();
        let id = fence.id.unwrap_or_default();
        if id.is_empty() {
            findings.error(at, format!("this {kind} has no id: write ```{kind} my-id"));
        } else if let Some(bad) = check_id(id, kind, at, findings.locator) {
            findings.diagnostics.push(bad);
        } else {
            let anchor = Anchor::Block(id.to_string());
            if !findings.locate(anchor, at) {
                findings.error(at, format!("duplicate block id `{id}` in this module"));
            }
        }
        if let Some(extra) = fence.extra {
            findings.error(at, format!("unexpected `{extra}` after the {kind} id"));
        }
        if !fence.closed {
            findings.error(
                at,
                format!("this {kind} is never closed: add a line ``` after its last line"),
            );
        }
        if let Some(error) = findings.first_error_since(mark) {
            return Block::Invalid(error);
        }
        let source = BlockSource {
            id,
            inner: fence.inner,
            inner_offset: fence.inner_offset,
            offset: at,
        };
        let parsed = match fence.kind {
            BlockKind::Quiz => parse_question_set(&source, findings, &self.options, self.citations)
                .map(Block::Quiz),
            BlockKind::Scenario => parse_scenario(
                &source,
                Flow::Scenario,
                findings,
                &self.options,
                self.citations,
            )
            .map(Block::Scenario),
            BlockKind::Guide => parse_scenario(
                &source,
                Flow::Guide,
                findings,
                &self.options,
                self.citations,
            )
            .map(Block::Guide),
        };
        parsed
            .or_else(|| findings.first_error_since(mark).map(Block::Invalid))
            .unwrap_or_else(|| Block::Invalid(findings.locator.error(at, "invalid block")))
    }

    fn push(&mut self, block: Block) {
        if let Some(step) = self.steps.last_mut() {
            step.blocks.push(block);
        }
    }

    fn flush_prose(&mut self) {
        if !self.prose.is_empty() {
            let html = to_html(std::mem::take(&mut self.prose), self.citations);
            self.push(Block::Prose(html));
        }
    }

    fn finish(mut self) -> Vec<Step> {
        self.flush_prose();
        self.steps
    }
}

/// A callout block, or an invalid block for an unknown marker.
fn callout(
    word: &str,
    inner: &[Located<'_>],
    at: usize,
    citations: Citations<'_>,
    findings: &mut Findings<'_>,
) -> Block {
    match callout_kind(word) {
        Some(kind) => Block::Callout(Callout {
            kind,
            body: to_html(without_marker(inner), citations),
        }),
        None => {
            let message = if word.eq_ignore_ascii_case("DISCUSS") {
                "[!DISCUSS] only goes inside a scenario node".to_string()
            } else {
                format!(
                    "unknown callout `[!{word}]`: use [!TIP], [!WARNING], [!HELP] or [!TRAINER]"
                )
            };
            findings.error(at, message);
            Block::Invalid(findings.diagnostics[findings.diagnostics.len() - 1].clone())
        }
    }
}
