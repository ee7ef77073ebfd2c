//! `amane check <dir>` and `amane sources <dir>`.

/// Runs a checker subcommand; returns the process exit code.
pub fn run(args: &[String]) -> i32 {
    eprintln!("amane {}: not available yet", args.join(" "));
    2
}
