//! ```` ```guide <id> ```` blocks: a case guide for staff facing a real situation. It is
//! written like a scenario (`###` nodes, choices as links to nodes, `[!TRAINER]` notes) and
//! read by the same parser, with the rules below in place of a scenario's:
//! - endings are marked `.next-steps` and must hold next steps (at least one list);
//! - a choice carries no points and no consequence quoted under it (a guide never judges);
//! - no `[!DISCUSS]` prompt (a guide is followed, not debated).

use pulldown_cmark::{Event, Tag};

use crate::content::model::Ending;
use crate::content::report::findings::Findings;

/// Which kind of branching block is read, and so which rules apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Flow {
    /// A scored scenario with judged endings.
    Scenario,
    /// A case guide: never scored, every ending a list of next steps.
    Guide,
}

const SCENARIO_ENDINGS: [(&str, Ending); 3] = [
    ("end-good", Ending::Good),
    ("end-mixed", Ending::Mixed),
    ("end-bad", Ending::Bad),
];

const GUIDE_ENDINGS: [(&str, Ending); 1] = [("next-steps", Ending::NextSteps)];

impl Flow {
    /// The word authors write after the fence, used in messages.
    pub(crate) fn word(self) -> &'static str {
        match self {
            Flow::Scenario => "scenario",
            Flow::Guide => "guide",
        }
    }

    /// The marks an ending heading may carry, and the ending each makes.
    pub(crate) fn endings(self) -> &'static [(&'static str, Ending)] {
        match self {
            Flow::Scenario => &SCENARIO_ENDINGS,
            Flow::Guide => &GUIDE_ENDINGS,
        }
    }

    /// The ending marks as a message lists them: `.end-good, .end-mixed, .end-bad`.
    pub(crate) fn marks(self) -> String {
        self.endings()
            .iter()
            .map(|(name, _)| format!(".{name}"))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// How node `id` is marked as an ending, for messages.
    pub(crate) fn ending_heading(self, id: &str) -> String {
        match self {
            Flow::Scenario => format!("{{#{id} .end-good}}, .end-mixed or .end-bad"),
            Flow::Guide => format!("{{#{id} .next-steps}}"),
        }
    }

    /// The `[!…]` notes a node may hold.
    pub(crate) fn notes(self) -> &'static [&'static str] {
        match self {
            Flow::Scenario => &["DISCUSS", "TRAINER"],
            Flow::Guide => &["TRAINER"],
        }
    }

    /// Whether a choice may carry `{points=N}` and a consequence quoted under it.
    pub(crate) fn scored(self) -> bool {
        self == Flow::Scenario
    }
}

/// Reports a guide choice that carries points or a consequence, at the choice.
pub(crate) fn refuse_judgement(
    points: bool,
    feedback: bool,
    at: usize,
    findings: &mut Findings<'_>,
) {
    if points {
        findings.error(
            at,
            "a guide has no points: remove `{points=N}` after this choice",
        );
    }
    if feedback {
        findings.error(
            at,
            "a guide's choice has no consequence quoted under it: a guide never judges a \
             choice; write what to do in the node it leads to",
        );
    }
}

/// Reports a guide ending whose body holds no list of next steps, at its heading.
pub(crate) fn require_next_steps(
    id: &str,
    body: &[Event<'_>],
    at: usize,
    findings: &mut Findings<'_>,
) {
    if !body
        .iter()
        .any(|event| matches!(event, Event::Start(Tag::List(_))))
    {
        findings.error(
            at,
            format!(
                "ending `{id}` has no next steps: write them as lists under bold labels \
                 (what to do now, what not to do, whom to contact, what evidence to keep)"
            ),
        );
    }
}
