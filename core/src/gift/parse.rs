//! From GIFT characters to the syntax tree. Every problem of a question is reported (with its
//! position), not only the first; a question with a problem yields no item.

use super::ast::{Answer, Answers, Format, Item, Pair, Question, Text};
use super::report::Message;
use super::source::{find, text_of, trim, Chunk, Sym};

/// Items of one chunk, or the problems that kept its question out.
#[derive(Debug, Default)]
pub struct Parsed {
    /// Category and question found.
    pub items: Vec<Item>,
    /// Problems found (the question is then left out).
    pub errors: Vec<Message>,
}

/// Parses one blank-line-separated chunk.
pub fn parse_chunk(chunk: &Chunk) -> Parsed {
    let mut parsed = Parsed::default();
    let mut rest: &[Sym] = trim(chunk);
    if text_of(&rest[..rest.len().min(10)]) == "$CATEGORY:" {
        let end = rest.iter().position(|s| s.c == '\n').unwrap_or(rest.len());
        parsed.items.push(Item::Category {
            pos: rest[0].pos,
            path: text_of(trim(&rest[10..end])),
        });
        rest = trim(&rest[end..]);
    }
    if !rest.is_empty() {
        match parse_question(rest) {
            Ok(question) => parsed.items.push(Item::Question(question)),
            Err(errors) => parsed.errors = errors,
        }
    }
    parsed
}

fn parse_question(syms: &[Sym]) -> Result<Question, Vec<Message>> {
    let mut errors = Vec::new();
    let pos = syms[0].pos;
    let (title, rest) = split_title(syms, &mut errors);
    let (format, rest) = split_format(trim(rest));
    let (before, after, answers, general_feedback) = match answer_block(rest, &mut errors) {
        Some((open, close)) => {
            let (answers, general) = parse_answers(&rest[open + 1..close], format, &mut errors);
            (&rest[..open], &rest[close + 1..], answers, general)
        }
        None => (rest, &rest[rest.len()..], Answers::Description, None),
    };
    if trim(before).is_empty() && trim(after).is_empty() && errors.is_empty() {
        errors.push(Message::error(
            pos,
            "the question has no text: write it before the `{`",
        ));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Question {
        pos,
        title,
        format: format.unwrap_or_default(),
        before: text_of(before).trim_start().to_string(),
        after: text_of(after).trim_end().to_string(),
        answers,
        general_feedback,
    })
}

/// `::title::` at the start, if any.
fn split_title<'a>(syms: &'a [Sym], errors: &mut Vec<Message>) -> (Option<String>, &'a [Sym]) {
    if !(syms.len() >= 2 && syms[0].is(':') && syms[1].is(':')) {
        return (None, syms);
    }
    match find(&syms[2..], "::") {
        Some(end) => {
            let title = text_of(trim(&syms[2..2 + end]));
            let title = (!title.is_empty()).then_some(title);
            (title, &syms[end + 4..])
        }
        None => {
            errors.push(Message::error(
                syms[0].pos,
                "the title opened with `::` is not closed: write `::title::` (or `\\:` for a colon)",
            ));
            (None, &syms[2..])
        }
    }
}

/// A leading `[moodle]`, `[html]`, `[plain]` or `[markdown]`.
fn split_format(syms: &[Sym]) -> (Option<Format>, &[Sym]) {
    const TAGS: [(&str, Format); 4] = [
        ("[moodle]", Format::Moodle),
        ("[html]", Format::Html),
        ("[plain]", Format::Plain),
        ("[markdown]", Format::Markdown),
    ];
    for (tag, format) in TAGS {
        let len = tag.chars().count();
        if syms.len() >= len && text_of(&syms[..len]) == tag {
            return (Some(format), &syms[len..]);
        }
    }
    (None, syms)
}

/// Text with its own format tag or the question's.
fn text(syms: &[Sym], default: Format) -> Text {
    let (format, rest) = split_format(trim(syms));
    Text {
        format: format.unwrap_or(default),
        body: text_of(trim(rest)),
    }
}

/// Indexes of the answers' `{` and `}`, checking braces are balanced.
fn answer_block(syms: &[Sym], errors: &mut Vec<Message>) -> Option<(usize, usize)> {
    let (mut open, mut close) = (None::<usize>, None::<usize>);
    let mut in_extra_block = false;
    for (i, sym) in syms.iter().enumerate() {
        if sym.is('{') {
            let message = match (open, close) {
                (None, _) => {
                    open = Some(i);
                    continue;
                }
                (Some(o), None) => format!(
                    "unbalanced braces: `{{` inside the answers opened at {}:{}; write `\\{{` for a brace in text",
                    syms[o].pos.line, syms[o].pos.col
                ),
                (Some(_), Some(_)) if !in_extra_block => {
                    in_extra_block = true;
                    "a second answer block: GIFT allows one `{…}` per question".to_string()
                }
                (Some(_), Some(_)) => continue,
            };
            errors.push(Message::error(sym.pos, message));
        } else if sym.is('}') {
            if open.is_some() && close.is_none() {
                close = Some(i);
            } else if in_extra_block {
                in_extra_block = false;
            } else {
                errors.push(Message::error(
                    sym.pos,
                    "unbalanced braces: `}` without a `{` before it; write `\\}` for a brace in text",
                ));
            }
        }
    }
    match (open, close) {
        (Some(o), Some(c)) => Some((o, c)),
        (Some(o), None) => {
            errors.push(Message::error(
                syms[o].pos,
                "unbalanced braces: this `{` is never closed (a blank line ends a question)",
            ));
            None
        }
        _ => None,
    }
}

/// What the braces hold, and the `####` general feedback.
fn parse_answers(
    inner: &[Sym],
    format: Option<Format>,
    errors: &mut Vec<Message>,
) -> (Answers, Option<Text>) {
    let format = format.unwrap_or_default();
    let (body, general) = match find(inner, "####") {
        Some(i) => (trim(&inner[..i]), Some(text(&inner[i + 4..], format))),
        None => (trim(inner), None),
    };
    let has = |c: char| body.iter().any(|s| s.is(c));
    let answers = if body.is_empty() {
        Answers::Essay
    } else if body[0].is('#') {
        Answers::Numerical
    } else if has('~') {
        Answers::Choices(choices(body, format, errors))
    } else if has('=') && find(body, "->").is_some() {
        Answers::Matching(pairs(body, format, errors))
    } else if let Some(answer) = true_false_answer(body) {
        true_false(body, answer, format, errors)
    } else {
        Answers::ShortAnswer(short_answers(body, format, errors))
    };
    (answers, general)
}

/// `T`, `TRUE`, `F` or `FALSE` (any case) before the first `#`.
fn true_false_answer(body: &[Sym]) -> Option<bool> {
    let head = &body[..find(body, "#").unwrap_or(body.len())];
    match text_of(trim(head)).to_uppercase().as_str() {
        "T" | "TRUE" => Some(true),
        "F" | "FALSE" => Some(false),
        _ => None,
    }
}

fn true_false(body: &[Sym], answer: bool, format: Format, errors: &mut Vec<Message>) -> Answers {
    let mut parts = body.split(|s| s.is('#')).skip(1);
    let mut feedback = || parts.next().map(|p| text(p, format));
    let (if_wrong, if_right) = (feedback(), feedback());
    if feedback().is_some() {
        let at = body
            .iter()
            .filter(|s| s.is('#'))
            .nth(2)
            .map_or(body[0].pos, |s| s.pos);
        errors.push(Message::error(
            at,
            "true/false takes at most two feedbacks: `{T#if wrong#if right}`",
        ));
    }
    Answers::TrueFalse {
        answer,
        if_wrong,
        if_right,
    }
}

/// The `=`/`~` pieces of an answer block: (marker, content), and any text before the first.
fn split_answers(body: &[Sym]) -> (&[Sym], Vec<(Sym, &[Sym])>) {
    let starts: Vec<usize> = (0..body.len())
        .filter(|&i| body[i].is('=') || body[i].is('~'))
        .collect();
    let leading = &body[..starts.first().copied().unwrap_or(body.len())];
    let pieces = starts
        .iter()
        .enumerate()
        .map(|(n, &start)| {
            let end = starts.get(n + 1).copied().unwrap_or(body.len());
            (body[start], &body[start + 1..end])
        })
        .collect();
    (leading, pieces)
}

fn leading_text_error(leading: &[Sym], errors: &mut Vec<Message>) {
    if let Some(first) = trim(leading).first() {
        errors.push(Message::error(
            first.pos,
            "text before the first answer: start every answer with `=` (right) or `~` (wrong)",
        ));
    }
}

fn choices(body: &[Sym], format: Format, errors: &mut Vec<Message>) -> Vec<Answer> {
    let (leading, pieces) = split_answers(body);
    leading_text_error(leading, errors);
    answer_list(pieces, format, errors)
}

/// Answers to type in; a single one may be written without `=`.
fn short_answers(body: &[Sym], format: Format, errors: &mut Vec<Message>) -> Vec<Answer> {
    let (leading, mut pieces) = split_answers(body);
    let leading = trim(leading);
    if let Some(first) = leading.first() {
        pieces.insert(0, (Sym { c: '=', ..*first }, leading));
    }
    answer_list(pieces, format, errors)
}

/// The answers; when none has any text, one "no answers" error instead of one per answer.
fn answer_list(
    pieces: Vec<(Sym, &[Sym])>,
    format: Format,
    errors: &mut Vec<Message>,
) -> Vec<Answer> {
    let mut problems = Vec::new();
    let first = pieces.first().map(|(marker, _)| marker.pos);
    let answers: Vec<Answer> = pieces
        .into_iter()
        .map(|(marker, content)| answer(marker, content, format, &mut problems))
        .collect();
    match first {
        Some(pos) if answers.iter().all(|a| a.text.body.is_empty()) => errors.push(Message::error(
            pos,
            "no answers: write each option's text after its `=` (right) or `~` (wrong)",
        )),
        _ => errors.extend(problems),
    }
    answers
}

/// One `=`/`~` answer: weight, text, feedback.
fn answer(marker: Sym, content: &[Sym], format: Format, errors: &mut Vec<Message>) -> Answer {
    let (head, feedback) = split_feedback(content, format);
    let (weight, head) = split_weight(trim(head), errors);
    let text = text(head, format);
    if text.body.is_empty() {
        errors.push(Message::error(
            marker.pos,
            format!("empty answer after `{}`: write its text", marker.c),
        ));
    }
    Answer {
        pos: marker.pos,
        marked_right: marker.c == '=',
        weight,
        text,
        feedback,
    }
}

fn split_feedback(content: &[Sym], format: Format) -> (&[Sym], Option<Text>) {
    match find(content, "#") {
        Some(i) => (&content[..i], Some(text(&content[i + 1..], format))),
        None => (content, None),
    }
}

/// A leading `%weight%`, checked to be a number from -100 to 100.
fn split_weight<'a>(head: &'a [Sym], errors: &mut Vec<Message>) -> (Option<f64>, &'a [Sym]) {
    let Some(first) = head.first().filter(|s| s.is('%')) else {
        return (None, head);
    };
    let Some(len) = find(&head[1..], "%") else {
        return (None, head);
    };
    let written = text_of(&head[1..1 + len]);
    let number = written.trim();
    let parsed = number
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == '-' || c == '+')
        .then(|| number.parse::<f64>().ok())
        .flatten();
    match parsed {
        Some(weight) if (-100.0..=100.0).contains(&weight) => {
            return (Some(weight), &head[len + 2..]);
        }
        Some(_) => errors.push(Message::error(
            first.pos,
            format!("weight %{written}% is out of range: use a percentage from -100 to 100"),
        )),
        None => errors.push(Message::error(
            first.pos,
            format!("unknown weight %{written}%: write a percentage such as %50% or %-25%"),
        )),
    }
    (None, &head[len + 2..])
}

fn pairs(body: &[Sym], format: Format, errors: &mut Vec<Message>) -> Vec<Pair> {
    let (leading, pieces) = split_answers(body);
    leading_text_error(leading, errors);
    pieces
        .into_iter()
        .filter_map(|(marker, content)| pair(marker, content, format, errors))
        .collect()
}

fn pair(marker: Sym, content: &[Sym], format: Format, errors: &mut Vec<Message>) -> Option<Pair> {
    let (head, feedback) = split_feedback(content, format);
    let (weight, head) = split_weight(trim(head), errors);
    let Some(arrow) = find(head, "->") else {
        errors.push(Message::error(
            marker.pos,
            "matching pair without `->`: write `=left -> right`",
        ));
        return None;
    };
    let right = text(&head[arrow + 2..], format);
    if right.body.is_empty() {
        errors.push(Message::error(
            marker.pos,
            "matching pair with nothing after `->`",
        ));
    }
    Some(Pair {
        pos: marker.pos,
        left: text(&head[..arrow], format),
        right,
        has_extras: weight.is_some() || feedback.is_some(),
    })
}
