//! Keyboard keys to presentation actions, the same in both windows: → or Page Down next,
//! ← or Page Up previous, Space or R reveal, 1–9 pick a choice, T start or stop the timer,
//! N notes, Esc leave. Presentation clickers send Page Down/Up or the arrows; the arrows keep
//! their meaning in right-to-left languages, as clickers do.
//!
//! Keys are read from `KeyboardEvent.key`, then from `KeyboardEvent.code` (the physical key),
//! so R, T and N also work on an Arabic keyboard layout, and Arabic-Indic digits count.

use super::state::Command;

/// What a key asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyAction {
    /// A change to the presentation, shared with the other window.
    Do(Command),
    /// Open the presenter window (or the notes panel when it cannot open).
    Notes,
    /// Leave the presentation.
    Leave,
}

/// Which keys act on the presentation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Shortcuts {
    /// Every key listed above.
    #[default]
    All,
    /// Only the arrows, Page Up/Down, Space and Esc: no letter or digit acts alone, for
    /// speech-input users whose words would otherwise be taken as keys (WCAG 2.1.4).
    NoCharacterKeys,
}

/// The keys that still act with [`Shortcuts::NoCharacterKeys`].
const NON_CHARACTER_KEYS: [&str; 6] = [
    "ArrowRight",
    "ArrowLeft",
    "PageDown",
    "PageUp",
    " ",
    "Escape",
];

/// The action for a key press (`key` and `code` of the `KeyboardEvent`); `None` for other
/// keys, for keys `shortcuts` turns off, and for any press with Ctrl, Alt or Meta, which
/// belong to the browser.
pub fn key_action(
    key: &str,
    code: &str,
    with_modifier: bool,
    shortcuts: Shortcuts,
) -> Option<KeyAction> {
    if with_modifier
        || (shortcuts == Shortcuts::NoCharacterKeys && !NON_CHARACTER_KEYS.contains(&key))
    {
        return None;
    }
    by_key(key).or_else(|| by_code(code))
}

fn by_key(key: &str) -> Option<KeyAction> {
    use Command::*;
    let action = match key {
        "ArrowRight" | "PageDown" => KeyAction::Do(Next),
        "ArrowLeft" | "PageUp" => KeyAction::Do(Previous),
        " " | "r" | "R" => KeyAction::Do(Reveal),
        "t" | "T" => KeyAction::Do(TimerToggle),
        "n" | "N" => KeyAction::Notes,
        "Escape" => KeyAction::Leave,
        _ => return digit(key).map(|d| KeyAction::Do(Pick(d - 1))),
    };
    Some(action)
}

fn by_code(code: &str) -> Option<KeyAction> {
    match code {
        "KeyR" | "Space" => by_key("r"),
        "KeyT" => by_key("t"),
        "KeyN" => by_key("n"),
        _ => {
            let d = code
                .strip_prefix("Digit")
                .or_else(|| code.strip_prefix("Numpad"))?;
            by_key(d)
        }
    }
}

/// 1–9 from a Western or Arabic-Indic digit.
fn digit(key: &str) -> Option<usize> {
    let mut chars = key.chars();
    let c = chars.next()?;
    if chars.next().is_some() {
        return None;
    }
    let d = match c {
        '1'..='9' => c as u32 - '0' as u32,
        '\u{661}'..='\u{669}' => c as u32 - 0x660,
        _ => return None,
    };
    Some(d as usize)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Command::*;

    fn key(k: &str) -> Option<KeyAction> {
        key_action(k, "", false, Shortcuts::All)
    }

    /// `key_action` with every shortcut on.
    fn all(k: &str, code: &str, with_modifier: bool) -> Option<KeyAction> {
        key_action(k, code, with_modifier, Shortcuts::All)
    }

    #[test]
    fn arrows_and_clicker_keys_step() {
        assert_eq!(key("ArrowRight"), Some(KeyAction::Do(Next)));
        assert_eq!(key("PageDown"), Some(KeyAction::Do(Next)));
        assert_eq!(key("ArrowLeft"), Some(KeyAction::Do(Previous)));
        assert_eq!(key("PageUp"), Some(KeyAction::Do(Previous)));
    }

    #[test]
    fn space_and_r_reveal_t_times_n_notes_escape_leaves() {
        assert_eq!(key(" "), Some(KeyAction::Do(Reveal)));
        assert_eq!(key("r"), Some(KeyAction::Do(Reveal)));
        assert_eq!(key("R"), Some(KeyAction::Do(Reveal)));
        assert_eq!(key("t"), Some(KeyAction::Do(TimerToggle)));
        assert_eq!(key("N"), Some(KeyAction::Notes));
        assert_eq!(key("Escape"), Some(KeyAction::Leave));
    }

    #[test]
    fn digits_one_to_nine_pick_a_choice() {
        assert_eq!(key("1"), Some(KeyAction::Do(Pick(0))));
        assert_eq!(key("9"), Some(KeyAction::Do(Pick(8))));
        assert_eq!(key("٣"), Some(KeyAction::Do(Pick(2))), "Arabic-Indic three");
        assert_eq!(key("0"), None);
        assert_eq!(key("10"), None);
    }

    #[test]
    fn the_physical_key_counts_on_other_layouts() {
        assert_eq!(all("ق", "KeyR", false), Some(KeyAction::Do(Reveal)));
        assert_eq!(all("ف", "KeyT", false), Some(KeyAction::Do(TimerToggle)));
        assert_eq!(all("ى", "KeyN", false), Some(KeyAction::Notes));
        assert_eq!(all("&", "Digit1", false), Some(KeyAction::Do(Pick(0))));
        assert_eq!(all("End", "Numpad1", false), Some(KeyAction::Do(Pick(0))));
    }

    #[test]
    fn without_character_keys_only_arrows_pages_space_and_escape_act() {
        let off = |k: &str, code: &str| key_action(k, code, false, Shortcuts::NoCharacterKeys);
        assert_eq!(off("ArrowRight", "ArrowRight"), Some(KeyAction::Do(Next)));
        assert_eq!(off("PageUp", "PageUp"), Some(KeyAction::Do(Previous)));
        assert_eq!(off(" ", "Space"), Some(KeyAction::Do(Reveal)));
        assert_eq!(off("Escape", "Escape"), Some(KeyAction::Leave));
        for (k, code) in [("r", "KeyR"), ("t", "KeyT"), ("n", "KeyN"), ("1", "Digit1")] {
            assert_eq!(off(k, code), None, "{k} is off");
        }
        assert_eq!(off("ق", "KeyR"), None, "a letter of another layout too");
        assert_eq!(off("٣", "Digit3"), None);
        assert_eq!(off("End", "Numpad1"), None);
    }

    #[test]
    fn other_keys_and_browser_shortcuts_do_nothing() {
        assert_eq!(key("a"), None);
        assert_eq!(key("Enter"), None);
        assert_eq!(all("x", "KeyX", false), None);
        assert_eq!(all("r", "KeyR", true), None, "Ctrl+R reloads");
        assert_eq!(all("ArrowRight", "ArrowRight", true), None);
    }
}
