//! The pieces `suspend_data` is written with: numbers in base 36, ids with every character
//! outside `A-Z a-z 0-9 _ -` escaped as `%XX` (UTF-8 bytes), so that the punctuation between
//! them (`/ ; : , = . * ~`) never appears inside one, and a reader that takes them back.

/// Digits of base 36, lowest first.
const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// A number in base 36 (`1764000000000` → `"mihuofk0"`).
pub fn number(value: u64) -> String {
    if value == 0 {
        return "0".to_owned();
    }
    let mut digits = Vec::new();
    let mut rest = value;
    while rest > 0 {
        digits.push(DIGITS[(rest % 36) as usize]);
        rest /= 36;
    }
    digits.reverse();
    String::from_utf8(digits).expect("base-36 digits are ASCII")
}

/// A signed difference as a number: `b - a` folded so that small steps either way stay short
/// (0, -1, 1, -2, 2 … → 0, 1, 2, 3, 4 …).
pub fn difference(a: u64, b: u64) -> String {
    let folded = if b >= a {
        (b - a).saturating_mul(2)
    } else {
        (a - b).saturating_mul(2) - 1
    };
    number(folded)
}

/// Undoes [`difference`]: `a` plus the difference read back.
pub fn apply_difference(a: u64, folded: u64) -> Option<u64> {
    if folded % 2 == 0 {
        a.checked_add(folded / 2)
    } else {
        a.checked_sub(folded / 2 + 1)
    }
}

/// An id with every character outside `A-Z a-z 0-9 _ -` escaped.
pub fn id(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || byte == b'_' || byte == b'-' {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Why a `suspend_data` text could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable {
    /// Where reading stopped (a byte offset in the text).
    pub at: usize,
}

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "suspend_data unreadable at character {}", self.at)
    }
}

impl std::error::Error for Unreadable {}

/// Reads back what the functions above wrote, one piece at a time.
pub struct Reader<'a> {
    text: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `text`.
    pub fn new(text: &'a str) -> Self {
        Reader {
            text: text.as_bytes(),
            at: 0,
        }
    }

    /// The error for the current position.
    pub fn error(&self) -> Unreadable {
        Unreadable { at: self.at }
    }

    /// The next byte, without taking it.
    pub fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    /// Whether everything was read.
    pub fn at_end(&self) -> bool {
        self.at == self.text.len()
    }

    /// Takes `byte` if it comes next; returns whether it did.
    pub fn take(&mut self, byte: u8) -> bool {
        let next = self.peek() == Some(byte);
        if next {
            self.at += 1;
        }
        next
    }

    /// Takes `byte`, which must come next.
    pub fn expect(&mut self, byte: u8) -> Result<(), Unreadable> {
        if self.take(byte) {
            Ok(())
        } else {
            Err(self.error())
        }
    }

    /// Takes the bytes `literal`, which must come next.
    pub fn expect_all(&mut self, literal: &str) -> Result<(), Unreadable> {
        literal.bytes().try_for_each(|byte| self.expect(byte))
    }

    /// Whether the next byte is a piece of a number or id (not punctuation).
    pub fn at_piece(&self) -> bool {
        self.peek()
            .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-' || b == b'%')
    }

    /// A number written by [`number`].
    pub fn number(&mut self) -> Result<u64, Unreadable> {
        let start = self.at;
        let mut value: u64 = 0;
        while let Some(digit) = self.peek().and_then(|b| (b as char).to_digit(36)) {
            if self.peek().is_some_and(|b| b.is_ascii_uppercase()) {
                break;
            }
            value = value
                .checked_mul(36)
                .and_then(|v| v.checked_add(u64::from(digit)))
                .ok_or(Unreadable { at: start })?;
            self.at += 1;
        }
        if self.at == start {
            return Err(self.error());
        }
        Ok(value)
    }

    /// A number that must fit in 32 bits.
    pub fn small(&mut self) -> Result<u32, Unreadable> {
        let at = self.at;
        u32::try_from(self.number()?).map_err(|_| Unreadable { at })
    }

    /// An index (a number that must fit in `usize`).
    pub fn index(&mut self) -> Result<usize, Unreadable> {
        let at = self.at;
        usize::try_from(self.number()?).map_err(|_| Unreadable { at })
    }

    /// An id written by [`id`] (possibly empty).
    pub fn id(&mut self) -> Result<String, Unreadable> {
        let start = self.at;
        let mut bytes = Vec::new();
        while let Some(byte) = self.peek() {
            if byte == b'%' {
                let hex = self
                    .text
                    .get(self.at + 1..self.at + 3)
                    .ok_or(self.error())?;
                let hex = std::str::from_utf8(hex).map_err(|_| self.error())?;
                bytes.push(u8::from_str_radix(hex, 16).map_err(|_| self.error())?);
                self.at += 3;
            } else if byte.is_ascii_alphanumeric() || byte == b'_' || byte == b'-' {
                bytes.push(byte);
                self.at += 1;
            } else {
                break;
            }
        }
        String::from_utf8(bytes).map_err(|_| Unreadable { at: start })
    }

    /// Items separated by `separator` up to (not including) the next byte that is neither a
    /// piece nor `separator`; nothing at all is an empty list.
    pub fn list<T>(
        &mut self,
        separator: u8,
        mut item: impl FnMut(&mut Self) -> Result<T, Unreadable>,
    ) -> Result<Vec<T>, Unreadable> {
        let mut items = Vec::new();
        if !self.at_piece() {
            return Ok(items);
        }
        loop {
            items.push(item(self)?);
            if !self.take(separator) {
                return Ok(items);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_back_from_zero_to_the_largest() {
        for value in [0, 1, 35, 36, 1_764_000_000_000, u64::MAX] {
            assert_eq!(Reader::new(&number(value)).number(), Ok(value));
        }
    }

    #[test]
    fn a_number_too_large_is_refused_rather_than_wrapped() {
        let too_large = format!("{}0", number(u64::MAX));
        assert!(Reader::new(&too_large).number().is_err());
    }

    #[test]
    fn differences_read_back_either_way() {
        for (a, b) in [(10, 10), (10, 11), (11, 10), (0, u64::MAX / 2), (1000, 0)] {
            let folded = Reader::new(&difference(a, b)).number().unwrap();
            assert_eq!(apply_difference(a, folded), Some(b));
        }
        assert_eq!(difference(10, 10), "0");
        assert_eq!(difference(10, 9), "1");
    }

    #[test]
    fn ids_with_any_character_read_back_and_never_contain_punctuation() {
        for text in ["02-mots-de-passe", "é.t/é;:,=*~%", "أمان", ""] {
            let written = id(text);
            assert!(written
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-' || b == b'%'));
            assert_eq!(Reader::new(&written).id().as_deref(), Ok(text));
        }
    }

    #[test]
    fn a_list_stops_at_other_punctuation() {
        let mut reader = Reader::new("a,b,c;d");
        assert_eq!(reader.list(b',', Reader::id).unwrap(), ["a", "b", "c"]);
        assert!(reader.take(b';'));
        assert_eq!(reader.id().as_deref(), Ok("d"));
        assert!(reader.at_end());
    }
}
