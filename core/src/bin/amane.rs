//! `amane`: the authors' command line (content checker, GIFT import).

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    eprintln!("usage: amane check <content-dir>  (arguments: {args:?})");
    std::process::exit(2);
}
