//! The French authoring guide (content/AUTHORING.fr.md) stays in step with the English one
//! (content/AUTHORING.md): the same tables with the same rows — manifest and front-matter
//! fields, question types, every checker message, in the same order — and the same examples.
//! A row or an example added to one guide and not to the other fails here.

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

/// What must be the same in every language of the guide.
#[derive(Debug, Default, PartialEq)]
struct Skeleton {
    /// For each table, the first cell of each row below the header (a field name, a question
    /// type, a checker message as the checker prints it).
    tables: Vec<Vec<String>>,
    /// Every example the guide's tests read: (info string, text) of each `markdown` or `toml`
    /// fenced block.
    examples: Vec<(String, String)>,
}

fn guide(name: &str) -> String {
    let path = format!("{}/../content/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn skeleton(markdown: &str) -> Skeleton {
    let mut found = Skeleton::default();
    let mut in_header = false;
    let mut cell: Option<String> = None;
    let mut cells_in_row = 0;
    let mut example: Option<(String, String)> = None;
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Table(_)) => found.tables.push(Vec::new()),
            Event::Start(Tag::TableHead) => in_header = true,
            Event::End(TagEnd::TableHead) => in_header = false,
            Event::Start(Tag::TableRow) => cells_in_row = 0,
            Event::Start(Tag::TableCell) => {
                cells_in_row += 1;
                if !in_header && cells_in_row == 1 {
                    cell = Some(String::new());
                }
            }
            Event::End(TagEnd::TableCell) => {
                if let (Some(text), Some(table)) = (cell.take(), found.tables.last_mut()) {
                    table.push(text);
                }
            }
            Event::Text(text) | Event::Code(text) => {
                if let Some(cell) = &mut cell {
                    cell.push_str(&text);
                }
                if let Some((_, body)) = &mut example {
                    body.push_str(&text);
                }
            }
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info)))
                if matches!(&*info, "markdown" | "toml") =>
            {
                example = Some((info.to_string(), String::new()));
            }
            Event::End(TagEnd::CodeBlock) => found.examples.extend(example.take()),
            _ => {}
        }
    }
    found
}

#[test]
fn the_french_guide_has_the_same_tables_rows_and_examples_as_the_english_one() {
    let english = skeleton(&guide("AUTHORING.md"));
    let french = skeleton(&guide("AUTHORING.fr.md"));
    assert!(
        english.tables.len() >= 10 && english.examples.len() >= 5,
        "the guide's tables and examples are read: {} tables, {} examples",
        english.tables.len(),
        english.examples.len()
    );
    assert_eq!(
        french.tables.len(),
        english.tables.len(),
        "number of tables"
    );
    for (number, (fr, en)) in french.tables.iter().zip(&english.tables).enumerate() {
        assert_eq!(fr, en, "table {} (first column)", number + 1);
    }
    assert_eq!(french.examples, english.examples, "the examples");
}

#[test]
fn a_row_missing_from_one_table_is_noticed() {
    let table = "| Message | What it means |\n|---|---|\n| a `x` | one |\n| b | two |\n";
    let fewer = "| Message | Ce qu'il veut dire |\n|---|---|\n| a `x` | un |\n";
    assert_eq!(
        skeleton(table).tables,
        [vec!["a x".to_string(), "b".to_string()]]
    );
    assert_ne!(skeleton(table), skeleton(fewer));
}

#[test]
fn only_the_examples_and_the_first_column_count() {
    let en = "Some text.\n\n| Field | Meaning |\n|---|---|\n| `id` | Never changes. |\n\n```toml\nid = \"x\"\n```\n\n```\ncontent/  the course\n```\n";
    let fr = "Du texte.\n\n| Champ | Signification |\n|---|---|\n| `id` | Ne change jamais. |\n\n```toml\nid = \"x\"\n```\n\n```\ncontent/  le cours\n```\n";
    assert_eq!(skeleton(en), skeleton(fr));
    assert_eq!(
        skeleton(en).examples,
        [("toml".to_string(), "id = \"x\"\n".to_string())]
    );
}
