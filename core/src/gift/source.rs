//! Reading a GIFT file: byte-order mark and CRLF removed, `//` comment lines dropped, blank
//! lines separating questions, GIFT escapes (`\=`, `\~`, `\#`, `\{`, `\}`, `\:`, `\\`, `\n`)
//! resolved. Every character keeps its position so messages can point at it.

/// A 1-based position in the GIFT file (column in characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    /// Line, from 1.
    pub line: u32,
    /// Column in characters, from 1.
    pub col: u32,
}

/// One character of a question with where it was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sym {
    /// The character (for an escape, the character it stands for).
    pub c: char,
    /// True when written with a backslash: it is text, never syntax.
    pub escaped: bool,
    /// Where it was written (for an escape, where the backslash is).
    pub pos: Pos,
}

impl Sym {
    /// True when this is the unescaped syntax character `c`.
    pub fn is(&self, c: char) -> bool {
        self.c == c && !self.escaped
    }
}

/// The characters of one question (or `$CATEGORY:` line), lines joined by `\n`.
pub type Chunk = Vec<Sym>;

/// Splits a GIFT file into chunks separated by blank lines.
pub fn chunks(text: &str) -> Vec<Chunk> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut chunks = Vec::new();
    let mut current: Chunk = Vec::new();
    for (index, line) in text.split('\n').enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        let number = u32::try_from(index + 1).unwrap_or(u32::MAX);
        let trimmed = line.trim_start();
        if trimmed.is_empty() {
            if !current.is_empty() {
                chunks.push(std::mem::take(&mut current));
            }
            continue;
        }
        if trimmed.starts_with("//") {
            continue;
        }
        if let Some(last) = current.last() {
            let end = Pos {
                line: last.pos.line,
                col: last.pos.col + 1,
            };
            current.push(Sym {
                c: '\n',
                escaped: false,
                pos: end,
            });
        }
        current.extend(line_syms(line, number));
    }
    if !current.is_empty() {
        chunks.push(current);
    }
    chunks
}

/// The characters of one line, escapes resolved.
fn line_syms(line: &str, number: u32) -> Vec<Sym> {
    let chars: Vec<char> = line.chars().collect();
    let mut syms = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let pos = Pos {
            line: number,
            col: u32::try_from(i + 1).unwrap_or(u32::MAX),
        };
        let escaped = match (chars[i], chars.get(i + 1)) {
            ('\\', Some('n')) => Some('\n'),
            ('\\', Some(&next)) if "~=#{}:\\".contains(next) => Some(next),
            _ => None,
        };
        match escaped {
            Some(c) => {
                syms.push(Sym {
                    c,
                    escaped: true,
                    pos,
                });
                i += 2;
            }
            None => {
                syms.push(Sym {
                    c: chars[i],
                    escaped: false,
                    pos,
                });
                i += 1;
            }
        }
    }
    syms
}

/// The text of some characters, as written once escapes are resolved.
pub fn text_of(syms: &[Sym]) -> String {
    syms.iter().map(|s| s.c).collect()
}

/// The characters with leading and trailing whitespace removed.
pub fn trim(syms: &[Sym]) -> &[Sym] {
    let start = syms
        .iter()
        .position(|s| !s.c.is_whitespace())
        .unwrap_or(syms.len());
    let end = syms
        .iter()
        .rposition(|s| !s.c.is_whitespace())
        .map_or(start, |i| i + 1);
    &syms[start..end]
}

/// Index of the first unescaped occurrence of `pattern` (all characters unescaped).
pub fn find(syms: &[Sym], pattern: &str) -> Option<usize> {
    let pattern: Vec<char> = pattern.chars().collect();
    (0..syms.len()).find(|&i| {
        pattern.len() <= syms.len() - i && pattern.iter().zip(&syms[i..]).all(|(c, s)| s.is(*c))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(gift: &str) -> Vec<String> {
        chunks(gift).iter().map(|c| text_of(c)).collect()
    }

    #[test]
    fn blank_lines_separate_questions_and_comment_lines_vanish() {
        let gift = "// a comment\nQ1 {T}\n\n\n  // another\nQ2\n{F}\n";
        assert_eq!(texts(gift), vec!["Q1 {T}", "Q2\n{F}"]);
    }

    #[test]
    fn bom_and_crlf_are_removed_and_positions_stay_right() {
        let found = chunks("\u{feff}A {T}\r\n\r\nB {F}\r\n");
        assert_eq!(found.len(), 2);
        assert_eq!(text_of(&found[0]), "A {T}");
        let brace = found[1][2];
        assert_eq!((brace.c, brace.pos), ('{', Pos { line: 3, col: 3 }));
    }

    #[test]
    fn escapes_become_text_and_unknown_backslashes_stay() {
        let chunk = &chunks(r"a\=b\~c\#d\{e\}f\:g\\h\ni\*j")[0];
        assert_eq!(text_of(chunk), "a=b~c#d{e}f:g\\h\ni\\*j");
        assert!(chunk.iter().filter(|s| s.escaped).count() == 8);
        assert_eq!(find(chunk, "="), None);
        assert_eq!(find(chunk, "*"), Some(chunk.len() - 2));
    }

    #[test]
    fn arabic_columns_count_characters() {
        let chunk = &chunks("ما هو التصيد؟ {T}")[0];
        let brace = chunk[find(chunk, "{").unwrap()];
        assert_eq!(brace.pos, Pos { line: 1, col: 15 });
    }
}
