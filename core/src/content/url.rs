//! The URL allow-list applied to every link and image of the course.
//!
//! A URL is first cleaned the way a browser would read it (character references decoded,
//! ASCII control characters and whitespace removed), then judged on its scheme. Only the
//! cleaned form is ever written to the page, so what was checked is what is used.

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
    /// The cleaned URL, ready for an `href` or `src` attribute (still to be HTML-escaped).
    pub url: String,
    /// True for `https:` links, which leave the course.
    pub external: bool,
}

/// Schemes a link may use; anything else (`javascript:`, `data:`, `http:`…) loses its link.
const LINK_SCHEMES: [&str; 3] = ["https", "mailto", "tel"];

/// Returns the cleaned URL when `raw` is allowed for `usage`, `None` otherwise.
pub fn allow_url(raw: &str, usage: UrlUse) -> Option<SafeUrl> {
    let url = clean(&decode_references(raw));
    match scheme(&url) {
        Scheme::Relative => Some(SafeUrl {
            url,
            external: false,
        }),
        Scheme::Named(name) if usage == UrlUse::Link && LINK_SCHEMES.contains(&name.as_str()) => {
            Some(SafeUrl {
                external: name == "https",
                url,
            })
        }
        _ => None,
    }
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

/// Decodes numeric character references (`&#106;`, `&#x09;`) and the named ones a browser
/// would turn into URL syntax, so a disguised scheme is seen for what it is.
fn decode_references(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    let mut rest = url;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        match decode_one(rest) {
            Some((decoded, used)) => {
                out.push(decoded);
                rest = &rest[used..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Decodes the reference at the start of `text` (which starts with `&`): the character and
/// how many bytes it used. The `;` is optional, as browsers accept it missing.
fn decode_one(text: &str) -> Option<(char, usize)> {
    const NAMED: [(&str, char); 7] = [
        ("colon", ':'),
        ("tab", '\t'),
        ("newline", '\n'),
        ("sol", '/'),
        ("amp", '&'),
        ("lpar", '('),
        ("rpar", ')'),
    ];
    let body = &text[1..];
    if let Some(number) = body.strip_prefix('#') {
        let (digits, radix, prefix) = match number.strip_prefix(['x', 'X']) {
            Some(hex) => (hex, 16, 2),
            None => (number, 10, 1),
        };
        let len = digits
            .find(|c: char| !c.is_digit(radix))
            .unwrap_or(digits.len());
        let value = u32::from_str_radix(&digits[..len.min(8)], radix).ok()?;
        let used = 1 + prefix + len + usize::from(digits[len..].starts_with(';'));
        return Some((char::from_u32(value).unwrap_or('\u{FFFD}'), used));
    }
    let name_len = body
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(body.len());
    let name = body[..name_len].to_ascii_lowercase();
    let (_, decoded) = NAMED.iter().find(|(known, _)| *known == name)?;
    let used = 1 + name_len + usize::from(body[name_len..].starts_with(';'));
    Some((*decoded, used))
}
