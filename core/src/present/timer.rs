//! A countdown for group work ("two minutes to discuss"). It is told the time in
//! milliseconds and never reads a clock, so it is tested without waiting and two windows
//! that share it show the same seconds.

use serde::{Deserialize, Serialize};

/// Shortest countdown, in seconds.
pub const MIN_SECONDS: u32 = 10;
/// Longest countdown, in seconds.
pub const MAX_SECONDS: u32 = 3600;
/// A new countdown's duration, in seconds.
pub const DEFAULT_SECONDS: u32 = 120;

/// A countdown: a duration, the time already used, and since when it runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timer {
    /// Full duration in seconds.
    pub duration_s: u32,
    /// Milliseconds counted down before the current run.
    pub used_ms: u64,
    /// When the current run started (ms since the epoch), `None` while stopped.
    pub since_ms: Option<u64>,
}

impl Default for Timer {
    fn default() -> Self {
        Timer {
            duration_s: DEFAULT_SECONDS,
            used_ms: 0,
            since_ms: None,
        }
    }
}

impl Timer {
    /// Whether it is counting down.
    pub fn is_running(&self) -> bool {
        self.since_ms.is_some()
    }

    /// Milliseconds used at `now_ms` (a clock that went back counts as no time).
    fn used_at(&self, now_ms: u64) -> u64 {
        self.used_ms + self.since_ms.map_or(0, |s| now_ms.saturating_sub(s))
    }

    /// Whole seconds left at `now_ms`, rounded up (a countdown shows 1 until it is over).
    pub fn remaining_s(&self, now_ms: u64) -> u32 {
        let total = u64::from(self.duration_s) * 1000;
        let left = total.saturating_sub(self.used_at(now_ms));
        left.div_ceil(1000) as u32
    }

    /// Whether the time is up at `now_ms`.
    pub fn is_over(&self, now_ms: u64) -> bool {
        self.remaining_s(now_ms) == 0
    }

    /// Starts counting down from where it stopped (from the top once it is over).
    pub fn start(&mut self, now_ms: u64) {
        if self.is_running() {
            return;
        }
        if self.is_over(now_ms) {
            self.used_ms = 0;
        }
        self.since_ms = Some(now_ms);
    }

    /// Stops, keeping the time left.
    pub fn stop(&mut self, now_ms: u64) {
        if self.is_running() {
            self.used_ms = self.used_at(now_ms);
            self.since_ms = None;
        }
    }

    /// Starts when stopped, stops when running.
    pub fn toggle(&mut self, now_ms: u64) {
        if self.is_running() {
            self.stop(now_ms);
        } else {
            self.start(now_ms);
        }
    }

    /// The full duration again, stopped.
    pub fn reset(&mut self) {
        self.used_ms = 0;
        self.since_ms = None;
    }

    /// Lengthens or shortens the duration by `seconds`, within bounds; a running countdown
    /// keeps running.
    pub fn adjust(&mut self, seconds: i32) {
        let wanted = i64::from(self.duration_s) + i64::from(seconds);
        self.duration_s = wanted.clamp(i64::from(MIN_SECONDS), i64::from(MAX_SECONDS)) as u32;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_down_only_while_running() {
        let mut t = Timer::default();
        assert_eq!(t.remaining_s(0), 120);
        assert_eq!(t.remaining_s(50_000), 120, "a stopped timer does not move");
        t.start(10_000);
        assert!(t.is_running());
        assert_eq!(t.remaining_s(10_000), 120);
        assert_eq!(t.remaining_s(10_001), 120, "rounded up");
        assert_eq!(t.remaining_s(11_000), 119);
        t.stop(40_000);
        assert_eq!(t.remaining_s(90_000), 90, "stopped with 90 s left");
        t.start(100_000);
        assert_eq!(t.remaining_s(130_000), 60, "resumes where it stopped");
    }

    #[test]
    fn it_is_over_at_zero_and_starts_again_from_the_top() {
        let mut t = Timer::default();
        t.start(0);
        assert!(!t.is_over(119_999));
        assert!(t.is_over(120_000));
        assert_eq!(t.remaining_s(500_000), 0, "never below zero");
        t.stop(500_000);
        t.start(600_000);
        assert_eq!(t.remaining_s(600_000), 120);
    }

    #[test]
    fn toggle_reset_and_a_clock_that_goes_back() {
        let mut t = Timer::default();
        t.toggle(1_000);
        assert!(t.is_running());
        assert_eq!(
            t.remaining_s(500),
            120,
            "earlier than the start: no time used"
        );
        t.toggle(31_000);
        assert!(!t.is_running());
        assert_eq!(t.remaining_s(31_000), 90);
        t.reset();
        assert_eq!(t, Timer::default());
    }

    #[test]
    fn the_duration_changes_within_bounds() {
        let mut t = Timer::default();
        t.adjust(30);
        assert_eq!(t.duration_s, 150);
        t.adjust(-1000);
        assert_eq!(t.duration_s, MIN_SECONDS);
        t.adjust(10_000);
        assert_eq!(t.duration_s, MAX_SECONDS);
        t.start(0);
        t.adjust(-3000);
        assert!(t.is_running());
        assert_eq!(t.remaining_s(1_000), 599);
    }
}
