//! `amane import-gift <file.gift> [--module <id>] [--locale fr|ar|ary]`.

/// Runs the importer; returns the process exit code.
pub fn run(args: &[String]) -> i32 {
    eprintln!("amane import-gift {}: not available yet", args.join(" "));
    2
}
