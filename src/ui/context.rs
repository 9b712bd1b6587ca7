//! The per-frame context every panel receives, and the panel contract.
//!
//! In the spirit of rerun's `ViewerContext` and puffin's `Info`: one
//! struct holds what a panel may read — the dataset, what is derived from
//! it, the persisted state, the language, today, the time axis — and a
//! sink for the commands it issues. Panels never see `App` and never write
//! state; the app applies the commands after the UI pass.

use std::cell::RefCell;
use std::path::Path;

use eframe::egui;

use super::widgets::time_axis::TimeAxis;
use crate::command::Command;
use crate::model::derived::Derived;
use crate::model::{Dataset, Lang, LoadError};
use crate::state::AppState;

/// Every panel: a struct with one `ui` method of this shape.
pub trait Panel {
    /// Draws the panel into `ui`, pushing the user's commands into `ctx`.
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewerContext<'_>);
}

/// Collects the commands panels issue during one frame.
#[derive(Debug, Default)]
pub struct CommandSink(RefCell<Vec<Command>>);

impl CommandSink {
    pub fn send(&self, command: Command) {
        self.0.borrow_mut().push(command);
    }

    /// The commands sent so far, in order; the sink is left empty.
    pub fn take(&self) -> Vec<Command> {
        std::mem::take(&mut *self.0.borrow_mut())
    }
}

/// Where the data came from and how its last load went.
#[derive(Clone, Copy, Debug)]
pub struct SourceStatus<'a> {
    /// The data directory; `None` for the embedded dataset.
    pub data_dir: Option<&'a Path>,
    /// The last load's errors (empty when it succeeded).
    pub errors: &'a [LoadError],
    /// Whether a good dataset is shown (the last good one when `errors` is not empty).
    pub have_data: bool,
    /// Whether the data directory is being watched for changes.
    pub watching: bool,
    /// Why it could not be watched.
    pub watch_error: Option<&'a str>,
    /// How long a reload has been reading the files, while one does (the
    /// data shown is the last good one meanwhile).
    pub reloading_for: Option<std::time::Duration>,
}

impl SourceStatus<'_> {
    /// The embedded dataset, loaded without errors and not watched (a
    /// picture, a panel drawn on its own).
    pub fn embedded() -> Self {
        Self {
            data_dir: None,
            errors: &[],
            have_data: true,
            watching: false,
            watch_error: None,
            reloading_for: None,
        }
    }

    /// Where the data came from, in words.
    pub fn origin(&self, lang: Lang) -> String {
        self.data_dir.map_or_else(
            || {
                lang.choose("embedded dataset", "встроенные данные")
                    .to_owned()
            },
            |d| d.display().to_string(),
        )
    }
}

/// What a panel may read this frame, and where its commands go.
#[derive(Clone, Copy)]
pub struct ViewerContext<'a> {
    pub ds: &'a Dataset,
    pub derived: &'a Derived,
    pub state: &'a AppState,
    /// The interface language (a parameter of the frame, not panel state).
    pub lang: Lang,
    /// Today as a fractional year (pinned in tests).
    pub today: f64,
    pub source: SourceStatus<'a>,
    /// Where exports are saved.
    pub export_dir: &'a Path,
    /// The shared time axis, in the area of the panels drawn on it; `None`
    /// elsewhere (side panels, tables).
    pub axis: Option<TimeAxis>,
    sink: &'a CommandSink,
}

impl<'a> ViewerContext<'a> {
    pub fn new(
        ds: &'a Dataset,
        derived: &'a Derived,
        state: &'a AppState,
        today: f64,
        source: SourceStatus<'a>,
        export_dir: &'a Path,
        sink: &'a CommandSink,
    ) -> Self {
        Self {
            ds,
            derived,
            state,
            lang: state.lang,
            today,
            source,
            export_dir,
            axis: None,
            sink,
        }
    }

    /// The same context for panels drawn on `axis`.
    pub fn on_axis(&self, axis: TimeAxis) -> Self {
        Self {
            axis: Some(axis),
            ..*self
        }
    }

    /// Issues a command; the app applies it after the UI pass.
    pub fn send(&self, command: Command) {
        self.sink.send(command);
    }

    /// `en` in the interface language.
    pub fn tr(&self, en: &'static str) -> &'static str {
        super::i18n::tr(self.lang, en)
    }

    /// The data's text in the interface language.
    pub fn pick<'t>(&self, en: &'t str, ru: Option<&'t str>) -> &'t str {
        self.lang.pick(en, ru)
    }

    /// The scenarios toggled on, in data order.
    pub fn toggled_scenarios(&self) -> Vec<&'a crate::model::types::Scenario> {
        self.ds
            .scenarios
            .iter()
            .filter(|s| self.state.scenarios_on.contains(&s.id))
            .collect()
    }

    /// Whether `id` is the selected item.
    pub fn is_selected(&self, id: &str) -> bool {
        self.state.selected.as_deref() == Some(id)
    }
}
