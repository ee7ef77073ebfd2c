//! Numbers written as digit groups separated by spaces (`+212 6 24 40 58 89`, `20 000`) read in
//! their written order in right-to-left text. The Unicode bidi algorithm gives the spaces
//! between the groups the paragraph's direction, so in Arabic the groups of a phone number
//! show in reverse order and a learner could dial a wrong number. Each such number is wrapped
//! in a left-to-right element (`dir="ltr"`, which browsers isolate), with no mark from the
//! author.

use std::ops::Range;

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

/// The element a number is wrapped in.
const OPEN: &str = "<span class=\"digits\" dir=\"ltr\">";
/// Its end.
const CLOSE: &str = "</span>";

/// Wraps every spaced number of the text events in `events` in a left-to-right element,
/// except in code blocks and image descriptions (which are not HTML). Each text is scanned
/// once; the events are rebuilt only when one holds a spaced number.
pub(crate) fn isolate_digit_groups(events: &mut Vec<Event<'_>>) {
    let mut found: Vec<(usize, Vec<Range<usize>>)> = Vec::new();
    let mut verbatim = 0usize;
    for (at, event) in events.iter().enumerate() {
        match event {
            Event::Start(Tag::CodeBlock(_) | Tag::Image { .. }) => verbatim += 1,
            Event::End(TagEnd::CodeBlock | TagEnd::Image) => verbatim = verbatim.saturating_sub(1),
            Event::Text(text) if verbatim == 0 => {
                let numbers = spaced_numbers(text);
                if !numbers.is_empty() {
                    found.push((at, numbers));
                }
            }
            _ => {}
        }
    }
    if found.is_empty() {
        return;
    }
    let mut out = Vec::with_capacity(events.len() + 4 * found.len());
    let mut next = found.into_iter().peekable();
    for (at, event) in events.drain(..).enumerate() {
        match (next.next_if(|(index, _)| *index == at), &event) {
            (Some((_, numbers)), Event::Text(text)) => split_text(text, &numbers, &mut out),
            _ => out.push(event),
        }
    }
    *events = out;
}

/// Pushes `text` as text events with each of `numbers` (byte ranges, in order) wrapped.
fn split_text<'a>(text: &str, numbers: &[Range<usize>], out: &mut Vec<Event<'a>>) {
    let mut at = 0;
    for number in numbers {
        if number.start > at {
            out.push(Event::Text(CowStr::from(
                text[at..number.start].to_string(),
            )));
        }
        out.push(Event::InlineHtml(CowStr::Borrowed(OPEN)));
        out.push(Event::Text(CowStr::from(text[number.clone()].to_string())));
        out.push(Event::InlineHtml(CowStr::Borrowed(CLOSE)));
        at = number.end;
    }
    if at < text.len() {
        out.push(Event::Text(CowStr::from(text[at..].to_string())));
    }
}

/// A space that may separate two digit groups: the plain space, the no-break space and the
/// narrow no-break space (French typography).
fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}')
}

/// A digit, Western or Arabic-Indic.
fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('\u{660}'..='\u{669}').contains(&c)
}

/// The byte ranges of `text` that are numbers of two or more digit groups separated by single
/// spaces, with an optional leading `+`, not inside a word.
pub(crate) fn spaced_numbers(text: &str) -> Vec<Range<usize>> {
    if !text.chars().any(is_digit) {
        return Vec::new();
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let after_word = i > 0 && chars[i - 1].1.is_alphanumeric();
        let plus = chars[i].1 == '+' && chars.get(i + 1).is_some_and(|c| is_digit(c.1));
        if after_word || !(plus || is_digit(chars[i].1)) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = group_end(&chars, if plus { i + 1 } else { i });
        let mut groups = 1;
        while end + 1 < chars.len() && is_group_space(chars[end].1) && is_digit(chars[end + 1].1) {
            end = group_end(&chars, end + 1);
            groups += 1;
        }
        let ends_word = chars.get(end).is_some_and(|c| c.1.is_alphanumeric());
        if groups >= 2 && !ends_word {
            let stop = chars.get(end).map_or(text.len(), |c| c.0);
            found.push(chars[start].0..stop);
        }
        i = end.max(i + 1);
    }
    found
}

/// The index just past the digits that start at `from`.
fn group_end(chars: &[(usize, char)], from: usize) -> usize {
    let mut end = from;
    while end < chars.len() && is_digit(chars[end].1) {
        end += 1;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers(text: &str) -> Vec<&str> {
        spaced_numbers(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn a_phone_number_with_its_plus_is_one_number() {
        assert_eq!(
            numbers("اتصل بالرقم +212 6 24 40 58 89 مجانا"),
            ["+212 6 24 40 58 89"]
        );
        assert_eq!(numbers("0800 00 25 11."), ["0800 00 25 11"]);
        assert_eq!(
            numbers("de 2\u{a0}000 à 20\u{202f}000 DH"),
            ["2\u{a0}000", "20\u{202f}000"]
        );
        assert_eq!(numbers("٠٨٠٠ ٠٠ ٢٥ ١١"), ["٠٨٠٠ ٠٠ ٢٥ ١١"]);
    }

    #[test]
    fn single_groups_and_numbers_inside_words_are_left_alone() {
        assert!(numbers("Appelle le 19 ou le 177, loi 103-13, article 447-3.").is_empty());
        assert!(numbers("a1 2 et 3 4b").is_empty());
        assert!(numbers("deux  espaces 1  2").is_empty());
        assert!(numbers("+ 212 seul").is_empty());
    }
}
