//! The eframe application: owns the data source, the state and the panels;
//! lays the panels out, then applies the commands they sent — the only
//! place state changes.

mod data_source;
mod export;
mod give_back;
mod layout;
pub mod link;
mod navigation;
mod startup;
mod watch;

use std::path::PathBuf;

use eframe::egui;

pub use self::data_source::{Arrived, DataSource, load_on_thread, with_index};
use self::export::Exporter;
pub use self::export::export_dir;
pub use self::export::{ExportInput, png_bytes};
pub use crate::command::DeepLink;
use crate::command::{Command, ExportKind, SidePanel};
use crate::model::derived::Derived;
use crate::model::timeline::TimelineIndex;
use crate::model::{self, Dataset, LoadError, LoadErrors};
use crate::state::{AppState, STORAGE_KEY, ThemeChoice, clamp_scale};
use crate::ui::axis_area::CentralArea;
use crate::ui::context::{CommandSink, ViewerContext};
use crate::ui::details::DetailsPanel;
use crate::ui::errors::ErrorsPanel;
use crate::ui::institutions::InstitutionsPanel;
use crate::ui::keyboard::keyboard_ui;
use crate::ui::scenarios::ScenariosPanel;
use crate::ui::top_bar::{HelpOverlay, TopBar};

pub use crate::ui::top_bar::TITLE;

/// Today's date as a fractional year, for the "today" line.
pub fn today_year_frac() -> f64 {
    model::past_due::today_year_frac()
}

/// The panels, each with one `ui(ui, ctx)`.
#[derive(Default)]
struct Panels {
    top_bar: TopBar,
    help: HelpOverlay,
    errors: ErrorsPanel,
    scenarios: ScenariosPanel,
    institutions: InstitutionsPanel,
    details: DetailsPanel,
    central: CentralArea,
}

pub struct App {
    source: DataSource,
    state: AppState,
    today: f64,
    /// The timeline index and the electoral cycles, rebuilt when the data,
    /// the toggled scenarios or the filter change.
    derived: Derived,
    exporter: Exporter,
    /// The theme and scale last applied to the context.
    applied: Option<(ThemeChoice, f32)>,
    /// Whether the state is saved on exit (not when a deep link opened the app).
    persist: bool,
    /// When a running replay last stepped (egui's input time).
    replay_last_step: Option<f64>,
    panels: Panels,
    /// The first load of a data folder, while it runs on its own thread.
    startup: Option<startup::Startup>,
    /// Frames after a change of data, for the allocator.
    give_back: give_back::GiveBack,
}

impl Default for App {
    /// The app on the embedded dataset with default state.
    fn default() -> Self {
        Self::new(model::load_embedded(), None, AppState::default())
    }
}

impl App {
    /// An app showing the result of a load. A failed load shows its errors
    /// and no data.
    pub fn new(
        loaded: Result<Dataset, LoadErrors>,
        data_dir: Option<PathBuf>,
        state: AppState,
    ) -> Self {
        let mut app = Self {
            source: DataSource::new(data_dir),
            state,
            today: today_year_frac(),
            derived: Derived::default(),
            exporter: Exporter::default(),
            applied: None,
            persist: true,
            replay_last_step: None,
            panels: Panels::default(),
            startup: None,
            give_back: give_back::GiveBack::default(),
        };
        app.apply_load(loaded);
        app
    }

    /// Builds the app for eframe: restores the persisted state and loads the
    /// data (a folder on its own thread, see `startup`), then opens the deep
    /// link. A deep link opens exactly the view it names (only the theme and
    /// scale come from the saved state); the app then does not save on exit.
    pub fn from_creation_context(
        cc: &eframe::CreationContext<'_>,
        data_dir: Option<PathBuf>,
        link: DeepLink,
    ) -> Self {
        let saved = cc
            .storage
            .and_then(|s| s.get_string(STORAGE_KEY))
            .map_or_else(AppState::default, |text| {
                let (state, problem) = AppState::from_ron(&text);
                if let Some(problem) = problem {
                    eprintln!("rk-roadmap: warning: {problem}");
                }
                state
            });
        let persist = link.is_empty();
        let state = link::opening_state(saved, &link);
        let mut app = match data_dir {
            Some(dir) => Self::loading(dir, state, link, &cc.egui_ctx),
            None => {
                let mut app = Self::new(model::load_embedded(), None, state);
                app.open_link(link);
                app
            }
        };
        app.persist = persist;
        app
    }

    /// Saves exports in `dir` instead of the default export directory.
    #[must_use]
    pub fn with_export_dir(mut self, dir: PathBuf) -> Self {
        self.exporter = Exporter::new(dir);
        self
    }

    /// Pins "today" (a fractional year), for reproducible tests and snapshots.
    #[must_use]
    pub fn with_today(mut self, today_year: f64) -> Self {
        self.today = today_year;
        self
    }

    /// Takes a load's result: new data replaces the old; errors keep the
    /// last good data on screen.
    pub fn apply_load(&mut self, loaded: Result<Dataset, LoadErrors>) {
        if self.source.apply_load(loaded) {
            self.run_command(Command::DataChanged);
        }
    }

    /// The persisted UI state (read-only: it changes through commands).
    pub fn state(&self) -> &AppState {
        &self.state
    }

    pub fn dataset(&self) -> &Dataset {
        &self.source.dataset
    }

    pub fn errors(&self) -> &[LoadError] {
        self.source.errors()
    }

    pub fn index(&self) -> &TimelineIndex {
        &self.derived.index
    }

    /// How many loads succeeded (the start-up load included).
    pub fn successful_loads(&self) -> usize {
        self.source.successful_loads()
    }

    /// The whole app for one frame, inside `ui`: the entry point of eframe
    /// and of the tests. Input first, then the panels, then the commands.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        self.apply_look(ui.ctx());
        if self.still_loading(ui) {
            return;
        }
        self.poll_watch(ui.ctx());
        self.give_back.poll(ui.ctx());
        self.replay_tick(ui.ctx());
        let sink = CommandSink::default();
        self.frame(&sink, |ctx, panels| {
            keyboard_ui(ui, ctx);
            layout::lay_out(ui, panels, ctx);
        });
        for c in sink.take() {
            self.run_command(c);
        }
    }

    /// Runs `f` with this frame's context (sending into `sink`) and the panels.
    fn frame<R>(
        &mut self,
        sink: &CommandSink,
        f: impl FnOnce(&ViewerContext<'_>, &mut Panels) -> R,
    ) -> R {
        let Self {
            source,
            derived,
            state,
            today,
            exporter,
            panels,
            ..
        } = self;
        let ctx = ViewerContext::new(
            &source.dataset,
            derived,
            state,
            state.as_of.unwrap_or(*today),
            source.status(),
            exporter.dir(),
            sink,
        );
        f(&ctx, panels)
    }

    /// Applies the theme and the UI scale when they change.
    fn apply_look(&mut self, ctx: &egui::Context) {
        let wanted = (self.state.theme, self.state.ui_scale);
        if self.applied == Some(wanted) {
            return;
        }
        ctx.set_theme(match self.state.theme {
            ThemeChoice::System => egui::ThemePreference::System,
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
        });
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        crate::ui::theme::apply_text_sizes(ctx);
        ctx.set_zoom_factor(self.state.ui_scale);
        self.applied = Some(wanted);
    }

    /// What an export pictures or lists: the chart as last drawn.
    pub fn export_input(&self) -> ExportInput<'_> {
        let chart = self
            .panels
            .central
            .axis_area
            .last_rect()
            .map_or(egui::vec2(1200.0, 760.0), |r| r.size());
        ExportInput {
            ds: &self.source.dataset,
            derived: &self.derived,
            state: &self.state,
            today: self.state.as_of.unwrap_or(self.today),
            chart,
        }
    }

    /// Saves the chart as PNG or the visible events as CSV or Markdown,
    /// saying where.
    fn export(&mut self, kind: ExportKind) {
        let result = self.exporter.export(&self.export_input(), kind);
        let tr = |en| crate::ui::i18n::tr(self.state.lang, en);
        self.state.notice = Some(match result {
            Ok(path) => format!("{} {}", tr("Saved"), path.display()),
            Err(e) => format!("{} {e}", tr("Export failed:")),
        });
    }

    /// Esc: clears the search, or else the selection.
    /// Esc: clears the search, else the selection, else leaves the view
    /// as of a date.
    fn escape(&mut self) {
        if self.state.filter.query.is_empty() {
            if self.state.selected.take().is_none() && self.state.as_of.is_some() {
                self.watch_command(Command::SetAsOf(None));
            }
        } else {
            self.state.filter.query.clear();
            self.derived
                .refilter(&self.source.dataset, &self.state.filter);
        }
    }

    /// Rebuilds the timeline index for the toggled scenarios.
    pub(super) fn reindex(&mut self) {
        let ds = &self.source.dataset;
        self.derived
            .reindex(ds, &self.state.scenarios_on, &self.state.filter);
    }

    /// Applies one command; the only place state changes.
    pub fn run_command(&mut self, command: Command) {
        let state = &mut self.state;
        match command {
            Command::Select(id) => state.selected = id,
            Command::ToggleScenario(id) => {
                toggle(&mut state.scenarios_on, id);
                self.reindex();
            }
            Command::SetView(view) => {
                *state.active_view_mut() = view.clamped_in(&self.derived.axis);
            }
            Command::FitAll => *state.active_view_mut() = state.full_view(&self.derived.axis),
            Command::Hover(year) => state.hover_year = year,
            Command::ShowGeneration(show) => state.show_generation = show,
            Command::ShowCycles(show) => state.show_cycles = show,
            Command::ShowSidePanel(SidePanel::Left, show) => state.show_left = show,
            Command::ShowSidePanel(SidePanel::Right, show) => state.show_right = show,
            Command::SetFigures(track) => state.figures = track,
            Command::ToggleLane(id) => toggle(&mut state.collapsed_lanes, id),
            Command::SetFilter(filter) => {
                state.filter = filter;
                self.derived
                    .refilter(&self.source.dataset, &self.state.filter);
            }
            Command::Step { forward } => self.step(forward),
            Command::StepResult { forward } => self.step_result(forward),
            Command::Zoom(f) => {
                let view = state.active_view();
                *state.active_view_mut() = view.zoomed_centred_in(f, &self.derived.axis);
            }
            Command::Reload => {
                if self.source.reload_soon(&state.scenarios_on) {
                    self.run_command(Command::DataChanged);
                }
            }
            Command::SetTab(tab) => state.tab = tab,
            Command::SetCompare(slot, id) => {
                if let Some(s) = state.compare.get_mut(slot) {
                    *s = id;
                }
            }
            Command::ToggleCompared(id) => toggle(&mut state.compared, id),
            Command::ShowOnTimeline(id) => self.show_on_timeline(id),
            Command::SortInstitutions(column) => {
                let (current, ascending) = state.institution_sort;
                state.institution_sort =
                    (column, if current == column { !ascending } else { true });
            }
            Command::ExplainLink(cell) => state.matrix_cell = cell,
            Command::ShowMatrix(on) => state.institutions_matrix = on,
            Command::SetLang(lang) => state.lang = lang,
            Command::SetTheme(theme) => state.theme = theme,
            Command::ScaleUi(factor) => state.ui_scale = clamp_scale(state.ui_scale * factor),
            Command::ShowHelp(show) => state.show_help = show,
            Command::Notice(text) => state.notice = text,
            Command::Export(kind) => self.export(kind),
            Command::Escape => self.escape(),
            Command::SetAsOf(_) | Command::SetLaterFacts(_) | Command::Replay(_) => {
                self.watch_command(command);
            }
            Command::DataChanged => {
                let ready = self.source.take_ready();
                let ds = &self.source.dataset;
                state.retain_known(|id| ds.get(id).is_some());
                self.derived
                    .rebuild_with(ds, &state.scenarios_on, &state.filter, ready);
                self.state.view = self.derived.axis.keep_or_fit(self.state.view);
                self.give_back.data_changed(std::time::Instant::now());
            }
        }
    }
}

/// Puts `id` in `set`, or takes it out if it was there.
fn toggle(set: &mut std::collections::BTreeSet<crate::model::Id>, id: crate::model::Id) {
    if !set.remove(&id) {
        set.insert(id);
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if self.persist {
            eframe::set_value(storage, STORAGE_KEY, &self.state);
        }
    }
}
