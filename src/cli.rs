//! Command-line interface.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::command::DeepLink;
use crate::model::layout::TimeView;
use crate::model::timeline::Filter;
use crate::model::{self, Dataset, Date, Lang, LoadErrors, Status};
use crate::state::{AppState, LaterFacts, Tab};

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

    /// Open this tab: timeline, roadmap, institutions, compare or watch.
    #[arg(long, value_name = "TAB", value_parser = parse_tab)]
    pub tab: Option<Tab>,

    /// The interface language: en (English), ru (Russian) or kk (Kazakh).
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<Lang>,

    /// Search the timeline for these words.
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,

    /// Show only items with this tag (repeatable).
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,

    /// Hide this lane's items (repeatable).
    #[arg(long = "hide-lane", value_name = "ID")]
    pub hide_lanes: Vec<String>,

    /// Hide items of this status: fact, scheduled, proposed, projected, unconfirmed (repeatable).
    #[arg(long = "hide-status", value_name = "STATUS", value_parser = parse_status)]
    pub hide_statuses: Vec<Status>,

    /// Show only items linked to this person (repeatable).
    #[arg(long = "person", value_name = "ID")]
    pub people: Vec<String>,

    /// Show this lane collapsed (repeatable).
    #[arg(long = "collapse", value_name = "ID")]
    pub collapse: Vec<String>,

    /// Show what was known at this date (YYYY, YYYY-MM or YYYY-MM-DD):
    /// later facts dimmed or hidden, signposts and judgements as they stood.
    #[arg(long = "as-of", value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<Date>,

    /// With --as-of: dim or hide the facts dated after it.
    #[arg(long = "later-facts", value_name = "dim|hide", value_parser = parse_later_facts)]
    pub later_facts: Option<LaterFacts>,

    /// How the window is drawn: glow (OpenGL, the default) or wgpu (Vulkan,
    /// Metal, DirectX or OpenGL). Where glow cannot open a window, try wgpu.
    #[arg(long, value_name = "glow|wgpu", value_enum, default_value_t = Renderer::Glow)]
    pub renderer: Renderer,

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
    /// Search every item in English and Russian, through linked people,
    /// organisations and institutions and their aliases, in either script:
    /// one result a line (date, id, title, why), best first. Exits 1 when
    /// nothing matches.
    Search {
        /// The words to find (all must match).
        #[arg(required = true, num_args = 1.., value_name = "QUERY")]
        query: Vec<String>,
        /// Print a JSON list of results, each with its `id`.
        #[arg(long)]
        json: bool,
    },
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
    /// md, signposts-csv: the scenario watch (and, for md, the facts) as
    /// known at this date instead of today.
    #[arg(long = "as-of", value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<Date>,
    /// Write to this file instead of stdout.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// The window's renderer. glow is the default: without a GPU (a virtual
/// machine, a remote desktop) it drew a frame with a third to a half of the
/// CPU time wgpu took, and the window took 25–30 MB less memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Renderer {
    Glow,
    Wgpu,
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
    /// The scenario watch: one record per signpost with its state.
    SignpostsCsv,
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

/// `--tab`: a tab's command-line name.
pub fn parse_tab(text: &str) -> Result<Tab, String> {
    Tab::from_slug(text).ok_or_else(|| {
        let names: Vec<&str> = Tab::ALL.iter().map(|t| t.slug()).collect();
        format!("`{text}` is not a tab; use one of {}", names.join(", "))
    })
}

/// `--lang`: `en`, `ru` or `kk`.
pub fn parse_lang(text: &str) -> Result<Lang, String> {
    Lang::from_code(text).ok_or_else(|| format!("`{text}` is not a language; use en, ru or kk"))
}

/// `--later-facts`: `dim` or `hide`.
pub fn parse_later_facts(text: &str) -> Result<LaterFacts, String> {
    LaterFacts::from_slug(text).ok_or_else(|| format!("`{text}` is not dim or hide"))
}

/// `--hide-status`: a status's English name.
pub fn parse_status(text: &str) -> Result<Status, String> {
    Status::ALL
        .iter()
        .copied()
        .find(|s| s.label(Lang::En) == text)
        .ok_or_else(|| {
            let names: Vec<&str> = Status::ALL.iter().map(|s| s.label(Lang::En)).collect();
            format!("`{text}` is not a status; use one of {}", names.join(", "))
        })
}

/// Everything the command line asks the window to open with.
pub fn deep_link(cli: &Cli) -> DeepLink {
    DeepLink {
        view: deep_link_view(cli.at, cli.span),
        scenarios: cli.scenarios.clone(),
        select: cli.select.clone(),
        tab: cli.tab,
        lang: cli.lang,
        filter: Filter {
            query: cli.search.clone().unwrap_or_default(),
            tags: cli.tags.iter().cloned().collect(),
            hidden_lanes: cli.hide_lanes.iter().cloned().collect(),
            hidden_statuses: cli.hide_statuses.iter().copied().collect(),
            people: cli.people.iter().cloned().collect(),
            known_by: None,
        },
        collapsed: cli.collapse.clone(),
        as_of: cli.as_of,
        later_facts: cli.later_facts,
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

/// `text` as one shell word: bare when it is plain, else in single quotes.
pub fn shell_word(text: &str) -> String {
    let plain = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_-./:=+,@%".contains(c));
    if plain {
        text.to_owned()
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}

/// The command line that reopens the view `state` shows: dates, tab,
/// language, scenarios, selection, search and filters, collapsed lanes.
pub fn view_command(data: Option<&std::path::Path>, state: &AppState) -> String {
    let view = state.active_view();
    let at = Date::from_year_frac(view.start_year + 1e-9).map_or_else(
        || format!("{:.0}", view.start_year.floor()),
        |d| {
            format!(
                "{:04}-{:02}-{:02}",
                d.year,
                d.month().unwrap_or(1),
                d.day().unwrap_or(1)
            )
        },
    );
    let mut parts = vec![
        "rk-roadmap".to_owned(),
        format!("--at {at}"),
        format!("--span {}", format_span(view.span_years())),
        format!("--tab {}", state.tab.slug()),
        format!("--lang {}", state.lang.code()),
    ];
    let mut flag = |name: &str, value: &str| parts.push(format!("--{name} {}", shell_word(value)));
    for s in &state.scenarios_on {
        flag("scenario", s);
    }
    if let Some(id) = &state.selected {
        flag("select", id);
    }
    let filter = &state.filter;
    if !filter.query.trim().is_empty() {
        flag("search", &filter.query);
    }
    for tag in &filter.tags {
        flag("tag", tag);
    }
    for lane in &filter.hidden_lanes {
        flag("hide-lane", lane);
    }
    for status in &filter.hidden_statuses {
        flag("hide-status", status.label(Lang::En));
    }
    for person in &filter.people {
        flag("person", person);
    }
    for lane in &state.collapsed_lanes {
        flag("collapse", lane);
    }
    if let Some(day) = state.as_of.and_then(Date::from_year_frac) {
        flag("as-of", &day.to_string());
        if state.later_facts == LaterFacts::Hide {
            flag("later-facts", LaterFacts::Hide.slug());
        }
    }
    if let Some(dir) = data {
        flag("data", &dir.display().to_string());
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
    let as_of = args
        .as_of
        .as_ref()
        .map_or_else(model::past_due::today_year_frac, Date::start_year_frac);
    let filter = model::timeline::Filter {
        known_by: args.as_of.as_ref().map(Date::start_year_frac),
        ..Default::default()
    };
    let rows = model::export::rows(&ds, &on, &filter, from, to);
    let json = |v: serde_json::Value| serde_json::to_string_pretty(&v).map_err(|e| e.to_string());
    let text = match format {
        ExportFormat::Csv => model::export::to_csv(&rows).map_err(|e| e.to_string())?,
        ExportFormat::Md => {
            model::export::to_markdown(&ds, &rows, &on, from, to)
                + &model::watch_export::board_markdown(&ds, as_of)
        }
        ExportFormat::SignpostsCsv => {
            model::watch_export::signposts_csv(&ds, as_of).map_err(|e| e.to_string())?
        }
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

/// Runs `search QUERY`: the text to print (one line per result, or a JSON
/// list) and whether anything matched, or an error message.
pub fn search(
    data: Option<&std::path::Path>,
    query: &str,
    json: bool,
) -> Result<(String, bool), String> {
    let ds = load(data).map_err(|e| e.to_string())?;
    let index = model::search::SearchIndex::build(&ds);
    let results = index.search(query);
    let rows: Vec<model::search::HitRow> = results
        .hits
        .iter()
        .map(|h| index.row(&ds, h, Lang::En))
        .collect();
    let found = !rows.is_empty();
    if json {
        let list: Vec<serde_json::Value> = rows
            .iter()
            .zip(&results.hits)
            .map(|(row, hit)| {
                serde_json::json!({
                    "id": row.id,
                    "kind": row.kind,
                    "title": row.title,
                    "title_ru": model::queries::display_name(&ds, &row.id, Lang::Ru),
                    "date": row.date.map(|d| d.to_string()),
                    "lane": row.lane,
                    "score": hit.score,
                    "why": row.why_text(|s| s),
                })
            })
            .collect();
        let text = serde_json::to_string_pretty(&list).map_err(|e| e.to_string())?;
        return Ok((text + "\n", found));
    }
    let mut out = String::new();
    for row in &rows {
        let date = row.date.map_or_else(|| "-".to_owned(), |d| d.to_string());
        out.push_str(&format!(
            "{date:<10}  {}  {}  ({})\n",
            row.id,
            row.title,
            row.why_text(|s| s)
        ));
    }
    Ok((out, found))
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
    check_at(data, model::past_due::today_year_frac())
}

/// `check` as of `today` (a fractional year): warnings (past-due items)
/// are printed after the summary and leave the exit code 0.
pub fn check_at(data: Option<&std::path::Path>, today: f64) -> (i32, String) {
    let origin = data.map_or_else(
        || "embedded dataset".to_owned(),
        |d| format!("dataset in {}", d.display()),
    );
    match load(data) {
        Ok(ds) => {
            let mut out = format!("{origin}: valid\n{}\n", ds.summary());
            out.push_str(&warnings_text(data, &ds, today));
            (0, out)
        }
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

/// The past-due warnings of a valid dataset, one `warning: …` line each.
fn warnings_text(data: Option<&std::path::Path>, ds: &Dataset, today: f64) -> String {
    let texts = match data {
        Some(dir) => model::load::read_dir(dir).unwrap_or_default(),
        None => model::DataTexts::embedded(),
    };
    let warnings = model::past_due::warnings(ds, &texts, today);
    let mut out = String::new();
    if !warnings.is_empty() {
        out.push_str(&format!("{} warning(s)\n", warnings.len()));
    }
    for w in &warnings {
        out.push_str(&format!("warning: {w}\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_is_drawn_with_glow_unless_wgpu_is_asked_for() {
        let renderer = |args: &[&str]| Cli::try_parse_from(args).map(|cli| cli.renderer);
        assert_eq!(renderer(&["rk-roadmap"]).ok(), Some(Renderer::Glow));
        let wgpu = renderer(&["rk-roadmap", "--renderer", "wgpu"]);
        assert_eq!(wgpu.ok(), Some(Renderer::Wgpu));
        assert!(renderer(&["rk-roadmap", "--renderer", "vulkan"]).is_err());
    }

    fn years(text: &str) -> f64 {
        parse_span(text).unwrap_or_else(|e| panic!("`{text}`: {e}"))
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn spans_parse_in_years_months_and_days() {
        assert!(close(years("2y"), 2.0));
        assert!(close(years("0.5y"), 0.5));
        assert!(close(years("18m"), 1.5));
        assert!(close(years("1m"), 1.0 / 12.0));
        assert!(close(years("10d"), 10.0 / 365.25));
        assert!(close(years("365.25d"), 1.0));
        // A bare number is in years; spaces around the parts are allowed.
        assert!(close(years("3"), 3.0));
        assert!(close(years(" 2 y "), 2.0));
    }

    #[test]
    fn bad_spans_are_errors_that_say_why() {
        let error = |text: &str| match parse_span(text) {
            Ok(y) => panic!("`{text}` parsed as {y} years"),
            Err(e) => e,
        };
        for text in ["", "y", "abc", "two y", "2.5.1y"] {
            assert!(
                error(text).contains("is not a span such as 2y, 18m or 10d"),
                "`{text}`: {}",
                error(text)
            );
        }
        assert_eq!(error("2w"), "unknown span unit `w`: use y, m or d");
        assert_eq!(error("2yy"), "unknown span unit `yy`: use y, m or d");
        assert_eq!(error("2Y"), "unknown span unit `Y`: use y, m or d");
        for text in ["0y", "-1y", "-18m", "0d"] {
            assert_eq!(error(text), format!("`{text}` must be a positive span"));
        }
    }

    #[test]
    fn spans_format_in_the_shortest_exact_unit() {
        assert_eq!(format_span(2.0), "2y");
        assert_eq!(format_span(1.0), "1y");
        assert_eq!(format_span(1.5), "18m");
        assert_eq!(format_span(0.5), "6m");
        assert_eq!(format_span(1.0 / 12.0), "1m");
        // Not a whole number of months: years to two decimals.
        assert_eq!(format_span(10.0 / 365.25), "0.03y");
        assert_eq!(format_span(1.234), "1.23y");
    }

    #[test]
    fn spans_round_trip() {
        // Whole years and months come back exactly, in canonical form.
        for (text, canonical) in [
            ("2y", "2y"),
            ("18m", "18m"),
            ("24m", "2y"),
            ("0.5y", "6m"),
            ("30m", "30m"),
            ("1m", "1m"),
            ("40y", "40y"),
        ] {
            let y = years(text);
            let shown = format_span(y);
            assert_eq!(shown, canonical, "{text}");
            assert!(close(years(&shown), y), "{text} -> {shown}");
        }
        // Days are shown in hundredths of a year: back to within half of one.
        for text in ["10d", "45d", "1000d"] {
            let y = years(text);
            let back = years(&format_span(y));
            assert!((back - y).abs() <= 0.005, "{text}: {y} -> {back}");
        }
    }
}
