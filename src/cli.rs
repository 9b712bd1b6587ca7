//! Command-line interface.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::model::layout::TimeView;
use crate::model::{self, Dataset, Date, LoadErrors};

#[derive(Debug, Parser)]
#[command(
    name = "rk-roadmap",
    version,
    about = "Russia–Kazakhstan relations 1990–2030: timeline, electoral cycles, road map and scenarios"
)]
pub struct Cli {
    /// Load the data files from this folder instead of the embedded dataset,
    /// or open a TimelineJS / vis-timeline file (.json, .csv) directly.
    #[arg(long, global = true, value_name = "DIR|FILE")]
    pub data: Option<PathBuf>,

    /// Open the window with the view starting at this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub at: Option<Date>,

    /// How much time the view shows: e.g. 2y, 18m, 0.5y (with --at; default 2y).
    #[arg(long, value_name = "SPAN", value_parser = parse_span)]
    pub span: Option<f64>,

    /// Open with this scenario toggled on (repeatable).
    #[arg(long = "scenario", value_name = "ID")]
    pub scenarios: Vec<String>,

    /// Open with this item selected.
    #[arg(long, value_name = "ID")]
    pub select: Option<String>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate the dataset and print a summary; exit 1 with every error otherwise.
    Check,
    /// Write a small, commented, valid dataset to start from into DIR.
    New {
        /// The folder to create (it must not hold data files yet).
        dir: PathBuf,
    },
    /// Convert a TimelineJS3 JSON, TimelineJS sheet CSV or vis-timeline
    /// JSON file into a data folder.
    Import {
        /// The file to import (.json or .csv).
        file: PathBuf,
        /// The data folder to write (it must not hold data files yet).
        #[arg(long, value_name = "DIR")]
        to: PathBuf,
    },
    /// Export events (and toggled scenarios' projections) without opening a window.
    Export(ExportArgs),
}

/// The options of `export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// csv (RFC 4180, with a header row), md (a brief with source links),
    /// timelinejs (TimelineJS3 JSON), vis (vis-timeline items and groups),
    /// svg or pdf (the view, or with no --at the full-range poster).
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Include this scenario's projected events (and, for svg/pdf, its road map); repeatable.
    #[arg(long = "scenario", value_name = "ID")]
    pub scenarios: Vec<String>,
    /// First year included (csv, md).
    #[arg(long, value_name = "YEAR")]
    pub from: Option<i32>,
    /// Last year included (csv, md).
    #[arg(long, value_name = "YEAR")]
    pub to: Option<i32>,
    /// svg/pdf: draw the view starting at this date instead of the full range.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub at: Option<Date>,
    /// svg/pdf: how much time the view shows (with --at; default 2y).
    #[arg(long, value_name = "SPAN", value_parser = parse_span)]
    pub span: Option<f64>,
    /// svg/pdf: the page, landscape.
    #[arg(long, value_enum, default_value = "a3")]
    pub paper: PaperSize,
    /// Write to this file instead of stdout.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Paper sizes for svg/pdf exports (landscape).
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PaperSize {
    A4,
    A3,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Csv,
    Md,
    /// TimelineJS3 JSON.
    Timelinejs,
    /// vis-timeline JSON: items and groups.
    Vis,
    /// An SVG picture of the view or the full range.
    Svg,
    /// A one-page PDF of the view or the full range, with real text.
    Pdf,
}

/// `--at`: a date of the data's form.
pub fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse(text).map_err(|e| e.to_string())
}

/// `--span`: `2y`, `18m`, `0.5y`, `10d`, in years.
pub fn parse_span(text: &str) -> Result<f64, String> {
    let text = text.trim();
    let (number, unit) = text.split_at(
        text.find(|c: char| c.is_ascii_alphabetic())
            .unwrap_or(text.len()),
    );
    let value: f64 = number
        .trim()
        .parse()
        .map_err(|_| format!("`{text}` is not a span such as 2y, 18m or 10d"))?;
    let years = match unit.trim() {
        "y" | "" => value,
        "m" => value / 12.0,
        "d" => value / 365.25,
        other => return Err(format!("unknown span unit `{other}`: use y, m or d")),
    };
    if years.is_finite() && years > 0.0 {
        Ok(years)
    } else {
        Err(format!("`{text}` must be a positive span"))
    }
}

/// The view a deep link asks for, if it gives `--at`.
pub fn deep_link_view(at: Option<Date>, span: Option<f64>) -> Option<TimeView> {
    let start = at?.start_year_frac();
    Some(
        TimeView {
            start_year: start,
            end_year: start + span.unwrap_or(2.0),
        }
        .clamped(),
    )
}

/// A span in the shortest exact form: `2y`, `18m`, or years with decimals.
pub fn format_span(years: f64) -> String {
    let months = years * 12.0;
    if (years - years.round()).abs() < 1e-6 {
        format!("{}y", years.round())
    } else if (months - months.round()).abs() < 1e-3 {
        format!("{}m", months.round())
    } else {
        format!("{years:.2}y")
    }
}

/// The command line that reopens a view.
pub fn view_command(
    data: Option<&std::path::Path>,
    view: TimeView,
    scenarios: &[String],
    select: Option<&str>,
) -> String {
    let year = view.start_year.floor();
    let month = ((view.start_year - year) * 12.0).floor().clamp(0.0, 11.0) as u32 + 1;
    let mut parts = vec![
        "rk-roadmap".to_owned(),
        format!("--at {year:.0}-{month:02}"),
        format!("--span {}", format_span(view.span_years())),
    ];
    for s in scenarios {
        parts.push(format!("--scenario {s}"));
    }
    if let Some(id) = select {
        parts.push(format!("--select {id}"));
    }
    if let Some(dir) = data {
        parts.push(format!("--data '{}'", dir.display()));
    }
    parts.join(" ")
}

/// Runs `export`: the bytes to print (or write), or an error message.
pub fn export(data: Option<&std::path::Path>, args: &ExportArgs) -> Result<Vec<u8>, String> {
    let ExportArgs {
        format,
        scenarios,
        from,
        to,
        ..
    } = args;
    let (format, from, to) = (*format, *from, *to);
    let ds = load(data).map_err(|e| e.to_string())?;
    for s in scenarios {
        if !ds.scenarios.iter().any(|x| &x.id == s) {
            let known: Vec<&str> = ds.scenarios.iter().map(|x| x.id.as_str()).collect();
            return Err(format!(
                "unknown scenario `{s}`; known: {}",
                known.join(", ")
            ));
        }
    }
    let from = f64::from(from.unwrap_or(1985));
    let to = f64::from(to.unwrap_or(2040)) + 1.0 - 1e-9;
    if to < from {
        return Err("--to is before --from".to_owned());
    }
    let on: std::collections::BTreeSet<String> = scenarios.iter().cloned().collect();
    let rows = model::export::rows(&ds, &on, &model::timeline::Filter::default(), from, to);
    let json = |v: serde_json::Value| serde_json::to_string_pretty(&v).map_err(|e| e.to_string());
    let text = match format {
        ExportFormat::Csv => model::export::to_csv(&rows).map_err(|e| e.to_string())?,
        ExportFormat::Md => model::export::to_markdown(&ds, &rows, &on, from, to),
        ExportFormat::Timelinejs => json(model::web::to_timelinejs(&ds, &on))?,
        ExportFormat::Vis => json(model::web::to_vis(&ds, &on))?,
        ExportFormat::Svg | ExportFormat::Pdf => return picture(&ds, args, on),
    };
    Ok(text.into_bytes())
}

/// The svg/pdf export of `export`.
fn picture(
    ds: &Dataset,
    args: &ExportArgs,
    scenarios: std::collections::BTreeSet<String>,
) -> Result<Vec<u8>, String> {
    let options = crate::poster::PosterOptions {
        view: deep_link_view(args.at, args.span),
        scenarios,
        paper: match args.paper {
            PaperSize::A4 => crate::poster::Paper::A4,
            PaperSize::A3 => crate::poster::Paper::A3,
        },
    };
    let scene = crate::poster::scene(ds, &options);
    match args.format {
        ExportFormat::Pdf => pdf_bytes(&scene),
        _ => Ok(crate::poster::svg::to_svg(&scene).into_bytes()),
    }
}

#[cfg(feature = "pdf")]
fn pdf_bytes(scene: &crate::poster::Scene) -> Result<Vec<u8>, String> {
    crate::poster::pdf::to_pdf(scene).map_err(|e| e.to_string())
}

#[cfg(not(feature = "pdf"))]
fn pdf_bytes(_: &crate::poster::Scene) -> Result<Vec<u8>, String> {
    Err("this build has no PDF export (feature `pdf`)".to_owned())
}

/// Loads the dataset `--data` names (a folder, or a file to import), or
/// the embedded one.
pub fn load(data: Option<&std::path::Path>) -> Result<Dataset, LoadErrors> {
    match data {
        Some(path) => model::import::load_path(path),
        None => model::load_embedded(),
    }
}

/// Runs `new DIR`: the message to print, or an error.
pub fn new_dataset(dir: &std::path::Path) -> Result<String, String> {
    let written = model::folder::write_starter(dir).map_err(|e| e.to_string())?;
    Ok(format!(
        "wrote {} files to {}; check them with: rk-roadmap check --data {}\n",
        written.len(),
        dir.display(),
        dir.display()
    ))
}

/// Runs `import FILE --to DIR`: the message to print, or every error.
pub fn import(file: &std::path::Path, to: &std::path::Path) -> Result<String, String> {
    let imported = model::import::import_file(file).map_err(|e| e.to_string())?;
    let ds = imported.load().map_err(|e| {
        format!(
            "{}: the imported timeline does not validate:\n{e}",
            file.display()
        )
    })?;
    model::folder::write_files(to, imported.files()).map_err(|e| e.to_string())?;
    Ok(format!(
        "imported {} into {}: {}\n",
        file.display(),
        to.display(),
        ds.summary()
    ))
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
