//! GIFT text (in any of its four formats) turned into safe Markdown: HTML becomes Markdown
//! emphasis, links and plain text, never raw HTML; plain text is escaped so nothing in it
//! becomes markup.

use super::ast::{Format, Text};
use super::html;
pub use super::html::Inline;

/// Converted text and what the conversion could not keep.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rich {
    /// The text.
    pub inlines: Vec<Inline>,
    /// What was dropped (images, unsafe links), for the author.
    pub notes: Vec<String>,
}

/// How line breaks are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    /// On one line (a heading, a list item): breaks become spaces.
    Line,
    /// Lines kept (inside a blockquote).
    Block,
}

/// Converts GIFT text in its format.
pub fn convert(text: &Text) -> Rich {
    let mut notes = Vec::new();
    let inlines = match text.format {
        Format::Moodle => html::to_inlines(&text.body, true, &mut notes),
        Format::Html => html::to_inlines(&text.body, false, &mut notes),
        Format::Plain => plain(&text.body),
        Format::Markdown => vec![Inline::Markdown(neutralise_html(&text.body))],
    };
    Rich { inlines, notes }
}

fn plain(body: &str) -> Vec<Inline> {
    let mut inlines = Vec::new();
    for (i, line) in body.split('\n').enumerate() {
        if i > 0 {
            inlines.push(Inline::Break);
        }
        inlines.push(Inline::Text(line.to_string()));
    }
    inlines
}

/// The words of some text without any markup, on one line (for messages to the author).
pub fn plain_text(inlines: &[Inline]) -> String {
    fn collect(inlines: &[Inline], out: &mut String) {
        for inline in inlines {
            match inline {
                Inline::Text(text) | Inline::Code(text) | Inline::Markdown(text) => {
                    out.push_str(text)
                }
                Inline::Strong(inner) | Inline::Emph(inner) | Inline::Link { text: inner, .. } => {
                    collect(inner, out)
                }
                Inline::Break => out.push(' '),
                Inline::Blank => out.push_str("___"),
            }
        }
    }
    let mut out = String::new();
    collect(inlines, &mut out);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Writes inlines as Markdown.
pub fn to_markdown(inlines: &[Inline], flow: Flow) -> String {
    let mut out = String::new();
    write_inlines(&mut out, inlines, flow);
    tidy(&out, flow)
}

fn write_inlines(out: &mut String, inlines: &[Inline], flow: Flow) {
    for inline in inlines {
        match inline {
            Inline::Text(text) => write_text(out, text),
            Inline::Strong(inner) => write_wrapped(out, inner, "**", flow),
            Inline::Emph(inner) => write_wrapped(out, inner, "*", flow),
            Inline::Code(code) => write_code(out, code),
            Inline::Link { text, url } => {
                out.push('[');
                write_inlines(out, text, Flow::Line);
                out.push_str("](");
                out.push_str(&url_for_markdown(url));
                out.push(')');
            }
            Inline::Break => out.push('\n'),
            Inline::Blank => out.push_str(r"\_\_\_"),
            Inline::Markdown(markdown) => out.push_str(markdown),
        }
    }
}

/// Literal text: Markdown punctuation escaped, and list or heading markers at a line start.
fn write_text(out: &mut String, text: &str) {
    for c in text.chars() {
        if c.is_whitespace() && c != '\n' {
            out.push(' ');
            continue;
        }
        let special = "\\`*_[]<>#{}~&|".contains(c)
            || ("-+=".contains(c) && current_line(out).trim().is_empty())
            || (".)".contains(c) && is_line_start_number(current_line(out)));
        if special {
            out.push('\\');
        }
        out.push(c);
    }
}

fn current_line(out: &str) -> &str {
    out.rsplit('\n').next().unwrap_or("")
}

/// True when the line so far is only digits (so a `.` or `)` would start a list).
fn is_line_start_number(line: &str) -> bool {
    let line = line.trim_start();
    !line.is_empty() && line.chars().all(|c| c.is_ascii_digit())
}

/// Emphasis markers hug the text (spaces moved outside) so Markdown sees them.
fn write_wrapped(out: &mut String, inner: &[Inline], marker: &str, flow: Flow) {
    let mut content = String::new();
    write_inlines(&mut content, inner, flow);
    let trimmed = content.trim();
    if trimmed.is_empty() {
        out.push_str(&content);
        return;
    }
    if content.starts_with(char::is_whitespace) {
        out.push(' ');
    }
    out.push_str(marker);
    out.push_str(trimmed);
    out.push_str(marker);
    if content.ends_with(char::is_whitespace) {
        out.push(' ');
    }
}

fn write_code(out: &mut String, code: &str) {
    let code = code.split_whitespace().collect::<Vec<_>>().join(" ");
    if code.is_empty() {
        return;
    }
    let fence = if code.contains('`') { "`` " } else { "`" };
    out.push_str(fence);
    out.push_str(&code);
    out.push_str(&fence.chars().rev().collect::<String>());
}

fn url_for_markdown(url: &str) -> String {
    url.chars()
        .map(|c| match c {
            ' ' => "%20".to_string(),
            '(' => "%28".to_string(),
            ')' => "%29".to_string(),
            '<' => "%3C".to_string(),
            '>' => "%3E".to_string(),
            c => c.to_string(),
        })
        .collect()
}

/// Spaces collapsed, lines trimmed, at most one empty line in a row; one line for `Flow::Line`.
fn tidy(text: &str, flow: Flow) -> String {
    let mut lines: Vec<String> = Vec::new();
    for line in text.split('\n') {
        let line = line
            .split([' ', '\t'])
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let previous_empty = lines.last().is_none_or(|l| l.is_empty());
        if !line.is_empty() || !previous_empty {
            lines.push(line);
        }
    }
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    match flow {
        Flow::Line => lines
            .into_iter()
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join(" "),
        Flow::Block => lines.join("\n"),
    }
}

/// Markdown kept as written, except that anything looking like an HTML tag or comment is
/// escaped (autolinks such as `<https://…>` and code spans are left alone).
fn neutralise_html(markdown: &str) -> String {
    let chars: Vec<char> = markdown.chars().collect();
    let mut out = String::with_capacity(markdown.len());
    let mut code_fence: Option<usize> = None;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '`' {
            let run = chars[i..].iter().take_while(|&&b| b == '`').count();
            code_fence = match code_fence {
                Some(open) if open == run => None,
                None => Some(run),
                other => other,
            };
            out.extend(&chars[i..i + run]);
            i += run;
            continue;
        }
        if c == '<' && code_fence.is_none() && starts_tag(&chars[i + 1..]) {
            out.push('\\');
        }
        out.push(c);
        i += 1;
    }
    out
}

/// True when what follows a `<` is a tag, closing tag, comment or declaration, not an autolink.
fn starts_tag(rest: &[char]) -> bool {
    let Some(&first) = rest.first() else {
        return false;
    };
    if !(first.is_ascii_alphabetic() || "/!?".contains(first)) {
        return false;
    }
    let inside: String = rest.iter().take_while(|&&c| c != '>').collect();
    let autolink =
        !inside.contains(char::is_whitespace) && (inside.contains(':') || inside.contains('@'));
    !autolink
}

#[cfg(test)]
mod tests {
    use super::*;

    fn md(format: Format, body: &str, flow: Flow) -> String {
        let text = Text {
            format,
            body: body.to_string(),
        };
        to_markdown(&convert(&text).inlines, flow)
    }

    #[test]
    fn plain_text_cannot_become_markup() {
        let written = md(
            Format::Plain,
            "<b>*not bold*</b> & [link](x) #tag",
            Flow::Line,
        );
        assert_eq!(written, r"\<b\>\*not bold\*\</b\> \& \[link\](x) \#tag");
    }

    #[test]
    fn a_line_that_would_start_a_list_is_escaped() {
        assert_eq!(
            md(Format::Plain, "- item\n2. step", Flow::Block),
            "\\- item\n2\\. step"
        );
        assert_eq!(
            md(Format::Plain, "2024. A year", Flow::Line),
            r"2024\. A year"
        );
        assert_eq!(md(Format::Plain, "a - b, 3.5", Flow::Line), "a - b, 3.5");
    }

    #[test]
    fn plain_lines_join_on_one_line_and_stay_apart_in_a_block() {
        assert_eq!(md(Format::Plain, "one\ntwo", Flow::Line), "one two");
        assert_eq!(md(Format::Plain, "one\ntwo", Flow::Block), "one\ntwo");
    }

    #[test]
    fn markdown_is_kept_but_html_inside_it_is_escaped() {
        let written = md(
            Format::Markdown,
            "**gras** <script>x</script> <https://a.ma> `<b>`",
            Flow::Line,
        );
        assert_eq!(
            written,
            r"**gras** \<script>x\</script> <https://a.ma> `<b>`"
        );
    }

    #[test]
    fn arabic_text_passes_unchanged() {
        let text = "لا تشارك كلمة السر ديالك مع حتى واحد";
        assert_eq!(md(Format::Moodle, text, Flow::Line), text);
    }

    /// The text a reader would see, blocks and breaks as spaces; code or HTML shows as `\u{fffd}`.
    fn rendered_text(markdown: &str) -> String {
        use pulldown_cmark::{Event, Options, Parser};
        let options = Options::ENABLE_TABLES
            | Options::ENABLE_STRIKETHROUGH
            | Options::ENABLE_FOOTNOTES
            | Options::ENABLE_HEADING_ATTRIBUTES
            | Options::ENABLE_TASKLISTS;
        let mut text = String::new();
        for event in Parser::new_ext(markdown, options) {
            match event {
                Event::Text(t) => text.push_str(&t),
                Event::SoftBreak | Event::HardBreak | Event::Start(_) | Event::End(_) => {
                    text.push(' ')
                }
                Event::Code(_) | Event::Html(_) | Event::InlineHtml(_) => text.push('\u{fffd}'),
                _ => {}
            }
        }
        text
    }

    fn collapsed(text: &str) -> String {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    proptest::proptest! {
        #[test]
        fn plain_text_reads_back_unchanged_in_a_heading_an_option_and_a_quote(
            body in "[-+=.);0-9a-z *_`#<>\\[\\]{}~&|!:()\\\\\nشنو ]{1,40}"
        ) {
            let text = Text { format: Format::Plain, body: body.clone() };
            let inlines = convert(&text).inlines;
            let line = to_markdown(&inlines, Flow::Line);
            let expected = collapsed(&body);
            let heading = rendered_text(&format!("### {line} {{#q1 .single}}"));
            proptest::prop_assert_eq!(heading.trim(), &expected);
            let option = rendered_text(&format!("- [ ] {line}"));
            proptest::prop_assert_eq!(option.trim(), &expected);
            let quote: String = to_markdown(&inlines, Flow::Block)
                .lines()
                .map(|l| format!("  > {l}\n"))
                .collect();
            let in_option = format!("- [x] a\n{quote}");
            proptest::prop_assert_eq!(collapsed(&rendered_text(&in_option)), collapsed(&format!("a {body}")));
        }
    }
}
