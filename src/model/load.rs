//! Reading the RON data files: from the copies embedded in the binary, or
//! from a directory on disk. Parsing collects one error per broken file;
//! validation then runs on the whole dataset and collects every error.

use std::fs;
use std::io::Read as _;
use std::path::Path;

use ron::extensions::Extensions;
use serde::de::DeserializeOwned;

use super::dataset::Dataset;
use super::error::{LoadError, LoadErrors};
use super::settings::Settings;
use super::validate::validate;

/// The one table of data files: for each, the constant naming it, the
/// `Dataset` field it fills and its file name, in load order. It defines
/// [`DATA_FILES`], [`EMBEDDED`], the [`file`] name constants and the parse
/// step, so a new kind of item is added in one place.
///
/// A kind's items may be in its file (`events.ron`), in any `.ron` files
/// of its folder (`events/1990s.ron`, `events/a/b.ron`), or both; a kind
/// with no file is empty.
macro_rules! data_files {
    ($(($konst:ident, $field:ident, $name:literal)),+ $(,)?) => {
        /// The data files' names, as constants.
        pub mod file {
            $(pub const $konst: &str = $name;)+
            /// The dataset's settings: one item, not a list.
            pub const SETTINGS: &str = "settings.ron";
        }

        /// The data files of the list kinds, in load order.
        pub const DATA_FILES: [&str; [$($name),+].len()] = [$($name),+];

        /// The dataset shipped inside the binary: (file name, text); the
        /// list kinds in load order, then `settings.ron`.
        pub const EMBEDDED: [(&str, &str); [$($name),+].len() + 1] = [
            $(($name, include_str!(concat!("../../assets/data/", $name))),)+
            (file::SETTINGS, include_str!("../../assets/data/settings.ron")),
        ];

        /// Parses every file of `texts` into `ds`, collecting one error per
        /// broken file, and naming every file that is not a data file.
        fn parse_all(texts: &DataTexts, ds: &mut Dataset, errors: &mut Vec<LoadError>) {
            $(
                let files: Vec<(&str, &str)> = texts.files_of($name).collect();
                match parse_kind(&files) {
                    Ok(items) => ds.$field = items,
                    Err(e) => errors.extend(e),
                }
            )+
            if let Some(text) = texts.get(file::SETTINGS) {
                match parse_settings(text) {
                    Ok(settings) => ds.settings = settings,
                    Err(e) => errors.push(e),
                }
            }
            for (name, _) in &texts.files {
                if kind_of(name).is_none() {
                    errors.push(LoadError::UnknownFile { file: name.clone() });
                }
            }
        }
    };
}

data_files!(
    (SOURCES, sources, "sources.ron"),
    (LANES, lanes, "lanes.ron"),
    (ERAS, eras, "eras.ron"),
    (EVENTS, events, "events.ron"),
    (PEOPLE, people, "people.ron"),
    (ORGANISATIONS, organisations, "organisations.ron"),
    (FIGURES, figures, "figures.ron"),
    (FACTORS, factors, "factors.ron"),
    (INSTITUTIONS, institutions, "institutions.ron"),
    (OFFICES, offices, "offices.ron"),
    (TERM_RULES, term_rules, "term_rules.ron"),
    (TERMS, terms, "terms.ron"),
    (ELECTIONS, elections, "elections.ron"),
    (SCENARIOS, scenarios, "scenarios.ron"),
);

/// The lists of a kind's files as one, in file order: the first list taken
/// as it is and grown once to hold the rest (extending it file by file
/// doubled it again and again: at a million events in ten files, 600 MB
/// copied and a quarter of a gigabyte of room left empty).
fn concat<T>(lists: Vec<Vec<T>>) -> Vec<T> {
    let total: usize = lists.iter().map(Vec::len).sum();
    let mut lists = lists.into_iter();
    let Some(mut out) = lists.next() else {
        return Vec::new();
    };
    out.reserve_exact(total - out.len());
    for list in lists {
        out.extend(list);
    }
    out
}

/// The largest data file accepted, in bytes.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// The most items one data file may hold.
pub const MAX_ITEMS_PER_FILE: usize = 1_000_000;
/// The deepest nesting of RON values accepted.
pub const MAX_NESTING: usize = 32;
/// The most `.ron` files one data folder may hold.
pub const MAX_FILES: usize = 10_000;
/// How deep the folders of a data folder may nest.
pub const MAX_FOLDER_DEPTH: usize = 8;

/// The kind (its file name, e.g. `events.ron`) a data file belongs to, by
/// its path relative to the data folder (`/`-separated): the kind's own
/// file, or any `.ron` file under the kind's folder. `settings.ron` is its
/// own kind. `None` for any other file.
pub fn kind_of(name: &str) -> Option<&'static str> {
    if name == file::SETTINGS {
        return Some(file::SETTINGS);
    }
    if let Some(kind) = DATA_FILES.iter().find(|k| **k == name) {
        return Some(kind);
    }
    let (folder, rest) = name.split_once('/')?;
    if !rest.ends_with(".ron") || rest.ends_with("/.ron") || rest == ".ron" {
        return None;
    }
    DATA_FILES
        .iter()
        .find(|k| k.strip_suffix(".ron") == Some(folder))
        .copied()
}

/// The text of every data file, by file name (the path relative to the
/// data folder, with `/` between folders).
#[derive(Clone, Debug, Default)]
pub struct DataTexts {
    files: Vec<(String, String)>,
}

impl DataTexts {
    pub fn new(files: Vec<(String, String)>) -> Self {
        Self { files }
    }

    /// The embedded dataset's texts.
    pub fn embedded() -> Self {
        Self::new(
            EMBEDDED
                .iter()
                .map(|(name, text)| ((*name).to_owned(), (*text).to_owned()))
                .collect(),
        )
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.files
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, t)| t.as_str())
    }

    /// Replaces (or adds) one file's text.
    pub fn set(&mut self, name: &str, text: String) {
        match self.files.iter_mut().find(|(n, _)| n == name) {
            Some(slot) => slot.1 = text,
            None => self.files.push((name.to_owned(), text)),
        }
    }

    /// Every file's name and text.
    pub fn files(&self) -> impl Iterator<Item = (&str, &str)> {
        self.files.iter().map(|(n, t)| (n.as_str(), t.as_str()))
    }

    /// The files of one kind (`events.ron`): its own file first, then its
    /// folder's files in name order.
    pub fn files_of<'a>(&'a self, kind: &'a str) -> impl Iterator<Item = (&'a str, &'a str)> {
        let own = self.get(kind).map(|t| (kind, t));
        let mut rest: Vec<(&str, &str)> = self
            .files()
            .filter(|(n, _)| *n != kind && kind_of(n) == Some(kind))
            .collect();
        rest.sort_by(|a, b| a.0.cmp(b.0));
        own.into_iter().chain(rest)
    }

    /// Where the item `id` of `kind` is written: every `(file, line)` of
    /// its `id:` line, in load order.
    pub fn locate(&self, kind: &str, id: &str) -> Vec<(String, usize)> {
        self.files_of(kind)
            .flat_map(|(name, text)| {
                super::validate::lines_of_id(text, id).map(move |line| (name.to_owned(), line))
            })
            .collect()
    }

    /// The file holding the kind's first item, for errors without a line.
    pub fn first_file_of(&self, kind: &str) -> String {
        self.files_of(kind)
            .next()
            .map_or_else(|| kind.to_owned(), |(n, _)| n.to_owned())
    }
}

/// Reads every `.ron` file of `dir` and of its folders (names starting with
/// `.` are skipped). Files that cannot be read are reported, all of them,
/// not only the first.
pub fn read_dir(dir: &Path) -> Result<DataTexts, LoadErrors> {
    let no_data = |reason: String| {
        LoadErrors(vec![LoadError::NoData {
            dir: dir.display().to_string(),
            reason,
        }])
    };
    if !dir.is_dir() {
        return Err(no_data("is not a directory".to_owned()));
    }
    let mut names = Vec::new();
    let mut errors = Vec::new();
    collect_ron_files(dir, "", 0, &mut names, &mut errors);
    if names.len() > MAX_FILES {
        return Err(no_data(format!(
            "holds {} .ron files, more than the limit of {MAX_FILES}",
            names.len()
        )));
    }
    if names.is_empty() && errors.is_empty() {
        return Err(no_data(format!(
            "holds none of the data files ({}, or folders of them)",
            DATA_FILES.join(", ")
        )));
    }
    names.sort();
    // A file per core at a time: reading is mostly checking the UTF-8
    // (a million events in ten files: 0.35 s on one core).
    let threads = load_threads();
    let read = run_shared(&names, threads, |name| read_file(&dir.join(name), name));
    let mut files = Vec::new();
    for (name, text) in names.into_iter().zip(read) {
        match text {
            Ok(text) => files.push((name, text)),
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() {
        Ok(DataTexts::new(files))
    } else {
        Err(LoadErrors(errors))
    }
}

/// Collects the relative names of the `.ron` files under `dir/prefix`.
fn collect_ron_files(
    root: &Path,
    prefix: &str,
    depth: usize,
    names: &mut Vec<String>,
    errors: &mut Vec<LoadError>,
) {
    let here = if prefix.is_empty() {
        root.to_path_buf()
    } else {
        root.join(prefix)
    };
    let entries = match fs::read_dir(&here) {
        Ok(entries) => entries,
        Err(e) => {
            errors.push(LoadError::Io {
                file: if prefix.is_empty() {
                    ".".to_owned()
                } else {
                    prefix.to_owned()
                },
                message: e.to_string(),
            });
            return;
        }
    };
    for entry in entries.flatten() {
        if names.len() > MAX_FILES {
            return;
        }
        let file_name = entry.file_name();
        let Some(file_name) = file_name.to_str() else {
            errors.push(LoadError::Io {
                file: format!("{prefix}{}", file_name.to_string_lossy()),
                message: "the file name is not valid UTF-8".to_owned(),
            });
            continue;
        };
        if file_name.starts_with('.') {
            continue;
        }
        let name = if prefix.is_empty() {
            file_name.to_owned()
        } else {
            format!("{prefix}/{file_name}")
        };
        let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
        if is_dir {
            if depth + 1 >= MAX_FOLDER_DEPTH {
                errors.push(LoadError::Io {
                    file: name,
                    message: format!("folders nest more than {MAX_FOLDER_DEPTH} deep"),
                });
            } else {
                collect_ron_files(root, &name, depth + 1, names, errors);
            }
        } else if Path::new(file_name).extension().is_some_and(|e| e == "ron") {
            names.push(name);
        }
    }
}

fn read_file(path: &Path, name: &str) -> Result<String, LoadError> {
    let bytes = read_limited(path, name)?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        // `valid` is valid UTF-8 by construction; count lines and columns in it.
        let prefix = String::from_utf8_lossy(valid);
        let line = prefix.matches('\n').count() + 1;
        let col = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        LoadError::NotUtf8 {
            file: name.to_owned(),
            line,
            col,
        }
    })?;
    Ok(normalise_text(text))
}

/// Drops a leading byte-order mark and turns CRLF line ends into LF, so
/// files saved by Windows editors load and report the same lines.
pub fn normalise_text(text: String) -> String {
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    };
    if text.contains('\r') {
        text.replace("\r\n", "\n")
    } else {
        text
    }
}

/// Reads at most [`MAX_FILE_BYTES`] of a file; a larger file is an error.
pub fn read_limited(path: &Path, name: &str) -> Result<Vec<u8>, LoadError> {
    let io_err = |e: std::io::Error| LoadError::Io {
        file: name.to_owned(),
        message: e.to_string(),
    };
    let file = match fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(LoadError::Missing {
                file: name.to_owned(),
            });
        }
        Err(e) => return Err(io_err(e)),
    };
    let mut bytes = Vec::new();
    // Read one byte past the limit so an oversized file is detected without
    // reading all of it.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io_err)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        let bytes = fs::metadata(path).map_or(bytes.len() as u64, |m| m.len());
        return Err(LoadError::TooLarge {
            file: name.to_owned(),
            bytes,
            limit: MAX_FILE_BYTES,
        });
    }
    Ok(bytes)
}

/// Loads and validates the embedded dataset.
pub fn load_embedded() -> Result<Dataset, LoadErrors> {
    load_texts(&DataTexts::embedded())
}

/// Loads and validates the dataset in `dir`.
pub fn load_dir(dir: &Path) -> Result<Dataset, LoadErrors> {
    load_texts(&read_dir(dir)?)
}

fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .with_recursion_limit(MAX_NESTING)
}

/// Whether nothing but white space follows line `line`, column `col`
/// (1-based, in characters) of `text`.
fn only_space_after(text: &str, line: usize, col: usize) -> bool {
    let mut lines = text.lines().skip(line.saturating_sub(1));
    let rest_of_line = lines
        .next()
        .map(|l| l.chars().skip(col.saturating_sub(1)).collect::<String>())
        .unwrap_or_default();
    rest_of_line.trim().is_empty() && lines.all(|l| l.trim().is_empty())
}

/// What one piece of a kind's text is: a whole file, or a part of a large
/// one (see [`cuts`]).
enum Piece<'a> {
    Whole(usize),
    Part(usize, &'a str, bool, bool),
}

/// What came of parsing a [`Piece`]: its items, or the whole file's error,
/// or (a part) nothing to report: the file is then parsed whole.
enum Parsed<T> {
    Items(Vec<T>),
    Error(LoadError),
    PartFailed,
}

/// The items of a kind's files (`(name, text)`, in load order) as one list
/// in file order, or one error per broken file.
///
/// Every large file is cut into parts ([`cuts`], four per core), and the
/// pieces of all the files (parts, and small files whole) are shared by a
/// thread per core (at most four), each taking the next piece when done:
/// a busy core does less, and no core waits for another at the end of
/// each file (a million events in ten files: ten such waits before). A
/// file with a part that does not parse is parsed whole, which reports
/// its error where it is. The lists are joined once, at the end.
fn parse_kind<T: DeserializeOwned + Send>(
    files: &[(&str, &str)],
) -> Result<Vec<T>, Vec<LoadError>> {
    let threads = load_threads();
    let texts: Vec<&str> = (files.iter())
        .map(|(_, text)| text.strip_prefix('\u{feff}').unwrap_or(text))
        .collect();
    let pieces = pieces(&texts, threads);
    let parse = |piece: &Piece<'_>| parse_piece(files, &texts, piece);
    let parsed = run_shared(&pieces, threads, parse);
    let mut lists = Vec::with_capacity(pieces.len());
    let mut errors = Vec::new();
    let mut pieces = pieces.iter().zip(parsed).peekable();
    for (i, (name, _)) in files.iter().enumerate() {
        let mut own = Vec::new();
        let mut whole = false;
        while let Some((_, got)) =
            pieces.next_if(|(p, _)| matches!(p, Piece::Whole(f) | Piece::Part(f, ..) if *f == i))
        {
            match got {
                Parsed::Items(items) => own.push(items),
                Parsed::Error(e) => errors.push(e),
                Parsed::PartFailed => whole = true,
            }
        }
        if whole {
            own.clear();
            match parse_value(name, texts[i], LIST_EXPECTED) {
                Ok(items) => own.push(items),
                Err(e) => errors.push(e),
            }
        }
        let items = own.iter().map(Vec::len).sum();
        if items > MAX_ITEMS_PER_FILE {
            errors.push(LoadError::TooManyItems {
                file: (*name).to_owned(),
                items,
                limit: MAX_ITEMS_PER_FILE,
            });
        }
        lists.extend(own);
    }
    if errors.is_empty() {
        Ok(concat(lists))
    } else {
        Err(errors)
    }
}

/// The pieces of a kind's texts: each large one in parts (four per
/// thread) where it can be cut, the others whole.
fn pieces<'a>(texts: &[&'a str], threads: usize) -> Vec<Piece<'a>> {
    let mut pieces = Vec::new();
    for (i, text) in texts.iter().enumerate() {
        let cut = (threads > 1 && text.len() >= PARTS_MIN_BYTES)
            .then(|| cuts(text, 4 * threads))
            .flatten();
        let Some(cut) = cut else {
            pieces.push(Piece::Whole(i));
            continue;
        };
        let mut bounds = vec![0];
        bounds.extend(cut);
        bounds.push(text.len());
        for (k, w) in bounds.windows(2).enumerate() {
            let last = k + 2 == bounds.len();
            pieces.push(Piece::Part(i, &text[w[0]..w[1]], k == 0, last));
        }
    }
    pieces
}

/// Parses one piece of the kind's `files` (whose texts, without a byte
/// order mark, are `texts`); a part as a list of its own.
fn parse_piece<T: DeserializeOwned>(
    files: &[(&str, &str)],
    texts: &[&str],
    piece: &Piece<'_>,
) -> Parsed<T> {
    match *piece {
        Piece::Whole(i) => match parse_value(files[i].0, texts[i], LIST_EXPECTED) {
            Ok(items) => Parsed::Items(items),
            Err(e) => Parsed::Error(e),
        },
        Piece::Part(_, body, first, last) => {
            let text = match (first, last) {
                (true, _) => format!("{body}]"),
                (false, true) => format!("[{body}"),
                (false, false) => format!("[{body}]"),
            };
            ron_options()
                .from_str(&text)
                .map_or(Parsed::PartFailed, Parsed::Items)
        }
    }
}

/// Threads the loader reads and parses on: one per core, at most four.
fn load_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get().min(4))
}

/// What a data file of a list kind must hold, for its errors.
const LIST_EXPECTED: &str = "a list of items: [ ( … ), ]";

/// `work` done on every job, in job order, by `threads` threads taking the
/// next job when done (on this thread alone when there is one job or one
/// thread).
fn run_shared<J: Sync, R: Send>(
    jobs: &[J],
    threads: usize,
    work: impl Fn(&J) -> R + Sync,
) -> Vec<R> {
    if threads < 2 || jobs.len() < 2 {
        return jobs.iter().map(work).collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut done: Vec<(usize, R)> = std::thread::scope(|scope| {
        let worker = || {
            let mut done = Vec::new();
            loop {
                let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(job) = jobs.get(k) else {
                    return done;
                };
                done.push((k, work(job)));
            }
        };
        let handles: Vec<_> = (0..threads.min(jobs.len()))
            .map(|_| scope.spawn(worker))
            .collect();
        // A worker that panicked loses its jobs; they are done here.
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    });
    done.sort_by_key(|(k, _)| *k);
    let mut out = Vec::with_capacity(jobs.len());
    let mut done = done.into_iter().peekable();
    for (k, job) in jobs.iter().enumerate() {
        match done.next_if(|(j, _)| *j == k) {
            Some((_, r)) => out.push(r),
            None => out.push(work(job)),
        }
    }
    out
}

/// Files at least this large are parsed in parts on several threads.
const PARTS_MIN_BYTES: usize = 1 << 20;

/// Where to cut a list's text so that each part holds whole items: the
/// first `),` at or after each of `parts - 1` even steps through the text
/// whose comma is followed (after white space) by `(`, the start of the
/// next item. `None` for text with a `#![…]` attribute before its list
/// (it would change how the parts parse) or without such places.
///
/// A cut is only a guess: it can fall inside a string or a comment. But
/// then the part before it does not parse as a list once `]` is added
/// (the string, comment or item is left open), and the caller parses the
/// whole text instead. A part that parses ends exactly at an item
/// boundary of the whole list.
fn cuts(text: &str, parts: usize) -> Option<Vec<usize>> {
    let open = text.find('[')?;
    if text[..open].contains("#!") {
        return None;
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(parts);
    let mut from = open + 1;
    for k in 1..parts {
        let target = (text.len() * k / parts).max(from);
        let mut at = target;
        let cut = loop {
            let found = text.get(at..)?.find("),")? + at + 2;
            let next = bytes[found..]
                .iter()
                .position(|b| !b.is_ascii_whitespace())?;
            if bytes[found + next] == b'(' {
                break found;
            }
            at = found;
        };
        out.push(cut);
        from = cut;
    }
    Some(out)
}

/// Parses `settings.ron`: one `( … )` item.
pub fn parse_settings(text: &str) -> Result<Settings, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    parse_value(file::SETTINGS, text, "one item: ( … )")
}

/// Parses one RON value with the loader's options and limits.
fn parse_value<T: DeserializeOwned>(
    name: &str,
    text: &str,
    expected: &str,
) -> Result<T, LoadError> {
    if text.trim().is_empty() {
        return Err(LoadError::Syntax {
            file: name.to_owned(),
            line: 1,
            col: 1,
            message: format!("the file is empty; it must hold {expected}"),
            line_text: String::new(),
        });
    }
    ron_options().from_str::<T>(text).map_err(|e| {
        let pos = e.span.start;
        let (line, col) = if pos.line == 0 {
            (1, 1)
        } else {
            (pos.line, pos.col.max(1))
        };
        LoadError::Syntax {
            file: name.to_owned(),
            line,
            col,
            message: match super::hints::plain_hint(&e.code, only_space_after(text, line, col)) {
                Some(hint) => format!("{} — {hint}", e.code),
                None => e.code.to_string(),
            },
            line_text: text
                .lines()
                .nth(line.saturating_sub(1))
                .unwrap_or("")
                .chars()
                .take(200)
                .collect(),
        }
    })
}

/// Parses and validates a complete set of data texts.
pub fn load_texts(texts: &DataTexts) -> Result<Dataset, LoadErrors> {
    let mut errors = Vec::new();
    let mut ds = Dataset::default();
    parse_all(texts, &mut ds, &mut errors);
    if !errors.is_empty() {
        return Err(LoadErrors(errors));
    }
    // The id index is built beside the first checks, which do not look
    // ids up (at a million events, 0.25 s of the 0.35 s it takes); the
    // first lookup waits for it.
    let semantic = std::thread::scope(|scope| {
        scope.spawn(|| ds.index().len());
        validate(&ds, texts)
    });
    if !semantic.is_empty() {
        return Err(LoadErrors(semantic));
    }
    Ok(ds)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Event;
    use crate::model::generate::with_sweep_events;

    /// The events of a generated dataset as RON, larger than
    /// [`PARTS_MIN_BYTES`], every summary replaced.
    fn events_text(summary: &str) -> String {
        let base = load_embedded().unwrap_or_else(|e| panic!("{e}"));
        let mut ds = with_sweep_events(&base, 4000, 1);
        for e in &mut ds.events {
            e.summary = summary.to_owned();
        }
        let text = ron::ser::to_string_pretty(&ds.events, ron::ser::PrettyConfig::default());
        let text = text.unwrap_or_else(|e| panic!("{e}"));
        assert!(text.len() > PARTS_MIN_BYTES);
        text
    }

    fn whole(text: &str) -> Result<Vec<Event>, LoadError> {
        parse_value("events.ron", text, "a list")
    }

    #[test]
    fn the_lists_of_several_files_are_one_in_file_order_without_room_to_spare() {
        let lists = vec![vec![1, 2], vec![], vec![3], vec![4, 5, 6]];
        let one = concat(lists);
        assert_eq!(one, [1, 2, 3, 4, 5, 6]);
        assert_eq!(one.capacity(), 6);
        assert!(concat::<u8>(Vec::new()).is_empty());
    }

    #[test]
    fn loaded_lists_hold_no_empty_room() {
        let ds = load_embedded().unwrap_or_else(|e| panic!("{e}"));
        let tight = |list: &Vec<String>| list.capacity() == list.len();
        for e in &ds.events {
            assert!(tight(&e.tags) && tight(&e.sources), "{}", e.id);
            assert!(tight(&e.people) && tight(&e.institutions), "{}", e.id);
        }
    }

    /// One file parsed by the loader, its error if any.
    fn one(text: &str) -> Result<Vec<Event>, LoadError> {
        parse_kind(&[("events.ron", text)]).map_err(|e| {
            assert_eq!(e.len(), 1, "{e:?}");
            e[0].clone()
        })
    }

    /// What each piece of `texts` parses to: its items' count, or `None`
    /// for a part that failed, or an error.
    fn parsed_pieces(texts: &[&str]) -> Vec<Result<Option<usize>, LoadError>> {
        let files: Vec<(&str, &str)> = texts.iter().map(|t| ("events.ron", *t)).collect();
        pieces(texts, 2)
            .iter()
            .map(|p| match parse_piece::<Event>(&files, texts, p) {
                Parsed::Items(items) => Ok(Some(items.len())),
                Parsed::PartFailed => Ok(None),
                Parsed::Error(e) => Err(e),
            })
            .collect()
    }

    #[test]
    fn a_large_file_parses_in_parts_as_a_whole() {
        let text = events_text("plain");
        let parts = parsed_pieces(&[&text]);
        assert_eq!(parts.len(), 8);
        let counts: Option<Vec<usize>> = parts.into_iter().map(|p| p.ok().flatten()).collect();
        assert_eq!(counts.map(|c| c.iter().sum::<usize>()), Some(4000));
        assert_eq!(one(&text), whole(&text));
    }

    #[test]
    fn the_pieces_of_several_files_join_in_file_order() {
        let large = events_text("plain");
        let ds = load_embedded().unwrap_or_else(|e| panic!("{e}"));
        let small = |k: usize| {
            let events = &ds.events[k..k + 3];
            ron::ser::to_string_pretty(events, ron::ser::PrettyConfig::default())
                .unwrap_or_else(|e| panic!("{e}"))
        };
        let (a, b) = (small(0), small(5));
        let files = [
            ("events.ron", a.as_str()),
            ("events/x.ron", &large),
            ("events/y.ron", &b),
        ];
        let got: Vec<Event> = parse_kind(&files).unwrap_or_else(|e| panic!("{e:?}"));
        let mut want = whole(&a).unwrap_or_else(|e| panic!("{e}"));
        want.extend(whole(&large).unwrap_or_else(|e| panic!("{e}")));
        want.extend(whole(&b).unwrap_or_else(|e| panic!("{e}")));
        assert_eq!(got.len(), 4006);
        assert_eq!(got, want);
        // Two broken files (one large, one small): both errors, in order.
        let broken_large = large.replacen("status: Fact", "status: Fakt", 3000);
        let broken_small = b.replacen("status:", "staus:", 1);
        let files = [
            ("events.ron", a.as_str()),
            ("events/x.ron", &broken_large),
            ("events/y.ron", &broken_small),
        ];
        let errors = parse_kind::<Event>(&files).err().unwrap_or_default();
        let named: Vec<&str> = errors.iter().map(LoadError::file).collect();
        assert_eq!(named, ["events/x.ron", "events/y.ron"]);
    }

    #[test]
    fn cuts_inside_strings_or_comments_fall_back_to_the_whole() {
        // What looks like an item separator, inside every summary: some
        // cut falls in a string, that part fails, the whole is parsed.
        let text = events_text("a ), ( b");
        assert!(parsed_pieces(&[&text]).contains(&Ok(None)));
        assert_eq!(one(&text), whole(&text));
        let mut text = events_text("plain");
        let mid = text.len() / 2;
        let at = text[mid..].find("),").map_or(mid, |p| mid + p + 2);
        text.insert_str(at, "\n/* ),\n    ( */ // ),\n");
        assert_eq!(one(&text), whole(&text));
    }

    #[test]
    fn errors_in_a_large_file_are_placed_as_in_a_whole_parse() {
        let text = events_text("plain").replacen("status: Fact", "status: Fakt", 3000);
        let parts = one(&text);
        assert!(parts.is_err());
        assert_eq!(parts, whole(&text));
        // An attribute before the list changes how items parse: no parts.
        let text = format!("#![enable(unwrap_newtypes)]\n{}", events_text("plain"));
        assert!(cuts(&text, 4).is_none());
    }
}
