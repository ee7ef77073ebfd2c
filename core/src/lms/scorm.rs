//! The report and the session in SCORM's own words: the data model elements of SCORM 1.2 and
//! SCORM 2004 (4th edition) and the formats of their values.

use super::report::{Completion, Report, Success};

/// The SCORM version of the LMS's API (`API` for 1.2, `API_1484_11` for 2004).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Version {
    /// SCORM 1.2.
    Scorm12,
    /// SCORM 2004 (4th edition).
    Scorm2004,
}

impl Version {
    /// The element holding the learner's progress (the same in both versions).
    pub const SUSPEND_DATA: &'static str = "cmi.suspend_data";

    /// How many characters the LMS must keep in `cmi.suspend_data`.
    pub fn suspend_data_limit(self) -> usize {
        match self {
            Version::Scorm12 => super::SCORM12_LIMIT,
            Version::Scorm2004 => 64_000,
        }
    }
}

/// Every element to set for `report`, in the order to set them.
///
/// SCORM 1.2 has one status: "incomplete" until completed, then "passed", "failed" or
/// "completed" by the success.
pub fn report_values(version: Version, report: &Report) -> Vec<(&'static str, String)> {
    let mut out: Vec<(&'static str, String)> = Vec::new();
    match version {
        Version::Scorm12 => {
            let status = match (report.completion, report.success) {
                (Completion::Incomplete, _) => "incomplete",
                (Completion::Completed, Success::Passed) => "passed",
                (Completion::Completed, Success::Failed) => "failed",
                (Completion::Completed, Success::Unknown) => "completed",
            };
            out.push(("cmi.core.lesson_status", status.into()));
            if let Some(score) = report.score {
                out.push(("cmi.core.score.min", "0".into()));
                out.push(("cmi.core.score.max", "100".into()));
                out.push(("cmi.core.score.raw", score.to_string()));
            }
            if let Some(language) = &report.language {
                out.push(("cmi.student_preference.language", language.clone()));
            }
        }
        Version::Scorm2004 => {
            let completion = match report.completion {
                Completion::Incomplete => "incomplete",
                Completion::Completed => "completed",
            };
            let success = match report.success {
                Success::Unknown => "unknown",
                Success::Passed => "passed",
                Success::Failed => "failed",
            };
            out.push(("cmi.completion_status", completion.into()));
            out.push(("cmi.success_status", success.into()));
            if let Some(score) = report.score {
                out.push(("cmi.score.min", "0".into()));
                out.push(("cmi.score.max", "100".into()));
                out.push(("cmi.score.raw", score.to_string()));
                out.push(("cmi.score.scaled", scaled(score)));
            }
            if let Some(language) = &report.language {
                out.push(("cmi.learner_preference.language", language.clone()));
            }
        }
    }
    out
}

/// The elements that close a session of `session_ms` milliseconds: its length, and the exit,
/// always "suspend" so that the next launch resumes the same attempt with its `suspend_data`.
pub fn session_values(version: Version, session_ms: u64) -> [(&'static str, String); 2] {
    match version {
        Version::Scorm12 => [
            ("cmi.core.session_time", session_time_12(session_ms)),
            ("cmi.core.exit", "suspend".into()),
        ],
        Version::Scorm2004 => [
            ("cmi.session_time", session_time_2004(session_ms)),
            ("cmi.exit", "suspend".into()),
        ],
    }
}

/// A percentage as SCORM 2004's scaled score, from 0 to 1 (`85` → `"0.85"`).
fn scaled(percent: u32) -> String {
    match percent.min(100) {
        100 => "1".to_owned(),
        p => format!("0.{p:02}"),
    }
}

/// Hours, minutes, seconds and hundredths in `ms` (hours capped at `max_hours`).
fn parts(ms: u64, max_hours: u64) -> (u64, u64, u64, u64) {
    let centis = ms / 10;
    let hours = centis / 360_000;
    if hours > max_hours {
        return (max_hours, 59, 59, 99);
    }
    (hours, centis / 6_000 % 60, centis / 100 % 60, centis % 100)
}

/// A session's length as SCORM 1.2's `CMITimespan`, `HHHH:MM:SS.SS` (hours from 2 to 4
/// digits; a session longer than 9999 hours is written as the longest one).
pub fn session_time_12(ms: u64) -> String {
    let (h, m, s, c) = parts(ms, 9999);
    format!("{h:02}:{m:02}:{s:02}.{c:02}")
}

/// A session's length as SCORM 2004's `timeinterval (second,10,2)`, an ISO 8601 duration
/// (`PT1H2M3.45S`).
pub fn session_time_2004(ms: u64) -> String {
    let (h, m, s, c) = parts(ms, u64::MAX);
    format!("PT{h}H{m}M{s}.{c:02}S")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(completion: Completion, success: Success, score: Option<u32>) -> Report {
        Report {
            completion,
            success,
            score,
            language: Some("ary".into()),
        }
    }

    fn get<'a>(values: &'a [(&'static str, String)], name: &str) -> Option<&'a str> {
        values
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    #[test]
    fn scorm_12_has_one_status_for_completion_and_success() {
        let cases = [
            (Completion::Incomplete, Success::Unknown, "incomplete"),
            (Completion::Incomplete, Success::Passed, "incomplete"),
            (Completion::Completed, Success::Unknown, "completed"),
            (Completion::Completed, Success::Passed, "passed"),
            (Completion::Completed, Success::Failed, "failed"),
        ];
        for (completion, success, status) in cases {
            let values = report_values(Version::Scorm12, &report(completion, success, None));
            assert_eq!(get(&values, "cmi.core.lesson_status"), Some(status));
        }
    }

    #[test]
    fn scorm_12_reports_the_score_out_of_100_the_time_and_the_language() {
        let mut values = report_values(
            Version::Scorm12,
            &report(Completion::Completed, Success::Passed, Some(85)),
        );
        values.extend(session_values(Version::Scorm12, 3_723_450));
        assert_eq!(get(&values, "cmi.core.score.raw"), Some("85"));
        assert_eq!(get(&values, "cmi.core.score.min"), Some("0"));
        assert_eq!(get(&values, "cmi.core.score.max"), Some("100"));
        assert_eq!(get(&values, "cmi.core.session_time"), Some("01:02:03.45"));
        assert_eq!(get(&values, "cmi.core.exit"), Some("suspend"));
        assert_eq!(get(&values, "cmi.student_preference.language"), Some("ary"));
    }

    #[test]
    fn scorm_2004_reports_completion_and_success_apart_and_a_scaled_score() {
        let mut values = report_values(
            Version::Scorm2004,
            &report(Completion::Incomplete, Success::Passed, Some(85)),
        );
        values.extend(session_values(Version::Scorm2004, 3_723_450));
        assert_eq!(get(&values, "cmi.completion_status"), Some("incomplete"));
        assert_eq!(get(&values, "cmi.success_status"), Some("passed"));
        assert_eq!(get(&values, "cmi.score.scaled"), Some("0.85"));
        assert_eq!(get(&values, "cmi.score.raw"), Some("85"));
        assert_eq!(get(&values, "cmi.session_time"), Some("PT1H2M3.45S"));
        assert_eq!(get(&values, "cmi.exit"), Some("suspend"));
        assert_eq!(get(&values, "cmi.learner_preference.language"), Some("ary"));
    }

    #[test]
    fn no_score_is_sent_before_anything_is_scored() {
        for version in [Version::Scorm12, Version::Scorm2004] {
            let report = report(Completion::Incomplete, Success::Unknown, None);
            let values = report_values(version, &report);
            assert!(values.iter().all(|(name, _)| !name.contains("score")));
            assert_eq!(
                get(&values, "cmi.success_status").unwrap_or("unknown"),
                "unknown"
            );
        }
    }

    #[test]
    fn scaled_scores_run_from_0_to_1() {
        assert_eq!(scaled(0), "0.00");
        assert_eq!(scaled(5), "0.05");
        assert_eq!(scaled(100), "1");
    }

    #[test]
    fn session_times_are_written_in_each_version_s_format() {
        assert_eq!(session_time_12(0), "00:00:00.00");
        assert_eq!(session_time_12(59_999), "00:00:59.99");
        assert_eq!(session_time_12(100 * 3_600_000), "100:00:00.00");
        assert_eq!(session_time_12(20_000 * 3_600_000), "9999:59:59.99");
        assert_eq!(session_time_2004(0), "PT0H0M0.00S");
        assert_eq!(session_time_2004(90_000), "PT0H1M30.00S");
    }
}
