//! The eframe application: lays out the panels, then applies the commands
//! they returned.

use std::path::PathBuf;

use eframe::egui::{self, RichText};

use crate::command::Command;
use crate::model::{self, Dataset, LoadError, LoadErrors};
use crate::state::{AppState, STORAGE_KEY};
use crate::ui::details::DetailsPanel;
use crate::ui::elections::ElectionsPanel;
use crate::ui::errors::ErrorsPanel;
use crate::ui::generation::GenerationPanel;
use crate::ui::institutions::InstitutionsPanel;
use crate::ui::scenarios::ScenariosPanel;
use crate::ui::timeline::TimelinePanel;
use crate::ui::widgets::time_axis::TimeAxis;

/// The window title.
pub const TITLE: &str = "rk-roadmap — Russia–Kazakhstan 1990–2030";

/// Today's date as a fractional year, for the "today" line.
pub fn today_year_frac() -> f64 {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64());
    1970.0 + secs / (365.2425 * 86_400.0)
}

pub struct App {
    dataset: Dataset,
    errors: Vec<LoadError>,
    /// Whether `dataset` is a good dataset (the last good one when `errors` is not empty).
    have_data: bool,
    data_dir: Option<PathBuf>,
    pub state: AppState,
    today: f64,
    timeline: TimelinePanel,
    elections: ElectionsPanel,
    generation: GenerationPanel,
    institutions: InstitutionsPanel,
    scenarios: ScenariosPanel,
    details: DetailsPanel,
    errors_panel: ErrorsPanel,
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
            dataset: Dataset::default(),
            errors: Vec::new(),
            have_data: false,
            data_dir,
            state,
            today: today_year_frac(),
            timeline: TimelinePanel,
            elections: ElectionsPanel,
            generation: GenerationPanel,
            institutions: InstitutionsPanel,
            scenarios: ScenariosPanel,
            details: DetailsPanel,
            errors_panel: ErrorsPanel,
        };
        app.apply_load(loaded);
        app
    }

    /// Builds the app for eframe: restores the persisted state, loads the data.
    pub fn from_creation_context(
        cc: &eframe::CreationContext<'_>,
        data_dir: Option<PathBuf>,
    ) -> Self {
        let state = cc
            .storage
            .and_then(|s| eframe::get_value::<AppState>(s, STORAGE_KEY))
            .unwrap_or_default();
        let loaded = crate::cli::load(data_dir.as_deref());
        Self::new(loaded, data_dir, state)
    }

    /// Takes a load's result: new data replaces the old; errors keep the
    /// last good data on screen.
    pub fn apply_load(&mut self, loaded: Result<Dataset, LoadErrors>) {
        match loaded {
            Ok(ds) => {
                self.dataset = ds;
                self.errors.clear();
                self.have_data = true;
                let ds = &self.dataset;
                self.state.retain_known(|id| ds.get(id).is_some());
            }
            Err(LoadErrors(errors)) => self.errors = errors,
        }
    }

    /// Pins "today" (a fractional year), for reproducible tests and snapshots.
    #[must_use]
    pub fn with_today(mut self, today_year: f64) -> Self {
        self.today = today_year;
        self
    }

    pub fn dataset(&self) -> &Dataset {
        &self.dataset
    }

    pub fn errors(&self) -> &[LoadError] {
        &self.errors
    }

    /// Where the data came from, for the top bar.
    fn origin(&self) -> String {
        self.data_dir.as_ref().map_or_else(
            || "embedded dataset".to_owned(),
            |d| d.display().to_string(),
        )
    }

    /// Applies one command; the only place state changes.
    pub fn run_command(&mut self, command: Command) {
        match command {
            Command::Select(id) => self.state.selected = id,
            Command::ToggleScenario(id) => {
                if !self.state.scenarios_on.remove(&id) {
                    self.state.scenarios_on.insert(id);
                }
            }
            Command::SetView(view) => self.state.view = view.clamped(),
            Command::FitAll => self.state.view = model::layout::TimeView::full(),
            Command::Hover(year) => self.state.hover_year = year,
            Command::ShowGeneration(show) => self.state.show_generation = show,
        }
    }

    /// The whole UI, inside `ui`. Used by eframe and by tests.
    pub fn ui_for_test(&mut self, ui: &mut egui::Ui) {
        let commands = self.panels_ui(ui);
        for c in commands {
            self.run_command(c);
        }
    }

    fn panels_ui(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        egui::Panel::top("top_bar").show(ui, |ui| {
            commands.extend(self.top_bar_ui(ui));
        });
        if !self.errors.is_empty() {
            egui::Panel::bottom("errors")
                .resizable(true)
                .show(ui, |ui| {
                    self.errors_panel.ui(ui, &self.errors, self.have_data);
                });
        }
        egui::Panel::left("roadmap")
            .resizable(true)
            .default_size(280.0)
            .min_size(200.0)
            .max_size(420.0)
            .show(ui, |ui| {
                ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
                egui::ScrollArea::vertical().show(ui, |ui| {
                    ui.heading("Scenarios to 2030");
                    commands.extend(self.scenarios.ui(ui, &self.dataset, &self.state));
                    ui.separator();
                    ui.heading("Road-map institutions");
                    commands.extend(self.institutions.ui(ui, &self.dataset, &self.state));
                });
            });
        egui::Panel::right("details")
            .resizable(true)
            .default_size(310.0)
            .min_size(240.0)
            .max_size(520.0)
            .show(ui, |ui| {
                ui.heading("Details");
                ui.separator();
                commands.extend(
                    self.details
                        .ui(ui, &self.dataset, self.state.selected.as_deref()),
                );
            });
        egui::CentralPanel::default().show(ui, |ui| {
            commands.extend(self.axis_panels_ui(ui));
        });
        commands
    }

    fn top_bar_ui(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        ui.horizontal(|ui| {
            ui.label(RichText::new(TITLE).strong().size(16.0));
            ui.separator();
            if ui
                .button("Fit 1990–2030")
                .on_hover_text("Show the whole span (or double-click the timeline)")
                .clicked()
            {
                commands.push(Command::FitAll);
            }
            ui.separator();
            ui.weak(self.origin());
            if !self.errors.is_empty() {
                ui.colored_label(
                    egui::Color32::from_rgb(220, 80, 60),
                    format!("{} data error(s)", self.errors.len()),
                );
            }
        });
        commands
    }

    /// The panels that share the time axis: ticks, timeline, electoral cycles.
    fn axis_panels_ui(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        let full = ui.available_rect_before_wrap();
        let axis = TimeAxis::new(full, self.state.view);
        ui.spacing_mut().item_spacing.y = 0.0;
        let ticks = axis.ticks_ui(ui, 22.0);
        let show_generation = self.state.show_generation;
        let generation_height = if show_generation {
            GENERATION_PLOT_PX + 24.0
        } else {
            24.0
        };
        let below = crate::ui::elections::PANEL_PX + 8.0 + generation_height;
        let timeline_height = (ui.available_height() - below).max(120.0);
        // Navigation over the whole axis area, registered before the items
        // so that items (added later, hence on top) get their clicks.
        let nav_rect =
            egui::Rect::from_min_max(ticks.rect.min, egui::pos2(full.right(), full.bottom()));
        let nav = ui.interact(
            nav_rect,
            egui::Id::unique("axis_nav"),
            egui::Sense::click_and_drag(),
        );
        if let Some(view) = axis.navigate(ui, &nav) {
            commands.push(Command::SetView(view));
        }
        let hover_year = ui
            .input(|i| i.pointer.hover_pos())
            .filter(|p| nav_rect.contains(*p) && p.x >= axis.map.left && p.x <= axis.map.right)
            .map(|p| axis.year_from_x(p.x));
        if hover_year != self.state.hover_year {
            commands.push(Command::Hover(hover_year));
        }
        egui::ScrollArea::vertical()
            .id_salt("timeline_scroll")
            .max_height(timeline_height)
            .auto_shrink([false, false])
            .show(ui, |ui| {
                commands.extend(self.timeline.ui(
                    ui,
                    &axis,
                    &self.dataset,
                    &self.state,
                    self.today,
                ));
            });
        ui.separator();
        commands.extend(
            self.elections
                .ui(ui, &axis, &self.dataset, &self.state, self.today),
        );
        ui.add_space(4.0);
        let label = if show_generation {
            "Hide the generation gap"
        } else {
            "Show the generation gap: ages of leaders and named successors"
        };
        if ui
            .add(egui::Button::new(label).frame(false))
            .on_hover_text("Show or hide the plot of ages over time, with the 2029–2030 cusp")
            .clicked()
        {
            commands.push(Command::ShowGeneration(!show_generation));
        }
        if show_generation {
            self.generation
                .ui(ui, &axis, &self.dataset, GENERATION_PLOT_PX);
        }
        commands
    }
}

/// Height of the generation-gap plot.
const GENERATION_PLOT_PX: f32 = 170.0;

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.ui_for_test(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, STORAGE_KEY, &self.state);
    }
}
