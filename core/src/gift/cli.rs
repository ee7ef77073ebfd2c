//! `amane import-gift <file.gift> [--module <id>] [--locale fr|ar|ary] [--set <id>] [--into <module.md>]`.

use std::path::Path;

use crate::content::Severity;

use super::readback::{new_diagnostics, SKELETON};
use super::slug::slugify;
use super::{import_gift, ImportOptions, Imported, MessageKind};

const USAGE: &str = "usage: amane import-gift <file.gift> [--module <id>] [--locale fr|ar|ary] [--set <id>] [--into <module.md>]
  writes a ```quiz block to standard output, or appends it to <module.md> with --into;
  errors, skipped questions and approximations go to standard error (see docs/GIFT.md)";

/// What the command line asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    /// The GIFT file.
    pub file: String,
    /// Module the questions are for (default: the folder of `--into`).
    pub module: Option<String>,
    /// Module language (default: the name of `--into` when it is `fr.md`, `ar.md` or `ary.md`, else `fr`).
    pub locale: String,
    /// Quiz block id (default: the GIFT file name, slugified).
    pub set_id: String,
    /// Module file to append to, instead of standard output.
    pub into: Option<String>,
}

/// Runs the importer; returns the process exit code (0 done, 1 problems, 2 usage).
pub fn run(args: &[String]) -> i32 {
    let request = match parse_args(args) {
        Ok(request) => request,
        Err(message) => {
            eprintln!("amane import-gift: {message}\n{USAGE}");
            return 2;
        }
    };
    let text = match read_text(&request.file) {
        Ok(text) => text,
        Err(message) => {
            eprintln!("{}: {message}", request.file);
            return 1;
        }
    };
    let options = ImportOptions {
        set_id: request.set_id.clone(),
        locale: request.locale.clone(),
    };
    let imported = import_gift(&file_name(&request.file), &text, &options);
    for message in &imported.messages {
        eprintln!("{}", message.located(&request.file));
    }
    let written = write_out(&request, &imported);
    if let Err(message) = &written {
        eprintln!("{message}");
    }
    // Always the last line, so scripts and authors find the counts in one place.
    eprintln!("{}", imported.summary(&request.file));
    match written {
        Ok(()) if imported.count(MessageKind::Error) == 0 && imported.imported > 0 => 0,
        _ => 1,
    }
}

/// Reads the command line.
pub fn parse_args(args: &[String]) -> Result<Request, String> {
    let mut file = None;
    let (mut module, mut locale, mut set_id, mut into) = (None, None, None, None);
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let slot = match arg.as_str() {
            "--module" => &mut module,
            "--locale" => &mut locale,
            "--set" => &mut set_id,
            "--into" => &mut into,
            flag if flag.starts_with("--") => return Err(format!("unknown option `{flag}`")),
            path if file.is_none() => {
                file = Some(path.to_string());
                continue;
            }
            extra => return Err(format!("unexpected argument `{extra}`")),
        };
        let value = args
            .next()
            .ok_or_else(|| format!("`{arg}` needs a value"))?;
        *slot = Some(value.clone());
    }
    let file = file.ok_or("which GIFT file? give its path")?;
    let into_path = into.as_deref().map(Path::new);
    let locale = locale
        .or_else(|| into_path.and_then(stem).filter(|s| is_locale(s)))
        .unwrap_or_else(|| "fr".to_string());
    if !is_locale(&locale) {
        return Err(format!(
            "`{locale}` is not a language code: use the code of one of the course's languages \
             (fr, ar, ary…)"
        ));
    }
    let module = module.or_else(|| {
        into_path
            .and_then(Path::parent)
            .and_then(|p| p.file_name())
            .map(|name| name.to_string_lossy().into_owned())
    });
    let set_id = match set_id {
        Some(id) if slugify(&id) == id => id,
        Some(id) => {
            return Err(format!(
                "quiz id `{id}`: use lower-case letters, digits and dashes, e.g. `{}`",
                slugify(&id)
            ))
        }
        None => stem(Path::new(&file))
            .map(|s| slugify(&s))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "gift".to_string()),
    };
    Ok(Request {
        file,
        module,
        locale,
        set_id,
        into,
    })
}

/// Whether `code` is written like a language code (the course may declare any language).
fn is_locale(code: &str) -> bool {
    crate::i18n::Locale::from_code(code).is_some_and(|l| l.code() == code)
}

fn stem(path: &Path) -> Option<String> {
    path.file_stem().map(|s| s.to_string_lossy().into_owned())
}

fn file_name(path: &str) -> String {
    Path::new(path)
        .file_name()
        .map_or_else(|| path.to_string(), |n| n.to_string_lossy().into_owned())
}

fn read_text(path: &str) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read: {e}"))?;
    String::from_utf8(bytes).map_err(|_| {
        "not UTF-8 text: save the file as UTF-8 (Moodle's own export already is)".to_string()
    })
}

/// Prints the block, or appends it to the module file when nothing went wrong.
fn write_out(request: &Request, imported: &Imported) -> Result<(), String> {
    let Some(block) = &imported.markdown else {
        return Err(format!("{}: no question could be imported", request.file));
    };
    let module = request.module.as_deref().unwrap_or("import");
    match &request.into {
        None => print_block(block, module, &request.locale),
        Some(into) if imported.count(MessageKind::Error) > 0 => Err(format!(
            "{into} not changed: fix the errors above (or run without --into to see the converted questions)"
        )),
        Some(into) => append_to_module(into, block, module, request),
    }
}

/// Prints the block after reading it back in an empty module.
fn print_block(block: &str, module: &str, locale: &str) -> Result<(), String> {
    let with_block = format!("{SKELETON}{block}");
    let problems = new_diagnostics("quiz block", module, locale, SKELETON, &with_block);
    for problem in &problems {
        eprintln!(
            "the quiz block does not read back cleanly: {}",
            problem.message
        );
    }
    print!("{block}");
    if problems.is_empty() {
        Ok(())
    } else {
        Err("a module would not accept this quiz block as it is (see above)".to_string())
    }
}

/// Appends the block unless the module would then have an error it does not have now.
fn append_to_module(
    into: &str,
    block: &str,
    module: &str,
    request: &Request,
) -> Result<(), String> {
    let existing =
        std::fs::read_to_string(into).map_err(|e| format!("{into}: cannot read: {e}"))?;
    let updated =
        append_block(&existing, block, &request.set_id).map_err(|e| format!("{into}: {e}"))?;
    let problems = new_diagnostics(into, module, &request.locale, &existing, &updated);
    for problem in &problems {
        eprintln!("{problem}");
    }
    if problems.iter().any(|p| p.severity == Severity::Error) {
        return Err(format!(
            "{into} not changed: the module would have the errors above"
        ));
    }
    std::fs::write(into, updated).map_err(|e| format!("{into}: cannot write: {e}"))?;
    eprintln!("{into}: quiz `{}` added at the end", request.set_id);
    Ok(())
}

/// The module text with the block appended after a blank line; refuses a quiz id already used.
pub fn append_block(existing: &str, block: &str, set_id: &str) -> Result<String, String> {
    let taken = existing.lines().any(|line| {
        let line = line.trim_start().trim_start_matches('`');
        line.strip_prefix("quiz")
            .is_some_and(|rest| rest.split_whitespace().next() == Some(set_id))
    });
    if taken {
        return Err(format!(
            "a quiz `{set_id}` is already there: remove it first or choose another id with --set"
        ));
    }
    let mut updated = existing.trim_end().to_string();
    if !updated.is_empty() {
        updated.push_str("\n\n");
    }
    updated.push_str(block);
    Ok(updated)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::parse_module;

    fn args(line: &str) -> Vec<String> {
        line.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn defaults_come_from_the_file_names() {
        let request = parse_args(&args(
            "banks/Hameçonnage.gift --into content/modules/03-phishing/ary.md",
        ))
        .unwrap();
        assert_eq!(request.set_id, "hameconnage");
        assert_eq!(request.locale, "ary");
        assert_eq!(request.module.as_deref(), Some("03-phishing"));
        let plain = parse_args(&args("bank.gift")).unwrap();
        assert_eq!((plain.locale.as_str(), plain.module), ("fr", None));
    }

    #[test]
    fn explicit_options_win() {
        let request = parse_args(&args(
            "b.gift --locale ar --set verifier --module 02-x --into m/03-y/fr.md",
        ))
        .unwrap();
        assert_eq!(request.locale, "ar");
        assert_eq!(request.set_id, "verifier");
        assert_eq!(request.module.as_deref(), Some("02-x"));
    }

    #[test]
    fn bad_command_lines_are_explained() {
        assert_eq!(
            parse_args(&args("b.gift --locale EN_us")),
            Err(
                "`EN_us` is not a language code: use the code of one of the course's languages \
                 (fr, ar, ary…)"
                    .to_string()
            )
        );
        assert_eq!(
            parse_args(&args("b.gift --locale en")).map(|r| r.locale),
            Ok("en".to_string()),
            "a language a course added"
        );
        assert_eq!(
            parse_args(&args("b.gift --set")),
            Err("`--set` needs a value".to_string())
        );
        assert_eq!(
            parse_args(&args("b.gift --set Mon_Quiz")),
            Err(
                "quiz id `Mon_Quiz`: use lower-case letters, digits and dashes, e.g. `mon-quiz`"
                    .to_string()
            )
        );
        assert_eq!(
            parse_args(&args("b.gift --verbose")),
            Err("unknown option `--verbose`".to_string())
        );
        assert!(parse_args(&[]).is_err());
    }

    #[test]
    fn appending_keeps_the_module_and_refuses_a_used_id() {
        let module = "+++\ntitle = \"x\"\n+++\n\n## Quiz {#quiz}\n\n```quiz old\n### Q {#q1 .true-false}\n```\n\n\n";
        let block = "```quiz new\n### R {#q1 .true-false}\n```\n";
        let updated = append_block(module, block, "new").unwrap();
        assert!(updated.starts_with(module.trim_end()));
        assert!(updated.ends_with("```\n\n```quiz new\n### R {#q1 .true-false}\n```\n"));
        assert_eq!(
            append_block(module, block, "old"),
            Err(
                "a quiz `old` is already there: remove it first or choose another id with --set"
                    .to_string()
            )
        );
    }

    #[test]
    fn into_appends_in_the_module_language_and_never_on_errors() {
        let dir = std::env::temp_dir().join(format!("amane-import-gift-{}", std::process::id()));
        let module_dir = dir.join("03-phishing");
        std::fs::create_dir_all(&module_dir).unwrap();
        let path = |name: &str| dir.join(name).to_string_lossy().into_owned();
        let module = module_dir.join("ar.md").to_string_lossy().into_owned();
        let front = "+++\ntitle = \"التصيد\"\n+++\n\n## أسئلة {#asila}\n";
        std::fs::write(&module, front).unwrap();
        std::fs::write(path("bank.gift"), "::سؤال::هل هذه رسالة تصيد؟{T}").unwrap();
        std::fs::write(path("bad.gift"), "Q ?{T}\n\nR ?{~%x%a =b}").unwrap();
        let run_with = |gift: &str| run(&args(&format!("{} --into {module}", path(gift))));

        assert_eq!(run_with("bad.gift"), 1);
        assert_eq!(std::fs::read_to_string(&module).unwrap(), front);
        assert_eq!(run_with("bank.gift"), 0);
        let updated = std::fs::read_to_string(&module).unwrap();
        assert!(updated.starts_with(front));
        assert!(updated.contains("```quiz bank\n") && updated.contains("- [x] صحيح\n- [ ] خطأ\n"));
        assert_eq!(run_with("bank.gift"), 1);
        assert_eq!(std::fs::read_to_string(&module).unwrap(), updated);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn into_refuses_a_block_the_module_would_not_accept() {
        let dir =
            std::env::temp_dir().join(format!("amane-import-gift-clash-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("04-x")).unwrap();
        let module = dir
            .join("04-x")
            .join("fr.md")
            .to_string_lossy()
            .into_owned();
        let gift = dir.join("histoire.gift").to_string_lossy().into_owned();
        let text = "+++\nsources = []\n+++\n\n\
                    ## Une histoire {#h}\n\n```scenario histoire\n### Début {#debut}\n\nTexte.\n\n\
                    - [Fin](#fin)\n\n### Fin {#fin .end-good}\n\nBravo.\n```\n";
        std::fs::write(&module, text).unwrap();
        std::fs::write(&gift, "Vrai ?{T}").unwrap();
        let before = parse_module(&module, "04-x", "fr", text).diagnostics;
        assert!(before.is_empty(), "{before:?}");
        assert_eq!(run(&args(&format!("{gift} --into {module}"))), 1);
        assert_eq!(std::fs::read_to_string(&module).unwrap(), text);
        let block =
            "```quiz histoire\n### Vrai ? {#q1 .true-false}\n\n- [x] Vrai\n- [ ] Faux\n```\n";
        let updated = append_block(text, block, "histoire").unwrap();
        let problems = new_diagnostics(&module, "04-x", "fr", text, &updated);
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0]
                .message
                .contains("duplicate block id `histoire`"),
            "{}",
            problems[0]
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
