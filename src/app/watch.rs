//! The as-of date and its replay: the app shows what was known at a date,
//! and a replay steps that date towards today, one signpost change at a
//! time.

use eframe::egui;

use super::App;
use crate::command::Command;
use crate::model::watch::{change_points, first_judgement};
use crate::state::LaterFacts;

/// Seconds between two steps of a replay.
const REPLAY_STEP_SECS: f64 = 1.2;

impl App {
    /// Applies the as-of commands.
    pub(super) fn watch_command(&mut self, command: Command) {
        match command {
            Command::SetAsOf(at) => {
                self.state.as_of = at
                    .filter(|&y| y < self.today)
                    .map(|y| y.max(self.derived.axis.min_year));
                if self.state.as_of.is_none() {
                    self.state.replaying = false;
                }
            }
            Command::SetLaterFacts(choice) => self.state.later_facts = choice,
            Command::Replay(on) => {
                if on && self.state.as_of.is_none() {
                    self.state.as_of = self.replay_start();
                }
                self.state.replaying = on && self.state.as_of.is_some();
                self.replay_last_step = None;
            }
            _ => {}
        }
        self.sync_known_by();
    }

    /// Hides the facts after the as-of date when the user chose to.
    fn sync_known_by(&mut self) {
        let hide = self.state.later_facts == LaterFacts::Hide;
        let known_by = self.state.as_of.filter(|_| hide);
        if self.state.filter.known_by != known_by {
            self.state.filter.known_by = known_by;
            self.derived
                .refilter(&self.source.dataset, &self.state.filter);
        }
    }

    /// Where a replay starts when no as-of date is set.
    fn replay_start(&self) -> Option<f64> {
        first_judgement(&self.source.dataset).filter(|&y| y < self.today)
    }

    /// Advances a running replay to the next change of a signpost's state
    /// (or to today, which ends it); called at the start of every frame.
    pub(super) fn replay_tick(&mut self, ctx: &egui::Context) {
        if !self.state.replaying {
            return;
        }
        let now = ctx.input(|i| i.time);
        // The first frame shows the start; each step then holds a while.
        let last = *self.replay_last_step.get_or_insert(now);
        if now - last >= REPLAY_STEP_SECS {
            self.replay_last_step = Some(now);
            let next = self.state.as_of.and_then(|at| {
                change_points(&self.source.dataset)
                    .into_iter()
                    .find(|&y| y > at + 1e-9 && y < self.today)
            });
            self.state.as_of = next;
            self.state.replaying = next.is_some();
            self.sync_known_by();
        }
        ctx.request_repaint_after(std::time::Duration::from_millis(100));
    }
}
