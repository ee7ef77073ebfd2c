//! Block rules: each malformed construct is reported once, at its exact `file:line:col`
//! (fixture bodies start on line 7, after the 6 lines of front matter).

use crate::support::{parse, shown};

/// (what is wrong, module body, every diagnostic expected).
const CASES: &[(&str, &str, &[&str])] = &[
    (
        "quiz_text_before_first_question",
        "## S {#s}\n\n```quiz q\nIntro.\n\n### A {#a .single}\n\n- [x] a\n- [ ] b\n```\n",
        &[
            "m.md:7:1: error: text before the first question: each question starts with a line `### The question? {#id .single}`",
        ],
    ),
    (
        "quiz_question_not_h3",
        "## S {#s}\n\n```quiz q\n#### A {#a .single}\n\n- [x] a\n- [ ] b\n```\n",
        &[
            "m.md:7:1: error: inside a quiz, each question is a `###` heading",
        ],
    ),
    (
        "quiz_no_id",
        "## S {#s}\n\n```quiz q\n### A {.single}\n\n- [x] a\n- [ ] b\n```\n",
        &[
            "m.md:7:1: error: this question has no id: end the line with `{#id .type}`, e.g. `{#q1 .single}`",
        ],
    ),
    (
        "quiz_duplicate_question",
        "## S {#s}\n\n```quiz q\n### A {#a .single}\n\n- [x] a\n- [ ] b\n\n### B {#a .single}\n\n- [x] a\n- [ ] b\n```\n",
        &[
            "m.md:12:1: error: duplicate question id `a` in quiz `q`",
        ],
    ),
    (
        "quiz_unknown_type",
        "## S {#s}\n\n```quiz q\n### A {#a .singel}\n\n- [x] a\n- [ ] b\n```\n",
        &[
            "m.md:7:11: error: unknown question type `.singel`: use .single, .multiple, .true-false, .order or .match",
        ],
    ),
    (
        "quiz_two_types",
        "## S {#s}\n\n```quiz q\n### A {#a .single .multiple}\n\n- [x] a\n- [ ] b\n```\n",
        &[
            "m.md:7:19: error: question `a` has two types: keep one",
        ],
    ),
    (
        "quiz_no_type",
        "## S {#s}\n\n```quiz q\n### A {#a}\n\n- [x] a\n- [ ] b\n```\n",
        &[
            "m.md:7:1: error: question `a` has no type: add .single, .multiple, .true-false, .order or .match after its id",
        ],
    ),
    (
        "quiz_unknown_attribute",
        "## S {#s}\n\n```quiz q\n### A {#a .single pts=2}\n\n- [x] a\n- [ ] b\n```\n",
        &[
            "m.md:7:19: error: unknown attribute `pts` on this question: only points=N is allowed",
        ],
    ),
    (
        "quiz_bad_points",
        "## S {#s}\n\n```quiz q\n### A {#a .single points=zero}\n\n- [x] a\n- [ ] b\n```\n",
        &[
            "m.md:7:19: error: points must be a whole number from 1 to 100, not `zero`",
        ],
    ),
    (
        "quiz_no_options",
        "## S {#s}\n\n```quiz q\n### A {#a .single}\n\nPas de liste.\n```\n",
        &[
            "m.md:7:1: error: question `a` has no options: add a list under it",
        ],
    ),
    (
        "quiz_option_without_checkbox",
        "## S {#s}\n\n```quiz q\n### A {#a .single}\n\n- [x] a\n- b\n- [ ] c\n```\n",
        &[
            "m.md:10:1: error: question `a`: this option has no checkbox: start it with `- [ ]`, or `- [x]` when it is correct",
        ],
    ),
    (
        "quiz_one_option",
        "## S {#s}\n\n```quiz q\n### A {#a .multiple}\n\n- [x] a\n```\n",
        &[
            "m.md:7:1: error: question `a` needs at least two options",
        ],
    ),
    (
        "quiz_single_two_correct",
        "## S {#s}\n\n```quiz q\n### A {#a .single}\n\n- [x] a\n- [x] b\n```\n",
        &[
            "m.md:7:1: error: question `a` needs exactly one correct option `[x]` (it has 2 options, 2 marked `[x]`)",
        ],
    ),
    (
        "quiz_multiple_none_correct",
        "## S {#s}\n\n```quiz q\n### A {#a .multiple}\n\n- [ ] a\n- [ ] b\n```\n",
        &[
            "m.md:7:1: error: question `a` needs at least one correct option `[x]` (it has 2 options, 0 marked `[x]`)",
        ],
    ),
    (
        "quiz_true_false_three",
        "## S {#s}\n\n```quiz q\n### A {#a .true-false}\n\n- [x] Vrai\n- [ ] Faux\n- [ ] Peut-être\n```\n",
        &[
            "m.md:7:1: error: question `a` needs exactly two options (true, false), one of them `[x]` (it has 3 options, 1 marked `[x]`)",
        ],
    ),
    (
        "quiz_order_checkbox",
        "## S {#s}\n\n```quiz q\n### A {#a .order}\n\n- [x] un\n- deux\n```\n",
        &[
            "m.md:9:1: error: question `a`: ordering and matching items have no checkbox and no feedback quote",
        ],
    ),
    (
        "quiz_order_one_item",
        "## S {#s}\n\n```quiz q\n### A {#a .order}\n\n1. seul\n```\n",
        &["m.md:9:1: error: question `a` needs at least two items"],
    ),
    (
        "quiz_match_without_arrow",
        "## S {#s}\n\n```quiz q\n### A {#a .match}\n\n- a -> b\n- c = d\n```\n",
        &[
            "m.md:10:1: error: question `a`: write each pair as `left -> right`",
        ],
    ),
    (
        "quiz_text_after_options",
        "## S {#s}\n\n```quiz q\n### A {#a .single}\n\n- [x] a\n- [ ] b\n\n> Explication.\n\nEncore du texte.\n```\n",
        &[
            "m.md:14:1: error: question `a`: after its options comes only the explanation, as one quote (`> ...`); start a new question with `###`",
        ],
    ),
    (
        "quiz_empty",
        "## S {#s}\n\n```quiz vide\n```\n",
        &[
            "m.md:6:1: error: quiz `vide` has no questions",
        ],
    ),
    (
        "scenario_text_before_first_node",
        "## S {#s}\n\n```scenario sc\nIntro.\n\n### A {#a .end-good}\n\nFin.\n```\n",
        &[
            "m.md:7:1: error: text before the first node: each node starts with a line `### Title {#id}`",
        ],
    ),
    (
        "scenario_node_not_h3",
        "## S {#s}\n\n```scenario sc\n## A {#a .end-good}\n\nFin.\n```\n",
        &[
            "m.md:7:1: error: inside a scenario, each node is a `###` heading",
        ],
    ),
    (
        "scenario_no_id",
        "## S {#s}\n\n```scenario sc\n### A {.end-good}\n\nFin.\n```\n",
        &[
            "m.md:7:1: error: this node has no id: end the line with `{#id}`, e.g. `{#start}`",
        ],
    ),
    (
        "scenario_duplicate_node",
        "## S {#s}\n\n```scenario sc\n### A {#a}\n\n- [b](#b)\n\n### B {#b .end-good}\n\nFin.\n\n### B bis {#b .end-bad}\n\nFin.\n```\n",
        &[
            "m.md:15:1: error: duplicate node id `b` in scenario `sc`",
        ],
    ),
    (
        "scenario_unknown_mark",
        "## S {#s}\n\n```scenario sc\n### A {#a .end-great}\n\nFin.\n```\n",
        &[
            "m.md:7:11: error: unknown node mark `.end-great`: a node is either not marked, or one of .end-good, .end-mixed, .end-bad",
        ],
    ),
    (
        "scenario_unknown_attribute",
        "## S {#s}\n\n```scenario sc\n### A {#a .end-good points=2}\n\nFin.\n```\n",
        &[
            "m.md:7:21: error: unknown attribute `points` on this node: points go on choices",
        ],
    ),
    (
        "scenario_wrong_callout",
        "## S {#s}\n\n```scenario sc\n### A {#a .end-good}\n\n> [!TIP]\n> Astuce.\n```\n",
        &[
            "m.md:9:1: error: `[!TIP]` does not go in a scenario node: use [!DISCUSS] or [!TRAINER]",
        ],
    ),
    (
        "scenario_two_discussions",
        "## S {#s}\n\n```scenario sc\n### A {#a .end-good}\n\n> [!DISCUSS]\n> Un.\n\n> [!DISCUSS]\n> Deux.\n```\n",
        &[
            "m.md:12:1: error: node `a` already has a [!DISCUSS] note",
        ],
    ),
    (
        "scenario_two_choice_lists",
        "## S {#s}\n\n```scenario sc\n### A {#a}\n\n- [b](#b)\n\nPuis :\n\n- [b](#b)\n\n### B {#b .end-good}\n\nFin.\n```\n",
        &[
            "m.md:13:1: error: node `a` already has its list of choices",
        ],
    ),
    (
        "scenario_item_not_a_link",
        "## S {#s}\n\n```scenario sc\n### A {#a}\n\n- [b](#b)\n- rien\n\n### B {#b .end-good}\n\nFin.\n```\n",
        &[
            "m.md:10:1: error: each item of a list of choices is a link to a node: `- [What you do](#node-id)`",
        ],
    ),
    (
        "scenario_text_after_link",
        "## S {#s}\n\n```scenario sc\n### A {#a}\n\n- [b](#b) (2 points)\n\n### B {#b .end-good}\n\nFin.\n```\n",
        &[
            "m.md:9:1: error: unexpected `(2 points)` after the choice link: only `{points=N}` may follow it",
        ],
    ),
    (
        "scenario_ending_with_choices",
        "## S {#s}\n\n```scenario sc\n### A {#a .end-bad}\n\n- [b](#b)\n\n### B {#b .end-good}\n\nFin.\n```\n",
        &[
            "m.md:7:1: error: node `a` is an ending, so it cannot have choices",
        ],
    ),
    (
        "scenario_choice_nowhere",
        "## S {#s}\n\n```scenario sc\n### A {#a}\n\n- [b](#b)\n- [c](#nulle-part)\n\n### B {#b .end-good}\n\nFin.\n```\n",
        &[
            "m.md:10:1: error: this choice leads to `#nulle-part`, but no node has that id",
        ],
    ),
    (
        "scenario_loop",
        "## S {#s}\n\n```scenario sc\n### A {#a}\n\n- [b](#b)\n\n### B {#b}\n\n- [retour](#a)\n- [fin](#c)\n\n### C {#c .end-good}\n\nFin.\n```\n",
        &[
            "m.md:13:1: error: this choice leads back to `#a`, so the scenario could loop: choices must always move on towards an ending",
        ],
    ),
    (
        "scenario_unreachable",
        "## S {#s}\n\n```scenario sc\n### A {#a}\n\n- [b](#b)\n\n### B {#b .end-good}\n\nFin.\n\n### C {#c .end-bad}\n\nOubliée.\n```\n",
        &[
            "m.md:15:1: error: node `c` cannot be reached from the start `a`: no choice leads to it",
        ],
    ),
    (
        "scenario_dead_end",
        "## S {#s}\n\n```scenario sc\n### A {#a}\n\n- [b](#b)\n\n### B {#b}\n\nEt puis rien.\n```\n",
        &[
            "m.md:7:1: error: no ending can be reached from node `a`",
            "m.md:11:1: error: node `b` has no choices and is not an ending: add choices, or mark it {#b .end-good}, .end-mixed or .end-bad",
        ],
    ),
    (
        "scenario_no_ending_reachable",
        "## S {#s}\n\n```scenario sc\n### A {#a}\n\n- [b](#b)\n- [c](#c)\n\n### B {#b}\n\n- [c](#c)\n\n### C {#c}\n\n- [b](#b)\n```\n",
        &[
            "m.md:7:1: error: no ending can be reached from node `a`",
            "m.md:12:1: error: no ending can be reached from node `b`",
            "m.md:16:1: error: no ending can be reached from node `c`",
            "m.md:18:1: error: this choice leads back to `#b`, so the scenario could loop: choices must always move on towards an ending",
        ],
    ),
    (
        "scenario_empty",
        "## S {#s}\n\n```scenario vide\n```\n",
        &[
            "m.md:6:1: error: scenario `vide` has no nodes",
        ],
    ),
];

#[test]
fn every_block_rule_reports_its_message_at_its_position() {
    for (name, body, expected) in CASES {
        assert_eq!(shown(&parse(body)), *expected, "case {name}");
    }
}

/// (what is wrong, whole module file, every diagnostic expected).
const FILE_CASES: &[(&str, &str, &[&str])] = &[
    (
        "no front matter",
        "## A {#a}\n",
        &[
            "m.md:1:1: error: the module must start with its front matter: a line `+++`, its \
           fields (sources; for a page outside the map, also title, summary and minutes), then \
           another line `+++`",
        ],
    ),
    (
        "front matter never closed",
        "+++\ntitle = \"T\"\n",
        &["m.md:1:1: error: the front matter is never closed: add a line `+++` after it"],
    ),
    (
        "unknown front matter field",
        "+++\nauteur = \"moi\"\nsources = []\n+++\n## A {#a}\n",
        &[
            "m.md:2:1: error: front matter: unknown field `auteur`, expected one of `title`, \
           `summary`, `minutes`, `content_warning`, `sources`",
        ],
    ),
    (
        "wrong type in the front matter",
        "+++\ntitle = \"T\"\nsummary = \"S\"\nminutes = \"cinq\"\nsources = []\n+++\n## A {#a}\n",
        &["m.md:4:11: error: front matter: invalid type: string \"cinq\", expected u32"],
    ),
    (
        "every problem of the front matter at once",
        "+++\ntitre = \"T\"\nsummary = 5\nminutes = -5\ncontent_warning = true\n\n[[sources]]\n\
         id = \"a\"\nauteur = \"x\"\nurl = \"https://x.ma\"\n+++\n## A {#a}\n",
        &[
            "m.md:2:1: error: front matter: unknown field `titre`, expected one of `title`, \
             `summary`, `minutes`, `content_warning`, `sources`",
            "m.md:3:11: error: front matter: invalid type: integer `5`, expected a string",
            "m.md:4:11: error: front matter: invalid value: integer `-5`, expected u32",
            "m.md:5:19: error: front matter: invalid type: boolean `true`, expected a string",
            "m.md:7:1: error: front matter: missing field `title`",
            "m.md:7:1: error: front matter: missing field `publisher`",
            "m.md:7:1: error: front matter: missing field `date`",
            "m.md:7:1: error: front matter: missing field `supports`",
            "m.md:9:1: error: front matter: unknown field `auteur`, expected one of `id`, \
             `title`, `publisher`, `date`, `url`, `supports`, `to_verify`",
        ],
    ),
    (
        "a date without quotes",
        "+++\n\n[[sources]]\nid = \"a\"\n\
         title = \"t\"\npublisher = \"p\"\ndate = 2024-06\n+++\n## A {#a}\n",
        &["m.md:7:8: error: front matter: write dates in quotes: date = \"2024-06\""],
    ),
    (
        "a minutes value with a decimal point",
        "+++\ntitle = \"T\"\nsummary = \"S\"\nminutes = 7.5\nsources = []\n+++\n## A {#a}\n",
        &[
            "m.md:4:11: error: front matter: only whole numbers are read: write 5, or text in \
           quotes: minutes = \"7.5\"",
        ],
    ),
    (
        "a key written twice",
        "+++\ncontent_warning = \"T\"\nsources = []\ncontent_warning = \"U\"\n+++\n\
         ## A {#a}\n",
        &["m.md:4:1: error: front matter: duplicate key `content_warning`: write each key once"],
    ),
    (
        "text without quotes",
        "+++\ntitle = Bonjour\nsummary = \"S\"\nminutes = 5\nsources = []\n+++\n## A {#a}\n",
        &["m.md:2:9: error: front matter: text needs quotes: write title = \"Bonjour\""],
    ),
    (
        "title, summary and minutes written in a module's front matter",
        "+++\ntitle = \"T\"\nsources = []\n  summary = \"S\"\nminutes = 5\n+++\n## A {#a}\n",
        &[
            "m.md:2:1: error: front matter: `title` of a module goes in the course map, \
             map/fr.toml, under [m]: move it there",
            "m.md:4:3: error: front matter: `summary` of a module goes in the course map, \
             map/fr.toml, under [m]: move it there",
            "m.md:5:1: error: front matter: `minutes` of a module goes in the course map, \
             map/fr.toml, under [m]: move it there",
        ],
    ),
    (
        "no sources key",
        "+++\n+++\n## A {#a}\n",
        &[
            "m.md:1:1: error: module has no sources: list the sources of its facts with \
           [[sources]], or write `sources = []` if it states no facts",
        ],
    ),
    (
        "sources: to verify, not https, duplicate id (Arabic before them on the lines)",
        "+++\n\n[[sources]]\nid = \"loi\"\n\
         title = \"قانون\"\npublisher = \"P\"\ndate = \"2024\"\nurl = \"http://x.ma\"\n\
         supports = \"s\"\nto_verify = true\n\n[[sources]]\nid = \"loi\"\ntitle = \"t\"\n\
         publisher = \"P\"\ndate = \"2024\"\nurl = \"https://x.ma\"\nsupports = \"s\"\n+++\n\
         ## A {#a}\n",
        &[
            "m.md:4:6: warning: source `loi` is marked to_verify: check the fact against the \
             source, then remove `to_verify`",
            "m.md:8:7: error: source `loi`: its url must start with https://",
            "m.md:13:6: error: duplicate source id `loi`",
        ],
    ),
];

#[test]
fn every_file_rule_reports_its_message_at_its_position() {
    for (name, text, expected) in FILE_CASES {
        let parsed = amane_core::content::parse_module("m.md", "m", "fr", text);
        assert_eq!(shown(&parsed), *expected, "case {name}");
    }
}

#[test]
fn step_and_fence_rules_point_at_their_line() {
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "text before the first step",
            "Intro.\n\n## A {#a}\n",
            &[
                "m.md:4:1: error: text before the first step: every step starts with a line \
               `## Title {#id}`",
            ],
        ),
        (
            "duplicate step id",
            "## A {#a}\n\n## B {#a}\n",
            &["m.md:6:1: error: duplicate step id `a`"],
        ),
        (
            "step id with other characters",
            "## A {#a/b}\n",
            &[
                "m.md:4:1: error: step id `a/b` may only use the letters a-z and A-Z, digits, \
               `-` and `_`",
            ],
        ),
        (
            "block without id",
            "## A {#a}\n\n```quiz\n```\n",
            &["m.md:6:1: error: this quiz has no id: write ```quiz my-id"],
        ),
        (
            "words after the block id",
            "## A {#a}\n\n```scenario sc en plus\n```\n",
            &["m.md:6:1: error: unexpected `en` after the scenario id"],
        ),
        (
            "block never closed",
            "## A {#a}\n\n```quiz q\n### Q {#q .single}\n",
            &["m.md:6:1: error: this quiz is never closed: add a line ``` after its last line"],
        ),
        (
            "duplicate block id",
            "## A {#a}\n\n```quiz q\n### Q {#q .true-false}\n\n- [x] V\n- [ ] F\n```\n\n\
             ```scenario q\n### N {#n .end-good}\n```\n",
            &["m.md:13:1: error: duplicate block id `q` in this module"],
        ),
        (
            "unknown callout",
            "## A {#a}\n\n> [!NOTE]\n> Texte.\n",
            &[
                "m.md:6:1: error: unknown callout `[!NOTE]`: use [!TIP], [!WARNING], [!HELP] or \
               [!TRAINER]",
            ],
        ),
        (
            "discussion outside a scenario",
            "## A {#a}\n\n> [!DISCUSS]\n> Texte.\n",
            &["m.md:6:1: error: [!DISCUSS] only goes inside a scenario node"],
        ),
        (
            "Arabic, Latin and digits before an attribute: columns count characters",
            "## A {#a}\n\n```quiz q\n### هل Instagram آمن؟ 2024 {#a .single pts=1}\n\n\
             - [x] نعم\n- [ ] لا\n```\n",
            &[
                "m.md:7:40: error: unknown attribute `pts` on this question: only points=N is \
               allowed",
            ],
        ),
        (
            "Arabic heading: the column counts characters, not bytes",
            "## A {#a}\n\n```quiz q\n### ما هو؟ {#a .singel}\n\n- [x] نعم\n- [ ] لا\n```\n",
            &[
                "m.md:7:16: error: unknown question type `.singel`: use .single, .multiple, \
               .true-false, .order or .match",
            ],
        ),
    ];
    for (name, body, expected) in cases {
        assert_eq!(shown(&parse(body)), *expected, "case {name}");
    }
}
