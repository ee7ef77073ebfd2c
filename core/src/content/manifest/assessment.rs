//! The final assessment's settings, as a trainer writes them in the `[assessment]` table of
//! `course.toml` (read by [`crate::content::parse_course`], each problem at its place), and
//! the checks that keep them possible to sit against the assessment's pools.
//!
//! ```toml
//! [assessment]
//! unlock = "after-modules"      # or "always"
//! attempts = 3
//! pass_mark = 70                # percent
//! time_limit_minutes = 30       # optional
//! pools = { cas = 6, droits = 4 }
//! ```

use std::collections::BTreeMap;
use std::fmt;

use crate::content::manifest::toml::fields::{from_toml_table, FromToml};
use crate::content::manifest::toml::{Kind, Problem, Value};

/// The assessment's question pools: pool id → its question ids, in the author's order.
pub type Pools = BTreeMap<String, Vec<String>>;

/// When the final assessment opens.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Unlock {
    /// Once every module of the course is passed.
    #[default]
    AfterModules,
    /// From the start, e.g. for a placement test.
    Always,
}

/// The final assessment's settings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AssessmentSettings {
    /// When the assessment opens (default: after the modules).
    pub unlock: Unlock,
    /// How many attempts a learner has (default 3).
    pub attempts: u32,
    /// Percentage of the points needed to pass.
    pub pass_mark: u8,
    /// Minutes an attempt may last, if it is timed.
    pub time_limit_minutes: Option<u32>,
    /// Questions drawn per attempt, per pool id.
    pub pools: BTreeMap<String, usize>,
}

fn default_attempts() -> u32 {
    3
}

/// A setting that makes the assessment impossible to sit as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SettingsProblem {
    /// `attempts = 0`: nobody could ever sit it.
    NoAttempts,
    /// A pass mark above 100 %.
    PassMarkAbove100 {
        /// The pass mark written.
        found: u8,
    },
    /// `time_limit_minutes = 0`: every attempt would end as it starts.
    NoTime,
    /// No question is drawn at all.
    NothingDrawn,
    /// A pool is drawn from but the assessment has no such pool.
    UnknownPool {
        /// The pool id in the settings.
        pool: String,
    },
    /// A pool is asked for more questions than it holds.
    PoolTooSmall {
        /// The pool id.
        pool: String,
        /// Questions drawn per attempt.
        draw: usize,
        /// Questions the pool holds.
        holds: usize,
    },
}

impl fmt::Display for SettingsProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoAttempts => write!(f, "attempts must be at least 1"),
            Self::PassMarkAbove100 { found } => {
                write!(f, "pass_mark is a percentage: from 0 to 100, not {found}")
            }
            Self::NoTime => write!(
                f,
                "time_limit_minutes must be at least 1 (leave it out for no time limit)"
            ),
            Self::NothingDrawn => write!(f, "pools draw no question: name at least one pool"),
            Self::UnknownPool { pool } => {
                write!(
                    f,
                    "pool `{pool}` is drawn from but the assessment has no such pool"
                )
            }
            Self::PoolTooSmall { pool, draw, holds } => write!(
                f,
                "pool `{pool}` draws {draw} questions per attempt but holds only {holds}"
            ),
        }
    }
}

/// The `[assessment]` table as written: optional fields still unset.
struct RawAssessment {
    unlock: Option<Unlock>,
    attempts: Option<u32>,
    pass_mark: u8,
    time_limit_minutes: Option<u32>,
    pools: BTreeMap<String, usize>,
}

from_toml_table!(RawAssessment {
    unlock: optional,
    attempts: optional,
    pass_mark: required,
    time_limit_minutes: optional,
    pools: required
});

impl FromToml for Unlock {
    fn read(value: &Value, problems: &mut Vec<Problem>) -> Option<Self> {
        match &value.kind {
            Kind::String(text) if text == "after-modules" => Some(Unlock::AfterModules),
            Kind::String(text) if text == "always" => Some(Unlock::Always),
            _ => {
                problems.push(Problem::new(
                    value.at,
                    "unlock is `\"after-modules\"` (once every module is passed) or `\"always\"`",
                ));
                None
            }
        }
    }
}

impl FromToml for AssessmentSettings {
    fn read(value: &Value, problems: &mut Vec<Problem>) -> Option<Self> {
        let raw = RawAssessment::read(value, problems)?;
        Some(AssessmentSettings {
            unlock: raw.unlock.unwrap_or_default(),
            attempts: raw.attempts.unwrap_or_else(default_attempts),
            pass_mark: raw.pass_mark,
            time_limit_minutes: raw.time_limit_minutes,
            pools: raw.pools,
        })
    }
}

impl AssessmentSettings {
    /// Milliseconds an attempt may last, if it is timed.
    pub fn time_limit_ms(&self) -> Option<u64> {
        self.time_limit_minutes
            .map(|minutes| u64::from(minutes) * 60_000)
    }

    /// Every problem of these settings against the assessment's `pools`, all at once.
    pub fn problems(&self, pools: &Pools) -> Vec<SettingsProblem> {
        let mut problems = Vec::new();
        if self.attempts == 0 {
            problems.push(SettingsProblem::NoAttempts);
        }
        if self.pass_mark > 100 {
            problems.push(SettingsProblem::PassMarkAbove100 {
                found: self.pass_mark,
            });
        }
        if self.time_limit_minutes == Some(0) {
            problems.push(SettingsProblem::NoTime);
        }
        if self.pools.values().all(|&draw| draw == 0) {
            problems.push(SettingsProblem::NothingDrawn);
        }
        for (pool, &draw) in &self.pools {
            match pools.get(pool) {
                None => problems.push(SettingsProblem::UnknownPool { pool: pool.clone() }),
                Some(questions) if questions.len() < draw => {
                    problems.push(SettingsProblem::PoolTooSmall {
                        pool: pool.clone(),
                        draw,
                        holds: questions.len(),
                    })
                }
                Some(_) => {}
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::manifest::toml::fields::read_toml;

    fn read(toml: &str) -> Result<AssessmentSettings, String> {
        read_toml(toml).map_err(|problems| {
            let messages: Vec<String> = problems.into_iter().map(|p| p.message).collect();
            messages.join("; ")
        })
    }

    fn pools() -> Pools {
        let ids = |n: usize, prefix: &str| (0..n).map(|i| format!("{prefix}{i}")).collect();
        [("cas".into(), ids(8, "c")), ("droits".into(), ids(3, "d"))].into()
    }

    #[test]
    fn unlock_and_attempts_have_defaults() {
        let settings = read("pass_mark = 70\npools = { cas = 6 }").unwrap();
        assert_eq!(settings.unlock, Unlock::AfterModules);
        assert_eq!(settings.attempts, 3);
        assert_eq!(settings.time_limit_ms(), None);
        assert!(settings.problems(&pools()).is_empty());
    }

    #[test]
    fn every_setting_is_read() {
        let settings = read(
            "unlock = \"always\"\nattempts = 2\npass_mark = 80\ntime_limit_minutes = 30\n\
             pools = { cas = 6, droits = 3 }",
        )
        .unwrap();
        assert_eq!(settings.unlock, Unlock::Always);
        assert_eq!(settings.attempts, 2);
        assert_eq!(settings.pass_mark, 80);
        assert_eq!(settings.time_limit_ms(), Some(30 * 60_000));
        assert_eq!(settings.pools["droits"], 3);
    }

    #[test]
    fn a_misspelt_setting_or_unlock_value_is_refused() {
        let typo = read("pass_mark = 70\npools = {}\nattempt = 2").unwrap_err();
        assert!(
            typo.to_string().contains("unknown field `attempt`"),
            "{typo}"
        );
        let unlock = read("unlock = \"later\"\npass_mark = 70\npools = {}").unwrap_err();
        assert!(unlock.to_string().contains("after-modules"), "{unlock}");
        let missing = read("pools = { cas = 1 }").unwrap_err();
        assert!(missing.to_string().contains("pass_mark"), "{missing}");
    }

    #[test]
    fn impossible_settings_are_all_reported_with_clear_messages() {
        let settings = read(
            "attempts = 0\npass_mark = 120\ntime_limit_minutes = 0\n\
             pools = { cas = 9, droits = 3, autre = 1 }",
        )
        .unwrap();
        let messages: Vec<String> = settings
            .problems(&pools())
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            messages,
            [
                "attempts must be at least 1",
                "pass_mark is a percentage: from 0 to 100, not 120",
                "time_limit_minutes must be at least 1 (leave it out for no time limit)",
                "pool `autre` is drawn from but the assessment has no such pool",
                "pool `cas` draws 9 questions per attempt but holds only 8",
            ]
        );
    }

    #[test]
    fn settings_that_draw_nothing_are_refused() {
        let settings = read("pass_mark = 70\npools = { cas = 0 }").unwrap();
        assert_eq!(settings.problems(&pools()), [SettingsProblem::NothingDrawn]);
    }
}
