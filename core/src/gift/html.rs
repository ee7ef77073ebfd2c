//! Formatted text as inline pieces, and HTML from Moodle (`[html]` and `[moodle]` text)
//! turned into them: bold, italic, code, allowed links and plain text. Every other tag is
//! dropped, scripts and styles with their content; images become their description.

use crate::content::markdown::entities::decode_entities;

/// A piece of formatted text.
#[derive(Clone, Debug, PartialEq)]
pub enum Inline {
    /// Literal text (escaped when written out).
    Text(String),
    /// Bold.
    Strong(Vec<Inline>),
    /// Italic.
    Emph(Vec<Inline>),
    /// Inline code.
    Code(String),
    /// A link whose URL passed the allow-list.
    Link {
        /// Link text.
        text: Vec<Inline>,
        /// Target (`https:`, `mailto:` or `tel:`).
        url: String,
    },
    /// A line break.
    Break,
    /// The blank of a missing-word question, written `___`.
    Blank,
    /// Author's Markdown, kept as written (HTML in it neutralised).
    Markdown(String),
}

/// What an open tag collects until it is closed.
enum Frame {
    Root,
    Strong,
    Emph,
    Link(Option<String>),
}

/// Converts HTML; `newlines_break` keeps line breaks of the source (Moodle's own format).
pub fn to_inlines(html: &str, newlines_break: bool, notes: &mut Vec<String>) -> Vec<Inline> {
    let mut builder = Builder {
        stack: vec![(Frame::Root, Vec::new())],
        notes,
    };
    let chars: Vec<char> = html.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '<' {
            if let Some((tag, end)) = read_tag(&chars, i) {
                i = builder.tag(&tag, &chars, end);
                continue;
            }
        }
        let end = chars[i + 1..]
            .iter()
            .position(|&c| c == '<')
            .map_or(chars.len(), |p| i + 1 + p);
        let text = decode_entities(&chars[i..end].iter().collect::<String>());
        builder.text(&text, newlines_break);
        i = end;
    }
    builder.finish()
}

/// An HTML tag as read.
struct Tag {
    name: String,
    closing: bool,
    attributes: Vec<(String, String)>,
}

impl Tag {
    fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

struct Builder<'a> {
    stack: Vec<(Frame, Vec<Inline>)>,
    notes: &'a mut Vec<String>,
}

impl Builder<'_> {
    fn push(&mut self, inline: Inline) {
        if let Some((_, children)) = self.stack.last_mut() {
            children.push(inline);
        }
    }

    fn text(&mut self, text: &str, newlines_break: bool) {
        for (n, line) in text.split('\n').enumerate() {
            if n > 0 {
                self.push(if newlines_break {
                    Inline::Break
                } else {
                    Inline::Text(" ".into())
                });
            }
            if !line.is_empty() {
                self.push(Inline::Text(line.to_string()));
            }
        }
    }

    /// Handles a tag ending at `end`; returns where reading goes on.
    fn tag(&mut self, tag: &Tag, chars: &[char], end: usize) -> usize {
        let name = tag.name.as_str();
        match (name, tag.closing) {
            ("script" | "style", false) => return skip_element(chars, end, name),
            ("code" | "tt" | "kbd" | "samp", false) => {
                let close = find_closing(chars, end, name);
                let code: String = chars[end..close.0].iter().collect();
                self.push(Inline::Code(decode_entities(&strip_tags(&code))));
                return close.1;
            }
            ("b" | "strong", false) => self.stack.push((Frame::Strong, Vec::new())),
            ("i" | "em", false) => self.stack.push((Frame::Emph, Vec::new())),
            ("a", false) => {
                let url = tag.attribute("href").map(str::to_string);
                self.stack.push((Frame::Link(url), Vec::new()));
            }
            ("b" | "strong" | "i" | "em" | "a", true) => self.close(name),
            ("img", _) => self.image(tag),
            (
                "br" | "p" | "div" | "li" | "ul" | "ol" | "tr" | "table" | "blockquote" | "hr"
                | "pre" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6",
                _,
            ) => self.push(Inline::Break),
            _ => {}
        }
        end
    }

    fn image(&mut self, tag: &Tag) {
        let alt = tag.attribute("alt").unwrap_or("").trim().to_string();
        let src = tag.attribute("src").unwrap_or("");
        self.notes.push(format!(
            "image `{src}` left out (add it to content/media/ and the module by hand)"
        ));
        if !alt.is_empty() {
            self.push(Inline::Text(alt));
        }
    }

    /// Closes the innermost open element of this kind (and anything left open inside it).
    fn close(&mut self, name: &str) {
        let matches = |frame: &Frame| match frame {
            Frame::Strong => matches!(name, "b" | "strong"),
            Frame::Emph => matches!(name, "i" | "em"),
            Frame::Link(_) => name == "a",
            Frame::Root => false,
        };
        if let Some(depth) = self.stack.iter().rposition(|(frame, _)| matches(frame)) {
            while self.stack.len() > depth {
                self.pop();
            }
        }
    }

    fn pop(&mut self) {
        let Some((frame, children)) = self.stack.pop() else {
            return;
        };
        let inline = match frame {
            Frame::Strong => Inline::Strong(children),
            Frame::Emph => Inline::Emph(children),
            Frame::Link(Some(url)) if is_allowed_url(&url) => Inline::Link {
                text: children,
                url: url.trim().to_string(),
            },
            Frame::Link(url) => {
                self.notes.push(format!(
                    "link to `{}` left out (only https:, mailto: and tel: links are kept)",
                    url.unwrap_or_default()
                ));
                for child in children {
                    self.push(child);
                }
                return;
            }
            Frame::Root => {
                self.stack.push((Frame::Root, children));
                return;
            }
        };
        self.push(inline);
    }

    fn finish(mut self) -> Vec<Inline> {
        while self.stack.len() > 1 {
            self.pop();
        }
        self.stack
            .pop()
            .map(|(_, children)| children)
            .unwrap_or_default()
    }
}

/// Links that may stay links: `https:`, `mailto:`, `tel:` (control characters ignored).
fn is_allowed_url(url: &str) -> bool {
    let cleaned: String = url
        .chars()
        .filter(|c| !c.is_control() && !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    ["https://", "mailto:", "tel:"]
        .iter()
        .any(|scheme| cleaned.starts_with(scheme))
}

/// Reads a tag, comment or declaration starting at `start` (a `<`); `None` when it is text.
fn read_tag(chars: &[char], start: usize) -> Option<(Tag, usize)> {
    let rest = &chars[start + 1..];
    if rest.starts_with(&['!', '-', '-']) {
        let close = (start + 4..chars.len().saturating_sub(2))
            .find(|&i| chars[i..].starts_with(&['-', '-', '>']))
            .map_or(chars.len(), |i| i + 3);
        return Some((ignored_tag(), close));
    }
    let (closing, name_start) = match rest.first() {
        Some('/') => (true, start + 2),
        Some('!' | '?') => (false, start + 2),
        _ => (false, start + 1),
    };
    if !chars.get(name_start)?.is_ascii_alphabetic() && !matches!(rest.first(), Some('!' | '?')) {
        return None;
    }
    let gt = chars[start..].iter().position(|&c| c == '>')? + start;
    let inside: String = chars[name_start..gt].iter().collect();
    let inside = inside.trim_end_matches('/');
    let name_len = inside
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(inside.len());
    let tag = Tag {
        name: inside[..name_len].to_ascii_lowercase(),
        closing,
        attributes: attributes(&inside[name_len..]),
    };
    Some((tag, gt + 1))
}

fn ignored_tag() -> Tag {
    Tag {
        name: String::new(),
        closing: false,
        attributes: Vec::new(),
    }
}

/// `name="value"`, `name='value'`, `name=value` and bare `name`.
fn attributes(text: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut rest = text.trim_start();
    while !rest.is_empty() {
        let name_len = rest
            .find(|c: char| c.is_whitespace() || c == '=')
            .unwrap_or(rest.len());
        let name = rest[..name_len].to_ascii_lowercase();
        rest = rest[name_len..].trim_start();
        let mut value = String::new();
        if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            let (raw, remaining) = match after.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let body = &after[1..];
                    let end = body.find(q).unwrap_or(body.len());
                    (&body[..end], body.get(end + 1..).unwrap_or(""))
                }
                _ => {
                    let end = after.find(char::is_whitespace).unwrap_or(after.len());
                    (&after[..end], &after[end..])
                }
            };
            value = decode_entities(raw);
            rest = remaining.trim_start();
        }
        if !name.is_empty() {
            found.push((name, value));
        }
    }
    found
}

/// Position of `</name>` after `from` (start, end after it), or the end of the text.
fn find_closing(chars: &[char], from: usize, name: &str) -> (usize, usize) {
    let mut i = from;
    while i < chars.len() {
        if chars[i] == '<' {
            if let Some((tag, end)) = read_tag(chars, i) {
                if tag.closing && tag.name == name {
                    return (i, end);
                }
            }
        }
        i += 1;
    }
    (chars.len(), chars.len())
}

fn skip_element(chars: &[char], from: usize, name: &str) -> usize {
    find_closing(chars, from, name).1
}

fn strip_tags(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        match (chars[i], read_tag(&chars, i)) {
            ('<', Some((_, end))) => i = end,
            (c, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::text::{to_markdown, Flow};
    use super::*;

    fn md(html: &str) -> (String, Vec<String>) {
        let mut notes = Vec::new();
        let inlines = to_inlines(html, false, &mut notes);
        (to_markdown(&inlines, Flow::Line), notes)
    }

    #[test]
    fn emphasis_and_code_become_markdown() {
        let (text, notes) = md("Is <b>this</b> <em>really</em> <code>a&lt;b</code>?");
        assert_eq!(text, "Is **this** *really* `a<b`?");
        assert!(notes.is_empty());
    }

    #[test]
    fn scripts_styles_comments_and_unknown_tags_leave_only_text() {
        let (text, _) = md(
            "<p onclick=\"x()\">Hi<script>alert(1)</script><style>p{}</style><!-- c --> <span>there</span></p>",
        );
        assert_eq!(text, "Hi there");
    }

    #[test]
    fn only_safe_links_stay_links() {
        let (text, notes) = md(
            "<a href=\"https://e3lam.ma/x y\">site</a> <a href='javascript:alert(1)'>bad</a> <a href=\"java\tscript:x\">b2</a>",
        );
        assert_eq!(text, "[site](https://e3lam.ma/x%20y) bad b2");
        assert_eq!(notes.len(), 2);
        assert!(notes[0].contains("javascript:alert(1)"));
    }

    #[test]
    fn images_become_their_description_with_a_note() {
        let (text, notes) = md("Look: <img src=\"@@PLUGINFILE@@/a.png\" alt=\"a phishing mail\"/>");
        assert_eq!(text, "Look: a phishing mail");
        assert_eq!(notes.len(), 1);
        assert!(notes[0].contains("@@PLUGINFILE@@/a.png"));
    }

    #[test]
    fn entities_are_decoded_then_escaped_as_text() {
        let (text, _) = md("1 &lt; 2 &amp;&amp; &#x41;&#66; &unknown; &");
        assert_eq!(text, r"1 \< 2 \&\& AB \&unknown; \&");
    }

    #[test]
    fn a_lone_less_than_sign_is_text() {
        let (text, _) = md("a < b and c<5");
        assert_eq!(text, r"a \< b and c\<5");
    }

    #[test]
    fn breaks_follow_the_format() {
        let mut notes = Vec::new();
        let moodle = to_inlines("one\ntwo<br>three", true, &mut notes);
        assert_eq!(to_markdown(&moodle, Flow::Block), "one\ntwo\nthree");
        let html = to_inlines("one\ntwo<br>three", false, &mut notes);
        assert_eq!(to_markdown(&html, Flow::Block), "one two\nthree");
    }
}
