//! Where each id of a module file sits: the anchors the checker compares between locales.

/// Something with an id in a module file.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Anchor {
    /// A step, by id.
    Step(String),
    /// A quiz or scenario block, by id (also found when it failed to parse).
    Block(String),
    /// A question: quiz id, question id.
    Question(String, String),
    /// A scenario node: scenario id, node id.
    Node(String, String),
    /// A front-matter field the checker compares between locales, by name (`minutes`).
    Field(&'static str),
}

/// A 1-based line and column (in characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in characters.
    pub col: u32,
}
