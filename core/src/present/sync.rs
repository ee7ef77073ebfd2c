//! Keeping two windows of one presentation in step over a same-origin channel. Each window
//! applies commands to its own copy and sends the whole resulting [`PresentState`]; a window
//! adopts a copy only if it is newer (higher revision; equal revisions are ordered by the
//! writer's id, so two windows that changed at once still end up with the same copy).
//! A window that opens asks for the current copy with [`Message::Hello`].

use super::deck::Deck;
use super::state::PresentState;
use serde::{Deserialize, Serialize};

/// Name of the `BroadcastChannel` both windows use.
pub const CHANNEL_NAME: &str = "amane-present";

/// What goes over the channel.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Message {
    /// A window opened on this block and asks for the current state.
    Hello {
        /// Module id.
        module: String,
        /// What is presented: its [`Deck::address`].
        block: String,
    },
    /// A window's current state, after a change or in answer to `Hello`.
    State(PresentState),
}

impl Message {
    /// The message as JSON text.
    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// A message from JSON text; `None` for anything else.
    pub fn decode(text: &str) -> Option<Self> {
        serde_json::from_str(text).ok()
    }

    /// Whether a `Hello` asks about the block of `deck`.
    pub fn is_hello_for(&self, deck: &Deck<'_>) -> bool {
        matches!(self, Message::Hello { module, block } if module == deck.module && *block == deck.address())
    }
}

impl PresentState {
    /// Whether `incoming` should replace this copy: it is for this block, fits it, and is
    /// newer.
    pub fn is_superseded_by(&self, incoming: &PresentState, deck: &Deck<'_>) -> bool {
        deck.accepts(incoming)
            && (incoming.revision, incoming.writer) > (self.revision, self.writer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::fixtures::module;
    use crate::present::state::Command;

    #[test]
    fn messages_round_trip_as_json() {
        let m = module();
        let deck = Deck::find(&m, "story").unwrap();
        let mut s = deck.start();
        s.apply(&deck, Command::Next, 0, 3);
        s.apply(&deck, Command::SetTally(1, 4), 0, 3);
        s.apply(&deck, Command::TimerToggle, 5_000, 3);
        for message in [
            Message::State(s),
            Message::Hello {
                module: "m".into(),
                block: "story".into(),
            },
        ] {
            let text = message.encode();
            assert_eq!(Message::decode(&text), Some(message), "{text}");
        }
        assert_eq!(Message::decode("not json"), None);
        assert_eq!(Message::decode(r#"{"type":"other"}"#), None);
    }

    #[test]
    fn commands_are_plain_json_too() {
        let text = serde_json::to_string(&Command::SetTally(1, 4)).unwrap();
        assert_eq!(text, r#"{"do":"set-tally","arg":[1,4]}"#);
        let back: Command = serde_json::from_str(&text).unwrap();
        assert_eq!(back, Command::SetTally(1, 4));
    }

    #[test]
    fn two_windows_converge_whoever_changes() {
        let m = module();
        let deck = Deck::find(&m, "story").unwrap();
        let (projector, presenter) = (1, 2);
        let mut a = deck.start();
        let mut b = deck.start();
        // The projector steps; the presenter adopts.
        a.apply(&deck, Command::Next, 0, projector);
        assert!(b.is_superseded_by(&a, &deck));
        b = a.clone();
        // The presenter counts hands; the projector adopts.
        b.apply(&deck, Command::Add(0), 0, presenter);
        assert!(a.is_superseded_by(&b, &deck));
        assert!(!b.is_superseded_by(&a, &deck), "an older copy is ignored");
        a = b.clone();
        // Both change at once: the same revision, the writer id decides, both agree.
        a.apply(&deck, Command::Add(1), 0, projector);
        b.apply(&deck, Command::Add(0), 0, presenter);
        assert_eq!(a.revision, b.revision);
        let a_takes_b = a.is_superseded_by(&b, &deck);
        let b_takes_a = b.is_superseded_by(&a, &deck);
        assert!(a_takes_b ^ b_takes_a, "exactly one side gives way");
        assert!(
            !a.is_superseded_by(&a.clone(), &deck),
            "the same copy is not newer"
        );
    }

    #[test]
    fn copies_for_another_block_or_that_do_not_fit_are_ignored() {
        let m = module();
        let story = Deck::find(&m, "story").unwrap();
        let check = Deck::find(&m, "check").unwrap();
        let mine = story.start();
        let mut other = check.start();
        other.revision = 50;
        assert!(!mine.is_superseded_by(&other, &story));
        let mut broken = story.start();
        broken.revision = 50;
        broken.trail[0].tally = vec![3];
        assert!(!mine.is_superseded_by(&broken, &story));
        let hello = Message::Hello {
            module: "m".into(),
            block: "story".into(),
        };
        assert!(hello.is_hello_for(&story));
        assert!(!hello.is_hello_for(&check));
    }
}
