//! The text of rendered HTML, for places that only take plain text (menu options, titles).

use crate::content::markdown::entities::decode_entities;
use crate::content::model::Html;

impl Html {
    /// The text without tags, with the entities the renderer writes decoded.
    pub fn to_plain_text(&self) -> String {
        let mut out = String::new();
        let mut in_tag = false;
        for c in self.as_str().chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                _ if !in_tag => out.push(c),
                _ => {}
            }
        }
        decode_entities(out.trim())
    }
}

#[cfg(test)]
mod tests {
    use crate::content::{render, MarkdownOptions};

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
