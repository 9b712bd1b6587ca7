//! Frames drawn after the data changes so that the allocator can give the
//! memory freed by the load back to the system.
//!
//! mimalloc returns freed pages to the system only from inside its own calls
//! and only once they have been free for a second (its purge delay). A
//! window that nobody touches draws no frames and so makes no such calls:
//! after a load of 100,000 events it kept 40–60 MB of the load's peak
//! (parsing, the old data, the search index's thread) resident for as long
//! as it stayed idle. A few frames at widening intervals after each change
//! of data let it purge; each costs one ordinary frame.

use std::time::{Duration, Instant};

/// When the frames are drawn, after a change of data: the first once the
/// purge delay has passed, the later ones for work that frees its memory
/// later (the search index is built on a thread of its own and takes
/// seconds at a million events).
const AFTER: [Duration; 5] = [
    Duration::from_millis(1_200),
    Duration::from_millis(2_500),
    Duration::from_secs(5),
    Duration::from_secs(10),
    Duration::from_secs(20),
];

/// The frames still to be drawn for the last change of data.
#[derive(Debug, Default)]
pub(super) struct GiveBack {
    /// Due times, earliest first.
    due: Vec<Instant>,
}

impl GiveBack {
    /// The data changed at `now`: draw the frames from then on (replacing
    /// those of an earlier change).
    pub(super) fn data_changed(&mut self, now: Instant) {
        self.due = AFTER.iter().map(|d| now + *d).collect();
    }

    /// The frame at `now`: drops the frames that are due (this one is
    /// drawn) and says how long to wait for the next, if any.
    pub(super) fn next_wait(&mut self, now: Instant) -> Option<Duration> {
        self.due.retain(|t| *t > now);
        self.due.first().map(|t| *t - now)
    }

    /// Asks `ctx` for the next frame, if one is still to come.
    pub(super) fn poll(&mut self, ctx: &eframe::egui::Context) {
        if let Some(wait) = self.next_wait(Instant::now()) {
            ctx.request_repaint_after(wait);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_frames_are_asked_for_before_the_data_changes() {
        assert_eq!(GiveBack::default().next_wait(Instant::now()), None);
    }

    #[test]
    fn the_frames_come_after_the_purge_delay_and_then_stop() {
        let start = Instant::now();
        let mut give_back = GiveBack::default();
        give_back.data_changed(start);
        let mut now = start;
        let mut frames = Vec::new();
        while let Some(wait) = give_back.next_wait(now) {
            now += wait;
            frames.push(now - start);
        }
        // mimalloc purges memory that has been free for a second.
        assert!(frames[0] > Duration::from_secs(1), "{frames:?}");
        assert_eq!(frames, AFTER);
    }

    #[test]
    fn a_frame_drawn_early_does_not_cancel_the_next() {
        let start = Instant::now();
        let mut give_back = GiveBack::default();
        give_back.data_changed(start);
        // The user moves the mouse half a second after the load.
        let wait = give_back.next_wait(start + Duration::from_millis(500));
        assert_eq!(wait, Some(Duration::from_millis(700)));
    }

    #[test]
    fn a_new_change_starts_the_frames_again() {
        let start = Instant::now();
        let mut give_back = GiveBack::default();
        give_back.data_changed(start);
        let later = start + Duration::from_secs(30);
        assert_eq!(give_back.next_wait(later), None);
        give_back.data_changed(later);
        assert_eq!(give_back.next_wait(later), Some(AFTER[0]));
    }
}
