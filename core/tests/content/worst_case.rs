//! The worst case for parsing time, shared by the robustness test and the parse bench.

/// A module of about `bytes` whose text is one line of citations, half of them of no source: the
/// worst case for locating citations and diagnostic columns, which must stay linear.
pub fn one_line_of_citations(bytes: usize) -> String {
    let head = "+++\n\n[[sources]]\nid = \"a\"\n\
                title = \"t\"\npublisher = \"p\"\ndate = \"2024\"\nurl = \"https://example.org\"\n\
                supports = \"s\"\n+++\n\n## Un {#un}\n\n";
    let unit = "mot [^a] é [^zz] ";
    format!("{head}{}\n", unit.repeat((bytes - head.len()) / unit.len()))
}
