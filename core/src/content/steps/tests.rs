//! Which quiz and scenario blocks are cut out of a module's text, and that cutting them never
//! changes what is read: the body read with cuts and read whole give the same steps,
//! diagnostics and positions.

use proptest::prelude::*;

use crate::content::markdown::citations::Citations;
use crate::content::report::findings::Findings;
use crate::content::report::locator::Locator;
use crate::content::steps::block_cuts::{cut_out_blocks, Cuts};
use crate::content::steps::body::{read_body, read_steps, Text};

fn cut_text(body: &str) -> String {
    let starts = std::iter::once(0).chain(body.match_indices('\n').map(|(at, _)| at + 1));
    cut_out_blocks(body, starts).0.into_owned()
}

/// Parses `body` with cuts and whole, and checks both give the same steps, diagnostics
/// and positions.
fn same_either_way(body: &str) -> Result<(), TestCaseError> {
    let locator = Locator::new("m.md", body);
    let (mut cut, mut whole) = (Findings::new(&locator), Findings::new(&locator));
    let text = Text {
        body,
        base: 0,
        citations: Citations::default(),
    };
    let parsed_whole = read_steps(&text, body, Cuts::default(), &mut whole);
    let parsed_cut = read_body(body, 0, Citations::default(), &mut cut);
    prop_assert_eq!(parsed_cut, parsed_whole.unwrap_or_default());
    prop_assert_eq!(cut.diagnostics, whole.diagnostics);
    prop_assert_eq!(cut.notes, whole.notes);
    prop_assert_eq!(cut.locations, whole.locations);
    Ok(())
}

#[test]
fn only_the_inside_of_closed_quiz_and_scenario_blocks_is_cut() {
    let body = "P\n```quiz a\n### Q\n```\n~~~scenario b\nx\n~~~~\n```text\ny\n```\nQ\n";
    assert_eq!(
        cut_text(body),
        "P\n```quiz a\n```\n~~~scenario b\n~~~~\n```text\ny\n```\nQ\n"
    );
}

#[test]
fn an_example_inside_another_fence_and_an_unclosed_block_are_kept() {
    let body = "````markdown\n```quiz a\nx\n```\n````\n```quiz b\nnever closed\n";
    assert_eq!(cut_text(body), body);
}

#[test]
fn a_block_that_is_not_one_is_parsed_whole() {
    let quiz = "```quiz q\n### Q {#q .single}\n- [x] a\n- [ ] b\n```\n";
    for body in [
        format!("## S {{#s}}\n<!--\n{quiz}-->\n\n{quiz}"),
        format!("## S {{#s}}\n- item\n  {}", quiz.replace('\n', "\n  ")),
        format!("## S {{#s}}\n<div>\n{quiz}"),
    ] {
        assert_ne!(cut_text(&body), body, "{body}");
        same_either_way(&body).unwrap();
    }
}

/// Lines that open, close or hide blocks.
const PIECES: &[&str] = &[
    "## S {#s}\n",
    "```quiz q\n",
    "~~~scenario s\n",
    "  ```quiz i\n",
    "````markdown\n",
    "```\n",
    "~~~\n",
    "````\n",
    "### Q {#q .single}\n",
    "### N {#n .end-good}\n",
    "- [x] a\n",
    "- [ ] b\n",
    "- item\n",
    "> [!TIP]\n",
    "<!--\n",
    "-->\n",
    "<div>\n",
    "text\n",
    "cited[^x]\n",
    "\n",
    "    ",
    "\t",
    "\r\n",
];

proptest! {
    #[test]
    fn cutting_blocks_out_never_changes_what_is_read(
        parts in prop::collection::vec(prop::sample::select(PIECES), 0..40)
    ) {
        same_either_way(&parts.concat())?;
    }
}
