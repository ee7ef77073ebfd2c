//! Offline use: which files make the whole course, and where a "download for offline use"
//! stands after each report from the service worker.

use crate::check::{ASSESSMENT_FOLDER, GUIDE_FOLDER, HELP_FOLDER, PARENTS_FOLDER};
use crate::content::Course;

/// Every content file the app may fetch for `course`: the course map, each module, the help
/// page, the case guide, the parents' session and the final assessment (when the course has
/// one), in each of the course's languages, as URLs relative
/// to the page. The manifest itself is part of the app shell and is not listed.
pub fn course_files(course: &Course) -> Vec<String> {
    let mut files = Vec::with_capacity((course.modules.len() + 6) * course.languages.all().len());
    for locale in course.languages.codes() {
        files.push(format!("content/{}", crate::content::map_path(locale)));
    }
    for module in &course.modules {
        for locale in course.languages.codes() {
            files.push(format!("content/modules/{module}/{locale}.md"));
        }
    }
    let pages = if course.assessment.is_some() {
        &[HELP_FOLDER, GUIDE_FOLDER, PARENTS_FOLDER, ASSESSMENT_FOLDER][..]
    } else {
        &[HELP_FOLDER, GUIDE_FOLDER, PARENTS_FOLDER][..]
    };
    for page in pages {
        for locale in course.languages.codes() {
            files.push(format!("content/{page}/{locale}.md"));
        }
    }
    files
}

/// Where the course stands for offline use on this device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OfflineState {
    /// Not known yet (the service worker has not answered).
    Unknown,
    /// Some files are not on the device yet: the download button is offered.
    Missing {
        /// Files already on the device.
        stored: usize,
        /// Files the course has.
        total: usize,
    },
    /// A download is under way.
    Downloading {
        /// Files stored so far.
        done: usize,
        /// Files to store.
        total: usize,
    },
    /// Every file is on the device.
    Ready,
    /// The last download stopped before the end (network lost, server error).
    Failed,
}

/// A report from the service worker about a set of files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Report {
    /// Files on the device so far.
    pub done: usize,
    /// Files in the set.
    pub total: usize,
    /// Files that could not be fetched.
    pub failed: usize,
    /// Whether this is the last report of the set.
    pub finished: bool,
}

impl OfflineState {
    /// The state after the answer to "which of these files are stored?".
    pub fn from_status(report: Report) -> Self {
        if report.total > 0 && report.done >= report.total {
            OfflineState::Ready
        } else {
            OfflineState::Missing {
                stored: report.done,
                total: report.total,
            }
        }
    }

    /// The state after a progress report of a download.
    pub fn after_download_report(report: Report) -> Self {
        match report {
            Report {
                finished: false,
                done,
                total,
                ..
            } => OfflineState::Downloading {
                done: done.min(total),
                total,
            },
            Report { failed: 0, .. } if report.done >= report.total => OfflineState::Ready,
            _ => OfflineState::Failed,
        }
    }

    /// Whether the download button should be offered.
    pub fn can_download(self) -> bool {
        matches!(self, OfflineState::Missing { .. } | OfflineState::Failed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn course(locales: &[&str], modules: &[&str]) -> Course {
        Course {
            id: "c".into(),
            version: "1".into(),
            title: Vec::new(),
            languages: crate::i18n::Languages::plain(locales).expect("test codes"),
            modules: modules.iter().map(|s| s.to_string()).collect(),
            pass_mark: 70,
            quick_exit_url: "https://example.org".into(),
            issuer: None,
            assessment: None,
        }
    }

    fn report(done: usize, total: usize, failed: usize, finished: bool) -> Report {
        Report {
            done,
            total,
            failed,
            finished,
        }
    }

    #[test]
    fn the_map_every_module_and_page_in_every_language() {
        let files = course_files(&course(&["fr", "ar"], &["01-a", "02-b"]));
        assert_eq!(
            files,
            [
                "content/map/fr.toml",
                "content/map/ar.toml",
                "content/modules/01-a/fr.md",
                "content/modules/01-a/ar.md",
                "content/modules/02-b/fr.md",
                "content/modules/02-b/ar.md",
                "content/help/fr.md",
                "content/help/ar.md",
                "content/guide/fr.md",
                "content/guide/ar.md",
                "content/plans/parents/fr.md",
                "content/plans/parents/ar.md",
            ]
        );
    }

    #[test]
    fn the_shipped_course_lists_files_that_exist() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../content");
        let text = std::fs::read_to_string(format!("{root}/course.toml")).unwrap();
        let course = crate::content::parse_course("course.toml", &text).unwrap();
        let files = course_files(&course);
        assert_eq!(
            files.len(),
            (course.modules.len() + 5) * course.languages.all().len(),
            "the map, every module, the help page, the guide, the parents' session and the \
             assessment"
        );
        for file in files {
            let path = format!("{root}/{}", file.trim_start_matches("content/"));
            assert!(std::path::Path::new(&path).is_file(), "{path} is missing");
        }
    }

    #[test]
    fn status_is_ready_only_when_every_file_is_stored() {
        assert_eq!(
            OfflineState::from_status(report(30, 30, 0, true)),
            OfflineState::Ready
        );
        let partial = OfflineState::from_status(report(4, 30, 0, true));
        assert_eq!(
            partial,
            OfflineState::Missing {
                stored: 4,
                total: 30
            }
        );
        assert!(partial.can_download());
        assert!(!OfflineState::Ready.can_download());
        assert!(!OfflineState::Unknown.can_download());
    }

    #[test]
    fn an_empty_set_is_not_ready() {
        assert!(OfflineState::from_status(report(0, 0, 0, true)).can_download());
    }

    #[test]
    fn download_reports_show_progress_then_the_outcome() {
        assert_eq!(
            OfflineState::after_download_report(report(3, 30, 0, false)),
            OfflineState::Downloading { done: 3, total: 30 }
        );
        assert_eq!(
            OfflineState::after_download_report(report(30, 30, 0, true)),
            OfflineState::Ready
        );
        let failed = OfflineState::after_download_report(report(29, 30, 1, true));
        assert_eq!(failed, OfflineState::Failed);
        assert!(failed.can_download());
    }

    #[test]
    fn progress_never_shows_more_than_the_total() {
        assert_eq!(
            OfflineState::after_download_report(report(31, 30, 0, false)),
            OfflineState::Downloading {
                done: 30,
                total: 30
            }
        );
    }
}
