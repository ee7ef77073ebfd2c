//! The one decoder of HTML character references, read the lenient way a browser reads them:
//! the URL allow-list sees a disguised scheme (`java&#115;cript:`) for what it is, the plain
//! text of rendered HTML gets its characters back, and imported Moodle HTML becomes text.

/// Named references decoded: those that write HTML syntax, a space, or URL syntax.
const NAMED: [(&str, char); 12] = [
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    // A plain space: the text goes on as Markdown, where a no-break space is invisible.
    ("nbsp", ' '),
    ("colon", ':'),
    ("tab", '\t'),
    ("newline", '\n'),
    ("sol", '/'),
    ("lpar", '('),
    ("rpar", ')'),
];

/// Decodes the numeric references (`&#106;`, `&#x6A;`) and the named ones above in `text`, in
/// one pass (`&amp;lt;` becomes `&lt;`). As in browsers the `;` may be missing, and a number
/// that is no character becomes U+FFFD; names are read in any case. Anything else is kept.
pub(crate) fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        match decode_one(&rest[1..]) {
            Some((decoded, used)) => {
                out.push(decoded);
                rest = &rest[1 + used..];
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

/// Decodes the reference whose body (after its `&`) starts `body`: the character and how many
/// bytes of `body` it used.
fn decode_one(body: &str) -> Option<(char, usize)> {
    if let Some(number) = body.strip_prefix('#') {
        let (digits, radix, prefix) = match number.strip_prefix(['x', 'X']) {
            Some(hex) => (hex, 16, 2),
            None => (number, 10, 1),
        };
        let len = digits
            .find(|c: char| !c.is_digit(radix))
            .unwrap_or(digits.len());
        // Eight digits always fit a `u32`; a longer number is no character anyway.
        let value = u32::from_str_radix(&digits[..len.min(8)], radix).ok()?;
        let decoded = char::from_u32(value)
            .filter(|&c| c != '\0')
            .unwrap_or('\u{FFFD}');
        return Some((decoded, prefix + len + semicolon(&digits[len..])));
    }
    let name_len = body
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(body.len());
    let name = &body[..name_len];
    let (_, decoded) = NAMED
        .iter()
        .find(|(known, _)| known.eq_ignore_ascii_case(name))?;
    Some((*decoded, name_len + semicolon(&body[name_len..])))
}

/// 1 when `after` (what follows a reference's name or number) starts with its `;`.
fn semicolon(after: &str) -> usize {
    usize::from(after.starts_with(';'))
}

#[cfg(test)]
mod tests {
    use super::decode_entities;

    #[test]
    fn named_and_numeric_references_are_decoded_once() {
        assert_eq!(
            decode_entities("1 &lt; 2 &amp;&amp; &#x41;&#66; &quot;x&apos; a&nbsp;b"),
            "1 < 2 && AB \"x' a b"
        );
        assert_eq!(decode_entities("&amp;lt; stays &lt;"), "&lt; stays <");
    }

    #[test]
    fn references_are_read_as_a_browser_reads_them() {
        assert_eq!(decode_entities("java&#115cript&COLON;x"), "javascript:x");
        assert_eq!(
            decode_entities("&#0; &#xD800; &#99999999999;"),
            "\u{FFFD} \u{FFFD} \u{FFFD}"
        );
    }

    #[test]
    fn what_is_not_a_reference_is_kept() {
        for text in ["AT&T", "&unknown; &", "&#; &#x;", "&ampere;", "fin &"] {
            assert_eq!(decode_entities(text), text);
        }
    }
}
