//! `amane`: the authors' command line (content checker, sources list, ids, GIFT import).

const USAGE: &str = "usage:
  amane check <content-dir>        check every module and the help page, errors and warnings apart
  amane check --release <dir>      the same for a course to ship: a source still to verify is an error
  amane sources <content-dir>      print content/SOURCES.md
  amane ids --json <content-dir>   print the course's ids, storage keys and addresses as JSON
  amane import-gift <file.gift> [--module <id>] [--locale fr|ar|ary] [--set <id>] [--into <module.md>]";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = match args.first().map(String::as_str) {
        Some("check") | Some("sources") | Some("ids") => amane_core::check::cli::run(&args),
        Some("import-gift") => amane_core::gift::cli::run(&args[1..]),
        _ => {
            eprintln!("{USAGE}");
            2
        }
    };
    std::process::exit(code);
}
