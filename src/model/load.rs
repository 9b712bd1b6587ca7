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
                let mut lists = Vec::new();
                for (name, text) in texts.files_of($name) {
                    match parse_file_parts(name, text) {
                        Ok(parts) => lists.extend(parts),
                        Err(e) => errors.push(e),
                    }
                }
                ds.$field = concat(lists);
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
    let mut files = Vec::new();
    for name in names {
        match read_file(&dir.join(&name), &name) {
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

/// Parses one file as a list of `T`: a large file in parts on several
/// threads (see [`parse_in_parts`]), falling back to one parse of the
/// whole, which also gives any error its exact place.
pub fn parse_file<T: DeserializeOwned + Send>(name: &str, text: &str) -> Result<Vec<T>, LoadError> {
    parse_file_parts(name, text).map(concat)
}

/// [`parse_file`]'s items as the lists of the parts they were parsed in, in
/// order: the loader joins the parts of all of a kind's files at once, so
/// that a million events are copied once, not once per file and again for
/// the kind.
fn parse_file_parts<T: DeserializeOwned + Send>(
    name: &str,
    text: &str,
) -> Result<Vec<Vec<T>>, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let parts: Vec<Vec<T>> = match parse_in_parts(text) {
        Some(parts) => parts,
        None => vec![parse_value(name, text, "a list of items: [ ( … ), ]")?],
    };
    let items = parts.iter().map(Vec::len).sum();
    if items > MAX_ITEMS_PER_FILE {
        return Err(LoadError::TooManyItems {
            file: name.to_owned(),
            items,
            limit: MAX_ITEMS_PER_FILE,
        });
    }
    Ok(parts)
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

/// A large list's items, in the lists of the parts they were parsed in
/// (four parts per core, in order), by a thread per core (at most four),
/// each taking the next part when done, so a busy core does less; `None`
/// when the text is small, a single core is available, or any part does
/// not parse (the caller then parses the whole text, which reports the
/// error where it is).
fn parse_in_parts<T: DeserializeOwned + Send>(text: &str) -> Option<Vec<Vec<T>>> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
    if text.len() < PARTS_MIN_BYTES || threads < 2 {
        return None;
    }
    let cuts = cuts(text, 4 * threads)?;
    let mut bounds = vec![0];
    bounds.extend(&cuts);
    bounds.push(text.len());
    let parts = bounds.len() - 1;
    // Part `k` as a list of its own (made by the thread that parses it).
    let part = |k: usize| {
        let body = &text[bounds[k]..bounds[k + 1]];
        match (k == 0, k + 1 == parts) {
            (true, _) => format!("{body}]"),
            (false, true) => format!("[{body}"),
            (false, false) => format!("[{body}]"),
        }
    };
    let next = std::sync::atomic::AtomicUsize::new(0);
    let parsed: Vec<(usize, Option<Vec<T>>)> = std::thread::scope(|scope| {
        let worker = || {
            let mut done = Vec::new();
            loop {
                let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                if k >= parts {
                    return done;
                }
                done.push((k, ron_options().from_str::<Vec<T>>(&part(k)).ok()));
            }
        };
        let handles: Vec<_> = (0..threads).map(|_| scope.spawn(worker)).collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    });
    if parsed.len() != parts {
        return None;
    }
    let mut parsed = parsed;
    parsed.sort_by_key(|(k, _)| *k);
    parsed.into_iter().map(|(_, list)| list).collect()
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
    ds.shrink_lists();
    // The index first: validation looks evidence up by id.
    ds.build_index();
    let semantic = validate(&ds, texts);
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

    #[test]
    fn a_large_file_parses_in_parts_as_a_whole() {
        let text = events_text("plain");
        let parts: Option<Vec<Event>> = parse_in_parts(&text).map(concat);
        if std::thread::available_parallelism().map_or(1, |n| n.get()) > 1 {
            assert_eq!(parts.as_ref().map(Vec::len), Some(4000));
        }
        assert_eq!(parse_file::<Event>("events.ron", &text), whole(&text));
    }

    #[test]
    fn cuts_inside_strings_or_comments_fall_back_to_the_whole() {
        // What looks like an item separator, inside every summary: some
        // cut falls in a string, that part fails, the whole is parsed.
        let text = events_text("a ), ( b");
        assert!(parse_in_parts::<Event>(&text).is_none());
        assert_eq!(parse_file::<Event>("events.ron", &text), whole(&text));
        let mut text = events_text("plain");
        let mid = text.len() / 2;
        let at = text[mid..].find("),").map_or(mid, |p| mid + p + 2);
        text.insert_str(at, "\n/* ),\n    ( */ // ),\n");
        assert_eq!(parse_file::<Event>("events.ron", &text), whole(&text));
    }

    #[test]
    fn errors_in_a_large_file_are_placed_as_in_a_whole_parse() {
        let text = events_text("plain").replacen("status: Fact", "status: Fakt", 3000);
        let parts = parse_file::<Event>("events.ron", &text);
        assert!(parts.is_err());
        assert_eq!(parts, whole(&text));
        // An attribute before the list changes how items parse: no parts.
        let text = format!("#![enable(unwrap_newtypes)]\n{}", events_text("plain"));
        assert!(cuts(&text, 4).is_none());
    }
}
