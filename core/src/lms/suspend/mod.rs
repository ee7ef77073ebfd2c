//! The learner's progress as SCORM's `cmi.suspend_data`: the same data as the progress file
//! (format 3), written compactly enough that a whole course fits SCORM 1.2's 4096 characters.
//!
//! The text starts with its own version, `A1/`, then (numbers in base 36, ids escaped so that
//! they never contain the punctuation; see `text.rs`):
//!
//! ```text
//! A1/<updated>/<locale code>~<chosen at>/<module>;<module>…/<attempt>;<attempt>…
//! module  = id:step,step…:set=earned.max,…:scenario=earned.max=ending*ending,…:first.last
//! attempt = started:seed:time limit:question,question…:answer,answer…:submission
//! answer  = position in the questions=answered (difference from started)=response
//! response = s<i> | m<i>.<i>… | o<i>.<i>… | x<i+1 or 0>.…   (single, multiple, ordering, matching)
//! submission = <s|t><y|n><ended (difference from started)>.<earned>.<max>   (or nothing when open)
//! ```
//!
//! When the whole progress does not fit the limit, [`encode`] keeps what fits in this order of
//! importance and lists the rest in [`Encoded::left_out`] (the device keeps everything; the
//! app says what the LMS did not get):
//! 1. the language and every module's steps read, best scores and endings reached (what
//!    completion and the score depend on), modules in the course's order;
//! 2. the best ended attempt at the final assessment (the score reported);
//! 3. the attempt still open (work in progress);
//! 4. the other ended attempts, latest first;
//! 5. the modules' first and last activity times.
//!
//! [`decode`] reads it back; the app merges it with the device's progress
//! ([`crate::progress::merge`]), so newer local work is never replaced.

mod text;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use crate::assessment::{Answer, Attempt, EndedBy, Submission};
use crate::progress::{LocaleChoice, ModuleProgress, Progress};
use crate::quiz::{Response, Score};
pub use text::Unreadable;
use text::{apply_difference, difference, id, number, Reader};

/// The version written in front of the text.
const VERSION: &str = "A1/";

/// SCORM 1.2's limit for `cmi.suspend_data`, in characters.
pub const SCORM12_LIMIT: usize = 4096;

/// Progress written for `suspend_data`, with what did not fit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Encoded {
    /// The text to store; never longer than the limit asked for (unless the limit is shorter
    /// than the version and language alone, which are always written).
    pub text: String,
    /// What the text leaves out, most important first (empty when everything fits).
    pub left_out: Vec<LeftOut>,
}

/// A part of the progress left out of `suspend_data` (it stays on the device).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LeftOut {
    /// Everything recorded in this module.
    Module(String),
    /// An attempt at the final assessment, by its number (from 1, in the order they started).
    Attempt(usize),
    /// The answer an attempt holds for a question that is not among its questions.
    Answer {
        /// The attempt's number.
        attempt: usize,
        /// The question id.
        question: String,
    },
    /// When this module was first and last worked on.
    ActivityTimes(String),
}

impl fmt::Display for LeftOut {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Module(module) => write!(f, "module {module}"),
            Self::Attempt(number) => write!(f, "assessment attempt {number}"),
            Self::Answer { attempt, question } => {
                write!(f, "answer to {question} in attempt {attempt}")
            }
            Self::ActivityTimes(module) => write!(f, "activity times of module {module}"),
        }
    }
}

/// One part that may be kept or left out, in the order of importance above.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part<'a> {
    Module(&'a str),
    Attempt(usize),
    Times(&'a str),
}

/// Writes `progress` for `suspend_data` in at most `limit` characters, leaving out the least
/// important parts first (see the module's documentation).
pub fn encode(progress: &Progress, limit: usize) -> Encoded {
    let parts = parts_by_importance(progress);
    let mut kept = parts.len();
    loop {
        let (text, mut left_out) = write(progress, &parts[..kept]);
        if text.len() <= limit || kept == 0 {
            left_out.extend(parts[kept..].iter().map(|part| match *part {
                Part::Module(module) => LeftOut::Module(module.to_owned()),
                Part::Attempt(number) => LeftOut::Attempt(number),
                Part::Times(module) => LeftOut::ActivityTimes(module.to_owned()),
            }));
            return Encoded { text, left_out };
        }
        kept -= 1;
    }
}

fn parts_by_importance(progress: &Progress) -> Vec<Part<'_>> {
    let mut parts: Vec<Part> = progress
        .modules
        .keys()
        .map(|m| Part::Module(m.as_str()))
        .collect();
    let best = progress.assessment.best().map(|(number, _)| number);
    let open = progress
        .assessment
        .numbered()
        .find(|(_, a)| a.is_open())
        .map(|(number, _)| number);
    parts.extend(best.into_iter().chain(open).map(Part::Attempt));
    let mut others: Vec<usize> = progress
        .assessment
        .numbered()
        .map(|(number, _)| number)
        .filter(|n| Some(*n) != best && Some(*n) != open)
        .collect();
    others.reverse();
    parts.extend(others.into_iter().map(Part::Attempt));
    parts.extend(
        progress
            .modules
            .iter()
            .filter(|(_, m)| m.first_activity.is_some() || m.last_activity.is_some())
            .map(|(id, _)| Part::Times(id.as_str())),
    );
    parts
}

/// The text holding `parts` of `progress`, and the answers it could not place.
fn write(progress: &Progress, parts: &[Part]) -> (String, Vec<LeftOut>) {
    let mut out = String::from(VERSION);
    out.push_str(&number(progress.updated));
    out.push('/');
    if let Some(choice) = &progress.locale {
        out.push_str(&id(&choice.code));
        out.push('~');
        out.push_str(&number(choice.chosen_at));
    }
    out.push('/');
    let modules: Vec<String> = progress
        .modules
        .iter()
        .filter(|(m, _)| parts.contains(&Part::Module(m)))
        .map(|(m, record)| write_module(m, record, parts.contains(&Part::Times(m))))
        .collect();
    out.push_str(&modules.join(";"));
    out.push('/');
    let mut left_out = Vec::new();
    let attempts: Vec<String> = progress
        .assessment
        .numbered()
        .filter(|(number, _)| parts.contains(&Part::Attempt(*number)))
        .map(|(number, attempt)| write_attempt(number, attempt, &mut left_out))
        .collect();
    out.push_str(&attempts.join(";"));
    (out, left_out)
}

fn write_score(score: Score) -> String {
    format!(
        "{}.{}",
        number(score.earned.into()),
        number(score.max.into())
    )
}

fn write_module(module: &str, record: &ModuleProgress, with_times: bool) -> String {
    let steps: Vec<String> = record.steps_read.iter().map(|s| id(s)).collect();
    let quizzes: Vec<String> = record
        .quiz_best
        .iter()
        .map(|(set, score)| format!("{}={}", id(set), write_score(*score)))
        .collect();
    let scenario_ids: BTreeSet<&String> = record
        .scenario_best
        .keys()
        .chain(record.scenario_endings.keys())
        .collect();
    let scenarios: Vec<String> = scenario_ids
        .into_iter()
        .map(|scenario| {
            let best = record.scenario_best.get(scenario).map(|s| write_score(*s));
            let endings: Vec<String> = record
                .scenario_endings
                .get(scenario)
                .into_iter()
                .flatten()
                .map(|e| id(e))
                .collect();
            format!(
                "{}={}={}",
                id(scenario),
                best.unwrap_or_default(),
                endings.join("*")
            )
        })
        .collect();
    let times = match (with_times, record.first_activity, record.last_activity) {
        (false, _, _) => ".".to_owned(),
        (true, Some(first), Some(last)) => format!("{}.{}", number(first), difference(first, last)),
        (true, first, last) => format!(
            "{}.{}{}",
            first.map(number).unwrap_or_default(),
            if last.is_some() { "~" } else { "" },
            last.map(number).unwrap_or_default()
        ),
    };
    format!(
        "{}:{}:{}:{}:{}",
        id(module),
        steps.join(","),
        quizzes.join(","),
        scenarios.join(","),
        times
    )
}

fn write_attempt(number_: usize, attempt: &Attempt, left_out: &mut Vec<LeftOut>) -> String {
    let started = attempt.started_ms;
    let questions: Vec<String> = attempt.questions.iter().map(|q| id(q)).collect();
    let mut answers = Vec::new();
    for (question, answer) in &attempt.answers {
        let Some(position) = attempt.questions.iter().position(|q| q == question) else {
            left_out.push(LeftOut::Answer {
                attempt: number_,
                question: question.clone(),
            });
            continue;
        };
        answers.push(format!(
            "{}={}={}",
            number(position as u64),
            difference(started, answer.answered_ms),
            write_response(&answer.response)
        ));
    }
    let submission = attempt
        .submission
        .map(|s| {
            format!(
                "{}{}{}.{}",
                match s.ended_by {
                    EndedBy::Submitted => 's',
                    EndedBy::TimeUp => 't',
                },
                if s.passed { 'y' } else { 'n' },
                difference(started, s.ended_ms),
                write_score(s.score)
            )
        })
        .unwrap_or_default();
    format!(
        "{}:{}:{}:{}:{}:{}",
        number(started),
        number(attempt.seed),
        attempt.time_limit_ms.map(number).unwrap_or_default(),
        questions.join(","),
        answers.join(","),
        submission
    )
}

fn write_response(response: &Response) -> String {
    let list = |items: &mut dyn Iterator<Item = u64>| -> String {
        items.map(number).collect::<Vec<_>>().join(".")
    };
    match response {
        Response::Single(i) => format!("s{}", number(*i as u64)),
        Response::Multiple(set) => format!("m{}", list(&mut set.iter().map(|i| *i as u64))),
        Response::Ordering(order) => format!("o{}", list(&mut order.iter().map(|i| *i as u64))),
        Response::Matching(pairs) => format!(
            "x{}",
            list(&mut pairs.iter().map(|p| p.map_or(0, |i| i as u64 + 1)))
        ),
    }
}

/// Reads back a text written by [`encode`] as the progress of course `course`.
pub fn decode(text: &str, course: &str) -> Result<Progress, Unreadable> {
    let mut r = Reader::new(text);
    r.expect_all(VERSION)?;
    let mut progress = Progress::new(course);
    progress.updated = r.number()?;
    r.expect(b'/')?;
    if r.at_piece() {
        let code = r.id()?;
        r.expect(b'~')?;
        progress.locale = Some(LocaleChoice {
            chosen_at: r.number()?,
            code,
        });
    }
    r.expect(b'/')?;
    progress.modules = r.list(b';', read_module)?.into_iter().collect();
    r.expect(b'/')?;
    progress.assessment = r.list(b';', read_attempt)?.into_iter().collect();
    if !r.at_end() {
        return Err(r.error());
    }
    Ok(progress)
}

fn read_score(r: &mut Reader) -> Result<Score, Unreadable> {
    let earned = r.small()?;
    r.expect(b'.')?;
    Ok(Score::new(earned, r.small()?))
}

fn read_module(r: &mut Reader) -> Result<(String, ModuleProgress), Unreadable> {
    let module = r.id()?;
    let mut record = ModuleProgress::default();
    r.expect(b':')?;
    record.steps_read = r.list(b',', Reader::id)?.into_iter().collect();
    r.expect(b':')?;
    record.quiz_best = r
        .list(b',', |r| {
            let set = r.id()?;
            r.expect(b'=')?;
            Ok((set, read_score(r)?))
        })?
        .into_iter()
        .collect();
    r.expect(b':')?;
    for (scenario, best, endings) in r.list(b',', |r| {
        let scenario = r.id()?;
        r.expect(b'=')?;
        let best = if r.at_piece() {
            Some(read_score(r)?)
        } else {
            None
        };
        r.expect(b'=')?;
        let endings: BTreeSet<String> = r.list(b'*', Reader::id)?.into_iter().collect();
        Ok((scenario, best, endings))
    })? {
        if let Some(best) = best {
            record.scenario_best.insert(scenario.clone(), best);
        }
        if !endings.is_empty() {
            record.scenario_endings.insert(scenario, endings);
        }
    }
    r.expect(b':')?;
    let first = if r.at_piece() {
        Some(r.number()?)
    } else {
        None
    };
    r.expect(b'.')?;
    let last = match first {
        Some(first) if r.at_piece() => {
            let at = r.error();
            Some(apply_difference(first, r.number()?).ok_or(at)?)
        }
        _ if r.take(b'~') => Some(r.number()?),
        _ => None,
    };
    record.first_activity = first;
    record.last_activity = last;
    Ok((module, record))
}

fn read_attempt(r: &mut Reader) -> Result<Attempt, Unreadable> {
    let started_ms = r.number()?;
    r.expect(b':')?;
    let seed = r.number()?;
    r.expect(b':')?;
    let time_limit_ms = if r.at_piece() {
        Some(r.number()?)
    } else {
        None
    };
    r.expect(b':')?;
    let questions = r.list(b',', Reader::id)?;
    r.expect(b':')?;
    let mut answers = BTreeMap::new();
    for (position, answered, response) in r.list(b',', |r| {
        let position = r.index()?;
        r.expect(b'=')?;
        let at = r.error();
        let answered = apply_difference(started_ms, r.number()?).ok_or(at)?;
        r.expect(b'=')?;
        Ok((position, answered, read_response(r)?))
    })? {
        let question = questions.get(position).ok_or(r.error())?;
        let answer = Answer {
            response,
            answered_ms: answered,
        };
        answers.insert(question.clone(), answer);
    }
    r.expect(b':')?;
    let submission = match r.peek() {
        Some(b's' | b't') => Some(read_submission(r, started_ms)?),
        _ => None,
    };
    Ok(Attempt {
        started_ms,
        seed,
        questions,
        time_limit_ms,
        answers,
        submission,
    })
}

fn read_submission(r: &mut Reader, started_ms: u64) -> Result<Submission, Unreadable> {
    let ended_by = if r.take(b's') {
        EndedBy::Submitted
    } else {
        r.expect(b't')?;
        EndedBy::TimeUp
    };
    let passed = if r.take(b'y') {
        true
    } else {
        r.expect(b'n')?;
        false
    };
    let at = r.error();
    let ended_ms = apply_difference(started_ms, r.number()?).ok_or(at)?;
    r.expect(b'.')?;
    Ok(Submission {
        ended_ms,
        ended_by,
        score: read_score(r)?,
        passed,
    })
}

fn read_response(r: &mut Reader) -> Result<Response, Unreadable> {
    let indices = |r: &mut Reader| r.list(b'.', Reader::index);
    if r.take(b's') {
        Ok(Response::Single(r.index()?))
    } else if r.take(b'm') {
        Ok(Response::Multiple(indices(r)?.into_iter().collect()))
    } else if r.take(b'o') {
        Ok(Response::Ordering(indices(r)?))
    } else {
        r.expect(b'x')?;
        let pairs = indices(r)?;
        Ok(Response::Matching(
            pairs.into_iter().map(|p| p.checked_sub(1)).collect(),
        ))
    }
}

#[cfg(test)]
mod tests;
