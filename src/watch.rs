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

#[cfg(test)]
mod tests {
    use std::sync::mpsc::Sender;

    use super::*;

    /// A watch whose file events come from the returned sender instead of
    /// the `notify` thread (the watcher is real but watches nothing), so
    /// `poll` can be driven with synthetic instants.
    fn watch() -> (Sender<()>, DataWatch) {
        let (tx, events) = channel();
        let watcher = notify::recommended_watcher(|_: notify::Result<notify::Event>| {}).unwrap();
        let watch = DataWatch {
            _watcher: watcher,
            events,
            pending_since: None,
        };
        (tx, watch)
    }

    fn ms(n: u64) -> Duration {
        Duration::from_millis(n)
    }

    #[test]
    fn without_changes_there_is_nothing_to_reload() {
        let (_tx, mut w) = watch();
        let t0 = Instant::now();
        assert_eq!(w.poll(t0), Ok(false));
        assert_eq!(w.poll(t0 + ms(10_000)), Ok(false));
    }

    #[test]
    fn a_change_reloads_once_after_the_quiet_period() {
        assert_eq!(SETTLE, ms(250));
        let (tx, mut w) = watch();
        let t0 = Instant::now();
        tx.send(()).unwrap();
        assert_eq!(w.poll(t0), Err(ms(250)));
        assert_eq!(w.poll(t0 + ms(100)), Err(ms(150)));
        assert_eq!(w.poll(t0 + ms(249)), Err(ms(1)));
        assert_eq!(w.poll(t0 + ms(250)), Ok(true));
        // Once: the change has been dealt with.
        assert_eq!(w.poll(t0 + ms(251)), Ok(false));
        assert_eq!(w.poll(t0 + ms(5_000)), Ok(false));
    }

    #[test]
    fn a_late_poll_reloads_at_once() {
        let (tx, mut w) = watch();
        let t0 = Instant::now();
        tx.send(()).unwrap();
        assert_eq!(w.poll(t0), Err(ms(250)));
        assert_eq!(w.poll(t0 + ms(3_000)), Ok(true));
    }

    #[test]
    fn a_burst_of_events_is_one_reload() {
        let (tx, mut w) = watch();
        let t0 = Instant::now();
        for _ in 0..5 {
            tx.send(()).unwrap();
        }
        assert_eq!(w.poll(t0), Err(ms(250)));
        assert_eq!(w.poll(t0 + ms(250)), Ok(true));
        assert_eq!(w.poll(t0 + ms(500)), Ok(false));
    }

    #[test]
    fn a_new_change_restarts_the_wait() {
        let (tx, mut w) = watch();
        let t0 = Instant::now();
        tx.send(()).unwrap();
        assert_eq!(w.poll(t0), Err(ms(250)));
        // Another write 200 ms in: the quiet period starts again from here.
        tx.send(()).unwrap();
        assert_eq!(w.poll(t0 + ms(200)), Err(ms(250)));
        // Past the first change's 250 ms, but not the second's.
        assert_eq!(w.poll(t0 + ms(300)), Err(ms(150)));
        assert_eq!(w.poll(t0 + ms(449)), Err(ms(1)));
        assert_eq!(w.poll(t0 + ms(450)), Ok(true));
        assert_eq!(w.poll(t0 + ms(451)), Ok(false));
    }
}
