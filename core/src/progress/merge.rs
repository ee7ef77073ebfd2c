//! Combining two copies of a learner's progress (two tabs, two devices, an imported file)
//! without losing anything either of them holds.

use std::collections::{BTreeMap, BTreeSet};

use super::model::{ModuleProgress, Progress};
use super::outline::merged_outline;

/// Merges two copies of progress for the same course.
///
/// Steps read and endings reached are united, each quiz and scenario keeps the better score,
/// each module keeps its earliest first and latest last activity, every attempt at the final
/// assessment is kept once ([`crate::assessment::Attempts::merge`]). The language is the one
/// chosen last (on equal times the greater code, so the result never depends on the order of
/// the arguments); a copy where no language was chosen never erases one. The operation is
/// commutative, associative and idempotent, and an empty [`Progress::new`] is its neutral
/// element.
///
/// Both copies are expected to belong to the same course (the store and the import check it);
/// if they do not, the greater course id is kept so that the result is still deterministic.
pub fn merge(a: &Progress, b: &Progress) -> Progress {
    Progress {
        course: a.course.clone().max(b.course.clone()),
        locale: a.locale.clone().max(b.locale.clone()),
        modules: merge_maps(&a.modules, &b.modules, merge_module),
        assessment: a.assessment.merge(&b.assessment),
        updated: a.updated.max(b.updated),
    }
}

fn merge_module(a: &ModuleProgress, b: &ModuleProgress) -> ModuleProgress {
    ModuleProgress {
        steps_read: union(&a.steps_read, &b.steps_read),
        quiz_best: merge_maps(&a.quiz_best, &b.quiz_best, |x, y| x.better(*y)),
        scenario_best: merge_maps(&a.scenario_best, &b.scenario_best, |x, y| x.better(*y)),
        scenario_endings: merge_maps(&a.scenario_endings, &b.scenario_endings, union),
        first_activity: earliest(a.first_activity, b.first_activity),
        last_activity: a.last_activity.max(b.last_activity),
        outline: merged_outline(a, b),
    }
}

/// Every key of both maps; values present on both sides are combined with `combine`.
fn merge_maps<V: Clone>(
    a: &BTreeMap<String, V>,
    b: &BTreeMap<String, V>,
    combine: impl Fn(&V, &V) -> V,
) -> BTreeMap<String, V> {
    let mut merged = a.clone();
    for (key, theirs) in b {
        let value = match a.get(key) {
            Some(ours) => combine(ours, theirs),
            None => theirs.clone(),
        };
        merged.insert(key.clone(), value);
    }
    merged
}

fn union(a: &BTreeSet<String>, b: &BTreeSet<String>) -> BTreeSet<String> {
    a.union(b).cloned().collect()
}

/// The earlier of two known times; an unknown time never wins over a known one.
fn earliest(a: Option<u64>, b: Option<u64>) -> Option<u64> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, y) => x.or(y),
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::progress::arbitrary::any_progress;
    use crate::quiz::Score;

    const T0: u64 = 1_764_000_000_000;

    #[test]
    fn two_devices_keep_everything_each_of_them_did() {
        let mut phone = Progress::new("course");
        phone.mark_step_read("01-intro", "why", T0);
        phone.record_quiz(
            "01-intro",
            "check",
            Score {
                earned: 100,
                max: 200,
            },
            T0,
        );
        let mut centre_pc = Progress::new("course");
        centre_pc.mark_step_read("01-intro", "how", T0 + 10);
        centre_pc.record_quiz(
            "01-intro",
            "check",
            Score {
                earned: 200,
                max: 200,
            },
            T0 + 10,
        );
        centre_pc.mark_step_read("02-pw", "intro", T0 + 20);

        let merged = merge(&phone, &centre_pc);
        let intro = &merged.modules["01-intro"];
        assert_eq!(intro.steps_read.len(), 2);
        assert_eq!(
            intro.quiz_best["check"],
            Score {
                earned: 200,
                max: 200
            }
        );
        assert_eq!(intro.first_activity, Some(T0));
        assert_eq!(intro.last_activity, Some(T0 + 10));
        assert!(merged.modules.contains_key("02-pw"));
        assert_eq!(merged.updated, T0 + 20);
    }

    #[test]
    fn the_language_chosen_last_wins() {
        let mut older = Progress::new("course");
        older.set_locale("fr", T0);
        let mut newer = Progress::new("course");
        newer.set_locale("ary", T0 + 1);
        assert_eq!(merge(&older, &newer).locale_code(), Some("ary"));
        assert_eq!(merge(&newer, &older).locale_code(), Some("ary"));
    }

    #[test]
    fn a_newer_copy_without_a_language_does_not_erase_the_choice() {
        let mut chosen = Progress::new("course");
        chosen.set_locale("ar", T0);
        let mut unchosen = Progress::new("course");
        unchosen.mark_step_read("01-intro", "why", T0 + 1);
        assert_eq!(merge(&unchosen, &chosen).locale_code(), Some("ar"));
    }

    /// Every attempt of `small` is in `big`, ended if it ended (no later), and while open
    /// with each of its answers or a later one.
    fn keeps_attempts(big: &Progress, small: &Progress) -> bool {
        let big: BTreeMap<_, _> = big
            .assessment
            .numbered()
            .map(|(_, a)| (a.id(), a))
            .collect();
        small.assessment.numbered().all(|(_, s)| {
            let Some(b) = big.get(&s.id()) else {
                return false;
            };
            match (s.submission, b.submission) {
                (Some(ours), Some(kept)) => kept.ended_ms <= ours.ended_ms,
                (Some(_), None) => false,
                (None, Some(_)) => true,
                (None, None) => s.answers.iter().all(|(question, answer)| {
                    b.answers
                        .get(question)
                        .is_some_and(|kept| kept.answered_ms >= answer.answered_ms)
                }),
            }
        })
    }

    fn contains(big: &Progress, small: &Progress) -> bool {
        keeps_attempts(big, small)
            && small.modules.iter().all(|(id, s)| {
                let Some(b) = big.modules.get(id) else {
                    return false;
                };
                let scores_kept =
                    |theirs: &BTreeMap<String, Score>, ours: &BTreeMap<String, Score>| {
                        theirs
                            .iter()
                            .all(|(k, v)| ours.get(k).is_some_and(|o| o >= v))
                    };
                s.steps_read.is_subset(&b.steps_read)
                    && scores_kept(&s.quiz_best, &b.quiz_best)
                    && scores_kept(&s.scenario_best, &b.scenario_best)
                    && s.scenario_endings
                        .iter()
                        .all(|(k, v)| b.scenario_endings.get(k).is_some_and(|o| v.is_subset(o)))
            })
    }

    proptest! {
        #[test]
        fn merging_is_commutative(a in any_progress(), b in any_progress()) {
            prop_assert_eq!(merge(&a, &b), merge(&b, &a));
        }

        #[test]
        fn merging_is_associative(a in any_progress(), b in any_progress(), c in any_progress()) {
            prop_assert_eq!(merge(&merge(&a, &b), &c), merge(&a, &merge(&b, &c)));
        }

        #[test]
        fn merging_a_copy_with_itself_changes_nothing(a in any_progress()) {
            prop_assert_eq!(merge(&a, &a), a);
        }

        #[test]
        fn merging_with_a_fresh_profile_changes_nothing(a in any_progress()) {
            prop_assert_eq!(merge(&Progress::new(a.course.clone()), &a), a);
        }

        #[test]
        fn merging_never_loses_what_either_copy_holds(a in any_progress(), b in any_progress()) {
            let merged = merge(&a, &b);
            prop_assert!(contains(&merged, &a));
            prop_assert!(contains(&merged, &b));
        }

        #[test]
        fn merging_counts_each_attempt_once(a in any_progress(), b in any_progress()) {
            let ids = |p: &Progress| -> BTreeSet<_> {
                p.assessment.numbered().map(|(_, attempt)| attempt.id()).collect()
            };
            let merged = merge(&a, &b);
            let both: BTreeSet<_> = ids(&a).union(&ids(&b)).copied().collect();
            prop_assert_eq!(merged.assessment.len(), both.len());
            prop_assert_eq!(ids(&merged), both);
        }
    }
}
