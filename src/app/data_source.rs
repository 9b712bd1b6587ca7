//! Where the dataset comes from: the embedded copy or a data directory,
//! the last load's errors, the file watch and reloading. A failed load
//! keeps the last good dataset. In the window a reload runs on a thread of
//! its own, the last good data staying on screen until the new data comes.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::{Duration, Instant};

use eframe::egui;

use crate::model::derived::ReadyIndex;
use crate::model::{self, Dataset, Id, LoadError, LoadErrors};
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
    /// The window's context, once watching: reloads then run on a thread
    /// of their own and wake it when done.
    waker: Option<egui::Context>,
    /// Successful loads so far (the first is the start-up load).
    loads: usize,
    /// A reload running on its own thread.
    reloading: Option<Reloading>,
    /// The timeline index that came with `dataset` from a load's thread,
    /// until the app takes it (`take_ready`).
    ready: Option<ReadyIndex>,
}

/// What a load brings: the dataset, or every error found.
pub(super) type Loaded = Result<Dataset, LoadErrors>;

/// What a load on a thread of its own brings: the dataset with its
/// timeline index, or every error found.
pub type Arrived = Result<(Dataset, ReadyIndex), LoadErrors>;

/// A load's dataset with its timeline index for `scenarios_on` (built
/// where the load ran).
pub fn with_index(loaded: Loaded, scenarios_on: BTreeSet<Id>) -> Arrived {
    loaded.map(|ds| {
        let index = ReadyIndex::build(&ds, scenarios_on);
        (ds, index)
    })
}

/// Runs `load` on a thread of its own named `name`, and builds there the
/// timeline index for `scenarios_on` (the scenarios on when it starts),
/// waking `ctx` when it is done; `None` when no thread can be had.
pub fn load_on_thread(
    name: &str,
    ctx: &egui::Context,
    scenarios_on: BTreeSet<Id>,
    load: impl FnOnce() -> Loaded + Send + 'static,
) -> Option<Receiver<Arrived>> {
    let (send, result) = mpsc::channel();
    let ctx = ctx.clone();
    std::thread::Builder::new()
        .name(name.to_owned())
        .spawn(move || {
            let arrived = with_index(load(), scenarios_on);
            let large = matches!(&arrived, Ok((ds, _)) if model::derived::is_large(ds));
            // The window may be gone; then nobody waits for the data.
            let _ = send.send(arrived);
            ctx.request_repaint();
            // A large load's own memory, given back from here.
            if large {
                crate::background::purge_when_due();
            }
        })
        .ok()
        .map(|_| result)
}

/// A reload under way on another thread.
struct Reloading {
    result: Receiver<Arrived>,
    since: Instant,
    /// The files changed again (or Reload was asked for) meanwhile: read
    /// them once more when this load is in.
    again: bool,
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
            Ok(ds) => self.apply_shared(Arc::new(ds)),
            Err(LoadErrors(errors)) => {
                self.errors = errors;
                false
            }
        }
    }

    /// Takes a good dataset, shared (with a caller that keeps it too):
    /// it replaces the old. Returns true (new data arrived).
    pub fn apply_shared(&mut self, ds: Arc<Dataset>) -> bool {
        let old = std::mem::replace(&mut self.dataset, ds);
        let large = model::derived::is_large(&old);
        model::derived::let_go(old, large);
        self.ready = None;
        self.errors.clear();
        self.have_data = true;
        self.loads += 1;
        true
    }

    /// Takes a load's result from a thread, with the timeline index built
    /// there (see `take_ready`). Returns whether new data arrived.
    pub(super) fn apply_arrived(&mut self, arrived: Arrived) -> bool {
        match arrived {
            Ok((ds, index)) => {
                let new = self.apply_load(Ok(ds));
                self.ready = Some(index);
                new
            }
            Err(errors) => self.apply_load(Err(errors)),
        }
    }

    /// The timeline index that came with the data from a load's thread,
    /// if it has not been taken yet.
    pub fn take_ready(&mut self) -> Option<ReadyIndex> {
        self.ready.take()
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

    /// Reads the data directory again: on a thread of its own once the
    /// window watches it (`start_reload`), else here. Returns whether new
    /// data arrived already.
    pub fn reload_soon(&mut self, scenarios_on: &BTreeSet<Id>) -> bool {
        match self.waker.clone() {
            Some(ctx) => self.start_reload(&ctx, scenarios_on),
            None => self.reload(),
        }
    }

    /// Reads the data directory again on a thread of its own, waking `ctx`
    /// when done (see `poll_reload`); the data on screen stays meanwhile. A
    /// reload asked for while one runs is done after it (once, however
    /// often it was asked). Where no thread can be had, reloads here and
    /// returns whether new data arrived. The timeline index for
    /// `scenarios_on` is built on the thread too.
    pub fn start_reload(&mut self, ctx: &egui::Context, scenarios_on: &BTreeSet<Id>) -> bool {
        let Some(dir) = self.data_dir.clone() else {
            return false;
        };
        self.reload_with(ctx, scenarios_on, move || model::import::load_path(&dir))
    }

    /// `start_reload` with the load given: `load` runs on the thread.
    pub(in crate::app) fn reload_with(
        &mut self,
        ctx: &egui::Context,
        scenarios_on: &BTreeSet<Id>,
        load: impl FnOnce() -> Loaded + Send + 'static,
    ) -> bool {
        if let Some(running) = &mut self.reloading {
            running.again = true;
            return false;
        }
        match load_on_thread("reload", ctx, scenarios_on.clone(), load) {
            Some(result) => {
                self.reloading = Some(Reloading {
                    result,
                    since: Instant::now(),
                    again: false,
                });
                false
            }
            None => self.reload(),
        }
    }

    /// Takes a finished reload's result (see `start_reload`). Returns
    /// whether new data arrived; a thread that ended without an answer is
    /// replaced by a load here. A reload asked for meanwhile starts, its
    /// timeline index for `scenarios_on`.
    pub fn poll_reload(&mut self, ctx: &egui::Context, scenarios_on: &BTreeSet<Id>) -> bool {
        let Some(running) = &self.reloading else {
            return false;
        };
        let loaded = match running.result.try_recv() {
            Ok(loaded) => loaded,
            Err(TryRecvError::Empty) => return false,
            Err(TryRecvError::Disconnected) => {
                // Read here, now: the files as they are, changed or not.
                self.reloading = None;
                return self.reload();
            }
        };
        let again = self.reloading.take().is_some_and(|r| r.again);
        let arrived = self.apply_arrived(loaded);
        // The files changed while they were read: read them again.
        again && self.start_reload(ctx, scenarios_on) || arrived
    }

    /// How long the reload on its own thread has run, if one runs.
    pub fn reloading_for(&self) -> Option<Duration> {
        self.reloading.as_ref().map(|r| r.since.elapsed())
    }

    /// Watches the data directory (if there is one), waking `ctx` from the
    /// watcher thread on changes.
    pub fn start_watching(&mut self, ctx: &egui::Context) {
        let Some(dir) = &self.data_dir else { return };
        self.waker = Some(ctx.clone());
        let ctx = ctx.clone();
        match DataWatch::new(dir, move || ctx.request_repaint()) {
            Ok(watch) => {
                self.watch = Some(watch);
                self.watch_error = None;
            }
            // The folder and the system's reason; the top bar says the rest.
            Err(e) => self.watch_error = Some(format!("{}: {e}", dir.display())),
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
            reloading_for: self.reloading_for(),
        }
    }
}
