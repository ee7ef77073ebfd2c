//! Questions the screens ask of the progress, answered here so that no view reads the
//! progress map itself.

use super::model::Progress;
use crate::quiz::Score;

impl Progress {
    /// Whether anything was recorded in `module` (a step read, a score, an ending).
    pub fn has_started(&self, module: &str) -> bool {
        self.modules.contains_key(module)
    }

    /// The best score kept for question set `set` of `module`, if it was ever finished.
    pub fn best_quiz_score(&self, module: &str, set: &str) -> Option<Score> {
        self.modules.get(module)?.quiz_best.get(set).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_best_of_several_attempts_is_the_one_shown() {
        let mut p = Progress::new("c");
        assert_eq!(p.best_quiz_score("m", "q"), None);
        p.record_quiz("m", "q", Score::new(100, 200), 1);
        p.record_quiz("m", "q", Score::new(200, 200), 2);
        p.record_quiz("m", "q", Score::new(0, 200), 3);
        assert_eq!(p.best_quiz_score("m", "q"), Some(Score::new(200, 200)));
        assert_eq!(p.best_quiz_score("m", "other"), None);
        assert_eq!(p.best_quiz_score("other", "q"), None);
    }

    #[test]
    fn a_module_is_started_once_anything_is_recorded_in_it() {
        let mut p = Progress::new("c");
        assert!(!p.has_started("m"));
        p.mark_step_read("m", "one", 1);
        assert!(p.has_started("m"));
        assert!(!p.has_started("n"));
    }
}
