//! Writing data folders: a small commented dataset to start from
//! (`rk-roadmap new DIR`), and the files an import produces.

use std::fs;
use std::path::{Path, PathBuf};

/// The starter dataset `new` writes: (path in the folder, text).
pub const STARTER: [(&str, &str); 6] = [
    (
        "settings.ron",
        include_str!("../../assets/new/settings.ron"),
    ),
    ("sources.ron", include_str!("../../assets/new/sources.ron")),
    ("lanes.ron", include_str!("../../assets/new/lanes.ron")),
    ("eras.ron", include_str!("../../assets/new/eras.ron")),
    (
        "events/1815.ron",
        include_str!("../../assets/new/events/1815.ron"),
    ),
    (
        "events/1830s.ron",
        include_str!("../../assets/new/events/1830s.ron"),
    ),
];

/// Why a data folder could not be written.
#[derive(Debug, thiserror::Error)]
pub enum FolderError {
    #[error("{}: already holds data files ({}); choose an empty or new folder", .dir.display(), .file)]
    NotEmpty { dir: PathBuf, file: String },
    #[error("{}: {source}", .path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// Writes the starter dataset into `dir` (created if needed). Returns the
/// files written.
pub fn write_starter(dir: &Path) -> Result<Vec<PathBuf>, FolderError> {
    write_files(
        dir,
        STARTER
            .iter()
            .map(|(n, t)| ((*n).to_owned(), (*t).to_owned())),
    )
}

/// Writes `files` (relative `/`-separated paths and texts) into `dir`,
/// refusing a folder that already holds `.ron` files so nothing is
/// overwritten.
pub fn write_files(
    dir: &Path,
    files: impl IntoIterator<Item = (String, String)>,
) -> Result<Vec<PathBuf>, FolderError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| FolderError::Io { path, source }
    };
    if dir.is_dir() {
        for entry in fs::read_dir(dir).map_err(io(dir))?.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let is_data = Path::new(&name).extension().is_some_and(|e| e == "ron")
                || super::load::kind_of(&format!("{name}/x.ron")).is_some();
            if is_data {
                return Err(FolderError::NotEmpty {
                    dir: dir.to_path_buf(),
                    file: name,
                });
            }
        }
    }
    let mut written = Vec::new();
    for (name, text) in files {
        let path = dir.join(&name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(io(parent))?;
        }
        fs::write(&path, text).map_err(io(&path))?;
        written.push(path);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DataTexts, load_texts};

    #[test]
    fn the_starter_dataset_is_valid_and_old() {
        let texts = DataTexts::new(
            STARTER
                .iter()
                .map(|(n, t)| ((*n).to_owned(), (*t).to_owned()))
                .collect(),
        );
        let ds = load_texts(&texts).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(ds.events.len(), 3);
        assert_eq!(ds.axis_limits().full, (1815.0, 1849.0));
    }
}
