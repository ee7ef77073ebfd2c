//! The URL allow-list applied to every link and image of the course.
//!
//! A URL is judged on its scheme twice: as written, and as a browser could read it once
//! character references are decoded and ASCII control characters and whitespace removed (how a
//! disguised `java&#115;cript:` would be seen). Both readings must agree on an allowed scheme,
//! and the URL is then written as the author wrote it: cleaning only finds the scheme, it never
//! rewrites an honest URL (`?q=x&tab=images&sol=2` keeps its `&tab` and `&sol`). A URL with
//! whitespace or a control character, which a browser would change, is refused: its text shows
//! without a link.

use crate::content::markdown::entities::decode_entities;

/// Where a URL is used: links may leave the site, images never do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UrlUse {
    /// The target of a link (`[text](url)`, `<url>`).
    Link,
    /// The source of an image (`![alt](url)`): relative URLs only, so no third-party request.
    Image,
}

/// A URL that passed the allow-list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SafeUrl {
    /// The URL as written, ready for an `href` or `src` attribute (still to be HTML-escaped).
    pub url: String,
    /// True for `https:` links, which leave the course.
    pub external: bool,
}

/// Schemes a link may use; anything else (`javascript:`, `data:`, `http:`…) loses its link.
const LINK_SCHEMES: [&str; 3] = ["https", "mailto", "tel"];

/// Returns the URL as written when `raw` is allowed for `usage`, `None` otherwise.
pub fn allow_url(raw: &str, usage: UrlUse) -> Option<SafeUrl> {
    // Whitespace or a control character would be changed by the browser: refused, not rewritten.
    if raw
        .chars()
        .any(|c| c.is_ascii_control() || c.is_whitespace())
    {
        return None;
    }
    let as_written = scheme(raw);
    let as_read = scheme(&clean(&decode_entities(raw)));
    let external = match (as_written, as_read) {
        (Scheme::Relative, Scheme::Relative) => false,
        (Scheme::Named(written), Scheme::Named(read))
            if written == read
                && usage == UrlUse::Link
                && LINK_SCHEMES.contains(&written.as_str()) =>
        {
            written == "https"
        }
        _ => return None,
    };
    Some(SafeUrl {
        url: raw.to_string(),
        external,
    })
}

fn clean(url: &str) -> String {
    url.chars()
        .filter(|c| !c.is_ascii_control() && !c.is_whitespace())
        .collect()
}

enum Scheme {
    /// No scheme and not a `//host` reference: stays on this site.
    Relative,
    /// An explicit scheme, lower-cased.
    Named(String),
    /// Something a browser might read as leaving the site in an unexpected way.
    Unclear,
}

fn scheme(url: &str) -> Scheme {
    let mut chars = url.chars();
    let starts_network_path = matches!(
        (chars.next(), chars.next()),
        (Some('/' | '\\'), Some('/' | '\\'))
    );
    if starts_network_path {
        return Scheme::Unclear;
    }
    let Some(end) = url.find([':', '/', '?', '#']) else {
        return Scheme::Relative;
    };
    if !url[end..].starts_with(':') {
        return Scheme::Relative;
    }
    let name = &url[..end];
    let well_formed = name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    if well_formed {
        Scheme::Named(name.to_ascii_lowercase())
    } else {
        Scheme::Unclear
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(raw: &str) -> Option<String> {
        allow_url(raw, UrlUse::Link).map(|safe| safe.url)
    }

    #[test]
    fn an_honest_url_is_written_as_the_author_wrote_it() {
        let search = "https://www.google.com/search?q=x&tab=images&sol=2";
        assert_eq!(link(search).as_deref(), Some(search));
        assert_eq!(
            link("https://example.org/a%20b").as_deref(),
            Some("https://example.org/a%20b")
        );
        assert_eq!(link("?a=1&lpar=2").as_deref(), Some("?a=1&lpar=2"));
        assert_eq!(
            link("tel:+212624405889").as_deref(),
            Some("tel:+212624405889")
        );
    }

    #[test]
    fn a_url_the_browser_would_change_is_refused_rather_than_rewritten() {
        assert_eq!(link("https://example.org/a b"), None);
        assert_eq!(link("https://exa\nmple.org/"), None);
    }

    #[test]
    fn a_scheme_disguised_by_references_or_spaces_is_refused() {
        for raw in [
            "java&#115;cript:alert(1)",
            "javascript&colon;alert(1)",
            "java\tscript:alert(1)",
            "jav&#x09;ascript:alert(1)",
            "https&colon;//example.org",
            "//evil.example/",
            "data:text/html,x",
        ] {
            assert_eq!(link(raw), None, "{raw}");
        }
    }

    #[test]
    fn images_stay_on_the_site() {
        assert!(allow_url("images/a.png", UrlUse::Image).is_some());
        assert!(allow_url("https://example.org/a.png", UrlUse::Image).is_none());
    }
}
