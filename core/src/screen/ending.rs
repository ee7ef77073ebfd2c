//! A scenario's ending as the learner and the room see it: in words, never colour alone.

use crate::content::Ending;
use crate::i18n::MessageKey;
use crate::key;

/// How an ending is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Judgement {
    /// The judgement in a few words ("Good outcome").
    pub label: MessageKey,
    /// What the judgement means for the learner.
    pub note: MessageKey,
    /// A CSS hook for the ending (`ending good`).
    pub class: &'static str,
}

/// How `ending` is shown, in the player and on the projector alike.
pub fn judgement(ending: Ending) -> Judgement {
    let (label, note, class) = match ending {
        Ending::Good => (
            key!("scenario-ending-good"),
            key!("scenario-ending-good-note"),
            "good",
        ),
        Ending::Mixed => (
            key!("scenario-ending-mixed"),
            key!("scenario-ending-mixed-note"),
            "mixed",
        ),
        Ending::Bad => (
            key!("scenario-ending-bad"),
            key!("scenario-ending-bad-note"),
            "bad",
        ),
        Ending::NextSteps => (
            key!("guide-next-steps"),
            key!("guide-next-steps-note"),
            "next-steps",
        ),
    };
    Judgement { label, note, class }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_ending_has_its_own_words_and_style() {
        let all = [Ending::Good, Ending::Mixed, Ending::Bad, Ending::NextSteps].map(judgement);
        let classes: std::collections::BTreeSet<_> = all.iter().map(|j| j.class).collect();
        let labels: std::collections::BTreeSet<_> = all.iter().map(|j| j.label).collect();
        assert_eq!((classes.len(), labels.len()), (4, 4));
        assert_eq!(judgement(Ending::Bad).class, "bad");
        assert_eq!(judgement(Ending::Good).note, "scenario-ending-good-note");
        assert_eq!(judgement(Ending::NextSteps).class, "next-steps");
    }
}
