//! One answer of an attempt as the progress file keeps it: the quiz's own [`Response`] and when
//! it was given, so that two tabs' answers to the same question merge to the later one.
//!
//! In the file: `{"response": {"single": 2}, "answered_ms": 1764000060000}`; the other shapes
//! are `{"multiple": [0, 2]}`, `{"ordering": [2, 0, 1]}` and `{"matching": [1, null, 0]}`,
//! indices in the content's order.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::quiz::Response;

/// An answer given during an attempt.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// What the learner answered, indices in the content's order.
    #[serde(with = "ResponseInFile")]
    pub response: Response,
    /// When it was given (ms since the epoch); a later answer replaces it.
    pub answered_ms: u64,
}

/// How [`Response`] is written in a progress file (serde's remote derive: the compiler checks
/// that it matches the quiz's type variant for variant).
#[derive(Serialize, Deserialize)]
#[serde(remote = "Response", rename_all = "snake_case")]
enum ResponseInFile {
    Single(usize),
    Multiple(BTreeSet<usize>),
    Ordering(Vec<usize>),
    Matching(Vec<Option<usize>>),
}

impl Answer {
    /// The later of two answers to one question; on the same time, the one whose text sorts
    /// last, so that the choice never depends on which copy comes first.
    pub fn later(self, other: Answer) -> Answer {
        let key = |answer: &Answer| {
            let text = serde_json::to_string(answer).expect("an answer always serializes");
            (answer.answered_ms, text)
        };
        if key(&other) > key(&self) {
            other
        } else {
            self
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shape_of_answer_reads_back_the_same() {
        for response in [
            Response::Single(2),
            Response::Multiple([0, 2].into()),
            Response::Ordering(vec![2, 0, 1]),
            Response::Matching(vec![Some(1), None, Some(0)]),
        ] {
            let answer = Answer {
                response,
                answered_ms: 5,
            };
            let text = serde_json::to_string(&answer).unwrap();
            assert_eq!(serde_json::from_str::<Answer>(&text).unwrap(), answer);
        }
    }

    #[test]
    fn answers_are_written_in_a_readable_shape() {
        let answer = Answer {
            response: Response::Matching(vec![Some(1), None]),
            answered_ms: 7,
        };
        assert_eq!(
            serde_json::to_string(&answer).unwrap(),
            r#"{"response":{"matching":[1,null]},"answered_ms":7}"#
        );
    }

    #[test]
    fn the_later_answer_wins_whichever_copy_comes_first() {
        let at = |ms, i| Answer {
            response: Response::Single(i),
            answered_ms: ms,
        };
        assert_eq!(at(1, 0).later(at(2, 1)), at(2, 1));
        assert_eq!(at(2, 1).later(at(1, 0)), at(2, 1));
        assert_eq!(at(3, 0).later(at(3, 1)), at(3, 1).later(at(3, 0)));
    }
}
