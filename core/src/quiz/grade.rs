//! Grading one answer: the score, whether it is fully right, and a verdict per option or item
//! so the page shows feedback without deciding anything itself.
//!
//! Partial credit, always rounded down to the hundredth of a point:
//! - single choice and true/false: all points for a right option, none otherwise;
//! - multiple choice: `max(0, right options chosen − wrong options chosen) / right options`
//!   of the points, so ticking everything earns nothing;
//! - ordering: `items in their correct position / items` of the points: exactly the items the
//!   learner sees marked right, so the score never contradicts the feedback;
//! - matching: `pairs matched right / pairs` of the points.
//!
//! A fully right answer always earns every point.

use super::score::{hundredths, proportion, Score};
use crate::content::{Choice, Question, QuestionKind};
use std::collections::BTreeSet;

/// A learner's answer, with every index counted in the content's own order (not the shuffled
/// order on screen: map shown positions back with [`super::shuffle::original_index`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Response {
    /// Single choice or true/false: the option chosen.
    Single(usize),
    /// Multiple choice: the options ticked.
    Multiple(BTreeSet<usize>),
    /// Ordering: the items in the order the learner put them, first to last.
    Ordering(Vec<usize>),
    /// Matching: for each left-hand item, the right-hand item chosen, `None` while unanswered.
    Matching(Vec<Option<usize>>),
}

/// What to show next to one option (choice questions), one position (ordering, in the
/// learner's order) or one left-hand item (matching).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Chosen and right (an item in its correct position, a pair matched right).
    ChosenRight,
    /// Chosen and wrong (an item out of position, a pair matched wrong).
    ChosenWrong,
    /// Right but not chosen (a pair left unanswered).
    MissedRight,
    /// Wrong and rightly left out.
    LeftOut,
}

/// The result of grading one answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// Points earned out of the question's points, in hundredths.
    pub score: Score,
    /// Whether the answer is entirely right.
    pub correct: bool,
    /// One verdict per option, position or left-hand item (see [`Verdict`]).
    pub verdicts: Vec<Verdict>,
}

/// How an answer stands as a whole, for the line that sums it up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Entirely right.
    Correct,
    /// Not entirely right, but worth some points.
    Partial,
    /// Worth no point.
    Incorrect,
}

impl Outcome {
    /// Correct when entirely right, partial when it earns some points, else incorrect.
    pub fn standing(&self) -> Standing {
        if self.correct {
            Standing::Correct
        } else if self.score.earned > 0 {
            Standing::Partial
        } else {
            Standing::Incorrect
        }
    }
}

/// Why an answer cannot be graded against a question; the page should never send one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GradeError {
    /// The answer is for another type of question (e.g. an ordering for a single choice).
    WrongShape,
    /// An index points past the options or items.
    OutOfRange {
        /// The index given.
        index: usize,
        /// How many options or items there are.
        len: usize,
    },
    /// An ordering or matching answer with too few or too many entries.
    WrongLength {
        /// Entries the question has.
        expected: usize,
        /// Entries the answer has.
        found: usize,
    },
    /// An ordering answer lists the same item twice.
    Repeated {
        /// The repeated item.
        index: usize,
    },
}

impl std::fmt::Display for GradeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::WrongShape => write!(f, "the answer does not fit this type of question"),
            Self::OutOfRange { index, len } => {
                write!(f, "answer {index} does not exist (there are {len})")
            }
            Self::WrongLength { expected, found } => {
                write!(f, "expected {expected} answers, found {found}")
            }
            Self::Repeated { index } => write!(f, "item {index} is given twice"),
        }
    }
}

impl std::error::Error for GradeError {}

/// Grades `response` against `question` (rules in the module documentation).
pub fn grade(question: &Question, response: &Response) -> Result<Outcome, GradeError> {
    let max = hundredths(question.points);
    match (&question.kind, response) {
        (QuestionKind::Single(choices) | QuestionKind::TrueFalse(choices), Response::Single(i)) => {
            check_index(*i, choices.len())?;
            let correct = choices[*i].correct;
            let verdicts = choice_verdicts(choices, &BTreeSet::from([*i]));
            Ok(outcome(max, correct, 0, 1, verdicts))
        }
        (QuestionKind::Multiple(choices), Response::Multiple(chosen)) => {
            grade_multiple(choices, chosen, max)
        }
        (QuestionKind::Ordering(items), Response::Ordering(order)) => {
            grade_ordering(items.len(), order, max)
        }
        (QuestionKind::Matching(pairs), Response::Matching(picks)) => {
            grade_matching(pairs.len(), picks, max)
        }
        _ => Err(GradeError::WrongShape),
    }
}

impl Outcome {
    /// The outcome of a question left unanswered: no points, and every right option (or item,
    /// or pair) shown as missed so the learner still sees the answer.
    pub fn unanswered(question: &Question) -> Self {
        let verdicts = match &question.kind {
            QuestionKind::Single(choices)
            | QuestionKind::TrueFalse(choices)
            | QuestionKind::Multiple(choices) => choice_verdicts(choices, &BTreeSet::new()),
            QuestionKind::Ordering(items) => vec![Verdict::MissedRight; items.len()],
            QuestionKind::Matching(pairs) => vec![Verdict::MissedRight; pairs.len()],
        };
        Self {
            score: Score::new(0, hundredths(question.points)),
            correct: false,
            verdicts,
        }
    }
}

fn grade_multiple(
    choices: &[Choice],
    chosen: &BTreeSet<usize>,
    max: u32,
) -> Result<Outcome, GradeError> {
    for &i in chosen {
        check_index(i, choices.len())?;
    }
    let verdicts = choice_verdicts(choices, chosen);
    let count = |wanted: Verdict| verdicts.iter().filter(|&&v| v == wanted).count();
    let right_chosen = count(Verdict::ChosenRight);
    let wrong_chosen = count(Verdict::ChosenWrong);
    let right_options = right_chosen + count(Verdict::MissedRight);
    let correct = right_chosen == right_options && wrong_chosen == 0;
    let net = right_chosen.saturating_sub(wrong_chosen);
    Ok(outcome(max, correct, net, right_options, verdicts))
}

fn grade_ordering(len: usize, order: &[usize], max: u32) -> Result<Outcome, GradeError> {
    check_length(len, order.len())?;
    let mut seen = vec![false; len];
    for &item in order {
        check_index(item, len)?;
        if std::mem::replace(&mut seen[item], true) {
            return Err(GradeError::Repeated { index: item });
        }
    }
    let verdicts: Vec<Verdict> = order
        .iter()
        .enumerate()
        .map(|(position, &item)| right_or_wrong(position == item))
        .collect();
    Ok(tally(max, verdicts))
}

fn grade_matching(len: usize, picks: &[Option<usize>], max: u32) -> Result<Outcome, GradeError> {
    check_length(len, picks.len())?;
    let mut verdicts = Vec::with_capacity(len);
    for (left, pick) in picks.iter().enumerate() {
        verdicts.push(match *pick {
            None => Verdict::MissedRight,
            Some(right) => {
                check_index(right, len)?;
                right_or_wrong(right == left)
            }
        });
    }
    Ok(tally(max, verdicts))
}

/// Verdict per option, from which options are right and which were chosen.
fn choice_verdicts(choices: &[Choice], chosen: &BTreeSet<usize>) -> Vec<Verdict> {
    choices
        .iter()
        .enumerate()
        .map(|(i, choice)| match (chosen.contains(&i), choice.correct) {
            (true, true) => Verdict::ChosenRight,
            (true, false) => Verdict::ChosenWrong,
            (false, true) => Verdict::MissedRight,
            (false, false) => Verdict::LeftOut,
        })
        .collect()
}

fn right_or_wrong(right: bool) -> Verdict {
    if right {
        Verdict::ChosenRight
    } else {
        Verdict::ChosenWrong
    }
}

/// Outcome where each verdict is one equal share of the points (ordering, matching).
fn tally(max: u32, verdicts: Vec<Verdict>) -> Outcome {
    let right = verdicts
        .iter()
        .filter(|&&v| v == Verdict::ChosenRight)
        .count();
    let correct = right == verdicts.len();
    outcome(max, correct, right, verdicts.len(), verdicts)
}

/// All of `max` when `correct`, else `share / out_of` of it rounded down.
fn outcome(
    max: u32,
    correct: bool,
    share: usize,
    out_of: usize,
    verdicts: Vec<Verdict>,
) -> Outcome {
    let earned = if correct {
        max
    } else {
        proportion(max, share as u64, out_of as u64)
    };
    Outcome {
        score: Score::new(earned, max),
        correct,
        verdicts,
    }
}

fn check_index(index: usize, len: usize) -> Result<(), GradeError> {
    if index < len {
        Ok(())
    } else {
        Err(GradeError::OutOfRange { index, len })
    }
}

fn check_length(expected: usize, found: usize) -> Result<(), GradeError> {
    if expected == found {
        Ok(())
    } else {
        Err(GradeError::WrongLength { expected, found })
    }
}

#[cfg(test)]
mod tests {
    use super::Verdict::*;
    use super::*;
    use crate::quiz::test_support::*;

    fn picks(indices: &[usize]) -> Response {
        Response::Multiple(indices.iter().copied().collect())
    }

    #[test]
    fn single_choice_is_all_or_nothing_with_the_right_option_shown() {
        let q = single(2, &[false, true, false]);
        let right = grade(&q, &Response::Single(1)).unwrap();
        assert_eq!(right.score, Score::new(200, 200));
        assert!(right.correct);
        assert_eq!(right.verdicts, [LeftOut, ChosenRight, LeftOut]);

        let wrong = grade(&q, &Response::Single(2)).unwrap();
        assert_eq!(wrong.score, Score::new(0, 200));
        assert!(!wrong.correct);
        assert_eq!(wrong.verdicts, [LeftOut, MissedRight, ChosenWrong]);
    }

    #[test]
    fn an_answer_stands_correct_partial_or_incorrect_by_its_points() {
        let q = multiple(3, &[true, true, true, false, false]);
        let standing = |indices: &[usize]| grade(&q, &picks(indices)).unwrap().standing();
        assert_eq!(standing(&[0, 1, 2]), Standing::Correct);
        assert_eq!(standing(&[0, 1]), Standing::Partial);
        assert_eq!(standing(&[0, 1, 2, 3]), Standing::Partial, "one wrong tick");
        assert_eq!(standing(&[0, 3]), Standing::Incorrect, "no point left");
        assert_eq!(standing(&[]), Standing::Incorrect);
    }

    #[test]
    fn true_false_answers_like_a_single_choice() {
        let q = true_false(false);
        assert!(grade(&q, &Response::Single(1)).unwrap().correct);
        let wrong = grade(&q, &Response::Single(0)).unwrap();
        assert_eq!(wrong.score, Score::new(0, 100));
        assert_eq!(wrong.verdicts, [ChosenWrong, MissedRight]);
    }

    #[test]
    fn multiple_choice_takes_off_a_right_option_per_wrong_one() {
        // Three right options (0, 1, 2) and two wrong ones (3, 4), worth 3 points.
        let q = multiple(3, &[true, true, true, false, false]);
        let earned = |indices: &[usize]| grade(&q, &picks(indices)).unwrap().score.earned;
        assert_eq!(earned(&[0, 1, 2]), 300);
        assert_eq!(earned(&[0, 1]), 200);
        assert_eq!(earned(&[0, 1, 3]), 100);
        assert_eq!(earned(&[0, 3, 4]), 0);
        assert_eq!(earned(&[0, 1, 2, 3, 4]), 100);
        assert_eq!(earned(&[]), 0);
    }

    #[test]
    fn multiple_choice_partial_credit_rounds_down() {
        let q = multiple(1, &[true, true, true, false]);
        let one_of_three = grade(&q, &picks(&[2])).unwrap();
        assert_eq!(one_of_three.score, Score::new(33, 100));
        assert!(!one_of_three.correct);
        assert_eq!(
            one_of_three.verdicts,
            [MissedRight, MissedRight, ChosenRight, LeftOut]
        );
    }

    #[test]
    fn multiple_choice_is_correct_only_with_exactly_the_right_options() {
        let q = multiple(2, &[true, false, true]);
        assert!(grade(&q, &picks(&[0, 2])).unwrap().correct);
        assert!(!grade(&q, &picks(&[0, 1, 2])).unwrap().correct);
        assert!(!grade(&q, &picks(&[0])).unwrap().correct);
    }

    #[test]
    fn multiple_choice_with_nothing_right_rewards_ticking_nothing() {
        let q = multiple(1, &[false, false]);
        assert_eq!(grade(&q, &picks(&[])).unwrap().score.earned, 100);
        assert_eq!(grade(&q, &picks(&[1])).unwrap().score.earned, 0);
    }

    #[test]
    fn ordering_credits_each_item_in_its_place() {
        let q = ordering(2, 4);
        let outcome = grade(&q, &Response::Ordering(vec![0, 2, 1, 3])).unwrap();
        assert_eq!(outcome.score, Score::new(100, 200));
        assert_eq!(
            outcome.verdicts,
            [ChosenRight, ChosenWrong, ChosenWrong, ChosenRight]
        );
        let right = grade(&q, &Response::Ordering(vec![0, 1, 2, 3])).unwrap();
        assert!(right.correct);
        assert_eq!(right.score.earned, 200);
        let shifted = grade(&q, &Response::Ordering(vec![3, 0, 1, 2])).unwrap();
        assert_eq!(shifted.score.earned, 0);
    }

    #[test]
    fn ordering_must_list_every_item_once() {
        let q = ordering(1, 3);
        assert_eq!(
            grade(&q, &Response::Ordering(vec![0, 1])),
            Err(GradeError::WrongLength {
                expected: 3,
                found: 2
            })
        );
        assert_eq!(
            grade(&q, &Response::Ordering(vec![0, 1, 1])),
            Err(GradeError::Repeated { index: 1 })
        );
        assert_eq!(
            grade(&q, &Response::Ordering(vec![0, 1, 3])),
            Err(GradeError::OutOfRange { index: 3, len: 3 })
        );
    }

    #[test]
    fn matching_credits_each_pair_and_shows_unanswered_ones_as_missed() {
        let q = matching(3, 3);
        let outcome = grade(&q, &Response::Matching(vec![Some(0), Some(2), None])).unwrap();
        assert_eq!(outcome.score, Score::new(100, 300));
        assert_eq!(outcome.verdicts, [ChosenRight, ChosenWrong, MissedRight]);
        let swapped = grade(&q, &Response::Matching(vec![Some(1), Some(0), Some(2)])).unwrap();
        assert_eq!(swapped.score, Score::new(100, 300));
        assert_eq!(swapped.verdicts, [ChosenWrong, ChosenWrong, ChosenRight]);
        let right = grade(&q, &Response::Matching(vec![Some(0), Some(1), Some(2)])).unwrap();
        assert!(right.correct);
        assert_eq!(right.score.earned, 300);
    }

    #[test]
    fn matching_rejects_missing_pairs_and_unknown_items() {
        let q = matching(1, 2);
        assert_eq!(
            grade(&q, &Response::Matching(vec![Some(0)])),
            Err(GradeError::WrongLength {
                expected: 2,
                found: 1
            })
        );
        assert_eq!(
            grade(&q, &Response::Matching(vec![Some(0), Some(7)])),
            Err(GradeError::OutOfRange { index: 7, len: 2 })
        );
    }

    #[test]
    fn answers_of_the_wrong_shape_or_range_are_errors() {
        assert_eq!(
            grade(&single(1, &[true, false]), &Response::Ordering(vec![0, 1])),
            Err(GradeError::WrongShape)
        );
        assert_eq!(
            grade(&ordering(1, 2), &Response::Single(0)),
            Err(GradeError::WrongShape)
        );
        assert_eq!(
            grade(&multiple(1, &[true]), &Response::Single(0)),
            Err(GradeError::WrongShape)
        );
        assert_eq!(
            grade(&single(1, &[true, false]), &Response::Single(2)),
            Err(GradeError::OutOfRange { index: 2, len: 2 })
        );
        assert_eq!(
            grade(&multiple(1, &[true]), &picks(&[0, 5])),
            Err(GradeError::OutOfRange { index: 5, len: 1 })
        );
        assert_eq!(
            grade(&single(1, &[]), &Response::Single(0)),
            Err(GradeError::OutOfRange { index: 0, len: 0 })
        );
    }

    #[test]
    fn errors_read_as_sentences() {
        let error = GradeError::OutOfRange { index: 4, len: 3 };
        assert_eq!(error.to_string(), "answer 4 does not exist (there are 3)");
    }

    #[test]
    fn unanswered_questions_earn_nothing_and_show_the_answer() {
        let choice = Outcome::unanswered(&multiple(2, &[true, false, true]));
        assert_eq!(choice.score, Score::new(0, 200));
        assert!(!choice.correct);
        assert_eq!(choice.verdicts, [MissedRight, LeftOut, MissedRight]);
        let order = Outcome::unanswered(&ordering(1, 3));
        assert_eq!(order.verdicts, [MissedRight; 3]);
    }

    #[test]
    fn zero_point_questions_still_say_what_was_right() {
        let outcome = grade(&single(0, &[true, false]), &Response::Single(0)).unwrap();
        assert_eq!(outcome.score, Score::new(0, 0));
        assert!(outcome.correct);
    }

    proptest::proptest! {
        #[test]
        fn scores_stay_within_the_question_points(
            (question, response) in question_and_response()
        ) {
            if let Ok(outcome) = grade(&question, &response) {
                let max = hundredths(question.points);
                proptest::prop_assert_eq!(outcome.score.max, max);
                proptest::prop_assert!(outcome.score.earned <= max);
                if outcome.correct {
                    proptest::prop_assert_eq!(outcome.score.earned, max);
                }
                proptest::prop_assert_eq!(outcome.verdicts.len(), answer_count(&question));
            }
        }

        #[test]
        fn well_formed_answers_are_always_graded(
            (question, response) in question_and_valid_response()
        ) {
            proptest::prop_assert!(grade(&question, &response).is_ok());
        }

        #[test]
        fn ticking_a_right_option_never_costs_and_a_wrong_one_never_pays(
            right in proptest::collection::vec(proptest::bool::ANY, 1..7),
            ticked in proptest::collection::btree_set(0usize..7, 0..7),
            extra in 0usize..7,
            points in 1u32..5,
        ) {
            let q = multiple(points, &right);
            let ticked: BTreeSet<usize> = ticked.into_iter().filter(|&i| i < right.len()).collect();
            let extra = extra % right.len();
            let earned = |set: &BTreeSet<usize>| {
                grade(&q, &Response::Multiple(set.clone())).unwrap().score.earned
            };
            let before = earned(&ticked);
            let mut with_extra = ticked.clone();
            with_extra.insert(extra);
            let after = earned(&with_extra);
            if right[extra] {
                proptest::prop_assert!(after >= before, "{} < {}", after, before);
            } else {
                proptest::prop_assert!(after <= before, "{} > {}", after, before);
            }
        }
    }
}
