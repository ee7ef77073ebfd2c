//! The text of rendered HTML, for places that only take plain text (menu options, titles,
//! a guide's summary copied as text).

use crate::content::markdown::entities::decode_entities;
use crate::content::model::Html;

impl Html {
    /// The text without tags, with the entities the renderer writes decoded.
    pub fn to_plain_text(&self) -> String {
        decode_entities(without_tags(self.as_str(), |_, _| {}).trim())
    }

    /// The text without tags, one line per paragraph, heading or list item (items start with
    /// `- `), for text a person copies or prints as it is.
    pub fn to_plain_lines(&self) -> String {
        let text = without_tags(self.as_str(), |tag, out| {
            let name = tag.trim_start_matches('/');
            let name = name.split([' ', '/']).next().unwrap_or("");
            if tag == "li" || tag.starts_with("li ") {
                out.push_str("\n- ");
            } else if tag.starts_with('/') && BLOCKS.contains(&name) || name == "br" {
                out.push('\n');
            }
        });
        let lines: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty() && *line != "-")
            .collect();
        decode_entities(&lines.join("\n"))
    }
}

/// Elements whose end ends a line of text.
const BLOCKS: [&str; 11] = [
    "p",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "blockquote",
    "div",
    "pre",
];

/// The text of `html` outside its tags; `on_tag` sees each tag's inside (`li`, `/p`) and may
/// write in its place.
fn without_tags(html: &str, mut on_tag: impl FnMut(&str, &mut String)) -> String {
    let mut out = String::new();
    let mut tag: Option<String> = None;
    for c in html.chars() {
        match (&mut tag, c) {
            (None, '<') => tag = Some(String::new()),
            (Some(inside), '>') => {
                on_tag(inside.as_str(), &mut out);
                tag = None;
            }
            (Some(inside), _) => inside.push(c),
            (None, _) => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::content::{render, MarkdownOptions};

    #[test]
    fn lines_keep_paragraphs_and_list_items_apart() {
        let html = render(
            "**À faire**\n\n- Appelez le **19**.\n- Restez là &amp; attendez.\n\nFin.",
            &MarkdownOptions::default(),
        );
        assert_eq!(
            html.to_plain_lines(),
            "À faire\n- Appelez le 19.\n- Restez là & attendez.\nFin."
        );
    }

    #[test]
    fn markup_goes_and_escaped_characters_come_back() {
        let html = render(
            "Un **conseil** & <b>pratique</b> « ici »",
            &MarkdownOptions::default(),
        );
        assert_eq!(html.to_plain_text(), "Un conseil & <b>pratique</b> « ici »");
    }

    #[test]
    fn an_escaped_ampersand_entity_is_decoded_once() {
        let html = render("`&lt;` est écrit ainsi", &MarkdownOptions::default());
        assert_eq!(html.to_plain_text(), "&lt; est écrit ainsi");
    }
}
