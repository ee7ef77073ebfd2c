//! The one Markdown entry point: options, raw HTML as text, the URL allow-list.

use amane_core::content::{render, MarkdownOptions};

fn html(md: &str) -> String {
    render(md, &MarkdownOptions::default()).as_str().to_owned()
}

#[test]
fn block_and_inline_html_is_shown_as_text() {
    assert_eq!(
        html("<script>alert(1)</script>\n"),
        "<p>&lt;script&gt;alert(1)&lt;/script&gt;\n</p>\n"
    );
    assert_eq!(
        html("Salut <img src=x onerror=alert(1)> toi"),
        "<p>Salut &lt;img src=x onerror=alert(1)&gt; toi</p>\n"
    );
}

#[test]
fn hostile_links_lose_their_link_but_keep_their_text() {
    let hostile = [
        "[clic](javascript:alert(1))",
        "[clic](JavaScript:alert(1))",
        "[clic](&#106;avascript:alert(1))",
        "[clic](java&#x09;script:alert(1))",
        "[clic](&#x6A;ava&#x73;cript&#x3A;alert(1))",
        "[clic](javascript&colon;alert(1))",
        "[clic](vbscript:msgbox(1))",
        "[clic](data:text/html;base64,PHNjcmlwdD4=)",
        "[clic](http://example.com)",
        "[clic](//evil.example/x)",
        r"[clic](\\\\evil.example/x)",
        r"[clic](/\\evil.example/x)",
        "[clic][ref]\n\n[ref]: javascript:alert(1)",
        "[clic]\n\n[clic]: data:text/html,x",
    ];
    for md in hostile {
        assert_eq!(html(md), "<p>clic</p>\n", "{md}");
    }
}

#[test]
fn hostile_autolinks_become_plain_text() {
    assert_eq!(
        html("<javascript:alert(1)>"),
        "<p>javascript:alert(1)</p>\n"
    );
    assert_eq!(html("<http://example.com>"), "<p>http://example.com</p>\n");
}

#[test]
fn allowed_links_are_kept_and_external_ones_do_not_leak_the_page() {
    assert_eq!(
        html("[aide](https://www.example.ma/aide)"),
        "<p><a href=\"https://www.example.ma/aide\" rel=\"noopener noreferrer\">aide</a></p>\n"
    );
    assert_eq!(
        html("[module](#/m/02) [mail](mailto:aide@example.ma) [appel](tel:19)"),
        "<p><a href=\"#/m/02\">module</a> <a href=\"mailto:aide@example.ma\">mail</a> \
         <a href=\"tel:19\">appel</a></p>\n"
    );
    assert_eq!(
        html("<aide@example.ma> <https://example.ma>"),
        "<p><a href=\"mailto:aide@example.ma\">aide@example.ma</a> \
         <a href=\"https://example.ma\" rel=\"noopener noreferrer\">https://example.ma</a></p>\n"
    );
}

#[test]
fn link_urls_are_written_as_checked_and_escaped() {
    assert_eq!(
        html("[x](<https://a.ma/?q=\"x\"&y=1> \"ti\\\"tre\")"),
        "<p><a href=\"https://a.ma/?q=&quot;x&quot;&amp;y=1\" title=\"ti&quot;tre\" \
         rel=\"noopener noreferrer\">x</a></p>\n"
    );
}

#[test]
fn only_relative_images_are_shown() {
    assert_eq!(
        html("![logo](media/logo.png)"),
        "<p><img src=\"media/logo.png\" alt=\"logo\" /></p>\n"
    );
    for md in [
        "![pixel](https://tracker.example/p.gif)",
        "![pixel](//tracker.example/p.gif)",
        "![pixel](data:image/png;base64,AAAA)",
    ] {
        assert_eq!(html(md), "<p>pixel</p>\n", "{md}");
    }
}

#[test]
fn heading_attributes_keep_only_the_id() {
    assert_eq!(
        html("### Titre {#ancre .classe onclick=alert(1)}"),
        "<h3 id=\"ancre\">Titre</h3>\n"
    );
}

#[test]
fn default_options_turn_on_tables_strikethrough_footnotes_and_task_lists() {
    let out = html("| a |\n|---|\n| b |\n\n~~non~~ oui[^1]\n\n[^1]: note\n\n- [x] fait\n");
    for expected in ["<table>", "<del>non</del>", "footnote", "type=\"checkbox\""] {
        assert!(out.contains(expected), "{expected} missing in {out}");
    }
}

#[test]
fn punctuation_is_left_as_typed() {
    assert_eq!(
        html("\"guillemets\" -- et ... « ça »"),
        "<p>\"guillemets\" -- et ... « ça »</p>\n"
    );
}

#[test]
fn mixed_direction_text_is_kept_intact() {
    let md = "اتصل بالرقم 2511 أو زر https://example.ma/aide قبل 15:30 — Instagram @salma_2009";
    assert_eq!(html(md), format!("<p>{md}</p>\n"));
}

#[test]
fn table_alignment_adds_no_inline_style() {
    assert_eq!(
        html("| a | b |\n|:--|--:|\n| 1 | 2 |\n"),
        "<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody>\n<tr><td>1</td><td>2</td></tr>\n</tbody></table>\n"
    );
}

/// A footnote shows its number next to the text and before its note, without a `#…` link
/// that the hash router would take for a route; numbers follow the order of first mention.
#[test]
fn footnotes_are_numbered_without_fragment_links() {
    let html = render(
        "Un[^b] et deux[^a], encore un[^b].\n\n[^a]: Note A.\n\n[^b]: Note B.\n",
        &MarkdownOptions::default(),
    )
    .as_str()
    .to_owned();
    assert!(!html.contains("href"), "no link in {html}");
    let mentions: Vec<&str> = html
        .match_indices("<sup class=\"footnote-reference\">")
        .map(|(at, tag)| &html[at + tag.len()..at + tag.len() + 1])
        .collect();
    assert_eq!(mentions, ["1", "2", "1"], "{html}");
    let note = |number: &str| {
        let label = format!("footnote-definition-label\">{number}</sup>");
        let rest = &html[html.find(&label).expect("a numbered note")..];
        rest[..rest.find("</div>").expect("the note ends")].to_string()
    };
    assert!(note("1").contains("Note B."), "{html}");
    assert!(note("2").contains("Note A."), "{html}");
}
