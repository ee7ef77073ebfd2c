//! Where a parse records what it found: diagnostics at `file:line:col`, and the line and
//! column of every id.

pub(crate) mod anchors;
pub(crate) mod findings;
pub(crate) mod locator;
