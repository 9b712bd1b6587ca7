//! Command-line interface.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::model::{self, Dataset, LoadErrors};

#[derive(Debug, Parser)]
#[command(
    name = "rk-roadmap",
    version,
    about = "Russia–Kazakhstan relations 1990–2030: timeline, electoral cycles, road map and scenarios"
)]
pub struct Cli {
    /// Load the data files from this directory instead of the embedded dataset.
    #[arg(long, global = true, value_name = "DIR")]
    pub data: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate the dataset and print a summary; exit 1 with every error otherwise.
    Check,
}

/// Loads the dataset `--data` names, or the embedded one.
pub fn load(data: Option<&std::path::Path>) -> Result<Dataset, LoadErrors> {
    match data {
        Some(dir) => model::load_dir(dir),
        None => model::load_embedded(),
    }
}

/// Runs `check`: the summary on success, every error on failure.
/// Returns the process exit code.
pub fn check(data: Option<&std::path::Path>) -> (i32, String) {
    let origin = data.map_or_else(
        || "embedded dataset".to_owned(),
        |d| format!("dataset in {}", d.display()),
    );
    match load(data) {
        Ok(ds) => (0, format!("{origin}: valid\n{}\n", ds.summary())),
        Err(LoadErrors(errors)) => {
            let mut out = format!("{origin}: {} error(s)\n", errors.len());
            for e in &errors {
                out.push_str(&format!("error: {e}\n"));
                if let Some(excerpt) = e.caret_excerpt() {
                    for line in excerpt.lines() {
                        out.push_str(&format!("    {line}\n"));
                    }
                }
            }
            (1, out)
        }
    }
}
