//! ```` ```quiz <id> ```` blocks: `###` questions with `{#id .type points=N}`, options as a
//! list, feedback and explanation as quotes.

use pulldown_cmark::{CowStr, Event, HeadingLevel, Tag};

use crate::content::blocks::callout::is_trainer_note;
use crate::content::blocks::heading::Heading;
use crate::content::blocks::list::{list_items, Item};
use crate::content::blocks::parts::{
    optional_html, points_attribute, read_parts, BlockSource, Parts,
};
use crate::content::ids::check_id;
use crate::content::markdown::citations::Citations;
use crate::content::markdown::events::{inside, plain, Located};
use crate::content::markdown::options::MarkdownOptions;
use crate::content::markdown::render::to_html;
use crate::content::model::{Choice, Html, Question, QuestionKind, QuestionSet};
use crate::content::report::anchors::Anchor;
use crate::content::report::findings::Findings;

/// Question types, as written after the id (`.single`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum QuestionType {
    Single,
    Multiple,
    TrueFalse,
    Order,
    Match,
}

/// A `[!TRAINER]` quote after a question's options is read as its explanation.
const TRAINER_NOTE_AS_EXPLANATION: &str =
    "a [!TRAINER] note inside a question set is shown to learners as the explanation: put it \
     in the step, outside the ```quiz block";

const TYPES: [(&str, QuestionType); 5] = [
    ("single", QuestionType::Single),
    ("multiple", QuestionType::Multiple),
    ("true-false", QuestionType::TrueFalse),
    ("order", QuestionType::Order),
    ("match", QuestionType::Match),
];

const TYPE_LIST: &str = ".single, .multiple, .true-false, .order or .match";

/// What separates the two sides of a matching pair.
const PAIR_SEPARATORS: [&str; 2] = ["->", "→"];

struct Draft<'a> {
    id: String,
    offset: usize,
    kind: Option<QuestionType>,
    points: u32,
    prompt: Vec<Event<'a>>,
    items: Option<Vec<Item<'a>>>,
    explanation: Option<Vec<Event<'a>>>,
}

/// Parses a quiz block; `None` when it has errors (they are in `findings`).
pub(crate) fn parse_question_set(
    block: &BlockSource<'_>,
    findings: &mut Findings<'_>,
    options: &MarkdownOptions,
    citations: Citations<'_>,
) -> Option<QuestionSet> {
    let mark = findings.mark();
    let mut parts = Questions { block };
    let drafts = read_parts(block, &mut parts, options, citations, findings);
    if drafts.is_empty() {
        findings.error(
            block.offset,
            format!("quiz `{}` has no questions", block.id),
        );
    }
    let questions: Vec<Question> = drafts
        .into_iter()
        .filter_map(|draft| build_question(draft, citations, findings))
        .collect();
    findings
        .first_error_since(mark)
        .is_none()
        .then(|| QuestionSet {
            id: block.id.to_string(),
            questions,
        })
}

/// The questions of one quiz block.
struct Questions<'b, 'a> {
    block: &'b BlockSource<'a>,
}

impl<'a> Parts<'a> for Questions<'_, 'a> {
    type Draft = Draft<'a>;

    const BEFORE_FIRST: &'static str = "text before the first question: each question starts \
                                        with a line `### The question? {#id .single}`";

    fn start(&mut self, heading: &Heading<'_, 'a>, findings: &mut Findings<'_>) -> Draft<'a> {
        start_question(heading, self.block.id, findings)
    }

    fn add(
        &mut self,
        draft: &mut Draft<'a>,
        element: &mut Vec<Located<'a>>,
        source: &str,
        at: usize,
        findings: &mut Findings<'_>,
    ) {
        let whole = 0..element.len();
        match (&element[0].0, &draft.items, &draft.explanation) {
            (Event::Start(Tag::List(_)), None, _) => {
                draft.items = Some(list_items(element, &whole, self.block.inner_offset));
            }
            (Event::Start(Tag::BlockQuote(_)), Some(_), None) => {
                if is_trainer_note(source) {
                    findings.warning(at, TRAINER_NOTE_AS_EXPLANATION);
                }
                draft.explanation = Some(plain(inside(element, &whole)).collect());
            }
            (_, None, _) => draft
                .prompt
                .extend(element.drain(..).map(|(event, _)| event)),
            _ => findings.error(
                at,
                format!(
                    "question `{}`: after its options comes only the explanation, as one \
                     quote (`> ...`); start a new question with `###`",
                    draft.id
                ),
            ),
        }
    }
}

fn start_question<'a>(
    heading: &Heading<'_, 'a>,
    set_id: &str,
    findings: &mut Findings<'_>,
) -> Draft<'a> {
    if heading.level != HeadingLevel::H3 {
        findings.error(
            heading.offset,
            "inside a quiz, each question is a `###` heading",
        );
    }
    let id = heading.id.unwrap_or_default().to_string();
    if id.is_empty() {
        findings.error(
            heading.offset,
            "this question has no id: end the line with `{#id .type}`, e.g. `{#q1 .single}`",
        );
    } else if let Some(bad) = check_id(&id, "question", heading.offset, findings.locator) {
        findings.diagnostics.push(bad);
    } else {
        let anchor = Anchor::Question(set_id.to_string(), id.clone());
        if !findings.locate(anchor, heading.offset) {
            findings.error(
                heading.offset,
                format!("duplicate question id `{id}` in quiz `{set_id}`"),
            );
        }
    }
    Draft {
        kind: question_type(heading, &id, findings),
        points: points_attribute(heading, "question", 1, findings),
        id,
        offset: heading.offset,
        prompt: plain(heading.content).collect(),
        items: None,
        explanation: None,
    }
}

fn question_type(
    heading: &Heading<'_, '_>,
    id: &str,
    findings: &mut Findings<'_>,
) -> Option<QuestionType> {
    let mut found = None;
    for class in heading.classes {
        let at = || heading.offset_of(&format!(".{class}"));
        match TYPES.iter().find(|(name, _)| *name == class.as_ref()) {
            Some((_, kind)) if found.is_none() => found = Some(*kind),
            Some(_) => findings.error(at(), format!("question `{id}` has two types: keep one")),
            None => findings.error(
                at(),
                format!("unknown question type `.{class}`: use {TYPE_LIST}"),
            ),
        }
    }
    if found.is_none() && heading.classes.is_empty() {
        findings.error(
            heading.offset,
            format!("question `{id}` has no type: add {TYPE_LIST} after its id"),
        );
    }
    found
}

fn build_question(
    draft: Draft<'_>,
    citations: Citations<'_>,
    findings: &mut Findings<'_>,
) -> Option<Question> {
    let kind = draft.kind?;
    let Some(items) = draft.items else {
        findings.error(
            draft.offset,
            format!(
                "question `{}` has no options: add a list under it",
                draft.id
            ),
        );
        return None;
    };
    let answers = match kind {
        QuestionType::Single | QuestionType::Multiple | QuestionType::TrueFalse => {
            choice_answers(kind, &draft.id, draft.offset, items, citations, findings)?
        }
        QuestionType::Order => QuestionKind::Ordering(
            plain_items(&draft.id, items, findings)?
                .into_iter()
                .map(|item| to_html(item.content, citations))
                .collect(),
        ),
        QuestionType::Match => {
            QuestionKind::Matching(pairs(&draft.id, items, citations, findings)?)
        }
    };
    Some(Question {
        id: draft.id,
        prompt: to_html(draft.prompt, citations),
        points: draft.points,
        kind: answers,
        explanation: optional_html(draft.explanation, citations),
    })
}

fn choice_answers(
    kind: QuestionType,
    id: &str,
    at: usize,
    items: Vec<Item<'_>>,
    citations: Citations<'_>,
    findings: &mut Findings<'_>,
) -> Option<QuestionKind> {
    let mut choices = Vec::with_capacity(items.len());
    for item in items {
        let Some(correct) = item.checkbox else {
            findings.error(
                item.offset,
                format!(
                    "question `{id}`: this option has no checkbox: start it with `- [ ]`, \
                     or `- [x]` when it is correct"
                ),
            );
            continue;
        };
        choices.push(Choice {
            text: to_html(item.content, citations),
            correct,
            feedback: optional_html(item.feedback, citations),
        });
    }
    let correct = choices.iter().filter(|choice| choice.correct).count();
    let (rule_holds, rule) = match kind {
        QuestionType::Single => (correct == 1, "exactly one correct option `[x]`"),
        QuestionType::Multiple => (correct >= 1, "at least one correct option `[x]`"),
        _ => (
            choices.len() == 2 && correct == 1,
            "exactly two options (true, false), one of them `[x]`",
        ),
    };
    if choices.len() < 2 {
        findings.error(at, format!("question `{id}` needs at least two options"));
    } else if !rule_holds {
        findings.error(
            at,
            format!(
                "question `{id}` needs {rule} (it has {} options, {correct} marked `[x]`)",
                choices.len()
            ),
        );
    }
    Some(match kind {
        QuestionType::Single => QuestionKind::Single(choices),
        QuestionType::Multiple => QuestionKind::Multiple(choices),
        _ => QuestionKind::TrueFalse(choices),
    })
}

/// Items of an ordering or matching question: at least two, no checkbox, no feedback.
fn plain_items<'a>(
    id: &str,
    items: Vec<Item<'a>>,
    findings: &mut Findings<'_>,
) -> Option<Vec<Item<'a>>> {
    let mut ok = true;
    for item in &items {
        if item.checkbox.is_some() || item.feedback.is_some() {
            findings.error(
                item.offset,
                format!(
                    "question `{id}`: ordering and matching items have no checkbox and no \
                     feedback quote"
                ),
            );
            ok = false;
        }
    }
    if items.len() < 2 {
        if let Some(first) = items.first() {
            findings.error(
                first.offset,
                format!("question `{id}` needs at least two items"),
            );
        }
        ok = false;
    }
    ok.then_some(items)
}

fn pairs(
    id: &str,
    items: Vec<Item<'_>>,
    citations: Citations<'_>,
    findings: &mut Findings<'_>,
) -> Option<Vec<(Html, Html)>> {
    let items = plain_items(id, items, findings)?;
    let mut pairs = Vec::with_capacity(items.len());
    for item in items {
        match split_pair(item.content) {
            Some((left, right)) => {
                pairs.push((to_html(left, citations), to_html(right, citations)));
            }
            None => findings.error(
                item.offset,
                format!("question `{id}`: write each pair as `left -> right`"),
            ),
        }
    }
    Some(pairs)
}

/// Splits `left -> right` at the first separator found in the item's text.
fn split_pair(content: Vec<Event<'_>>) -> Option<(Vec<Event<'_>>, Vec<Event<'_>>)> {
    let (index, at, separator) = content.iter().enumerate().find_map(|(index, event)| {
        let Event::Text(text) = event else {
            return None;
        };
        PAIR_SEPARATORS
            .iter()
            .filter_map(|separator| Some((index, text.find(separator)?, *separator)))
            .min_by_key(|(_, at, _)| *at)
    })?;
    let Event::Text(text) = &content[index] else {
        return None;
    };
    let before = text[..at].trim_end().to_string();
    let after = text[at + separator.len()..].trim_start().to_string();
    let mut left = content[..index].to_vec();
    left.push(Event::Text(CowStr::from(before)));
    let mut right = vec![Event::Text(CowStr::from(after))];
    right.extend_from_slice(&content[index + 1..]);
    let has_text = |side: &[Event<'_>]| {
        side.iter()
            .any(|event| !matches!(event, Event::Text(t) if t.trim().is_empty()))
    };
    (has_text(&left) && has_text(&right)).then_some((left, right))
}
