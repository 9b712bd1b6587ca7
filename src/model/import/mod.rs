//! Importing timelines made for the web: TimelineJS3 JSON, the TimelineJS
//! Google-sheet CSV and vis-timeline JSON. Each importer builds an
//! [`Imported`] timeline (settings, one source, lanes, eras, events), which
//! is written as RON data files ([`Imported::files`]) and loaded like any
//! data folder. Errors name the file and the JSON path or the row and
//! column. Huge or deeply nested files are refused with the RON limits.

pub mod html;
pub mod sheet;
pub mod timelinejs;
pub mod vis;

use std::collections::HashSet;
use std::fmt;
use std::path::Path;

use super::date::{Date, is_http_url};
use super::error::{LoadError, LoadErrors};
use super::load::{self, DataTexts, MAX_FILE_BYTES, MAX_ITEMS_PER_FILE, MAX_NESTING};
use super::settings::Settings;
use super::types::{Era, Event, Lane, Source, SourceKind, Status};
use super::{Dataset, load_texts};

/// Where in an imported file a problem is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum At {
    /// The file as a whole.
    File,
    /// A line and column (1-based), for syntax errors.
    LineCol(usize, usize),
    /// A JSON path such as `events[3].start_date.year`.
    Path(String),
    /// A sheet row (the header is row 1) and column name.
    Cell { row: usize, column: String },
}

/// One problem found while importing, located in the imported file.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{file}{}: {message}", at_suffix(.at))]
pub struct ImportError {
    pub file: String,
    pub at: At,
    pub message: String,
}

fn at_suffix(at: &At) -> String {
    match at {
        At::File => String::new(),
        At::LineCol(line, col) => format!(":{line}:{col}"),
        At::Path(path) => format!(": {path}"),
        At::Cell { row, column } => format!(": row {row}, column `{column}`"),
    }
}

impl ImportError {
    pub fn new(file: &str, at: At, message: impl Into<String>) -> Self {
        Self {
            file: file.to_owned(),
            at,
            message: message.into(),
        }
    }
}

/// Every problem of one import.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
pub struct ImportErrors(pub Vec<ImportError>);

/// The formats rk-roadmap imports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    TimelineJs,
    Sheet,
    Vis,
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::TimelineJs => "TimelineJS3 JSON",
            Self::Sheet => "TimelineJS sheet CSV",
            Self::Vis => "vis-timeline JSON",
        })
    }
}

/// Whether `path` names a file to import (`.json` or `.csv`).
pub fn is_importable(path: &Path) -> bool {
    path.is_file()
        && path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("json") || e.eq_ignore_ascii_case("csv"))
}

/// A timeline read from another format.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Imported {
    pub settings: Settings,
    pub source: Option<Source>,
    pub lanes: Vec<Lane>,
    pub eras: Vec<Era>,
    pub events: Vec<Event>,
}

/// The id of the one source every imported item cites.
pub const SOURCE_ID: &str = "imported_file";

/// Builds an [`Imported`] timeline: unique ids, lanes by group name, the
/// import's source, and the errors found.
pub struct Builder {
    file: String,
    pub out: Imported,
    ids: HashSet<String>,
    /// The lanes made so far, by group key.
    lane_keys: Vec<(String, String)>,
    pub errors: Vec<ImportError>,
}

impl Builder {
    pub fn new(file: &str, format: Format) -> Self {
        let name = Path::new(file)
            .file_name()
            .map_or_else(|| file.to_owned(), |n| n.to_string_lossy().into_owned());
        let source = Source {
            note_ru: None,
            id: SOURCE_ID.to_owned(),
            kind: SourceKind::Reference,
            title: name.clone(),
            title_ru: None,
            publisher: format!("imported from {format}"),
            date: None,
            url: None,
            footnote: None,
            note: None,
        };
        let mut ids = HashSet::new();
        ids.insert(SOURCE_ID.to_owned());
        Self {
            file: file.to_owned(),
            out: Imported {
                source: Some(source),
                ..Imported::default()
            },
            ids,
            lane_keys: Vec::new(),
            errors: Vec::new(),
        }
    }

    pub fn file(&self) -> &str {
        &self.file
    }

    pub fn error(&mut self, at: At, message: impl Into<String>) {
        self.errors.push(ImportError::new(&self.file, at, message));
    }

    /// A new unique id: `wanted` if it is a valid unused id, else a slug of
    /// `wanted` (or of `fallback`) with `prefix`, numbered if taken.
    pub fn id(&mut self, prefix: &str, wanted: Option<&str>, fallback: &str) -> String {
        let valid = |s: &str| {
            !s.is_empty()
                && s.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        };
        if let Some(w) = wanted.filter(|w| valid(w) && !self.ids.contains(*w)) {
            self.ids.insert(w.to_owned());
            return w.to_owned();
        }
        let base = match wanted.map(slug).filter(|s| !s.is_empty()) {
            // The file's own id, made valid.
            Some(own) => own,
            None => {
                let slug = slug(fallback);
                if slug.is_empty() {
                    prefix.trim_end_matches('_').to_owned()
                } else {
                    format!("{prefix}{slug}")
                }
            }
        };
        let mut id = base.clone();
        let mut n = 2;
        while self.ids.contains(&id) {
            id = format!("{base}_{n}");
            n += 1;
        }
        self.ids.insert(id.clone());
        id
    }

    /// The lane for a group (by its id in the file, if any, and its name);
    /// items without a group go to one lane named "Timeline".
    pub fn lane(&mut self, group_id: Option<&str>, name: Option<&str>) -> String {
        let name = name
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .unwrap_or("Timeline")
            .to_owned();
        let key = group_id.unwrap_or(&name).to_owned();
        if let Some((_, id)) = self.lane_keys.iter().find(|(k, _)| *k == key) {
            return id.clone();
        }
        let id = self.id("lane_", Some(&key), &name);
        self.lane_keys.push((key, id.clone()));
        self.out.lanes.push(Lane {
            summary_ru: None,
            id: id.clone(),
            name,
            name_ru: None,
            summary: None,
        });
        id
    }

    /// Adds an event citing the import's source, with its links.
    pub fn event(&mut self, event: NewItem) -> Option<String> {
        if self.out.events.len() >= MAX_ITEMS_PER_FILE {
            return None;
        }
        let id = self.id("ev_", event.id.as_deref(), &event.title);
        let summary = if event.text.trim().is_empty() {
            event.title.clone()
        } else {
            event.text.clone()
        };
        self.out.events.push(Event {
            summary_ru: None,
            note_ru: None,
            id: id.clone(),
            title: event.title,
            title_ru: None,
            date: event.start,
            end: event.end,
            lane: event.lane,
            status: Status::Fact,
            held: false,
            summary,
            tags: Vec::new(),
            people: Vec::new(),
            organisations: Vec::new(),
            figures: Vec::new(),
            institutions: Vec::new(),
            factors: Vec::new(),
            sources: vec![SOURCE_ID.to_owned()],
            urls: event.links,
            note: event.note,
        });
        Some(id)
    }

    /// Adds an era citing the import's source.
    pub fn era(&mut self, era: NewItem) {
        if self.out.eras.len() >= MAX_ITEMS_PER_FILE {
            return;
        }
        let id = self.id("era_", era.id.as_deref(), &era.title);
        self.out.eras.push(Era {
            summary_ru: None,
            note_ru: None,
            id,
            title: era.title,
            title_ru: None,
            start: era.start,
            end: era.end.unwrap_or(era.start),
            summary: era.text,
            status: Status::Fact,
            sources: vec![SOURCE_ID.to_owned()],
            urls: era.links,
            note: era.note,
        });
    }

    /// The timeline, or every error found.
    pub fn finish(self) -> Result<Imported, ImportErrors> {
        if self.errors.is_empty() {
            Ok(self.out)
        } else {
            Err(ImportErrors(self.errors))
        }
    }
}

/// An event or era as an importer reads it.
#[derive(Clone, Debug)]
pub struct NewItem {
    pub id: Option<String>,
    pub title: String,
    pub text: String,
    pub start: Date,
    pub end: Option<Date>,
    pub lane: String,
    pub links: Vec<String>,
    pub note: Option<String>,
}

/// Lowercase ASCII letters and digits of `text`, other runs as `_`, at
/// most 40 characters.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('_') && !out.is_empty() {
            out.push('_');
        }
        if out.len() >= 40 {
            break;
        }
    }
    out.trim_end_matches('_').to_owned()
}

/// The text of HTML `html` as plain text, its links added to `links`.
pub fn plain_text(html: &str, links: &mut Vec<String>) -> String {
    let plain = html::to_plain(html);
    for l in plain.links {
        if !links.contains(&l) {
            links.push(l);
        }
    }
    plain.text
}

/// Adds a media address to `links` when it is an http(s) link; anything
/// else (embedded code, a file name) goes to `note`.
pub fn media_link(media: &str, links: &mut Vec<String>, note: &mut Option<String>) {
    let media = media.trim();
    if media.is_empty() {
        return;
    }
    if is_http_url(media) {
        if !links.iter().any(|l| l == media) {
            links.push(media.to_owned());
        }
    } else {
        let plain = html::to_plain(media);
        for l in plain.links {
            if !links.contains(&l) {
                links.push(l);
            }
        }
        *note = Some(format!("Media: {}", plain.text));
    }
}

/// The part of a date a problem is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Year,
    Month,
    Day,
}

impl Part {
    /// The part's key in TimelineJS JSON, and (capitalised) its sheet column.
    pub fn key(self) -> &'static str {
        match self {
            Self::Year => "year",
            Self::Month => "month",
            Self::Day => "day",
        }
    }

    pub fn column(self) -> &'static str {
        match self {
            Self::Year => "Year",
            Self::Month => "Month",
            Self::Day => "Day",
        }
    }
}

/// A date from year, month and day numbers (month and day optional), or
/// the part that is wrong and why.
pub fn date_from_parts(
    year: i64,
    month: Option<i64>,
    day: Option<i64>,
) -> Result<Date, (Part, String)> {
    if !(0..=9999).contains(&year) {
        return Err((
            Part::Year,
            format!("year {year} is outside 0–9999, the years rk-roadmap can show"),
        ));
    }
    let y = year as i32;
    let part = |v: i64, p: Part, max: i64| -> Result<u32, (Part, String)> {
        if (1..=max).contains(&v) {
            Ok(v as u32)
        } else {
            Err((p, format!("{} {v} is not between 1 and {max}", p.key())))
        }
    };
    match (month, day) {
        (None, None) => Ok(Date::year(y)),
        (None, Some(_)) => Err((Part::Day, "a day without a month".to_owned())),
        (Some(m), None) => {
            let m = part(m, Part::Month, 12)?;
            Date::ym(y, m).ok_or((Part::Month, format!("month {m} is not between 1 and 12")))
        }
        (Some(m), Some(d)) => {
            let m = part(m, Part::Month, 12)?;
            let d = part(d, Part::Day, 31)?;
            Date::ymd(y, m, d).ok_or((
                Part::Day,
                format!("{y}-{m:02}-{d:02} is not a day of the calendar"),
            ))
        }
    }
}

/// Whether `end` ends before `start` begins.
pub fn ends_before(start: &Date, end: &Date) -> bool {
    end.end_year_frac() <= start.start_year_frac()
}

/// Reads an importable file with the RON limits (size, UTF-8; a BOM and
/// CRLF line ends are accepted).
pub fn read_text(path: &Path) -> Result<String, ImportError> {
    let file = path.display().to_string();
    let bytes = load::read_limited(path, &file)
        .map_err(|e| ImportError::new(&file, At::File, strip_location(&e.to_string(), &file)))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| ImportError::new(&file, At::File, "not valid UTF-8 text"))?;
    Ok(load::normalise_text(text))
}

fn strip_location(message: &str, file: &str) -> String {
    message
        .strip_prefix(file)
        .map_or(message, |m| m.trim_start_matches(':').trim_start())
        .to_owned()
}

/// Refuses JSON nested deeper than [`MAX_NESTING`], before parsing it.
pub fn check_json_nesting(file: &str, text: &str) -> Result<(), ImportError> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let (mut line, mut col) = (1, 0);
    for c in text.chars() {
        col += 1;
        if c == '\n' {
            line += 1;
            col = 0;
        }
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '[' | '{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Err(ImportError::new(
                        file,
                        At::LineCol(line, col),
                        format!("values nest more than {MAX_NESTING} levels deep"),
                    ));
                }
            }
            ']' | '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

/// Parses JSON text with the nesting limit; syntax errors are located.
pub fn parse_json(file: &str, text: &str) -> Result<serde_json::Value, ImportError> {
    check_json_nesting(file, text)?;
    if text.len() as u64 > MAX_FILE_BYTES {
        return Err(ImportError::new(file, At::File, "file too large"));
    }
    serde_json::from_str(text).map_err(|e| {
        ImportError::new(
            file,
            At::LineCol(e.line().max(1), e.column().max(1)),
            e.to_string(),
        )
    })
}

/// Imports `text` of the file named `file`: CSV by its extension, JSON as
/// TimelineJS (an object with `events`) or vis-timeline (an array, or an
/// object with `items`).
pub fn import_text(file: &str, text: &str) -> Result<Imported, ImportErrors> {
    let one = |e: ImportError| ImportErrors(vec![e]);
    let is_csv = Path::new(file)
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    if is_csv {
        return sheet::import(file, text);
    }
    let json = parse_json(file, text).map_err(one)?;
    match &json {
        serde_json::Value::Array(_) => vis::import(file, &json),
        serde_json::Value::Object(o) if o.contains_key("items") => vis::import(file, &json),
        serde_json::Value::Object(o) if o.contains_key("events") => timelinejs::import(file, &json),
        _ => Err(one(ImportError::new(
            file,
            At::Path("$".to_owned()),
            "neither TimelineJS3 JSON (an object with `events`) nor vis-timeline JSON (an array of items, or an object with `items`)",
        ))),
    }
}

/// Reads and imports the file at `path`.
pub fn import_file(path: &Path) -> Result<Imported, ImportErrors> {
    let text = read_text(path).map_err(|e| ImportErrors(vec![e]))?;
    import_text(&path.display().to_string(), &text)
}

impl Imported {
    /// The data files of the timeline: (file name, RON text).
    pub fn files(&self) -> Vec<(String, String)> {
        let mut files = vec![("settings.ron".to_owned(), ron_out::settings(&self.settings))];
        if let Some(source) = &self.source {
            files.push((
                "sources.ron".to_owned(),
                ron_out::sources(std::slice::from_ref(source)),
            ));
        }
        files.push(("lanes.ron".to_owned(), ron_out::lanes(&self.lanes)));
        files.push(("eras.ron".to_owned(), ron_out::eras(&self.eras)));
        files.push(("events.ron".to_owned(), ron_out::events(&self.events)));
        files
    }

    /// Loads the timeline as a dataset (validated like any data folder).
    pub fn load(&self) -> Result<Dataset, LoadErrors> {
        load_texts(&DataTexts::new(self.files()))
    }
}

/// Loads `path`: a data folder, or a `.json` / `.csv` file to import.
pub fn load_path(path: &Path) -> Result<Dataset, LoadErrors> {
    if is_importable(path) {
        let imported = import_file(path)
            .map_err(|e| LoadErrors(e.0.into_iter().map(LoadError::Import).collect()))?;
        imported.load()
    } else {
        super::load_dir(path)
    }
}

mod ron_out;
