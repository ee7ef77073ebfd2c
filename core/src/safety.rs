//! The quick-exit gesture: Shift pressed three times within five seconds.

/// How many Shift presses trigger the exit.
pub const PRESSES: usize = 3;
/// Within how many milliseconds.
pub const WINDOW_MS: u64 = 5_000;

/// Counts Shift presses; [`ShiftTriple::press`] says when to leave.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ShiftTriple {
    recent: Vec<u64>,
}

impl ShiftTriple {
    /// Records a Shift press at `now_ms`; true when it is the third within the window.
    pub fn press(&mut self, now_ms: u64) -> bool {
        self.recent
            .retain(|&t| now_ms.saturating_sub(t) < WINDOW_MS && t <= now_ms);
        self.recent.push(now_ms);
        if self.recent.len() >= PRESSES {
            self.recent.clear();
            return true;
        }
        false
    }

    /// Forgets presses (another key was pressed in between: typing is not the gesture).
    pub fn reset(&mut self) {
        self.recent.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_presses_within_five_seconds_trigger() {
        let mut g = ShiftTriple::default();
        assert!(!g.press(1_000));
        assert!(!g.press(2_000));
        assert!(g.press(5_999));
    }

    #[test]
    fn presses_spread_over_more_than_five_seconds_do_not() {
        let mut g = ShiftTriple::default();
        assert!(!g.press(0));
        assert!(!g.press(3_000));
        assert!(!g.press(5_000));
        assert!(
            g.press(6_000),
            "3 000, 5 000 and 6 000 are within the window"
        );
    }

    #[test]
    fn another_key_in_between_starts_over() {
        let mut g = ShiftTriple::default();
        g.press(0);
        g.press(100);
        g.reset();
        assert!(!g.press(200));
    }

    #[test]
    fn the_count_restarts_after_triggering() {
        let mut g = ShiftTriple::default();
        g.press(0);
        g.press(1);
        assert!(g.press(2));
        assert!(!g.press(3));
    }
}
