//! A first pass over untrusted JSON text, before it is parsed: refuses nesting deeper than
//! any progress file and the non-numbers JSON does not have (`NaN`, `Infinity`, numbers too
//! large for a float), saying where. One loop, no recursion, so any input is safe to scan.

use super::error::ImportError;

/// Deepest bracket nesting accepted. A progress file nests five levels.
pub const MAX_DEPTH: usize = 16;

/// Where the scan is in the text, 1-based, counted in characters.
#[derive(Clone, Copy)]
struct Position {
    line: usize,
    column: usize,
}

impl Position {
    fn advance(&mut self, c: char) {
        if c == '\n' {
            self.line += 1;
            self.column = 1;
        } else {
            self.column += 1;
        }
    }
}

/// Checks nesting depth and bare words and numbers outside strings.
pub fn scan(text: &str) -> Result<(), ImportError> {
    let mut at = Position { line: 1, column: 1 };
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut word: Option<(usize, Position)> = None;
    for (index, c) in text.char_indices() {
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
        } else if c.is_ascii_alphanumeric() || matches!(c, '-' | '+' | '.') {
            word.get_or_insert((index, at));
        } else {
            if let Some((start, word_at)) = word.take() {
                check_word(&text[start..index], word_at)?;
            }
            match c {
                '"' => in_string = true,
                '[' | '{' => {
                    depth += 1;
                    if depth > MAX_DEPTH {
                        return Err(ImportError::TooDeep { limit: MAX_DEPTH });
                    }
                }
                ']' | '}' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        at.advance(c);
    }
    match word {
        Some((start, word_at)) => check_word(&text[start..], word_at),
        None => Ok(()),
    }
}

/// Refuses a bare word that reads as a float but not a finite one (`NaN`, `inf`, `Infinity`,
/// `1e999`, with any sign or case); anything else (true, false, null, ordinary numbers,
/// typos) is left to the JSON parser.
fn check_word(word: &str, at: Position) -> Result<(), ImportError> {
    if word.parse::<f64>().is_ok_and(|number| !number.is_finite()) {
        return Err(ImportError::NotANumber {
            line: at.line,
            column: at.column,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(text: &str) -> Option<&'static str> {
        scan(text).err().map(|error| error.key().as_str())
    }

    #[test]
    fn non_numbers_are_refused_where_they_are() {
        assert_eq!(
            scan("{\n  \"updated\": NaN\n}"),
            Err(ImportError::NotANumber {
                line: 2,
                column: 14
            })
        );
        for text in ["[Infinity]", "[-Infinity]", "[1e999]", "[-1E400]", "[inf]"] {
            assert_eq!(key(text), Some("import-not-a-number"), "{text}");
        }
    }

    #[test]
    fn ordinary_json_words_and_numbers_pass() {
        let text = r#"{"a": [true, false, null, 0, -1, 2.5e3, 1764000000000]}"#;
        assert_eq!(scan(text), Ok(()));
    }

    #[test]
    fn words_inside_strings_are_text_not_numbers() {
        assert_eq!(scan(r#"["NaN", "Infinity", "say \"inf\""]"#), Ok(()));
    }

    #[test]
    fn brackets_inside_strings_do_not_count_as_nesting() {
        let text = format!(r#"["{}\"{}"]"#, "[".repeat(100), "{".repeat(100));
        assert_eq!(scan(&text), Ok(()));
    }

    #[test]
    fn nesting_is_refused_just_past_the_limit() {
        let nested = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        assert_eq!(scan(&nested(MAX_DEPTH)), Ok(()));
        assert_eq!(key(&nested(MAX_DEPTH + 1)), Some("import-too-deep"));
    }
}
