//! `cargo xtask COMMAND`: see lib.rs for the commands.

use std::path::Path;
use std::process::ExitCode;
use xtask::codegen::{self, COMMAND, GENERATED_DIR};

const USAGE: &str =
    "usage: cargo xtask codegen [--check] | cargo xtask heights | cargo xtask post-build DIR";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let root = codegen::project_root();
    let result = match args.as_slice() {
        ["codegen"] => codegen::write(&root).map(|written| match written.as_slice() {
            [] => format!("{GENERATED_DIR} is up to date"),
            files => format!("wrote {}", files.join(", ")),
        }),
        ["codegen", "--check"] => codegen::stale(&root).and_then(|stale| match stale.as_slice() {
            [] => Ok(format!("{GENERATED_DIR} is up to date")),
            files => Err(format!("{} older than data/: run `{COMMAND}`", files.join(", "))),
        }),
        ["heights"] => xtask::heights::write(&root),
        ["post-build", dir] => xtask::post_build::run(&root, Path::new(dir)),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(summary) => {
            println!("xtask {}: {summary}", args[0]);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("xtask {}: {e}", args[0]);
            ExitCode::FAILURE
        }
    }
}
