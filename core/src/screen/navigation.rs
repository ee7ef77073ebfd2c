//! Where the reader goes from a step or a module, and what comes before a module's first step.

use crate::content::{Course, Module};
use crate::i18n::{Locale, MessageKey};
use crate::key;
use crate::progress::Progress;
use crate::route::Route;

/// The first step of the module after `module` in the course, if there is one.
pub fn next_module(course: &Course, module: &str) -> Option<Route> {
    course
        .modules
        .iter()
        .skip_while(|m| *m != module)
        .nth(1)
        .map(|m| Route::start_of(m))
}

/// Where a step's previous and next buttons lead: the neighbouring steps, and after the last
/// step the module's summary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepNeighbours {
    /// The step before, if this is not the first.
    pub previous: Option<Route>,
    /// The step after, or the summary after the last step.
    pub next: Route,
    /// The words of the next button: "next", or "finish" on the last step.
    pub next_key: MessageKey,
}

impl StepNeighbours {
    /// The neighbours of step `step` (1-based) of `module`, which has `total` steps.
    pub fn of(module: &str, step: usize, total: usize) -> Self {
        let at = |step| Route::Step {
            module: module.to_owned(),
            step,
        };
        let last = step >= total;
        StepNeighbours {
            previous: (step > 1).then(|| at(step - 1)),
            next: if last {
                Route::Summary {
                    module: module.to_owned(),
                }
            } else {
                at(step + 1)
            },
            next_key: if last {
                key!("lesson-finish")
            } else {
                key!("lesson-next")
            },
        }
    }
}

/// Whether the module's content warning comes before step `step`: only before the first step,
/// only when the module has one, and only until the learner has started the module.
pub fn shows_content_warning(module: &Module, step: usize, progress: &Progress) -> bool {
    step == 1 && module.front.content_warning.is_some() && !progress.has_started(&module.id)
}

/// The note shown when a module is read in `shown` because it is not written in `chosen`:
/// its message, whose `$language` is the name of `shown` (`None` when nothing fell back).
pub fn fallback_note(chosen: Locale, shown: Locale) -> Option<MessageKey> {
    (chosen != shown).then_some(key!("content-fallback"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::screen::fixtures::{course, module};

    #[test]
    fn the_next_module_starts_at_its_first_step_and_the_last_has_none() {
        let c = course(&[]);
        assert_eq!(next_module(&c, "01-a"), Some(Route::start_of("02-b")));
        assert_eq!(next_module(&c, "03-c"), None);
        assert_eq!(next_module(&c, "99-gone"), None);
    }

    #[test]
    fn a_middle_step_leads_both_ways() {
        let n = StepNeighbours::of("m", 2, 3);
        assert_eq!(n.previous.unwrap().to_hash(), "#/m/m/1");
        assert_eq!(n.next.to_hash(), "#/m/m/3");
        assert_eq!(n.next_key, "lesson-next");
    }

    #[test]
    fn the_first_step_has_no_previous_and_the_last_finishes_at_the_summary() {
        assert_eq!(StepNeighbours::of("m", 1, 3).previous, None);
        let last = StepNeighbours::of("m", 3, 3);
        assert_eq!(last.next.to_hash(), "#/m/m/summary");
        assert_eq!(last.next_key, "lesson-finish");
        assert_eq!(StepNeighbours::of("m", 1, 1).next_key, "lesson-finish");
    }

    #[test]
    fn the_warning_comes_once_before_the_first_step_of_a_module_not_started() {
        let mut progress = Progress::new("c");
        let warned = module(true);
        assert!(shows_content_warning(&warned, 1, &progress));
        assert!(!shows_content_warning(&warned, 2, &progress));
        assert!(!shows_content_warning(&module(false), 1, &progress));
        progress.mark_step_read("m", "un", 1);
        assert!(!shows_content_warning(&warned, 1, &progress));
    }

    #[test]
    fn a_module_in_another_language_says_which() {
        let [fr, ar, ary] = ["fr", "ar", "ary"].map(Locale::of);
        assert_eq!(fallback_note(ar, ar), None);
        assert_eq!(fallback_note(ar, fr), Some(key!("content-fallback")));
        assert_eq!(fallback_note(ary, ar), Some(key!("content-fallback")));
    }
}
