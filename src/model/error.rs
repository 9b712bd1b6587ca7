//! Typed loading errors. Each one names the file and, where it can, the line,
//! column and item, so an analyst can jump straight to the problem.

use std::fmt;

use super::lang::Lang;

/// "3 data error(s)", in `lang` (the messages themselves are English).
pub fn error_count(n: usize, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{n} data error(s)"),
        Lang::Ru => format!("Ошибок в данных: {n}"),
        Lang::Kk => format!("Деректердегі қателер: {n}"),
    }
}

/// One problem found while reading, parsing or validating the data files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The file could not be read (permissions, I/O).
    Io { file: String, message: String },
    /// A required data file is absent.
    Missing { file: String },
    /// A `.ron` file in the data folder that is not a data file: neither a
    /// kind's file nor in a kind's folder.
    UnknownFile { file: String },
    /// The file is larger than the loader accepts.
    TooLarge {
        file: String,
        bytes: u64,
        limit: u64,
    },
    /// The data directory is unusable as a whole.
    NoData { dir: String, reason: String },
    /// A file holds more items than the loader accepts.
    TooManyItems {
        file: String,
        items: usize,
        limit: usize,
    },
    /// The file is not valid UTF-8.
    NotUtf8 {
        file: String,
        line: usize,
        col: usize,
    },
    /// RON syntax or type error, with 1-based line and column.
    Syntax {
        file: String,
        line: usize,
        col: usize,
        message: String,
        /// The offending line of the file, for a caret display.
        line_text: String,
    },
    /// A file being imported (TimelineJS, vis-timeline) is malformed.
    Import(super::import::ImportError),
    /// A rule about the data's meaning is broken by one item's field.
    Semantic {
        file: String,
        /// 1-based line of the item's `id`, when it could be found.
        line: Option<usize>,
        item: String,
        field: String,
        message: String,
    },
}

impl LoadError {
    /// The file the error is in.
    pub fn file(&self) -> &str {
        match self {
            Self::NoData { dir, .. } => dir,
            Self::Import(e) => &e.file,
            Self::Io { file, .. }
            | Self::Missing { file }
            | Self::UnknownFile { file }
            | Self::TooLarge { file, .. }
            | Self::TooManyItems { file, .. }
            | Self::NotUtf8 { file, .. }
            | Self::Syntax { file, .. }
            | Self::Semantic { file, .. } => file,
        }
    }

    /// `file:line:col`, `file:line` or `file`.
    pub fn location(&self) -> String {
        match self {
            Self::NotUtf8 { file, line, col }
            | Self::Syntax {
                file, line, col, ..
            } => {
                format!("{file}:{line}:{col}")
            }
            Self::Semantic {
                file,
                line: Some(line),
                ..
            } => format!("{file}:{line}"),
            other => other.file().to_owned(),
        }
    }

    /// The offending source line with a caret under the column, for syntax errors.
    pub fn caret_excerpt(&self) -> Option<String> {
        match self {
            Self::Syntax { line_text, col, .. } if !line_text.is_empty() => {
                let pad: String = line_text
                    .chars()
                    .take(col.saturating_sub(1))
                    .map(|c| if c == '\t' { '\t' } else { ' ' })
                    .collect();
                Some(format!("{line_text}\n{pad}^"))
            }
            _ => None,
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let location = self.location();
        match self {
            Self::Io { message, .. } => write!(f, "{location}: cannot read: {message}"),
            Self::Missing { .. } => write!(f, "{location}: file is missing"),
            Self::UnknownFile { .. } => write!(
                f,
                "{location}: not a data file; name a file after its kind ({}, or {}) or put it in a kind's folder (events/…)",
                super::load::DATA_FILES.join(", "),
                super::load::file::SETTINGS
            ),
            Self::TooLarge { bytes, limit, .. } => write!(
                f,
                "{location}: file is {bytes} bytes, more than the {limit}-byte limit"
            ),
            Self::NotUtf8 { .. } => write!(f, "{location}: not valid UTF-8 text"),
            Self::NoData { reason, .. } => write!(f, "{location}: {reason}"),
            Self::TooManyItems { items, limit, .. } => write!(
                f,
                "{location}: {items} items, more than the limit of {limit}"
            ),
            Self::Syntax { message, .. } => write!(f, "{location}: {message}"),
            Self::Import(e) => write!(f, "{e}"),
            Self::Semantic {
                item,
                field,
                message,
                ..
            } => write!(f, "{location}: item `{item}`, field `{field}`: {message}"),
        }
    }
}

impl std::error::Error for LoadError {}

/// Every error found in one load, in file order.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{} error(s) in the data:\n{}", .0.len(), join_lines(.0))]
pub struct LoadErrors(pub Vec<LoadError>);

fn join_lines(errors: &[LoadError]) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}
