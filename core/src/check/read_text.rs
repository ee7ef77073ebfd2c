//! The words a learner reads in a module file: the file with everything else blanked out.
//!
//! Kept: the title, summary and content warning of the front matter, headings, prose,
//! callouts, questions, options, feedback and scenario text. Blanked: the rest of the front
//! matter (its `[[sources]]`), code (fenced blocks other than quizzes and scenarios, and
//! `` `spans` ``), URLs (link targets, `<…>` and bare addresses), `{#id .type}` attributes,
//! `[^citations]`, `[!MARKERS]`, fence lines and `[//]: #` comments. Every blanked character
//! becomes spaces of the same byte length, so offsets, and so `file:line:col`, stay true.

use std::ops::Range;

/// `text` with what a learner does not read replaced by spaces (line breaks kept).
pub(crate) fn read_text(text: &str) -> String {
    let mut blank: Vec<Range<usize>> = Vec::new();
    let mut section = Section::Start;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let whole = offset..offset + line.trim_end_matches(['\n', '\r']).len();
        offset += line.len();
        let trimmed = line.trim();
        section = match section {
            Section::Start if trimmed == "+++" => Section::Front,
            Section::Front | Section::Sources if trimmed == "+++" => Section::Body,
            Section::Front if !trimmed.starts_with('[') => {
                // `title = "…"`: the key is not read, the text is.
                let key = line.find('=').map_or(0, |at| at + 1);
                blank.push(whole.start..whole.start + key);
                Section::Front
            }
            Section::Front | Section::Sources => Section::Sources,
            Section::Code(fence) if closes(trimmed, &fence) => Section::Body,
            Section::Code(fence) => Section::Code(fence),
            Section::Block if opened_fence(trimmed).is_some_and(|(_, info)| info.is_empty()) => {
                Section::Body
            }
            _ => match opened_fence(trimmed) {
                Some((_, info)) if is_block(info) => Section::Block,
                Some((fence, _)) => Section::Code(fence),
                None if trimmed.starts_with("[//]:") => section,
                None => {
                    blank.extend(
                        inline_blanks(line).map(|r| whole.start + r.start..whole.start + r.end),
                    );
                    continue;
                }
            },
        };
        if section != Section::Front {
            blank.push(whole);
        }
    }
    let mut bytes = text.as_bytes().to_vec();
    for range in blank {
        bytes[range].fill(b' ');
    }
    String::from_utf8(bytes).expect("whole characters are blanked")
}

/// Where a line of a module file is.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Section {
    /// Before the front matter.
    Start,
    /// The front matter's own fields.
    Front,
    /// The front matter from its first table (`[[sources]]`) on.
    Sources,
    /// Lesson text, including quiz and scenario blocks.
    Body,
    /// Inside a quiz or scenario block (read like the body).
    Block,
    /// Inside a code block opened by this fence.
    Code(String),
}

/// The fence (```` ``` ```` or `~~~`, three or more) opening a code block, and its info.
fn opened_fence(trimmed: &str) -> Option<(String, &str)> {
    let mark = trimmed.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let fence: String = trimmed.chars().take_while(|c| *c == mark).collect();
    (fence.len() >= 3).then(|| (fence.clone(), trimmed[fence.len()..].trim()))
}

/// Whether `trimmed` closes a code block opened by `fence`.
fn closes(trimmed: &str, fence: &str) -> bool {
    let mark = &fence[..1];
    trimmed.len() >= fence.len() && trimmed.trim_start_matches(mark).is_empty()
}

/// Whether a fence's info opens a quiz or a scenario, whose text learners read.
fn is_block(info: &str) -> bool {
    matches!(info.split_whitespace().next(), Some("quiz" | "scenario"))
}

/// The parts of a prose line a learner does not read as words: code spans, link targets,
/// addresses, attributes, citations and markers.
fn inline_blanks(line: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < line.len() {
            let rest = &line[at..];
            let found = if rest.starts_with('`') {
                let ticks = rest.len() - rest.trim_start_matches('`').len();
                rest[ticks..]
                    .find(&rest[..ticks])
                    .map(|end| end + 2 * ticks)
            } else if rest.starts_with("](") {
                rest.find(')').map(|end| end + 1)
            } else if ["[^", "[!"].iter().any(|p| rest.starts_with(p)) {
                rest.find(']').map(|end| end + 1)
            } else if ["[ ]", "[x]", "[X]"].iter().any(|p| rest.starts_with(p)) {
                Some(3)
            } else if rest.starts_with('<') {
                rest.find('>')
                    .filter(|&end| rest[..end].contains([':', '@']) && !rest[..end].contains(' '))
                    .map(|end| end + 1)
            } else if rest.starts_with('{') {
                rest.find('}')
                    .filter(|_| {
                        rest[1..].starts_with(['#', '.']) || rest[1..].starts_with("points=")
                    })
                    .map(|end| end + 1)
            } else if ["https://", "http://", "www."]
                .iter()
                .any(|p| rest.starts_with(p))
            {
                Some(
                    rest.find(|c: char| c.is_whitespace() || ")>»\"".contains(c))
                        .unwrap_or(rest.len()),
                )
            } else {
                None
            };
            let start = at;
            match found {
                Some(len) => {
                    at += len;
                    return Some(start..at);
                }
                None => at += rest.chars().next().map_or(1, char::len_utf8),
            }
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::read_text;

    #[test]
    fn front_matter_keys_sources_and_code_are_blanked_and_offsets_kept() {
        let text = "+++\ntitle = \"Le module\"\nminutes = 5\n\n[[sources]]\ntitle = \"Le module source\"\n+++\n\n\
                    ## Un module {#un}\n\nVoir `le module` et [le site](https://module.example) <https://x.example/module>.\n\n\
                    ```text\nmodule\n```\n\n```quiz q\n### Quel module ? {#q .single points=2}\n\n- [x] Ce module[^src]\n```\n";
        let read = read_text(text);
        assert_eq!(read.len(), text.len());
        let words: Vec<&str> = read.split_whitespace().collect();
        assert_eq!(
            words,
            [
                "+++", "\"Le", "module\"", "5", "##", "Un", "module", "Voir", "et", "[le", "site",
                ".", "###", "Quel", "module", "?", "-", "Ce", "module"
            ]
        );
        let heading = text.find("Un module").unwrap();
        assert_eq!(&read[heading..heading + 9], "Un module");
    }
}
