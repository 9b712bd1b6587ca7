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
use super::validate::validate;

/// The one table of data files: for each, the constant naming it, the
/// `Dataset` field it fills and its file name, in load order. It defines
/// [`DATA_FILES`], [`EMBEDDED`], the [`file`] name constants and the parse
/// step, so a new kind of item is added in one place.
macro_rules! data_files {
    ($(($konst:ident, $field:ident, $name:literal)),+ $(,)?) => {
        /// The data files' names, as constants.
        pub mod file {
            $(pub const $konst: &str = $name;)+
        }

        /// The data files, in load order.
        pub const DATA_FILES: [&str; [$($name),+].len()] = [$($name),+];

        /// The dataset shipped inside the binary: (file name, text).
        pub const EMBEDDED: [(&str, &str); [$($name),+].len()] =
            [$(($name, include_str!(concat!("../../assets/data/", $name)))),+];

        /// Parses every file of `texts` into `ds`, collecting one error per
        /// broken or missing file.
        fn parse_all(texts: &DataTexts, ds: &mut Dataset, errors: &mut Vec<LoadError>) {
            $(
                match texts.get($name) {
                    Some(text) => match parse_file($name, text) {
                        Ok(items) => ds.$field = items,
                        Err(e) => errors.push(e),
                    },
                    None => errors.push(LoadError::Missing { file: $name.to_owned() }),
                }
            )+
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

/// The largest data file accepted, in bytes.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// The most items one data file may hold.
pub const MAX_ITEMS_PER_FILE: usize = 1_000_000;
/// The deepest nesting of RON values accepted.
pub const MAX_NESTING: usize = 32;

/// The text of every data file, by file name.
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
}

/// Reads every data file of `dir`. Files that cannot be read are reported,
/// all of them, not only the first.
pub fn read_dir(dir: &Path) -> Result<DataTexts, LoadErrors> {
    if !dir.is_dir() {
        return Err(LoadErrors(vec![LoadError::NoData {
            dir: dir.display().to_string(),
            reason: "is not a directory".to_owned(),
        }]));
    }
    if DATA_FILES.iter().all(|name| !dir.join(name).exists()) {
        return Err(LoadErrors(vec![LoadError::NoData {
            dir: dir.display().to_string(),
            reason: format!("holds none of the data files ({})", DATA_FILES.join(", ")),
        }]));
    }
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for name in DATA_FILES {
        match read_file(&dir.join(name), name) {
            Ok(text) => files.push((name.to_owned(), text)),
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() {
        Ok(DataTexts::new(files))
    } else {
        Err(LoadErrors(errors))
    }
}

fn read_file(path: &Path, name: &str) -> Result<String, LoadError> {
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
    String::from_utf8(bytes).map_err(|e| {
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
    })
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

/// Parses one file as a list of `T`.
pub fn parse_file<T: DeserializeOwned>(name: &str, text: &str) -> Result<Vec<T>, LoadError> {
    if text.trim().is_empty() {
        return Err(LoadError::Syntax {
            file: name.to_owned(),
            line: 1,
            col: 1,
            message: "the file is empty; it must hold a list of items: [ ( … ), ]".to_owned(),
            line_text: String::new(),
        });
    }
    let items = ron_options().from_str::<Vec<T>>(text).map_err(|e| {
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
    })?;
    if items.len() > MAX_ITEMS_PER_FILE {
        return Err(LoadError::TooManyItems {
            file: name.to_owned(),
            items: items.len(),
            limit: MAX_ITEMS_PER_FILE,
        });
    }
    Ok(items)
}

/// Parses and validates a complete set of data texts.
pub fn load_texts(texts: &DataTexts) -> Result<Dataset, LoadErrors> {
    let mut errors = Vec::new();
    let mut ds = Dataset::default();
    parse_all(texts, &mut ds, &mut errors);
    if !errors.is_empty() {
        return Err(LoadErrors(errors));
    }
    let semantic = validate(&ds, texts);
    if !semantic.is_empty() {
        return Err(LoadErrors(semantic));
    }
    ds.build_index();
    Ok(ds)
}
