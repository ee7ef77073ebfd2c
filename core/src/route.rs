//! Hash routes: `parse_hash("#/m/03-phishing/2")` and back with [`Route::to_hash`]. Hash routing
//! works from any sub-path of any static server with no rewrite rules.

use crate::present::LESSON_PREFIX;

/// Every screen of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// Course map (`#/`).
    Home,
    /// One step of a module (`#/m/<module>/<n>`, 1-based; `#/m/<module>` is step 1).
    Step {
        /// Module id.
        module: String,
        /// 1-based step number.
        step: usize,
    },
    /// Module summary with the score (`#/m/<module>/summary`).
    Summary {
        /// Module id.
        module: String,
    },
    /// Help contacts and how to leave safely (`#/help`).
    Help,
    /// The case guide "what do I do now?" (`#/guide`).
    Guide,
    /// Language picker (`#/language`).
    Language,
    /// Export, import and delete my progress (`#/my-data`).
    MyData,
    /// Printable completion record (`#/certificate`).
    Certificate,
    /// The final assessment (`#/bilan`).
    Assessment,
    /// Trainer's session plan (`#/trainer`).
    Trainer,
    /// Class results built from the learners' results files (`#/trainer/results`).
    TrainerResults,
    /// The course's checker, for authors (`#/auteur`): every problem of the files served.
    Author,
    /// A printable session plan (`#/trainer/plan/<module>`); the id `parents`
    /// ([`crate::check::PARENTS_ID`]) is the parents' session.
    SessionPlan {
        /// Module id, or `parents`.
        module: String,
    },
    /// Projector view of one block or lesson step (`#/present/<module>/<block>`, or
    /// `#/present/<module>/step.<step>`).
    Present {
        /// Module id.
        module: String,
        /// Scenario or question-set id.
        block: String,
    },
    /// Presenter window paired with a projector view (`#/presenter/<module>/<block>`).
    Presenter {
        /// Module id.
        module: String,
        /// Scenario or question-set id.
        block: String,
    },
    /// Anything else: the path as it was typed.
    NotFound(String),
}

/// Whether `s` is a safe path segment (ids are ASCII letters, digits, `-` and `_`).
fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 80
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Whether `s` can name a presentation: a block id, or a lesson step's id after
/// [`LESSON_PREFIX`].
fn is_presentable(s: &str) -> bool {
    is_id(s.strip_prefix(LESSON_PREFIX).unwrap_or(s))
}

/// Parses `location.hash` (with or without the leading `#`) into a route.
pub fn parse_hash(hash: &str) -> Route {
    let path = hash.strip_prefix('#').unwrap_or(hash);
    let path = path.split(['?', '#']).next().unwrap_or("");
    let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    match parts.as_slice() {
        [] => Route::Home,
        ["help"] => Route::Help,
        ["guide"] => Route::Guide,
        ["language"] => Route::Language,
        ["my-data"] => Route::MyData,
        ["certificate"] => Route::Certificate,
        ["bilan"] => Route::Assessment,
        ["trainer"] => Route::Trainer,
        ["trainer", "results"] => Route::TrainerResults,
        ["auteur"] => Route::Author,
        ["trainer", "plan", m] if is_id(m) => Route::SessionPlan {
            module: (*m).to_owned(),
        },
        ["m", m] if is_id(m) => Route::Step {
            module: (*m).to_owned(),
            step: 1,
        },
        ["m", m, "summary"] if is_id(m) => Route::Summary {
            module: (*m).to_owned(),
        },
        ["m", m, n] if is_id(m) => match n.parse::<usize>() {
            Ok(step) if step >= 1 => Route::Step {
                module: (*m).to_owned(),
                step,
            },
            _ => Route::NotFound(path.to_owned()),
        },
        ["present", m, b] if is_id(m) && is_presentable(b) => Route::Present {
            module: (*m).to_owned(),
            block: (*b).to_owned(),
        },
        ["presenter", m, b] if is_id(m) && is_presentable(b) => Route::Presenter {
            module: (*m).to_owned(),
            block: (*b).to_owned(),
        },
        _ => Route::NotFound(path.to_owned()),
    }
}

impl Route {
    /// The first step of `module`, where its links on the map and elsewhere lead.
    pub fn start_of(module: &str) -> Route {
        Route::Step {
            module: module.to_owned(),
            step: 1,
        }
    }

    /// The hash that leads to this route, e.g. `#/m/03-phishing/2`.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Home => "#/".to_owned(),
            Route::Step { module, step } => format!("#/m/{module}/{step}"),
            Route::Summary { module } => format!("#/m/{module}/summary"),
            Route::Help => "#/help".to_owned(),
            Route::Guide => "#/guide".to_owned(),
            Route::Language => "#/language".to_owned(),
            Route::MyData => "#/my-data".to_owned(),
            Route::Certificate => "#/certificate".to_owned(),
            Route::Assessment => "#/bilan".to_owned(),
            Route::Trainer => "#/trainer".to_owned(),
            Route::TrainerResults => "#/trainer/results".to_owned(),
            Route::Author => "#/auteur".to_owned(),
            Route::SessionPlan { module } => format!("#/trainer/plan/{module}"),
            Route::Present { module, block } => format!("#/present/{module}/{block}"),
            Route::Presenter { module, block } => format!("#/presenter/{module}/{block}"),
            Route::NotFound(path) => format!("#/{path}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_module_starts_at_its_first_step() {
        assert_eq!(
            Route::start_of("03-phishing").to_hash(),
            "#/m/03-phishing/1"
        );
    }

    #[test]
    fn empty_and_root_hashes_are_home() {
        for h in ["", "#", "#/", "/", "#//"] {
            assert_eq!(parse_hash(h), Route::Home, "{h:?}");
        }
    }

    #[test]
    fn every_route_round_trips_through_its_hash() {
        let routes = [
            Route::Home,
            Route::Step {
                module: "03-phishing".into(),
                step: 2,
            },
            Route::Summary {
                module: "03-phishing".into(),
            },
            Route::Help,
            Route::Guide,
            Route::Language,
            Route::MyData,
            Route::Certificate,
            Route::Assessment,
            Route::Trainer,
            Route::TrainerResults,
            Route::Author,
            Route::SessionPlan {
                module: "05-reagir".into(),
            },
            Route::SessionPlan {
                module: "parents".into(),
            },
            Route::Present {
                module: "05-repondre".into(),
                block: "groupe".into(),
            },
            Route::Presenter {
                module: "05-repondre".into(),
                block: "groupe".into(),
            },
            Route::Present {
                module: "05-repondre".into(),
                block: "step.preuves".into(),
            },
        ];
        for r in routes {
            assert_eq!(parse_hash(&r.to_hash()), r);
        }
    }

    #[test]
    fn module_without_step_opens_step_one() {
        assert_eq!(
            parse_hash("#/m/01-intro"),
            Route::Step {
                module: "01-intro".into(),
                step: 1
            }
        );
    }

    #[test]
    fn bad_steps_and_unsafe_ids_are_not_found() {
        for h in [
            "#/m/x/0",
            "#/m/x/-1",
            "#/m/x/abc",
            "#/m/../1",
            "#/m/a%20b",
            "#/nowhere",
            "#/present/m/step.",
            "#/present/m/other.x",
            "#/trainer/plan",
            "#/trainer/plan/../x",
            "#/trainer/plan/a%20b",
            "#/trainer/plan/m/90",
        ] {
            assert!(matches!(parse_hash(h), Route::NotFound(_)), "{h}");
        }
    }

    #[test]
    fn a_session_plan_is_read_from_its_hash() {
        assert_eq!(
            parse_hash("#/trainer/plan/05-reagir"),
            Route::SessionPlan {
                module: "05-reagir".into()
            }
        );
        assert_eq!(
            Route::SessionPlan {
                module: crate::check::PARENTS_ID.into()
            }
            .to_hash(),
            "#/trainer/plan/parents"
        );
    }

    #[test]
    fn query_after_the_route_is_ignored() {
        assert_eq!(parse_hash("#/help?x=1"), Route::Help);
    }
}
