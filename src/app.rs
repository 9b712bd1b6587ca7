//! The eframe application: lays out the panels, handles the keyboard, then
//! applies the commands the panels returned — the only place state changes.

use std::path::PathBuf;
use std::time::Instant;

use eframe::egui::{self, RichText};

use crate::command::{Command, ExportKind};
use crate::model::layout::TimeView;
use crate::model::timeline::TimelineIndex;
use crate::model::{self, Dataset, LoadError, LoadErrors};
use crate::state::{AppState, Lang, STORAGE_KEY, Tab, ThemeChoice, clamp_scale};
use crate::ui::compare::ComparePanel;
use crate::ui::details::DetailsPanel;
use crate::ui::elections::ElectionsPanel;
use crate::ui::errors::ErrorsPanel;
use crate::ui::generation::GenerationPanel;
use crate::ui::i18n::{help_rows, tr};
use crate::ui::institutions::{InstitutionsPanel, InstitutionsTable};
use crate::ui::roadmap::{RoadmapPanel, indicators_ui};
use crate::ui::scenarios::ScenariosPanel;
use crate::ui::timeline::TimelinePanel;
use crate::ui::widgets::time_axis::TimeAxis;
use crate::watch::DataWatch;

/// The window title.
pub const TITLE: &str = "rk-roadmap — Russia–Kazakhstan 1990–2030";

/// Height of the generation-gap plot.
const GENERATION_PLOT_PX: f32 = 170.0;
/// Zoom step of the + and − keys.
const KEY_ZOOM: f64 = 0.8;

/// Today's date as a fractional year, for the "today" line.
pub fn today_year_frac() -> f64 {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64());
    1970.0 + secs / (365.2425 * 86_400.0)
}

/// The id of the search box, for Ctrl+F.
pub fn search_box_id() -> egui::Id {
    egui::Id::unique("timeline_search")
}

/// What the command line asks the window to open with.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeepLink {
    pub view: Option<TimeView>,
    pub scenarios: Vec<String>,
    pub select: Option<String>,
}

/// Where exports are saved: `$RK_ROADMAP_EXPORT_DIR`, else
/// `~/rk-roadmap-exports` (never the data directory).
pub fn export_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("RK_ROADMAP_EXPORT_DIR") {
        return PathBuf::from(dir);
    }
    std::env::var_os("HOME")
        .map_or_else(|| PathBuf::from("."), PathBuf::from)
        .join("rk-roadmap-exports")
}

pub struct App {
    dataset: Dataset,
    errors: Vec<LoadError>,
    /// Whether `dataset` is a good dataset (the last good one when `errors` is not empty).
    have_data: bool,
    data_dir: Option<PathBuf>,
    pub state: AppState,
    today: f64,
    /// The timeline index, rebuilt when the data or the toggled scenarios change.
    index: TimelineIndex,
    /// Bumped whenever `index` is rebuilt.
    index_generation: usize,
    /// The watch on `data_dir`, when one runs.
    watch: Option<DataWatch>,
    /// Why the data directory could not be watched.
    watch_error: Option<String>,
    /// Successful loads so far (the first is the start-up load).
    loads: usize,
    /// The theme and scale last applied to the context.
    applied: Option<(ThemeChoice, f32)>,
    /// A PNG export waits for the viewport's screenshot.
    screenshot_pending: bool,
    /// Screenshots arrive here from the renderer.
    screenshots: (
        std::sync::mpsc::Sender<std::sync::Arc<egui::ColorImage>>,
        std::sync::mpsc::Receiver<std::sync::Arc<egui::ColorImage>>,
    ),
    timeline: TimelinePanel,
    elections: ElectionsPanel,
    generation: GenerationPanel,
    institutions: InstitutionsPanel,
    institutions_table: InstitutionsTable,
    roadmap: RoadmapPanel,
    compare: ComparePanel,
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
            index: TimelineIndex::default(),
            index_generation: 0,
            watch: None,
            watch_error: None,
            loads: 0,
            applied: None,
            screenshot_pending: false,
            screenshots: std::sync::mpsc::channel(),
            timeline: TimelinePanel::default(),
            elections: ElectionsPanel,
            generation: GenerationPanel,
            institutions: InstitutionsPanel,
            institutions_table: InstitutionsTable,
            roadmap: RoadmapPanel,
            compare: ComparePanel,
            scenarios: ScenariosPanel,
            details: DetailsPanel::default(),
            errors_panel: ErrorsPanel,
        };
        app.apply_load(loaded);
        app
    }

    /// Builds the app for eframe: restores the persisted state, loads the data.
    pub fn from_creation_context(
        cc: &eframe::CreationContext<'_>,
        data_dir: Option<PathBuf>,
        link: DeepLink,
    ) -> Self {
        let state = cc
            .storage
            .and_then(|s| s.get_string(STORAGE_KEY))
            .map_or_else(AppState::default, |text| {
                let (state, problem) = AppState::from_ron(&text);
                if let Some(problem) = problem {
                    eprintln!("rk-roadmap: warning: {problem}");
                }
                state
            });
        let loaded = crate::cli::load(data_dir.as_deref());
        let mut app = Self::new(loaded, data_dir, state);
        for warning in app.apply_deep_link(link) {
            eprintln!("rk-roadmap: warning: {warning}");
        }
        app.start_watching(&cc.egui_ctx);
        app
    }

    /// Opens the view a command line asks for. Unknown ids are skipped;
    /// the returned warnings say which.
    pub fn apply_deep_link(&mut self, link: DeepLink) -> Vec<String> {
        let mut warnings = Vec::new();
        if let Some(view) = link.view {
            self.state.view = view.clamped();
        }
        for id in link.scenarios {
            if self.dataset.scenarios.iter().any(|s| s.id == id) {
                self.state.scenarios_on.insert(id);
            } else {
                warnings.push(format!("no scenario `{id}` in the data"));
            }
        }
        self.rebuild_index();
        if let Some(id) = link.select {
            if self.dataset.get(&id).is_some() {
                self.state.selected = Some(id);
            } else {
                warnings.push(format!("no item `{id}` to select"));
            }
        }
        warnings
    }

    /// The command line that reopens the current view.
    pub fn view_command(&self) -> String {
        let scenarios: Vec<String> = self.state.scenarios_on.iter().cloned().collect();
        crate::cli::view_command(
            self.data_dir.as_deref(),
            self.state.view,
            &scenarios,
            self.state.selected.as_deref(),
        )
    }

    /// Saves the visible, filtered events as CSV or Markdown into
    /// [`export_dir`]; returns the file written.
    pub fn export_text(&self, kind: ExportKind) -> Result<PathBuf, String> {
        let view = self.state.view;
        let rows = model::export::rows(
            &self.dataset,
            &self.state.scenarios_on,
            &self.state.filter,
            view.start_year,
            view.end_year,
        );
        let (text, ext) = match kind {
            ExportKind::Csv => (
                model::export::to_csv(&rows).map_err(|e| e.to_string())?,
                "csv",
            ),
            ExportKind::Markdown => (
                model::export::to_markdown(
                    &self.dataset,
                    &rows,
                    &self.state.scenarios_on,
                    view.start_year,
                    view.end_year,
                ),
                "md",
            ),
            ExportKind::Png => return Err("a PNG is taken from the window".to_owned()),
        };
        let path = export_path(ext)?;
        std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        Ok(path)
    }

    /// Watches the data directory (if the app has one) and reloads on
    /// changes, waking `ctx` from the watcher thread.
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

    /// Reads the data directory again (keeping the last good data when it
    /// fails). Does nothing for the embedded dataset.
    pub fn reload(&mut self) {
        if let Some(dir) = self.data_dir.clone() {
            self.apply_load(model::load_dir(&dir));
        }
    }

    /// How many loads succeeded (the start-up load included).
    pub fn successful_loads(&self) -> usize {
        self.loads
    }

    /// Reloads when the watch says the files have settled (called at the
    /// start of every frame).
    pub fn poll_watch(&mut self, ctx: &egui::Context) {
        let Some(watch) = &mut self.watch else { return };
        match watch.poll(Instant::now()) {
            Ok(true) => self.reload(),
            Ok(false) => {}
            Err(wait) => ctx.request_repaint_after(wait),
        }
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
        match loaded {
            Ok(ds) => {
                self.dataset = ds;
                self.errors.clear();
                self.have_data = true;
                self.loads += 1;
                let ds = &self.dataset;
                self.state.retain_known(|id| ds.get(id).is_some());
                self.rebuild_index();
            }
            Err(LoadErrors(errors)) => self.errors = errors,
        }
    }

    /// Rebuilds the timeline index from the data and the toggled scenarios.
    fn rebuild_index(&mut self) {
        self.index = TimelineIndex::build(&self.dataset, &self.state.scenarios_on);
        self.index_generation += 1;
        self.refilter();
    }

    fn refilter(&mut self) {
        let lane_ids: Vec<String> = self.dataset.lanes.iter().map(|l| l.id.clone()).collect();
        self.index.apply_filter(&self.state.filter, &lane_ids);
    }

    pub fn dataset(&self) -> &Dataset {
        &self.dataset
    }

    pub fn errors(&self) -> &[LoadError] {
        &self.errors
    }

    pub fn index(&self) -> &TimelineIndex {
        &self.index
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
                self.rebuild_index();
            }
            Command::SetView(view) => self.state.view = view.clamped(),
            Command::FitAll => self.state.view = TimeView::full(),
            Command::Hover(year) => self.state.hover_year = year,
            Command::ShowGeneration(show) => self.state.show_generation = show,
            Command::ToggleLane(id) => {
                if !self.state.collapsed_lanes.remove(&id) {
                    self.state.collapsed_lanes.insert(id);
                }
            }
            Command::SetFilter(filter) => {
                self.state.filter = filter;
                self.refilter();
            }
            Command::Step { forward } => self.step(forward),
            Command::Zoom(factor) => {
                let view = self.state.view;
                let center = 0.5 * (view.start_year + view.end_year);
                self.state.view = view.zoomed(factor, center);
            }
            Command::Reload => self.reload(),
            Command::SetTab(tab) => self.state.tab = tab,
            Command::SetCompare(slot, id) => {
                if let Some(s) = self.state.compare.get_mut(slot) {
                    *s = id;
                }
            }
            Command::ShowOnTimeline(id) => self.show_on_timeline(id),
            Command::SortInstitutions(column) => {
                let (current, ascending) = self.state.institution_sort;
                self.state.institution_sort =
                    (column, if current == column { !ascending } else { true });
            }
            Command::ExplainLink(cell) => self.state.matrix_cell = cell,
            Command::ShowMatrix(on) => self.state.institutions_matrix = on,
            Command::SetLang(lang) => self.state.lang = lang,
            Command::SetTheme(theme) => self.state.theme = theme,
            Command::ScaleUi(factor) => {
                self.state.ui_scale = clamp_scale(self.state.ui_scale * factor)
            }
            Command::ShowHelp(show) => self.state.show_help = show,
            Command::Notice(text) => self.state.notice = text,
            Command::Export(ExportKind::Png) => self.screenshot_pending = true,
            Command::Export(kind) => {
                self.state.notice = Some(match self.export_text(kind) {
                    Ok(path) => format!("Saved {}", path.display()),
                    Err(e) => format!("Export failed: {e}"),
                });
            }
            Command::Escape => {
                if self.state.filter.query.is_empty() {
                    self.state.selected = None;
                } else {
                    self.state.filter.query.clear();
                    self.refilter();
                }
            }
        }
    }

    /// Selects an item, shows the timeline and brings the item into view
    /// (turning on the scenario that projects it, if needed).
    fn show_on_timeline(&mut self, id: String) {
        if let Some((scenario, _)) = self.dataset.projected(&id)
            && !self.state.scenarios_on.contains(&scenario.id)
        {
            let sid = scenario.id.clone();
            self.state.scenarios_on.insert(sid);
            self.rebuild_index();
        }
        self.state.tab = Tab::Timeline;
        self.state.selected = Some(id.clone());
        if let Some(i) = self.index.position(&id) {
            self.bring_into_view(self.index.items[i].extent());
        }
    }

    /// Pans (keeping the zoom) so that `(lo, hi)` is visible.
    fn bring_into_view(&mut self, (lo, hi): (f64, f64)) {
        let view = self.state.view;
        if hi < view.start_year || lo > view.end_year {
            let half = view.span_years() / 2.0;
            let center = 0.5 * (lo + hi);
            self.state.view = TimeView {
                start_year: center - half,
                end_year: center + half,
            }
            .clamped();
        }
    }

    /// Selects the previous or next shown event in date order and brings it
    /// into view.
    fn step(&mut self, forward: bool) {
        let Some(i) = self.index.step(self.state.selected.as_deref(), forward) else {
            return;
        };
        let item = &self.index.items[i];
        self.state.selected = Some(item.id.clone());
        let extent = item.extent();
        self.bring_into_view(extent);
    }

    /// The whole UI, inside `ui`. Used by eframe and by tests.
    pub fn ui_for_test(&mut self, ui: &mut egui::Ui) {
        self.poll_watch(ui.ctx());
        self.apply_look(ui.ctx());
        self.take_screenshot(ui.ctx());
        let mut commands = self.keyboard(ui.ctx());
        commands.extend(self.panels_ui(ui));
        for c in commands {
            self.run_command(c);
        }
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
        ctx.set_zoom_factor(self.state.ui_scale);
        self.applied = Some(wanted);
    }

    /// Asks the viewport for a screenshot, and saves it when it arrives.
    fn take_screenshot(&mut self, ctx: &egui::Context) {
        if let Ok(image) = self.screenshots.1.try_recv() {
            self.state.notice = Some(match save_png(&image) {
                Ok(path) => format!("Saved {}", path.display()),
                Err(e) => format!("Export failed: {e}"),
            });
        }
        if std::mem::take(&mut self.screenshot_pending) {
            let tx = self.screenshots.0.clone();
            let wake = ctx.clone();
            ctx.request_screenshot(move |image| {
                if tx.send(image).is_ok() {
                    wake.request_repaint();
                }
            });
        }
    }

    /// Only the time axis and the timeline lanes, filling `ui` (benchmarks).
    pub fn timeline_only_ui(&mut self, ui: &mut egui::Ui) {
        let full = ui.available_rect_before_wrap();
        let axis = TimeAxis::new(full, self.state.view);
        ui.spacing_mut().item_spacing.y = 0.0;
        axis.ticks_ui(ui, 22.0);
        let height = ui.available_height();
        let commands = self.lanes_ui(ui, &axis, height);
        for c in commands {
            self.run_command(c);
        }
    }

    /// The timeline's era row and lanes on `axis`, in `height` pixels.
    fn lanes_ui(&mut self, ui: &mut egui::Ui, axis: &TimeAxis, height: f32) -> Vec<Command> {
        self.timeline.ui(
            ui,
            axis,
            &self.dataset,
            &self.index,
            self.index_generation,
            &self.state,
            self.today,
            height,
        )
    }

    /// Keyboard shortcuts. While a text field has focus only Esc is taken.
    fn keyboard(&self, ctx: &egui::Context) -> Vec<Command> {
        let typing = ctx.memory(|m| m.focused().is_some_and(|id| id == search_box_id()));
        let mut commands = Vec::new();
        let (find, escape) = ctx.input_mut(|i| {
            let find = i.consume_key(egui::Modifiers::COMMAND, egui::Key::F);
            let escape = i.consume_key(egui::Modifiers::NONE, egui::Key::Escape);
            if i.consume_key(egui::Modifiers::NONE, egui::Key::F1) {
                commands.push(Command::ShowHelp(!self.state.show_help));
            }
            if i.consume_key(egui::Modifiers::COMMAND, egui::Key::Equals)
                || i.consume_key(egui::Modifiers::COMMAND, egui::Key::Plus)
            {
                commands.push(Command::ScaleUi(1.1));
            }
            if i.consume_key(egui::Modifiers::COMMAND, egui::Key::Minus) {
                commands.push(Command::ScaleUi(1.0 / 1.1));
            }
            if !typing && i.consume_key(egui::Modifiers::NONE, egui::Key::Questionmark) {
                commands.push(Command::ShowHelp(!self.state.show_help));
            }
            if !typing && !i.modifiers.command {
                if i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowRight) {
                    commands.push(Command::Step { forward: true });
                }
                if i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowLeft) {
                    commands.push(Command::Step { forward: false });
                }
                if i.key_pressed(egui::Key::Plus) || i.key_pressed(egui::Key::Equals) {
                    commands.push(Command::Zoom(KEY_ZOOM));
                }
                if i.key_pressed(egui::Key::Minus) {
                    commands.push(Command::Zoom(1.0 / KEY_ZOOM));
                }
                if i.key_pressed(egui::Key::Home) {
                    commands.push(Command::FitAll);
                }
                let digits = [
                    egui::Key::Num1,
                    egui::Key::Num2,
                    egui::Key::Num3,
                    egui::Key::Num4,
                    egui::Key::Num5,
                    egui::Key::Num6,
                    egui::Key::Num7,
                    egui::Key::Num8,
                    egui::Key::Num9,
                ];
                for (n, key) in digits.into_iter().enumerate() {
                    if i.consume_key(egui::Modifiers::NONE, key)
                        && let Some(s) = self.dataset.scenarios.get(n)
                    {
                        commands.push(Command::ToggleScenario(s.id.clone()));
                    }
                }
            }
            (find, escape)
        });
        // Memory is locked separately from input: never inside `input_mut`.
        if find {
            ctx.memory_mut(|m| m.request_focus(search_box_id()));
        }
        if escape {
            if self.state.show_help {
                commands.push(Command::ShowHelp(false));
            } else {
                commands.push(Command::Escape);
            }
            ctx.memory_mut(|m| m.surrender_focus(search_box_id()));
        }
        commands
    }

    fn panels_ui(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        let lang = self.state.lang;
        commands.extend(self.help_ui(ui.ctx()));
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
                    ui.heading(tr(lang, "Scenarios to 2030"));
                    commands.extend(self.scenarios.ui(ui, &self.dataset, &self.state));
                    ui.separator();
                    ui.heading(tr(lang, "Road-map institutions"));
                    commands.extend(self.institutions.ui(ui, &self.dataset, &self.state));
                });
            });
        egui::Panel::right("details")
            .resizable(true)
            .default_size(310.0)
            .min_size(240.0)
            .max_size(520.0)
            .show(ui, |ui| {
                ui.heading(tr(lang, "Details"));
                self.details.lang = lang;
                ui.separator();
                commands.extend(
                    self.details
                        .ui(ui, &self.dataset, self.state.selected.as_deref()),
                );
            });
        egui::CentralPanel::default().show(ui, |ui| {
            ui.horizontal(|ui| {
                for tab in Tab::ALL {
                    if ui
                        .selectable_label(self.state.tab == tab, tr(lang, tab.label()))
                        .on_hover_text(tab.explanation())
                        .clicked()
                    {
                        commands.push(Command::SetTab(tab));
                    }
                }
            });
            ui.separator();
            match self.state.tab {
                Tab::Timeline | Tab::RoadMap => commands.extend(self.axis_panels_ui(ui)),
                Tab::Institutions => {
                    commands.extend(self.institutions_table.ui(ui, &self.dataset, &self.state));
                }
                Tab::Compare => commands.extend(self.compare.ui(ui, &self.dataset, &self.state)),
            }
        });
        commands
    }

    fn top_bar_ui(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        let mut reload = false;
        ui.horizontal(|ui| {
            ui.label(RichText::new(TITLE).strong().size(15.0));
            ui.separator();
            if ui
                .button(tr(self.state.lang, "Fit 1990–2030"))
                .on_hover_text("Show the whole span (Home, or double-click the timeline)")
                .clicked()
            {
                commands.push(Command::FitAll);
            }
            ui.separator();
            commands.extend(self.search_ui(ui));
            commands.extend(self.menus_ui(ui));
            ui.separator();
            ui.weak(self.origin());
            if self.data_dir.is_some() {
                if ui
                    .button("Reload")
                    .on_hover_text("Read the data files again (they are also reloaded on save)")
                    .clicked()
                {
                    reload = true;
                }
                match &self.watch_error {
                    Some(e) => {
                        ui.colored_label(egui::Color32::from_rgb(220, 80, 60), e);
                    }
                    None if self.watch.is_some() => {
                        ui.weak("watching for changes");
                    }
                    None => {}
                }
            }
            if !self.errors.is_empty() {
                ui.colored_label(
                    egui::Color32::from_rgb(220, 80, 60),
                    format!("{} data error(s)", self.errors.len()),
                );
            }
            if let Some(notice) = &self.state.notice {
                ui.label(RichText::new(notice).small())
                    .on_hover_text(notice);
            }
        });
        if reload {
            commands.push(Command::Reload);
        }
        commands
    }

    /// The Share, View and Help menus.
    fn menus_ui(&self, ui: &mut egui::Ui) -> Vec<Command> {
        let lang = self.state.lang;
        let mut commands = Vec::new();
        ui.menu_button(tr(lang, "Share"), |ui| {
            if ui
                .button(tr(lang, "Copy view as command"))
                .on_hover_text(
                    "Copies a command line that reopens this view: dates, scenarios, selection",
                )
                .clicked()
            {
                let command = self.view_command();
                ui.ctx().copy_text(command.clone());
                commands.push(Command::Notice(Some(format!("Copied: {command}"))));
            }
            ui.separator();
            let to = export_dir();
            for (kind, label) in [
                (ExportKind::Png, "Save view as PNG"),
                (ExportKind::Csv, "Save visible events as CSV"),
                (ExportKind::Markdown, "Save brief as Markdown"),
            ] {
                if ui
                    .button(tr(lang, label))
                    .on_hover_text(format!("Saved in {}", to.display()))
                    .clicked()
                {
                    commands.push(Command::Export(kind));
                }
            }
        })
        .response
        .on_hover_text("Copy this view as a command line, or save it as PNG, CSV or Markdown");
        ui.menu_button(tr(lang, "View"), |ui| {
            ui.strong(tr(lang, "Language"));
            for (choice, name) in [(Lang::En, "English"), (Lang::Ru, "Русский")] {
                if ui.radio(lang == choice, name).clicked() {
                    commands.push(Command::SetLang(choice));
                }
            }
            ui.separator();
            ui.strong(tr(lang, "Theme"));
            for (choice, name) in [
                (ThemeChoice::System, "Follow the system"),
                (ThemeChoice::Light, "Light"),
                (ThemeChoice::Dark, "Dark"),
            ] {
                if ui
                    .radio(self.state.theme == choice, tr(lang, name))
                    .clicked()
                {
                    commands.push(Command::SetTheme(choice));
                }
            }
            ui.separator();
            ui.label(format!("{:.0}%", self.state.ui_scale * 100.0));
            if ui.button(tr(lang, "Larger (Ctrl+=)")).clicked() {
                commands.push(Command::ScaleUi(1.1));
            }
            if ui.button(tr(lang, "Smaller (Ctrl+−)")).clicked() {
                commands.push(Command::ScaleUi(1.0 / 1.1));
            }
        })
        .response
        .on_hover_text("Language, theme and size of the interface");
        if ui
            .button(tr(lang, "Help"))
            .on_hover_text("Every mouse and keyboard action (F1 or ?)")
            .clicked()
        {
            commands.push(Command::ShowHelp(!self.state.show_help));
        }
        commands
    }

    /// The help overlay: every mouse and keyboard action.
    fn help_ui(&self, ctx: &egui::Context) -> Vec<Command> {
        let mut commands = Vec::new();
        if !self.state.show_help {
            return commands;
        }
        let lang = self.state.lang;
        egui::Window::new(tr(lang, "Keyboard and mouse"))
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ctx, |ui| {
                egui::Grid::new("help_grid")
                    .striped(true)
                    .spacing([24.0, 6.0])
                    .show(ui, |ui| {
                        for (action, keys) in help_rows(lang) {
                            ui.label(action);
                            ui.label(RichText::new(keys).strong());
                            ui.end_row();
                        }
                    });
                ui.add_space(6.0);
                if ui.button(tr(lang, "Close")).clicked() {
                    commands.push(Command::ShowHelp(false));
                }
            });
        commands
    }

    /// The search box, its match count and the lane and tag filters.
    fn search_ui(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        let mut filter = self.state.filter.clone();
        let response = ui.add(
            egui::TextEdit::singleline(&mut filter.query)
                .id(search_box_id())
                .hint_text(tr(self.state.lang, "Search events (Ctrl+F)"))
                .desired_width(200.0),
        );
        let response = response.on_hover_text(
            "Filter the timeline by words in titles, descriptions and tags; Esc clears",
        );
        response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Search events")
        });
        if filter.is_active() {
            ui.label(format!(
                "{} {} {}",
                self.index.match_count(),
                tr(self.state.lang, "of"),
                self.index.len()
            ));
        } else {
            ui.weak(format!(
                "{} {}",
                self.index.len(),
                tr(self.state.lang, "events")
            ));
        }
        ui.menu_button(tr(self.state.lang, "Filters"), |ui| {
            ui.strong("Lanes");
            for lane in &self.dataset.lanes {
                let mut shown = !filter.hidden_lanes.contains(&lane.id);
                if ui.checkbox(&mut shown, &lane.name).changed() {
                    if shown {
                        filter.hidden_lanes.remove(&lane.id);
                    } else {
                        filter.hidden_lanes.insert(lane.id.clone());
                    }
                }
            }
            ui.separator();
            ui.strong("Tags (none ticked = all)");
            for tag in self.index.tags() {
                let mut on = filter.tags.contains(&tag);
                if ui.checkbox(&mut on, &tag).changed() {
                    if on {
                        filter.tags.insert(tag);
                    } else {
                        filter.tags.remove(&tag);
                    }
                }
            }
            ui.separator();
            if ui.button("Clear all filters").clicked() {
                filter = model::timeline::Filter::default();
            }
        })
        .response
        .on_hover_text("Show only some lanes or tags");
        if filter != self.state.filter {
            commands.push(Command::SetFilter(filter));
        }
        commands
    }

    /// The panels that share the time axis: ticks, timeline, electoral
    /// cycles, generation gap.
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
        let timeline_height = (ui.available_height() - below).max(160.0);
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
        if self.state.tab == Tab::RoadMap {
            commands.extend(self.roadmap.ui(
                ui,
                &axis,
                &self.dataset,
                &self.state,
                self.today,
                timeline_height,
            ));
        } else {
            commands.extend(self.lanes_ui(ui, &axis, timeline_height));
        }
        ui.separator();
        commands.extend(
            self.elections
                .ui(ui, &axis, &self.dataset, &self.state, self.today),
        );
        ui.add_space(4.0);
        if self.state.tab == Tab::RoadMap {
            indicators_ui(
                ui,
                &axis,
                &self.dataset,
                &self.state,
                GENERATION_PLOT_PX + 20.0,
            );
            return commands;
        }
        let label = tr(
            self.state.lang,
            if show_generation {
                "Hide the generation gap"
            } else {
                "Show the generation gap: ages of leaders and named successors"
            },
        );
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

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.ui_for_test(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, STORAGE_KEY, &self.state);
    }
}

/// A new file name in the export directory.
fn export_path(ext: &str) -> Result<PathBuf, String> {
    let dir = export_dir();
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis());
    Ok(dir.join(format!("rk-roadmap-{stamp}.{ext}")))
}

/// Writes a screenshot as PNG into the export directory.
fn save_png(image: &egui::ColorImage) -> Result<PathBuf, String> {
    let path = export_path("png")?;
    let [w, h] = image.size;
    let pixels: Vec<u8> = image.pixels.iter().flat_map(|p| p.to_array()).collect();
    let buffer = image::RgbaImage::from_raw(w as u32, h as u32, pixels)
        .ok_or("the screenshot has an unexpected size")?;
    buffer
        .save(&path)
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(path)
}
