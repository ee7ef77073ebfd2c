//! `parse_module`: one module file in one locale, turned into steps and blocks.

use std::collections::HashMap;

use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Tag};

use super::block::BlockSource;
use super::callout::{callout_kind, marker, without_marker};
use super::events::{for_each_element, inside, plain, Located};
use super::fence::{read_fence, BlockKind, Fence};
use super::front_matter::{layout, parse_front_matter};
use super::heading::read_heading;
use super::ids::check_id;
use super::limits::{too_deeply_nested, MAX_MODULE_BYTES, MAX_NESTING};
use super::markdown::{to_html, MarkdownOptions};
use super::model::{Block, Callout, Diagnostic, FrontMatter, Module, Step};
use super::position::Locator;
use super::quiz::parse_quiz;
use super::scenario::parse_scenario;
use super::sink::Sink;

/// A module as parsed, with every problem found and where each id sits in the file.
#[derive(Clone, Debug, PartialEq)]
pub struct ParsedModule {
    /// The module; broken blocks are [`Block::Invalid`] in place.
    pub module: Module,
    /// Errors and warnings, in file order.
    pub diagnostics: Vec<Diagnostic>,
    /// Line and column of every step, block, question and node, by id.
    pub locations: HashMap<Anchor, Position>,
}

/// Something with an id in a module file.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Anchor {
    /// A step, by id.
    Step(String),
    /// A quiz or scenario block, by id (also found when it failed to parse).
    Block(String),
    /// A question: quiz id, question id.
    Question(String, String),
    /// A scenario node: scenario id, node id.
    Node(String, String),
}

/// A 1-based line and column (in characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in characters.
    pub col: u32,
}

/// Parses the module `id` in `locale` from `text`, the content of `file`.
pub fn parse_module(file: &str, id: &str, locale: &str, text: &str) -> ParsedModule {
    let locator = Locator::new(file, text);
    let mut sink = Sink::new(&locator);
    let refused = if text.len() > MAX_MODULE_BYTES {
        Some((
            0,
            format!(
                "this file is {} KB, more than the 1024 KB a module may have: split it into \
                 several modules",
                text.len().div_ceil(1024)
            ),
        ))
    } else {
        too_deeply_nested(text).map(|at| {
            (
                at,
                format!(
                    "lists or quotes are nested more than {MAX_NESTING} levels deep here: \
                     the file is not parsed"
                ),
            )
        })
    };
    let (front, steps) = match refused {
        Some((at, message)) => {
            sink.error(at, message);
            (empty_front_matter(), Vec::new())
        }
        None => parse_content(text, &mut sink),
    };
    let mut diagnostics = sink.diagnostics;
    diagnostics.sort_by_key(|d| (d.line, d.col));
    ParsedModule {
        module: Module {
            id: id.to_string(),
            locale: locale.to_string(),
            front,
            steps,
        },
        diagnostics,
        locations: sink.locations,
    }
}

fn empty_front_matter() -> FrontMatter {
    FrontMatter {
        title: String::new(),
        summary: String::new(),
        minutes: 0,
        content_warning: None,
        sources: Vec::new(),
    }
}

fn parse_content(text: &str, sink: &mut Sink<'_>) -> (FrontMatter, Vec<Step>) {
    let layout = layout(text, sink.locator, &mut sink.diagnostics);
    let front = parse_front_matter(&layout, sink.locator, &mut sink.diagnostics);
    let body = &text[layout.body_offset..];
    let options = MarkdownOptions::default();
    let mut steps = StepBuilder {
        base: layout.body_offset,
        body,
        options: options.clone(),
        steps: Vec::new(),
        prose: Vec::new(),
    };
    for_each_element(body, &options, |element| steps.add(element, sink));
    (front, steps.finish())
}

/// Builds the steps of a module from its top-level Markdown elements.
struct StepBuilder<'a> {
    base: usize,
    body: &'a str,
    options: MarkdownOptions,
    steps: Vec<Step>,
    prose: Vec<Event<'a>>,
}

impl<'a> StepBuilder<'a> {
    /// Adds one top-level element (all its events) to the current step.
    fn add(&mut self, events: &[Located<'a>], sink: &mut Sink<'_>) {
        let element = 0..events.len();
        let span = events[0].1.clone();
        let at = self.base + span.start;
        let source = &self.body[span];
        if let Some(heading) = read_heading(events, &element, self.body, self.base) {
            if heading.level == HeadingLevel::H2 {
                self.flush_prose();
                let id = heading
                    .id
                    .clone()
                    .unwrap_or_else(|| format!("step-{}", self.steps.len() + 1));
                self.start_step(id, heading.title, at, sink);
                return;
            }
        }
        if self.steps.is_empty() {
            sink.error(
                at,
                "text before the first step: every step starts with a line `## Title {#id}`",
            );
            self.start_step("step-0".to_string(), String::new(), at, sink);
        }
        let block = match &events[0].0 {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                read_fence(info, source, at).map(|fence| self.fenced_block(fence, at, sink))
            }
            Event::Start(Tag::BlockQuote(_)) => {
                marker(source).map(|word| callout(word, inside(events, &element), at, sink))
            }
            _ => None,
        };
        match block {
            Some(block) => {
                self.flush_prose();
                self.push(block);
            }
            None => self.prose.extend(plain(events)),
        }
    }

    fn start_step(&mut self, id: String, title: String, at: usize, sink: &mut Sink<'_>) {
        if let Some(bad) = check_id(&id, "step", at, sink.locator) {
            sink.diagnostics.push(bad);
        }
        let anchor = Anchor::Step(id.clone());
        if sink.is_located(&anchor) {
            sink.error(at, format!("duplicate step id `{id}`"));
        }
        sink.locate(anchor, at);
        self.steps.push(Step {
            id,
            title,
            blocks: Vec::new(),
        });
    }

    fn fenced_block(&self, fence: Fence<'_>, at: usize, sink: &mut Sink<'_>) -> Block {
        let mark = sink.mark();
        let kind = fence.kind.word();
        let id = fence.id.unwrap_or_default();
        if id.is_empty() {
            sink.error(at, format!("this {kind} has no id: write ```{kind} my-id"));
        } else if let Some(bad) = check_id(id, kind, at, sink.locator) {
            sink.diagnostics.push(bad);
        } else {
            let anchor = Anchor::Block(id.to_string());
            if sink.is_located(&anchor) {
                sink.error(at, format!("duplicate block id `{id}` in this module"));
            }
            sink.locate(anchor, at);
        }
        if let Some(extra) = fence.extra {
            sink.error(at, format!("unexpected `{extra}` after the {kind} id"));
        }
        if !fence.closed {
            sink.error(
                at,
                format!("this {kind} is never closed: add a line ``` after its last line"),
            );
        }
        if let Some(error) = sink.first_error_since(mark) {
            return Block::Invalid(error);
        }
        let source = BlockSource {
            id,
            inner: fence.inner,
            inner_offset: fence.inner_offset,
            offset: at,
        };
        let parsed = match fence.kind {
            BlockKind::Quiz => parse_quiz(&source, sink, &self.options).map(Block::Quiz),
            BlockKind::Scenario => {
                parse_scenario(&source, sink, &self.options).map(Block::Scenario)
            }
        };
        parsed
            .or_else(|| sink.first_error_since(mark).map(Block::Invalid))
            .unwrap_or_else(|| Block::Invalid(sink.locator.error(at, "invalid block")))
    }

    fn push(&mut self, block: Block) {
        if let Some(step) = self.steps.last_mut() {
            step.blocks.push(block);
        }
    }

    fn flush_prose(&mut self) {
        if !self.prose.is_empty() {
            let html = to_html(std::mem::take(&mut self.prose));
            self.push(Block::Prose(html));
        }
    }

    fn finish(mut self) -> Vec<Step> {
        self.flush_prose();
        self.steps
    }
}

/// A callout block, or an invalid block for an unknown marker.
fn callout(word: &str, inner: &[Located<'_>], at: usize, sink: &mut Sink<'_>) -> Block {
    match callout_kind(word) {
        Some(kind) => Block::Callout(Callout {
            kind,
            body: to_html(without_marker(inner)),
        }),
        None => {
            let message = if word.eq_ignore_ascii_case("DISCUSS") {
                "[!DISCUSS] only goes inside a scenario node".to_string()
            } else {
                format!(
                    "unknown callout `[!{word}]`: use [!TIP], [!WARNING], [!HELP] or [!TRAINER]"
                )
            };
            sink.error(at, message);
            Block::Invalid(sink.diagnostics[sink.diagnostics.len() - 1].clone())
        }
    }
}
