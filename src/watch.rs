//! Watching the data directory: file events arrive on a channel from the
//! `notify` thread, which also wakes the UI; the app reloads once the files
//! have been quiet for a moment (editors often write a file in several steps).

use std::path::Path;
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use notify::{RecommendedWatcher, RecursiveMode, Watcher as _};

/// How long the files must be quiet before a reload.
pub const SETTLE: Duration = Duration::from_millis(250);

/// A running watch on one directory.
pub struct DataWatch {
    /// Kept alive for as long as the watch runs.
    _watcher: RecommendedWatcher,
    events: Receiver<()>,
    /// When the last relevant change was seen, while a reload is pending.
    pending_since: Option<Instant>,
}

impl DataWatch {
    /// Watches `dir` and its folders (or one imported file); `wake` is called from the watcher
    /// thread on every change so the UI can run and reload.
    pub fn new(dir: &Path, wake: impl Fn() + Send + 'static) -> notify::Result<Self> {
        let (tx, events) = channel();
        let mut watcher =
            notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
                let relevant = res.is_ok_and(|event| {
                    !event.kind.is_access()
                        && event.paths.iter().any(|p| {
                            p.extension()
                                .is_some_and(|e| e == "ron" || e == "json" || e == "csv")
                        })
                });
                if relevant && tx.send(()).is_ok() {
                    wake();
                }
            })?;
        // A data folder's kinds may have folders of files (events/…).
        watcher.watch(dir, RecursiveMode::Recursive)?;
        Ok(Self {
            _watcher: watcher,
            events,
            pending_since: None,
        })
    }

    /// Takes the changes seen so far. Returns `Ok(true)` when it is time to
    /// reload, or `Err(wait)` with how long to wait before asking again.
    pub fn poll(&mut self, now: Instant) -> Result<bool, Duration> {
        if self.events.try_iter().count() > 0 {
            self.pending_since = Some(now);
        }
        match self.pending_since {
            None => Ok(false),
            Some(since) if now.duration_since(since) >= SETTLE => {
                self.pending_since = None;
                Ok(true)
            }
            Some(since) => Err(SETTLE.saturating_sub(now.duration_since(since))),
        }
    }
}
