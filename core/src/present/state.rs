//! The presentation as a state machine. A scenario goes, node by node: narrative (`Read`) →
//! numbered choices and hand tallies (`Vote`) → the consequence of the room's choice
//! (`Reveal`) → the node it leads to; an ending then leads to the recap of the path the room
//! took. A question set goes: question and options (`Vote`) → right answers and explanation
//! (`Reveal`) → next question → recap.
//!
//! The state is a trail of [`Frame`]s, one per step shown: going back is dropping the last
//! one, so tallies and decisions come back as they were. It is plain data (serde) so a
//! window can send it to another; the revision and writer order the copies.

use super::deck::{Deck, DeckKind};
use super::timer::Timer;
use serde::{Deserialize, Serialize};

/// Most votes one choice can hold (a room, not a stadium; keeps the numbers on screen).
pub const MAX_VOTES: u32 = 999;

/// Where in the block a step is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum At {
    /// A scenario node, by id.
    Node(String),
    /// A question, by index in its set.
    Question(usize),
    /// The end: the path the room took, or the room's answers.
    Recap,
    /// A lesson step's text: the only step of a lesson step's presentation.
    Lesson,
}

/// What a step shows of its node or question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Phase {
    /// The narrative only (scenario nodes, endings and the recap).
    Read,
    /// The choices, numbered, with the hand tallies; answers still hidden.
    Vote,
    /// The answer or the consequence of the room's choice.
    Reveal,
}

/// What a step shows, as the trainer's windows name it: the recap and a lesson step have
/// no phases; a node or question is read, voted on or revealed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Showing {
    /// The recap of the path or the answers.
    Recap,
    /// A lesson step's text.
    Lesson,
    /// A node's narrative.
    Read,
    /// Choices and tallies.
    Vote,
    /// The answer or consequence.
    Reveal,
}

impl Showing {
    /// What a step at `at` in `phase` shows.
    pub fn of(at: &At, phase: Phase) -> Self {
        match (at, phase) {
            (At::Recap, _) => Showing::Recap,
            (At::Lesson, _) => Showing::Lesson,
            (_, Phase::Read) => Showing::Read,
            (_, Phase::Vote) => Showing::Vote,
            (_, Phase::Reveal) => Showing::Reveal,
        }
    }

    /// Its name in no language ("recap", "vote"…), for the page's markup.
    pub fn name(self) -> &'static str {
        match self {
            Showing::Recap => "recap",
            Showing::Lesson => "lesson",
            Showing::Read => "read",
            Showing::Vote => "vote",
            Showing::Reveal => "reveal",
        }
    }
}

/// One step shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Frame {
    /// Node, question or recap.
    pub at: At,
    /// What is shown of it.
    pub phase: Phase,
    /// Hands counted per choice, in the numbered order (empty when nothing is voted).
    pub tally: Vec<u32>,
    /// The trainer's pick, which overrides the majority.
    pub pick: Option<usize>,
}

impl Frame {
    fn new(at: At, phase: Phase) -> Self {
        Frame {
            at,
            phase,
            tally: Vec::new(),
            pick: None,
        }
    }

    /// What this step shows.
    pub fn showing(&self) -> Showing {
        Showing::of(&self.at, self.phase)
    }

    /// The choice that counts: the trainer's pick, else a clear majority; `None` on a tie
    /// or with no votes (then the trainer must pick).
    pub fn decided(&self) -> Option<usize> {
        self.pick.or(match majority(&self.tally) {
            Majority::Clear(i) => Some(i),
            Majority::NoVotes | Majority::Tie(_) => None,
        })
    }
}

/// What the hands say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Majority {
    /// Nobody voted.
    NoVotes,
    /// One choice has more votes than any other.
    Clear(usize),
    /// These choices share the most votes.
    Tie(Vec<usize>),
}

/// The majority of a tally.
pub fn majority(tally: &[u32]) -> Majority {
    let top = tally.iter().copied().max().unwrap_or(0);
    if top == 0 {
        return Majority::NoVotes;
    }
    let leaders: Vec<usize> = (0..tally.len()).filter(|&i| tally[i] == top).collect();
    match leaders.as_slice() {
        [one] => Majority::Clear(*one),
        _ => Majority::Tie(leaders),
    }
}

/// Each choice's share of the votes in whole percent (rounded half up; all 0 with no votes).
/// Rounded shares may add up to 99 or 101: each number is the honest rounding of its count.
pub fn percents(tally: &[u32]) -> Vec<u32> {
    let total: u64 = tally.iter().map(|&v| u64::from(v)).sum();
    tally
        .iter()
        .map(|&v| {
            if total == 0 {
                0
            } else {
                ((u64::from(v) * 200 + total) / (2 * total)) as u32
            }
        })
        .collect()
}

/// What a trainer (or a touch on screen) asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "do", content = "arg")]
pub enum Command {
    /// The next step (reveals first when something is still hidden).
    Next,
    /// Back one step, as it was.
    Previous,
    /// Show what is hidden at this step: the choices, then the answer or consequence.
    Reveal,
    /// The trainer picks choice `n` (0-based), or un-picks it when already picked.
    Pick(usize),
    /// One more hand for choice `n`.
    Add(usize),
    /// One hand less for choice `n`.
    Remove(usize),
    /// Sets the hands counted for a choice: `(choice, votes)`.
    SetTally(usize, u32),
    /// Starts the countdown, or stops it when it runs.
    TimerToggle,
    /// Back to the full duration, stopped.
    TimerReset,
    /// Changes the duration by this many seconds (stays between 10 s and 60 min).
    TimerAdjust(i32),
    /// Back to the first step, tallies cleared.
    Restart,
}

/// A decision the room took on the way, for the recap.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decision {
    /// Node or question.
    pub at: At,
    /// The choice that counted (numbered order).
    pub choice: Option<usize>,
    /// Whether the trainer picked it (rather than the majority).
    pub picked: bool,
    /// The hands counted.
    pub tally: Vec<u32>,
}

/// A presentation, as both windows hold it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PresentState {
    /// Module id.
    pub module: String,
    /// What is presented: its [`Deck::address`].
    pub block: String,
    /// Bumped by every change; a window adopts another's copy only if it is newer.
    pub revision: u64,
    /// The window that made the last change (breaks ties between equal revisions).
    pub writer: u32,
    /// The steps shown so far; the last one is on screen. Never empty.
    pub trail: Vec<Frame>,
    /// The countdown.
    pub timer: Timer,
}

impl Deck<'_> {
    /// The first step of the presentation, at revision 0.
    pub fn start(&self) -> PresentState {
        PresentState {
            module: self.module.to_owned(),
            block: self.address(),
            revision: 0,
            writer: 0,
            trail: vec![self.first_frame()],
            timer: Timer::default(),
        }
    }

    fn first_frame(&self) -> Frame {
        match self.kind {
            DeckKind::Scenario(s) => match s.nodes.first() {
                Some(n) => Frame::new(At::Node(n.id.clone()), Phase::Read),
                None => Frame::new(At::Recap, Phase::Read),
            },
            DeckKind::Questions(q) if q.questions.is_empty() => Frame::new(At::Recap, Phase::Read),
            DeckKind::Questions(_) => self.vote_frame(At::Question(0)),
            DeckKind::Lesson(_) => Frame::new(At::Lesson, Phase::Read),
        }
    }

    fn vote_frame(&self, at: At) -> Frame {
        let n = self.choices(&at).len();
        Frame {
            tally: vec![0; n],
            ..Frame::new(at, Phase::Vote)
        }
    }

    /// The step after `frame`, if there is one (`None` also while the room's choice in a
    /// scenario is undecided).
    fn after(&self, frame: &Frame) -> Option<Frame> {
        match (&frame.at, frame.phase) {
            (At::Recap | At::Lesson, _) => None,
            (at, Phase::Read) => Some(if self.choices(at).is_empty() {
                Frame::new(At::Recap, Phase::Read)
            } else {
                self.vote_frame(at.clone())
            }),
            (At::Node(_), Phase::Vote) => frame.decided().map(|_| Frame {
                phase: Phase::Reveal,
                ..frame.clone()
            }),
            (At::Question(_), Phase::Vote) => Some(Frame {
                phase: Phase::Reveal,
                ..frame.clone()
            }),
            (at @ At::Node(_), Phase::Reveal) => {
                let next = self.target(at, frame.decided()?)?;
                Some(Frame::new(At::Node(next.id.clone()), Phase::Read))
            }
            (At::Question(i), Phase::Reveal) => Some(if i + 1 < self.question_count() {
                self.vote_frame(At::Question(i + 1))
            } else {
                Frame::new(At::Recap, Phase::Read)
            }),
        }
    }

    /// Whether `state` fits this block (a message from another window is checked before it
    /// is adopted: right block, known steps, tallies the size of the choices).
    pub fn accepts(&self, state: &PresentState) -> bool {
        state.module == self.module
            && state.block == self.address()
            && !state.trail.is_empty()
            && state.trail.iter().all(|f| {
                let n = self.choices(&f.at).len();
                let voting = f.phase != Phase::Read;
                self.has(&f.at)
                    && (f.tally.len() == if voting { n } else { 0 })
                    && f.pick.is_none_or(|p| p < n)
                    && f.tally.iter().all(|&v| v <= MAX_VOTES)
            })
    }
}

impl PresentState {
    /// The step on screen.
    pub fn frame(&self) -> &Frame {
        // The trail is never empty: it starts with one frame and Previous keeps the first.
        self.trail.last().expect("a presentation always has a step")
    }

    fn frame_mut(&mut self) -> &mut Frame {
        self.trail
            .last_mut()
            .expect("a presentation always has a step")
    }

    /// The step `Next` would show, if any (for the presenter's "next up").
    pub fn upcoming(&self, deck: &Deck<'_>) -> Option<Frame> {
        deck.after(self.frame())
    }

    /// Whether a scenario is waiting for the trainer to pick (tie or no votes).
    pub fn needs_pick(&self) -> bool {
        let f = self.frame();
        matches!(f.at, At::Node(_)) && f.phase == Phase::Vote && f.decided().is_none()
    }

    /// Applies `command` at time `now_ms` (for the timer) on behalf of window `writer`.
    /// Returns whether anything changed; a change bumps the revision.
    pub fn apply(&mut self, deck: &Deck<'_>, command: Command, now_ms: u64, writer: u32) -> bool {
        let before = (self.trail.clone(), self.timer);
        match command {
            Command::Next => {
                if let Some(next) = deck.after(self.frame()) {
                    self.trail.push(next);
                }
            }
            Command::Reveal => {
                let frame = self.frame();
                if frame.phase != Phase::Reveal && frame.at != At::Recap {
                    if let Some(next) = deck.after(frame).filter(|n| n.at == frame.at) {
                        self.trail.push(next);
                    }
                }
            }
            Command::Previous => {
                if self.trail.len() > 1 {
                    self.trail.pop();
                }
            }
            Command::Pick(i) => self.vote(
                |f| {
                    f.pick = if f.pick == Some(i) { None } else { Some(i) };
                },
                i,
            ),
            Command::Add(i) => self.vote(|f| f.tally[i] = (f.tally[i] + 1).min(MAX_VOTES), i),
            Command::Remove(i) => self.vote(|f| f.tally[i] = f.tally[i].saturating_sub(1), i),
            Command::SetTally(i, n) => self.vote(|f| f.tally[i] = n.min(MAX_VOTES), i),
            Command::TimerToggle => self.timer.toggle(now_ms),
            Command::TimerReset => self.timer.reset(),
            Command::TimerAdjust(secs) => self.timer.adjust(secs),
            Command::Restart => self.trail = vec![deck.first_frame()],
        }
        let changed = (&self.trail, &self.timer) != (&before.0, &before.1);
        if changed {
            self.revision += 1;
            self.writer = writer;
        }
        changed
    }

    /// Changes the tally or pick of choice `i`, only while the room votes.
    fn vote(&mut self, change: impl FnOnce(&mut Frame), i: usize) {
        let frame = self.frame_mut();
        if frame.phase == Phase::Vote && i < frame.tally.len() {
            change(frame);
        }
    }

    /// The decisions the room took, in order (for the recap): one per revealed node or
    /// question.
    pub fn room_path(&self) -> Vec<Decision> {
        self.trail
            .iter()
            .filter(|f| f.phase == Phase::Reveal)
            .map(|f| Decision {
                at: f.at.clone(),
                choice: f.decided(),
                picked: f.pick.is_some(),
                tally: f.tally.clone(),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::fixtures::module;

    fn run(deck: &Deck<'_>, commands: &[Command]) -> PresentState {
        let mut s = deck.start();
        for &c in commands {
            s.apply(deck, c, 0, 7);
        }
        s
    }

    fn here(s: &PresentState) -> (At, Phase) {
        (s.frame().at.clone(), s.frame().phase)
    }

    fn node(id: &str) -> At {
        At::Node(id.into())
    }

    use Command::*;

    #[test]
    fn a_scenario_goes_narrative_choices_consequence_then_the_chosen_node() {
        let m = module();
        let deck = Deck::find(&m, "story").unwrap();
        let mut s = deck.start();
        assert_eq!(here(&s), (node("start"), Phase::Read));
        assert!(s.frame().tally.is_empty(), "no tally before the choices");
        s.apply(&deck, Next, 0, 1);
        assert_eq!(here(&s), (node("start"), Phase::Vote));
        assert_eq!(s.frame().tally, [0, 0]);
        s.apply(&deck, Add(0), 0, 1);
        s.apply(&deck, Add(0), 0, 1);
        s.apply(&deck, Add(1), 0, 1);
        s.apply(&deck, Next, 0, 1);
        assert_eq!(here(&s), (node("start"), Phase::Reveal));
        s.apply(&deck, Next, 0, 1);
        assert_eq!(here(&s), (node("told"), Phase::Read), "the majority's node");
    }

    #[test]
    fn each_step_shows_its_phase_and_the_recap_and_a_lesson_have_none() {
        let m = module();
        let deck = Deck::find(&m, "story").unwrap();
        let mut s = deck.start();
        let mut seen = vec![s.frame().showing()];
        for command in [Next, Add(0), Next, Next] {
            s.apply(&deck, command, 0, 1);
            seen.push(s.frame().showing());
        }
        use Showing::*;
        assert_eq!(seen, [Read, Vote, Vote, Reveal, Read]);
        for phase in [Phase::Read, Phase::Vote, Phase::Reveal] {
            assert_eq!(Showing::of(&At::Recap, phase), Recap);
            assert_eq!(Showing::of(&At::Lesson, phase), Lesson);
        }
        assert_eq!(
            Showing::of(&At::Question(0), Phase::Reveal).name(),
            "reveal"
        );
    }

    #[test]
    fn a_tie_or_no_votes_waits_for_the_trainers_pick() {
        let m = module();
        let deck = Deck::find(&m, "story").unwrap();
        let mut s = run(&deck, &[Next]);
        assert!(s.needs_pick());
        assert!(!s.apply(&deck, Next, 0, 1), "no votes: cannot go on");
        assert!(!s.apply(&deck, Reveal, 0, 1));
        s.apply(&deck, Add(0), 0, 1);
        s.apply(&deck, Add(1), 0, 1);
        assert!(s.needs_pick(), "a tie");
        assert!(!s.apply(&deck, Next, 0, 1));
        s.apply(&deck, Pick(1), 0, 1);
        assert!(!s.needs_pick());
        s.apply(&deck, Next, 0, 1);
        s.apply(&deck, Next, 0, 1);
        assert_eq!(here(&s), (node("alone"), Phase::Read), "the pick decided");
    }

    #[test]
    fn the_trainers_pick_overrides_a_clear_majority_and_a_second_press_undoes_it() {
        let m = module();
        let deck = Deck::find(&m, "story").unwrap();
        let mut s = run(&deck, &[Next, Add(0), Add(0), Add(0), Pick(1)]);
        assert_eq!(s.frame().decided(), Some(1));
        s.apply(&deck, Pick(1), 0, 1);
        assert_eq!(s.frame().pick, None);
        assert_eq!(s.frame().decided(), Some(0));
        s.apply(&deck, Pick(1), 0, 1);
        let s = run(&deck, &[Next, Add(0), Add(0), Add(0), Pick(1), Next, Next]);
        assert_eq!(here(&s), (node("alone"), Phase::Read));
    }

    #[test]
    fn tallies_only_change_while_voting_and_stay_in_bounds() {
        let m = module();
        let deck = Deck::find(&m, "story").unwrap();
        let mut s = deck.start();
        assert!(
            !s.apply(&deck, Add(0), 0, 1),
            "no votes during the narrative"
        );
        s.apply(&deck, Next, 0, 1);
        assert!(!s.apply(&deck, Remove(0), 0, 1), "never below zero");
        assert!(!s.apply(&deck, Add(5), 0, 1), "no such choice");
        assert!(!s.apply(&deck, Pick(2), 0, 1), "no such choice");
        s.apply(&deck, SetTally(1, 12), 0, 1);
        s.apply(&deck, SetTally(0, 5000), 0, 1);
        assert_eq!(s.frame().tally, [MAX_VOTES, 12]);
        s.apply(&deck, Next, 0, 1);
        assert!(!s.apply(&deck, Add(1), 0, 1), "locked once revealed");
        assert_eq!(s.frame().tally, [MAX_VOTES, 12]);
    }

    #[test]
    fn reveal_shows_what_is_hidden_but_never_leaves_the_step() {
        let m = module();
        let deck = Deck::find(&m, "story").unwrap();
        let mut s = deck.start();
        s.apply(&deck, Reveal, 0, 1);
        assert_eq!(here(&s), (node("start"), Phase::Vote));
        s.apply(&deck, Add(1), 0, 1);
        s.apply(&deck, Reveal, 0, 1);
        assert_eq!(here(&s), (node("start"), Phase::Reveal));
        assert!(!s.apply(&deck, Reveal, 0, 1));
        s.apply(&deck, Next, 0, 1);
        assert_eq!(here(&s), (node("alone"), Phase::Read));
        assert!(
            !s.apply(&deck, Reveal, 0, 1),
            "an ending has nothing hidden"
        );
    }

    #[test]
    fn previous_brings_back_the_step_as_it_was() {
        let m = module();
        let deck = Deck::find(&m, "story").unwrap();
        let mut s = run(&deck, &[Next, Add(0), Add(0), Add(1), Next, Next]);
        assert_eq!(here(&s), (node("told"), Phase::Read));
        s.apply(&deck, Previous, 0, 1);
        assert_eq!(here(&s), (node("start"), Phase::Reveal));
        s.apply(&deck, Previous, 0, 1);
        assert_eq!(here(&s), (node("start"), Phase::Vote));
        assert_eq!(s.frame().tally, [2, 1], "the hands counted are kept");
        s.apply(&deck, Previous, 0, 1);
        assert!(!s.apply(&deck, Previous, 0, 1), "nothing before the start");
        assert_eq!(s.trail.len(), 1);
    }

    #[test]
    fn an_ending_leads_to_the_recap_of_the_rooms_path() {
        let m = module();
        let deck = Deck::find(&m, "story").unwrap();
        let s = run(
            &deck,
            &[
                Next,
                Add(0),
                Next,
                Next,
                Next,
                Add(1),
                Add(1),
                Pick(0),
                Next,
                Next,
            ],
        );
        assert_eq!(here(&s), (node("good"), Phase::Read));
        let mut s2 = s.clone();
        s2.apply(&deck, Next, 0, 1);
        assert_eq!(here(&s2), (At::Recap, Phase::Read));
        assert!(!s2.apply(&deck, Next, 0, 1), "nothing after the recap");
        let path = s2.room_path();
        assert_eq!(path.len(), 2);
        assert_eq!(path[0].at, node("start"));
        assert_eq!((path[0].choice, path[0].picked), (Some(0), false));
        assert_eq!(path[1].at, node("told"));
        assert_eq!((path[1].choice, path[1].picked), (Some(0), true));
        assert_eq!(path[1].tally, [0, 2]);
    }

    #[test]
    fn a_question_set_goes_question_answer_next_then_recap() {
        let m = module();
        let deck = Deck::find(&m, "check").unwrap();
        let mut s = deck.start();
        assert_eq!(here(&s), (At::Question(0), Phase::Vote));
        assert_eq!(s.frame().tally, [0, 0, 0]);
        assert!(!s.needs_pick(), "questions never wait for a pick");
        s.apply(&deck, Next, 0, 1);
        assert_eq!(
            here(&s),
            (At::Question(0), Phase::Reveal),
            "revealed with no votes"
        );
        s.apply(&deck, Next, 0, 1);
        assert_eq!(here(&s), (At::Question(1), Phase::Vote));
        assert!(
            s.frame().tally.is_empty(),
            "an ordering question has no vote"
        );
        s.apply(&deck, Next, 0, 1);
        s.apply(&deck, Next, 0, 1);
        assert_eq!(here(&s), (At::Question(2), Phase::Vote));
        s.apply(&deck, Add(0), 0, 1);
        s.apply(&deck, Next, 0, 1);
        s.apply(&deck, Next, 0, 1);
        assert_eq!(here(&s), (At::Recap, Phase::Read));
        let path = s.room_path();
        assert_eq!(path.len(), 3);
        assert_eq!(path[2].choice, Some(0));
        assert_eq!(path[0].choice, None);
    }

    #[test]
    fn a_lesson_step_is_one_screen_that_no_command_leaves() {
        let m = module();
        let deck = Deck::find(&m, "step.intro").unwrap();
        let mut s = deck.start();
        assert_eq!(here(&s), (At::Lesson, Phase::Read));
        assert!(s.upcoming(&deck).is_none(), "nothing comes next");
        for command in [Next, Reveal, Previous, Add(0), Pick(0), Restart] {
            assert!(!s.apply(&deck, command, 0, 1), "{command:?}");
        }
        assert!(
            s.apply(&deck, TimerToggle, 0, 1),
            "the countdown still works"
        );
        assert!(deck.accepts(&s));
        assert!(s.room_path().is_empty());
    }

    #[test]
    fn restart_goes_back_to_the_first_step_and_keeps_the_timer() {
        let m = module();
        let deck = Deck::find(&m, "check").unwrap();
        let mut s = run(&deck, &[Add(1), Next, Next]);
        s.apply(&deck, TimerToggle, 1_000, 1);
        s.apply(&deck, Restart, 2_000, 1);
        assert_eq!(s.trail, deck.start().trail);
        assert!(s.timer.is_running());
    }

    #[test]
    fn every_change_bumps_the_revision_and_names_the_writer() {
        let m = module();
        let deck = Deck::find(&m, "check").unwrap();
        let mut s = deck.start();
        assert!(s.apply(&deck, Add(0), 0, 42));
        assert_eq!((s.revision, s.writer), (1, 42));
        assert!(!s.apply(&deck, Previous, 0, 9), "nothing to undo");
        assert_eq!((s.revision, s.writer), (1, 42), "no change, no revision");
        s.apply(&deck, Next, 0, 9);
        assert_eq!((s.revision, s.writer), (2, 9));
    }

    #[test]
    fn majority_and_percentages() {
        assert_eq!(majority(&[]), Majority::NoVotes);
        assert_eq!(majority(&[0, 0]), Majority::NoVotes);
        assert_eq!(majority(&[1, 3, 2]), Majority::Clear(1));
        assert_eq!(majority(&[3, 1, 3]), Majority::Tie(vec![0, 2]));
        assert_eq!(percents(&[0, 0]), [0, 0]);
        assert_eq!(percents(&[1, 1, 1]), [33, 33, 33]);
        assert_eq!(percents(&[1, 2]), [33, 67]);
        assert_eq!(percents(&[1, 7]), [13, 88], "12.5 rounds up");
        assert_eq!(percents(&[5]), [100]);
    }

    #[test]
    fn states_from_elsewhere_are_checked_against_the_block() {
        let m = module();
        let deck = Deck::find(&m, "story").unwrap();
        let good = run(&deck, &[Next, Add(0), Next]);
        assert!(deck.accepts(&good));
        let other = Deck::find(&m, "check").unwrap();
        assert!(!other.accepts(&good), "another block");
        let mut bad = good.clone();
        bad.trail.clear();
        assert!(!deck.accepts(&bad), "no step");
        let mut bad = good.clone();
        bad.trail[0].at = At::Node("gone".into());
        assert!(!deck.accepts(&bad), "unknown node");
        let mut bad = good.clone();
        bad.trail[1].tally = vec![1];
        assert!(!deck.accepts(&bad), "tally of the wrong size");
        let mut bad = good;
        bad.trail[1].pick = Some(4);
        assert!(!deck.accepts(&bad), "pick out of range");
    }

    proptest::proptest! {
        #[test]
        fn any_command_sequence_keeps_a_state_the_deck_accepts(
            commands in proptest::collection::vec(0u8..11, 0..60),
            args in proptest::collection::vec(0usize..4, 60),
        ) {
            let m = module();
            for id in ["story", "check", "step.intro"] {
                let deck = Deck::find(&m, id).unwrap();
                let mut s = deck.start();
                for (k, (&c, &a)) in commands.iter().zip(args.iter()).enumerate() {
                    let command = match c {
                        0 => Next, 1 => Previous, 2 => Reveal, 3 => Pick(a), 4 => Add(a),
                        5 => Remove(a), 6 => SetTally(a, a as u32 * 3), 7 => TimerToggle,
                        8 => TimerReset, 9 => TimerAdjust(a as i32 * 30 - 60), _ => Restart,
                    };
                    let revision = s.revision;
                    let changed = s.apply(&deck, command, k as u64 * 500, 1);
                    proptest::prop_assert_eq!(s.revision, revision + u64::from(changed));
                    proptest::prop_assert!(deck.accepts(&s), "{:?} after {:?}", s, command);
                }
            }
        }
    }
}
