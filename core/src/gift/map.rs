//! From a GIFT question to an Amane question: which type keeps the meaning, which options
//! are right, and what could not be kept (said to the author, never silently).

use super::ast::{Answer, Answers, Pair, Question, Text};
use super::report::{Message, MessageKind};
use super::source::Pos;
use super::text::{convert, plain_text, Inline, Rich};

/// An Amane question ready to be written out.
#[derive(Clone, Debug, PartialEq)]
pub struct Planned {
    /// The GIFT `::title::`, source of the id.
    pub title: Option<String>,
    /// The prompt.
    pub prompt: Vec<Inline>,
    /// Type and options.
    pub kind: PlannedKind,
    /// The `####` general feedback, shown after answering.
    pub explanation: Option<Vec<Inline>>,
    /// What was approximated, for the author.
    pub notes: Vec<String>,
}

/// Amane question types the importer produces.
#[derive(Clone, Debug, PartialEq)]
pub enum PlannedKind {
    /// One right option.
    Single(Vec<PlannedOption>),
    /// Several right options.
    Multiple(Vec<PlannedOption>),
    /// True, then false.
    TrueFalse(Vec<PlannedOption>),
    /// Left and right sides, written matched.
    Matching(Vec<(Vec<Inline>, Vec<Inline>)>),
}

/// An option with its key and feedback.
#[derive(Clone, Debug, PartialEq)]
pub struct PlannedOption {
    /// Option text.
    pub text: Vec<Inline>,
    /// Whether it is right.
    pub correct: bool,
    /// Shown when chosen.
    pub feedback: Option<Vec<Inline>>,
}

/// Labels of the two true/false options, in the module's language; in French for a language
/// other than the shipped three, for the translator to translate with the rest of the module.
pub fn true_false_labels(locale: &str) -> (&'static str, &'static str) {
    match locale {
        "ar" => ("صحيح", "خطأ"),
        "ary" => ("صحيح", "غالط"),
        _ => ("Vrai", "Faux"),
    }
}

/// Maps a question: `Ok` to import it, `Err` with a skip or error message otherwise.
pub fn map_question(question: &Question, locale: &str) -> Result<Planned, Message> {
    let mut notes = Vec::new();
    let kind = match &question.answers {
        Answers::Choices(answers) => choices(answers, question.pos, &mut notes)?,
        Answers::TrueFalse {
            answer,
            if_wrong,
            if_right,
        } => true_false(*answer, if_wrong, if_right, locale, &mut notes),
        Answers::Matching(pairs) => matching(pairs, question.pos, &mut notes)?,
        other => return Err(skip(question, other)),
    };
    let prompt = prompt(question, &mut notes);
    if !has_words(&prompt) || !options_have_words(&kind) {
        return Err(Message::new(
            question.pos,
            MessageKind::Skipped,
            "the question or one of its options has no text once converted (images are not imported): write the text, then import again",
        ));
    }
    let explanation = question
        .general_feedback
        .as_ref()
        .map(|text| rich(text, &mut notes));
    Ok(Planned {
        title: question.title.clone(),
        prompt,
        kind,
        explanation,
        notes,
    })
}

/// Why a well-formed question is not imported.
fn skip(question: &Question, answers: &Answers) -> Message {
    let in_sentence = !question.after.trim().is_empty();
    let reason = match answers {
        Answers::Description => {
            "description (text with no answers): Amane has no such question; paste the text as lesson prose"
        }
        Answers::Essay => "essay (`{}`): free-text answers are not graded in Amane",
        Answers::Numerical => "numerical answer (`{#…}`): Amane has no typed-number question",
        Answers::ShortAnswer(_) if in_sentence => {
            "fill-in-the-blank with typed answers: Amane has no typed-answer question; rewrite it with `~` wrong options to make it a choice"
        }
        _ => {
            "short answer (only `=` answers): Amane has no typed-answer question; add `~` wrong options to make it a choice"
        }
    };
    Message::new(question.pos, MessageKind::Skipped, reason)
}

/// True when some text is left (not only markup, images or spaces).
fn has_words(inlines: &[Inline]) -> bool {
    inlines.iter().any(|inline| match inline {
        Inline::Text(text) | Inline::Code(text) | Inline::Markdown(text) => !text.trim().is_empty(),
        Inline::Strong(inner) | Inline::Emph(inner) | Inline::Link { text: inner, .. } => {
            has_words(inner)
        }
        Inline::Blank => true,
        Inline::Break => false,
    })
}

fn options_have_words(kind: &PlannedKind) -> bool {
    match kind {
        PlannedKind::Single(options)
        | PlannedKind::Multiple(options)
        | PlannedKind::TrueFalse(options) => options.iter().all(|o| has_words(&o.text)),
        PlannedKind::Matching(pairs) => pairs.iter().all(|(l, r)| has_words(l) && has_words(r)),
    }
}

fn rich(text: &Text, notes: &mut Vec<String>) -> Vec<Inline> {
    let Rich {
        inlines,
        notes: dropped,
    } = convert(text);
    notes.extend(dropped);
    inlines
}

/// The question text; a missing-word question shows its blank as `___`.
fn prompt(question: &Question, notes: &mut Vec<String>) -> Vec<Inline> {
    let part = |body: &str, notes: &mut Vec<String>| {
        rich(
            &Text {
                format: question.format,
                body: body.to_string(),
            },
            notes,
        )
    };
    let mut inlines = part(&question.before, notes);
    if !question.after.trim().is_empty() {
        inlines.push(Inline::Blank);
        inlines.extend(part(&question.after, notes));
    }
    inlines
}

fn option(answer: &Answer, correct: bool, notes: &mut Vec<String>) -> PlannedOption {
    PlannedOption {
        text: rich(&answer.text, notes),
        correct,
        feedback: answer.feedback.as_ref().map(|f| rich(f, notes)),
    }
}

/// Multiple choice: with an `=` answer Moodle lets the learner pick one option, and the
/// best-credited option is right; without one, every option with a positive weight is right.
fn choices(answers: &[Answer], at: Pos, notes: &mut Vec<String>) -> Result<PlannedKind, Message> {
    let best = answers.iter().map(Answer::credit).fold(f64::MIN, f64::max);
    if best <= 0.0 {
        return Err(Message::error(
            answers.first().map_or(at, |a| a.pos),
            "no right answer: mark it with `=` or give it a positive weight such as `~%50%`",
        ));
    }
    let pick_one = answers.iter().any(|a| a.marked_right);
    let is_correct = |a: &Answer| {
        if pick_one {
            a.credit() == best
        } else {
            a.credit() > 0.0
        }
    };
    let options: Vec<PlannedOption> = answers
        .iter()
        .map(|a| option(a, is_correct(a), notes))
        .collect();
    let right = options.iter().filter(|o| o.correct).count();
    if let Some(note) = weight_note(answers, &options, pick_one) {
        notes.push(note);
    }
    Ok(if pick_one && right == 1 {
        PlannedKind::Single(options)
    } else {
        PlannedKind::Multiple(options)
    })
}

/// What Amane's grading does not keep of Moodle's weights, if anything. A one-answer question
/// whose right option has 100% and the others 0% is kept exactly; anything else is not.
fn weight_note(answers: &[Answer], options: &[PlannedOption], pick_one: bool) -> Option<String> {
    let right: Vec<String> = answers
        .iter()
        .zip(options)
        .filter(|(_, option)| option.correct)
        .map(|(_, option)| format!("“{}”", plain_text(&option.text)))
        .collect();
    let exact = pick_one
        && right.len() == 1
        && answers
            .iter()
            .all(|a| a.credit() == 0.0 || a.credit() == 100.0);
    if exact {
        return None;
    }
    let weights: Vec<String> = answers
        .iter()
        .zip(options)
        .filter(|(answer, _)| answer.weight.is_some())
        .map(|(answer, option)| format!("“{}” {}%", plain_text(&option.text), answer.credit()))
        .collect();
    let mut note = String::from("Moodle grading not kept exactly:");
    if !weights.is_empty() {
        note.push_str(&format!(" weights {};", weights.join(", ")));
    }
    if pick_one && right.len() > 1 {
        note.push_str(" in Moodle choosing any one of the right options was enough;");
    }
    if right.len() == 1 {
        note.push_str(&format!(" here only {} is right.", right[0]));
    } else {
        note.push_str(&format!(
            " here {} are the right options of a multiple choice (each right option ticked counts, each wrong one ticked takes one off).",
            right.join(", ")
        ));
    }
    Some(note)
}

fn true_false(
    answer: bool,
    if_wrong: &Option<Text>,
    if_right: &Option<Text>,
    locale: &str,
    notes: &mut Vec<String>,
) -> PlannedKind {
    let (true_label, false_label) = true_false_labels(locale);
    let mut labelled = |label: &str, is_answer: bool| PlannedOption {
        text: vec![Inline::Text(label.to_string())],
        correct: is_answer,
        feedback: if is_answer { if_right } else { if_wrong }
            .as_ref()
            .map(|f| rich(f, notes)),
    };
    PlannedKind::TrueFalse(vec![
        labelled(true_label, answer),
        labelled(false_label, !answer),
    ])
}

fn matching(pairs: &[Pair], at: Pos, notes: &mut Vec<String>) -> Result<PlannedKind, Message> {
    let matched: Vec<&Pair> = pairs.iter().filter(|p| !p.left.body.is_empty()).collect();
    if matched.len() < 2 {
        let pos = pairs.first().map_or(at, |p| p.pos);
        return Err(Message::error(
            pos,
            "a matching question needs at least two `=left -> right` pairs",
        ));
    }
    for extra in pairs.iter().filter(|p| p.left.body.is_empty()) {
        let right = rich(&extra.right, notes);
        notes.push(format!(
            "extra right-hand side “{}” (matching nothing) left out",
            plain_text(&right)
        ));
    }
    if pairs.iter().any(|p| p.has_extras) {
        notes.push("feedback and weights on matching pairs left out".to_string());
    }
    Ok(PlannedKind::Matching(
        matched
            .into_iter()
            .map(|p| (rich(&p.left, notes), rich(&p.right, notes)))
            .collect(),
    ))
}
