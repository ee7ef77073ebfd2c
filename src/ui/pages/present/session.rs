//! One presentation as both windows hold it: the state from `amane_core::present`, the
//! block it is about, and the channel to the other window. Commands are applied here and
//! the resulting state is sent; a newer state from the other window replaces this one.

use crate::ui::content::LoadedModule;
use crate::web::channel::Channel;
use crate::web::clock::now_ms;
use crate::web::random;
use amane_core::present::{Command, Deck, Message, PresentState, CHANNEL_NAME};
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;

/// A presentation in this window.
#[derive(Clone, Copy)]
pub struct Session {
    /// The shared state (change it only through [`Session::dispatch`]).
    pub state: RwSignal<PresentState>,
    /// The time, refreshed twice a second for the countdown.
    pub now: RwSignal<u64>,
    /// Whether another window can be kept in sync (`BroadcastChannel` exists).
    pub linked: bool,
    loaded: StoredValue<Arc<LoadedModule>>,
    block: StoredValue<String>,
    channel: StoredValue<Option<Channel>, LocalStorage>,
    writer: u32,
}

impl Session {
    /// Starts presenting `block` of `loaded` (which must contain it), joins the channel and
    /// asks the other window, if any, for its state.
    pub fn new(loaded: Arc<LoadedModule>, block: String) -> Option<Self> {
        let start = Deck::find(&loaded.module, &block)?.start();
        let writer = random::nonzero_u32();
        let session = Session {
            state: RwSignal::new(start),
            now: RwSignal::new(now_ms()),
            linked: Channel::is_supported(),
            loaded: StoredValue::new(loaded),
            block: StoredValue::new(block),
            channel: StoredValue::new_local(None),
            writer,
        };
        let channel = Channel::open(CHANNEL_NAME, move |text| session.receive(&text));
        session.channel.set_value(channel);
        session.send(&Message::Hello {
            module: session.state.with_untracked(|s| s.module.clone()),
            block: session.block.get_value(),
        });
        if let Ok(tick) = set_interval_with_handle(
            move || session.now.set(now_ms()),
            Duration::from_millis(500),
        ) {
            on_cleanup(move || tick.clear());
        }
        on_cleanup(move || session.channel.set_value(None));
        Some(session)
    }

    /// Runs `f` with the block being presented.
    pub fn with_deck<R>(self, f: impl FnOnce(&Deck<'_>) -> R) -> Option<R> {
        let loaded = self.loaded.try_get_value()?;
        let block = self.block.try_get_value()?;
        Deck::find(&loaded.module, &block).map(|deck| f(&deck))
    }

    /// The module as loaded (its language, for `lang` and `dir`).
    pub fn loaded(self) -> Arc<LoadedModule> {
        self.loaded.get_value()
    }

    /// Applies `command` here and sends the result to the other window.
    pub fn dispatch(self, command: Command) {
        let mut next = self.state.get_untracked();
        let changed = self
            .with_deck(|deck| next.apply(deck, command, now_ms(), self.writer))
            .unwrap_or(false);
        if changed {
            self.now.set(now_ms());
            self.send(&Message::State(next.clone()));
            self.state.set(next);
        }
    }

    /// Handles a message from the other window.
    fn receive(self, text: &str) {
        match Message::decode(text) {
            Some(Message::State(incoming)) => {
                let newer = self
                    .with_deck(|deck| {
                        self.state
                            .with_untracked(|s| s.is_superseded_by(&incoming, deck))
                    })
                    .unwrap_or(false);
                if newer {
                    self.state.try_set(incoming);
                }
            }
            Some(hello @ Message::Hello { .. })
                if self.with_deck(|d| hello.is_hello_for(d)).unwrap_or(false) =>
            {
                if let Some(state) = self.state.try_get_untracked() {
                    self.send(&Message::State(state));
                }
            }
            _ => {}
        }
    }

    fn send(self, message: &Message) {
        self.channel.try_with_value(|c| {
            if let Some(c) = c {
                c.post(&message.encode());
            }
        });
    }
}
