//! Fenced ```` ```quiz <id> ````, ```` ```scenario <id> ```` and ```` ```guide <id> ```` blocks.

/// Which block a fence holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BlockKind {
    /// ```` ```quiz ````
    Quiz,
    /// ```` ```scenario ````
    Scenario,
    /// ```` ```guide ````
    Guide,
}

impl BlockKind {
    /// The word authors write after the fence.
    pub(crate) fn word(self) -> &'static str {
        match self {
            BlockKind::Quiz => "quiz",
            BlockKind::Scenario => "scenario",
            BlockKind::Guide => "guide",
        }
    }
}

/// A quiz or scenario fence, split into its parts.
pub(crate) struct Fence<'a> {
    /// Quiz or scenario.
    pub kind: BlockKind,
    /// The id after the kind.
    pub id: Option<&'a str>,
    /// Anything after the id (an error).
    pub extra: Option<&'a str>,
    /// The Markdown between the fences.
    pub inner: &'a str,
    /// Byte offset of `inner` in the module file.
    pub inner_offset: usize,
    /// False when the closing fence is missing (the block ran to the end of the file).
    pub closed: bool,
}

/// Reads a fenced code block whose info string is `info` and whose whole source (fences
/// included) is `source`, at byte `offset` of the module file. `None` for other code blocks.
pub(crate) fn read_fence<'a>(info: &'a str, source: &'a str, offset: usize) -> Option<Fence<'a>> {
    let mut words = info.split_whitespace();
    let kind = match words.next()? {
        "quiz" => BlockKind::Quiz,
        "scenario" => BlockKind::Scenario,
        "guide" => BlockKind::Guide,
        _ => return None,
    };
    let id = words.next();
    let extra = words.next();
    let opening = source.trim_start();
    let fence_char = opening.chars().next().unwrap_or('`');
    let fence_len = opening.len() - opening.trim_start_matches(fence_char).len();
    let inner_start = source.find('\n').map_or(source.len(), |at| at + 1);
    let body = source[inner_start..].trim_end_matches(['\n', '\r']);
    let last_line_start = body.rfind('\n').map_or(0, |at| at + 1);
    let last_line = body[last_line_start..].trim();
    let closed = inner_start < source.len()
        && last_line.len() >= fence_len
        && last_line.chars().all(|c| c == fence_char);
    let inner_end = if closed { last_line_start } else { body.len() };
    Some(Fence {
        kind,
        id,
        extra,
        inner: &body[..inner_end],
        inner_offset: offset + inner_start,
        closed,
    })
}
