//! Whole numbers in decimal digits; floats, dates, times and other bases are refused with
//! what to write instead.

use super::cursor::{suggestion, Reader};
use super::value::Problem;

impl Reader<'_> {
    /// Reads a decimal integer; refuses floats, dates, times and other bases, saying what to
    /// write instead.
    pub(super) fn number(&mut self, key: &str) -> Result<i64, Problem> {
        let at = self.pos;
        let len = self
            .rest()
            .bytes()
            .take_while(|b| {
                b.is_ascii_alphanumeric() || matches!(b, b'_' | b'+' | b'-' | b'.' | b':')
            })
            .count();
        let token = &self.text[at..at + len];
        let digits = token.strip_prefix(['+', '-']).unwrap_or(token);
        let refuse = |message: String| Err(Problem::new(at, message));
        let date_like = token.len() >= 5
            && token.as_bytes()[..4].iter().all(u8::is_ascii_digit)
            && token.as_bytes()[4] == b'-';
        let time_like = token.len() >= 3
            && token.as_bytes()[..2].iter().all(u8::is_ascii_digit)
            && token.as_bytes()[2] == b':';
        if date_like || time_like {
            let what = if date_like { "dates" } else { "times" };
            return refuse(format!(
                "write {what} in quotes: {}",
                suggestion(key, token)
            ));
        }
        if ["0x", "0o", "0b"]
            .iter()
            .any(|base| digits.starts_with(base))
        {
            return refuse(format!(
                "write whole numbers in decimal digits: `{token}` is not read"
            ));
        }
        let float_like = ["inf", "nan"].contains(&digits)
            || (digits.starts_with(|c: char| c.is_ascii_digit())
                && digits.contains(['.', 'e', 'E']));
        if float_like {
            return refuse(format!(
                "only whole numbers are read: write 5, or text in quotes: {}",
                suggestion(key, token)
            ));
        }
        let well_formed = is_decimal(digits);
        if !well_formed {
            return refuse(format!(
                "`{token}` is not a number: write digits (5, 1_000), or text in quotes"
            ));
        }
        let plain: String = token.chars().filter(|&c| c != '_').collect();
        let number = plain
            .parse::<i64>()
            .or_else(|_| refuse(format!("`{token}` is too large a number")))?;
        self.pos += len;
        Ok(number)
    }
}

/// Digits with single `_` between them, and no `0` in front of others.
fn is_decimal(digits: &str) -> bool {
    let bytes = digits.as_bytes();
    let groups_ok = digits
        .split('_')
        .all(|group| !group.is_empty() && group.bytes().all(|b| b.is_ascii_digit()));
    groups_ok && !(bytes.len() > 1 && bytes[0] == b'0')
}
