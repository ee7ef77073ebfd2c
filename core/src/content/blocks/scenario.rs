//! ```` ```scenario <id> ```` blocks: `###` nodes with `{#id}`, choices as a list of links
//! to other nodes, `[!DISCUSS]` and `[!TRAINER]` notes, endings marked `.end-good`,
//! `.end-mixed` or `.end-bad`. Guides are read here too, with the rules of [`Flow::Guide`].

use pulldown_cmark::{Event, HeadingLevel, Tag};

use crate::content::blocks::callout::{marker, without_marker};
use crate::content::blocks::guide::{refuse_judgement, require_next_steps, Flow};
use crate::content::blocks::heading::Heading;
use crate::content::blocks::list::{list_items, Item};
use crate::content::blocks::parts::{optional_html, read_parts, read_points, BlockSource, Parts};
use crate::content::blocks::scenario_graph::{check_graph, GraphNode};
use crate::content::ids::check_id;
use crate::content::markdown::citations::Citations;
use crate::content::markdown::events::{inside, Located};
use crate::content::markdown::options::MarkdownOptions;
use crate::content::markdown::render::to_html;
use crate::content::model::{Ending, Node, Scenario, ScenarioChoice};
use crate::content::report::anchors::Anchor;
use crate::content::report::findings::Findings;

struct NodeDraft<'a> {
    id: String,
    title: String,
    offset: usize,
    ending: Option<Ending>,
    /// Whether the heading has a mark, even an unknown one (then it is not a dead end).
    marked: bool,
    body: Vec<Event<'a>>,
    choices: Option<Vec<ChoiceDraft<'a>>>,
    discussion: Option<Vec<Event<'a>>>,
    trainer_note: Option<Vec<Event<'a>>>,
}

struct ChoiceDraft<'a> {
    text: Vec<Event<'a>>,
    target: String,
    points: u32,
    feedback: Option<Vec<Event<'a>>>,
    offset: usize,
}

/// Parses a scenario or guide block (`flow`); `None` when it has errors (they are in
/// `findings`).
pub(crate) fn parse_scenario(
    block: &BlockSource<'_>,
    flow: Flow,
    findings: &mut Findings<'_>,
    options: &MarkdownOptions,
    citations: Citations<'_>,
) -> Option<Scenario> {
    let mark = findings.mark();
    let mut parts = Nodes { block, flow };
    let drafts = read_parts(block, &mut parts, options, citations, findings);
    if drafts.is_empty() {
        findings.error(
            block.offset,
            format!("{} `{}` has no nodes", flow.word(), block.id),
        );
    }
    check_drafts(&drafts, flow, findings);
    findings
        .first_error_since(mark)
        .is_none()
        .then(|| Scenario {
            id: block.id.to_string(),
            nodes: drafts
                .into_iter()
                .map(|draft| build_node(draft, citations))
                .collect(),
        })
}

/// The nodes of one scenario or guide block.
struct Nodes<'b, 'a> {
    block: &'b BlockSource<'a>,
    flow: Flow,
}

impl<'a> Parts<'a> for Nodes<'_, 'a> {
    type Draft = NodeDraft<'a>;

    const BEFORE_FIRST: &'static str =
        "text before the first node: each node starts with a line `### Title {#id}`";

    fn start(&mut self, heading: &Heading<'_, 'a>, findings: &mut Findings<'_>) -> NodeDraft<'a> {
        start_node(heading, self.block.id, self.flow, findings)
    }

    fn add(
        &mut self,
        draft: &mut NodeDraft<'a>,
        element: &mut Vec<Located<'a>>,
        source: &str,
        at: usize,
        findings: &mut Findings<'_>,
    ) {
        add_to_node(
            draft,
            element,
            source,
            at,
            self.block.inner_offset,
            self.flow,
            findings,
        );
    }
}

fn start_node<'a>(
    heading: &Heading<'_, 'a>,
    scenario: &str,
    flow: Flow,
    findings: &mut Findings<'_>,
) -> NodeDraft<'a> {
    if heading.level != HeadingLevel::H3 {
        findings.error(
            heading.offset,
            format!("inside a {}, each node is a `###` heading", flow.word()),
        );
    }
    let id = heading.id.unwrap_or_default().to_string();
    if id.is_empty() {
        findings.error(
            heading.offset,
            "this node has no id: end the line with `{#id}`, e.g. `{#start}`",
        );
    } else if let Some(bad) = check_id(&id, "node", heading.offset, findings.locator) {
        findings.diagnostics.push(bad);
    } else {
        let anchor = Anchor::Node(scenario.to_string(), id.clone());
        if !findings.locate(anchor, heading.offset) {
            findings.error(
                heading.offset,
                format!("duplicate node id `{id}` in {} `{scenario}`", flow.word()),
            );
        }
    }
    let mut ending = None;
    for class in heading.classes {
        match flow
            .endings()
            .iter()
            .find(|(name, _)| *name == class.as_ref())
        {
            Some((_, kind)) if ending.is_none() => ending = Some(*kind),
            _ => findings.error(
                heading.offset_of(&format!(".{class}")),
                format!(
                    "unknown node mark `.{class}`: a node is either not marked, or one of {}",
                    flow.marks()
                ),
            ),
        }
    }
    for (key, _) in heading.attrs {
        findings.error(
            heading.offset_of(key),
            format!("unknown attribute `{key}` on this node: points go on choices"),
        );
    }
    NodeDraft {
        id,
        title: heading.title(findings),
        offset: heading.offset,
        ending,
        marked: !heading.classes.is_empty(),
        body: Vec::new(),
        choices: None,
        discussion: None,
        trainer_note: None,
    }
}

fn add_to_node<'a>(
    draft: &mut NodeDraft<'a>,
    events: &mut Vec<Located<'a>>,
    source: &str,
    at: usize,
    base: usize,
    flow: Flow,
    findings: &mut Findings<'_>,
) {
    let element = 0..events.len();
    match &events[0].0 {
        Event::Start(Tag::BlockQuote(_)) if marker(source).is_some() => {
            let word = marker(source).unwrap_or_default().to_ascii_uppercase();
            let slot = match word.as_str() {
                "DISCUSS" if flow.notes().contains(&"DISCUSS") => &mut draft.discussion,
                "TRAINER" => &mut draft.trainer_note,
                _ => {
                    let allowed: Vec<String> = flow
                        .notes()
                        .iter()
                        .map(|note| format!("[!{note}]"))
                        .collect();
                    findings.error(
                        at,
                        format!(
                            "`[!{word}]` does not go in a {} node: use {}",
                            flow.word(),
                            allowed.join(" or ")
                        ),
                    );
                    return;
                }
            };
            if slot.is_some() {
                findings.error(
                    at,
                    format!("node `{}` already has a [!{word}] note", draft.id),
                );
            }
            *slot = Some(without_marker(inside(events, &element)));
        }
        Event::Start(Tag::List(_)) => {
            let items = list_items(events, &element, base);
            if !items
                .iter()
                .any(|item| choice_link(&item.content).is_some())
            {
                draft.body.extend(events.drain(..).map(|(event, _)| event));
            } else if draft.choices.is_some() {
                findings.error(
                    at,
                    format!("node `{}` already has its list of choices", draft.id),
                );
            } else {
                draft.choices = Some(read_choices(items, flow, findings));
            }
        }
        _ => draft.body.extend(events.drain(..).map(|(event, _)| event)),
    }
}

/// The target of an item that opens with a link to a node (`[text](#node)`) and the index
/// of the link's end.
fn choice_link(content: &[Event<'_>]) -> Option<(String, usize)> {
    let Some(Event::Start(Tag::Link { dest_url, .. })) = content.first() else {
        return None;
    };
    let target = dest_url.strip_prefix('#')?.to_string();
    let end = content
        .iter()
        .position(|event| matches!(event, Event::End(pulldown_cmark::TagEnd::Link)))?;
    Some((target, end))
}

fn read_choices<'a>(
    items: Vec<Item<'a>>,
    flow: Flow,
    findings: &mut Findings<'_>,
) -> Vec<ChoiceDraft<'a>> {
    let mut choices = Vec::with_capacity(items.len());
    for item in items {
        let link = choice_link(&item.content).filter(|_| item.checkbox.is_none());
        let Some((target, end)) = link else {
            findings.error(
                item.offset,
                "each item of a list of choices is a link to a node: \
                 `- [What you do](#node-id)`",
            );
            continue;
        };
        let points = choice_points(&item.content[end + 1..], item.offset, findings);
        if !flow.scored() {
            refuse_judgement(points > 0, item.feedback.is_some(), item.offset, findings);
        }
        choices.push(ChoiceDraft {
            text: item.content[1..end].to_vec(),
            target,
            points,
            feedback: item.feedback,
            offset: item.offset,
        });
    }
    choices
}

/// Reads what may follow a choice link: nothing, or `{points=N}`.
fn choice_points(rest: &[Event<'_>], at: usize, findings: &mut Findings<'_>) -> u32 {
    let text: String = rest
        .iter()
        .map(|event| match event {
            Event::Text(text) => text.to_string(),
            Event::SoftBreak | Event::HardBreak => " ".to_string(),
            _ => "\u{fffc}".to_string(),
        })
        .collect();
    let text = text.trim();
    if text.is_empty() {
        return 0;
    }
    match text
        .strip_prefix("{points=")
        .and_then(|rest| rest.strip_suffix('}'))
    {
        Some(value) => read_points(Some(value.trim()), at, 0, findings),
        None => {
            findings.error(
                at,
                format!(
                    "unexpected `{text}` after the choice link: only `{{points=N}}` may follow it"
                ),
            );
            0
        }
    }
}

fn check_drafts(drafts: &[NodeDraft<'_>], flow: Flow, findings: &mut Findings<'_>) {
    for draft in drafts {
        if flow == Flow::Guide && draft.ending.is_some() {
            require_next_steps(&draft.id, &draft.body, draft.offset, findings);
        }
        if draft.ending.is_some() && draft.choices.is_some() {
            findings.error(
                draft.offset,
                format!(
                    "node `{}` is an ending, so it cannot have choices",
                    draft.id
                ),
            );
        }
    }
    let mut seen = std::collections::HashSet::new();
    let nodes: Vec<GraphNode<'_>> = drafts
        .iter()
        .filter(|draft| seen.insert(draft.id.as_str()))
        .map(|draft| GraphNode {
            id: &draft.id,
            offset: draft.offset,
            ending: draft.ending.is_some() || draft.marked,
            choices: draft
                .choices
                .iter()
                .flatten()
                .map(|choice| (choice.target.as_str(), choice.offset))
                .collect(),
        })
        .collect();
    check_graph(&nodes, flow, findings);
}

fn build_node(draft: NodeDraft<'_>, citations: Citations<'_>) -> Node {
    Node {
        id: draft.id,
        title: draft.title,
        body: to_html(draft.body, citations),
        choices: draft
            .choices
            .unwrap_or_default()
            .into_iter()
            .map(|choice| ScenarioChoice {
                text: to_html(choice.text, citations),
                target: choice.target,
                points: choice.points,
                feedback: optional_html(choice.feedback, citations),
            })
            .collect(),
        ending: draft.ending,
        discussion: optional_html(draft.discussion, citations),
        trainer_note: optional_html(draft.trainer_note, citations),
    }
}
