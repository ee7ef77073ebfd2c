//! The progress model: versioned, mergeable, migratable, importable.
