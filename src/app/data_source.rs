//! Where the dataset comes from: the embedded copy or a data directory,
//! the last load's errors, the file watch and reloading. A failed load
//! keeps the last good dataset.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use eframe::egui;

use crate::model::{self, Dataset, LoadError, LoadErrors};
use crate::ui::context::SourceStatus;
use crate::watch::DataWatch;

#[derive(Default)]
pub struct DataSource {
    /// Shared with the thread building its search index.
    pub dataset: Arc<Dataset>,
    errors: Vec<LoadError>,
    /// Whether `dataset` is a good dataset (the last good one when `errors` is not empty).
    have_data: bool,
    data_dir: Option<PathBuf>,
    /// The watch on `data_dir`, when one runs.
    watch: Option<DataWatch>,
    /// Why the data directory could not be watched.
    watch_error: Option<String>,
    /// Successful loads so far (the first is the start-up load).
    loads: usize,
}

impl DataSource {
    pub fn new(data_dir: Option<PathBuf>) -> Self {
        Self {
            data_dir,
            ..Self::default()
        }
    }

    /// Takes a load's result: new data replaces the old; errors keep the
    /// last good data on screen. Returns whether new data arrived.
    pub fn apply_load(&mut self, loaded: Result<Dataset, LoadErrors>) -> bool {
        match loaded {
            Ok(ds) => {
                self.dataset = Arc::new(ds);
                self.errors.clear();
                self.have_data = true;
                self.loads += 1;
                true
            }
            Err(LoadErrors(errors)) => {
                self.errors = errors;
                false
            }
        }
    }

    /// Reads the data directory again (keeping the last good data when it
    /// fails). Does nothing for the embedded dataset. Returns whether new
    /// data arrived.
    pub fn reload(&mut self) -> bool {
        match self.data_dir.clone() {
            Some(dir) => self.apply_load(model::import::load_path(&dir)),
            None => false,
        }
    }

    /// Watches the data directory (if there is one), waking `ctx` from the
    /// watcher thread on changes.
    pub fn start_watching(&mut self, ctx: &egui::Context) {
        let Some(dir) = &self.data_dir else { return };
        let ctx = ctx.clone();
        match DataWatch::new(dir, move || ctx.request_repaint()) {
            Ok(watch) => {
                self.watch = Some(watch);
                self.watch_error = None;
            }
            Err(e) => self.watch_error = Some(format!("cannot watch {}: {e}", dir.display())),
        }
    }

    /// Whether the watch says the files have settled and should be read
    /// again; asks for a repaint while they settle.
    pub fn should_reload(&mut self, ctx: &egui::Context) -> bool {
        let Some(watch) = &mut self.watch else {
            return false;
        };
        match watch.poll(Instant::now()) {
            Ok(due) => due,
            Err(wait) => {
                ctx.request_repaint_after(wait);
                false
            }
        }
    }

    pub fn errors(&self) -> &[LoadError] {
        &self.errors
    }

    pub fn data_dir(&self) -> Option<&Path> {
        self.data_dir.as_deref()
    }

    /// How many loads succeeded (the start-up load included).
    pub fn successful_loads(&self) -> usize {
        self.loads
    }

    /// What the panels are told about the source.
    pub fn status(&self) -> SourceStatus<'_> {
        SourceStatus {
            data_dir: self.data_dir.as_deref(),
            errors: &self.errors,
            have_data: self.have_data,
            watching: self.watch.is_some(),
            watch_error: self.watch_error.as_deref(),
        }
    }
}
