//! Loading a data folder. The first load runs on a thread of its own: the
//! window is drawn (a notice that the data is loading) while a large
//! dataset is parsed, and the deep link is opened and the folder watched
//! when the data has come. Until then the state is left as it was saved
//! (nothing is checked against an empty dataset). Reloads after an edit
//! run on a thread too (see `DataSource::start_reload`), the last good
//! data on screen meanwhile.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::{Duration, Instant};

use eframe::egui;

use super::App;
use super::data_source::{Arrived, load_on_thread, with_index};
use crate::command::{Command, DeepLink};
use crate::model::LoadErrors;
use crate::state::AppState;
use crate::ui::i18n::tr;

/// A load under way.
pub(super) struct Startup {
    result: Receiver<Arrived>,
    dir: PathBuf,
    link: DeepLink,
    since: Instant,
}

impl App {
    /// An app whose data is being read from `dir` on another thread;
    /// `ctx` is woken when it is done.
    pub fn loading(dir: PathBuf, state: AppState, link: DeepLink, ctx: &egui::Context) -> Self {
        let theirs = dir.clone();
        let on = state.scenarios_on.clone();
        match load_on_thread("load", ctx, on, move || crate::cli::load(Some(&theirs))) {
            Some(result) => Self::waiting_for(result, dir, state, link),
            None => {
                // No thread to be had: load here.
                let loaded = crate::cli::load(Some(&dir));
                let mut app = Self::new(loaded, Some(dir), state);
                app.open_link(link);
                app
            }
        }
    }

    /// An app showing that its data is loading until `result` brings it.
    pub(super) fn waiting_for(
        result: Receiver<Arrived>,
        dir: PathBuf,
        state: AppState,
        link: DeepLink,
    ) -> Self {
        // No data and no errors yet: nothing is checked or rebuilt.
        let mut app = Self::new(Err(LoadErrors(Vec::new())), Some(dir.clone()), state);
        app.startup = Some(Startup {
            result,
            dir,
            link,
            since: Instant::now(),
        });
        app
    }

    /// Whether the data is still loading (then this frame showed so).
    /// When it has come: takes it, opens the deep link, starts watching.
    pub(super) fn still_loading(&mut self, ui: &mut egui::Ui) -> bool {
        let Some(startup) = &self.startup else {
            return false;
        };
        let loaded = match startup.result.try_recv() {
            Ok(loaded) => loaded,
            Err(TryRecvError::Empty) => {
                // The deep link's language is applied with the data.
                loading_ui(ui, startup.link.lang.unwrap_or(self.state.lang), startup);
                return true;
            }
            // The thread ended without an answer: load here.
            Err(TryRecvError::Disconnected) => with_index(
                crate::cli::load(Some(&startup.dir)),
                self.state.scenarios_on.clone(),
            ),
        };
        let Some(startup) = self.startup.take() else {
            return false;
        };
        self.apply_arrived(loaded);
        self.open_link(startup.link);
        self.start_watching(ui.ctx());
        false
    }

    /// An app on a dataset it shares with the caller (the pan bench makes
    /// a fresh app per sweep on one dataset, without copying it).
    pub fn on_shared(ds: std::sync::Arc<crate::model::Dataset>, state: AppState) -> Self {
        // No data and no errors until the dataset is taken.
        let mut app = Self::new(Err(LoadErrors(Vec::new())), None, state);
        if app.source.apply_shared(ds) {
            app.run_command(Command::DataChanged);
        }
        app
    }

    /// Takes a load's result from a thread of its own, with the timeline
    /// index built there (`model::derived::ReadyIndex`), which the window
    /// then need not build: new data replaces the old; errors keep the
    /// last good data on screen.
    pub fn apply_arrived(&mut self, arrived: Arrived) {
        if self.source.apply_arrived(arrived) {
            self.run_command(Command::DataChanged);
        }
    }

    /// Reads the data directory again, here and now (keeping the last good
    /// data when it fails); the window's Reload runs on a thread of its own.
    pub fn reload(&mut self) {
        if self.source.reload() {
            self.run_command(Command::DataChanged);
        }
    }

    /// Watches the data directory (if the app has one) and reloads on
    /// changes, waking `ctx` from the watcher thread.
    pub fn start_watching(&mut self, ctx: &egui::Context) {
        self.source.start_watching(ctx);
    }

    /// Takes a finished reload, runs a query that waited for the search
    /// index, and reloads when the watch says the files have settled
    /// (called at the start of every frame).
    pub fn poll_watch(&mut self, ctx: &egui::Context) {
        if self.source.poll_reload(ctx, &self.state.scenarios_on) {
            self.run_command(Command::DataChanged);
        }
        if self.derived.search_pending()
            && !self
                .derived
                .poll_search(&self.source.dataset, &self.state.filter)
        {
            // The index thread does not wake the window: look again soon.
            ctx.request_repaint_after(Duration::from_millis(100));
        }
        if self.source.should_reload(ctx) {
            self.run_command(Command::Reload);
        }
    }

    /// Opens a deep link, its warnings on stderr.
    pub(super) fn open_link(&mut self, link: DeepLink) {
        for warning in self.apply_deep_link(link) {
            eprintln!("rk-roadmap: warning: {warning}");
        }
    }
}

/// The window while the data loads: what, from where, for how long.
fn loading_ui(ui: &mut egui::Ui, lang: crate::model::Lang, startup: &Startup) {
    ui.vertical_centered(|ui| {
        ui.add_space(ui.available_height() / 3.0);
        // No spinner: an animation repaints every frame, which on a machine
        // without a GPU takes the cores the load needs.
        ui.heading(tr(lang, "Loading the data…"));
        ui.label(startup.dir.display().to_string());
        let seconds = startup.since.elapsed().as_secs();
        // "s": seconds, the unit.
        let unit = tr(lang, "s");
        ui.weak(format!("{}: {seconds} {unit}", tr(lang, "Elapsed")));
    });
    ui.ctx().request_repaint_after(Duration::from_secs(1));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::timeline::TimelineIndex;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;
    use std::collections::BTreeSet;
    use std::sync::mpsc;

    fn harness(app: App) -> Harness<'static, App> {
        Harness::builder()
            .with_size(egui::vec2(1000.0, 700.0))
            .build_ui_state(|ui, app: &mut App| app.show(ui), app)
    }

    /// A starter data folder of its own for test `name`.
    fn starter_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("rk-{name}-{}", std::process::id()));
        crate::model::folder::write_starter(&dir).unwrap_or_else(|e| panic!("{e}"));
        dir
    }

    /// An app on a starter folder of its own (loaded), and the folder.
    fn app_on_starter(name: &str) -> (App, PathBuf) {
        let dir = starter_dir(name);
        let loaded = crate::cli::load(Some(&dir));
        (
            App::new(loaded, Some(dir.clone()), AppState::default()),
            dir,
        )
    }

    #[test]
    fn the_window_says_the_data_is_loading_until_it_comes() {
        let (send, result) = mpsc::channel();
        let state = AppState {
            selected: Some("ev_kz_independence".to_owned()),
            ..AppState::default()
        };
        let app = App::waiting_for(result, PathBuf::from("/data"), state, DeepLink::default());
        let mut h = harness(app);
        h.run_steps(2);
        assert!(h.query_by_label("Loading the data…").is_some());
        assert!(h.query_by_label("/data").is_some());
        // Nothing was checked against the empty dataset meanwhile.
        assert_eq!(
            h.state().state().selected.as_deref(),
            Some("ev_kz_independence")
        );
        assert_eq!(h.state().successful_loads(), 0);
        send.send(with_index(crate::model::load_embedded(), BTreeSet::new()))
            .unwrap_or_else(|e| panic!("{e}"));
        h.run_steps(2);
        assert!(h.query_by_label("Loading the data…").is_none());
        assert_eq!(h.state().successful_loads(), 1);
        assert!(h.state().dataset().events.len() > 50);
        assert_eq!(
            h.state().state().selected.as_deref(),
            Some("ev_kz_independence")
        );
    }

    #[test]
    fn the_loading_notice_is_in_the_deep_link_language() {
        let (_send, result) = mpsc::channel();
        let link = DeepLink {
            lang: Some(crate::model::Lang::Ru),
            ..DeepLink::default()
        };
        let app = App::waiting_for(result, PathBuf::from("/data"), AppState::default(), link);
        let mut h = harness(app);
        h.run_steps(2);
        assert!(h.query_by_label("Загрузка данных…").is_some());
        assert!(h.query_by_label("Прошло: 0 с").is_some());
    }

    #[test]
    fn a_failed_first_load_shows_its_errors() {
        let (send, result) = mpsc::channel();
        let app = App::waiting_for(
            result,
            PathBuf::from("/data"),
            AppState::default(),
            DeepLink::default(),
        );
        let mut h = harness(app);
        h.run_steps(2);
        let broken =
            crate::model::DataTexts::new(vec![("events.ron".to_owned(), "[ (".to_owned())]);
        send.send(with_index(
            crate::model::load_texts(&broken),
            BTreeSet::new(),
        ))
        .unwrap_or_else(|e| panic!("{e}"));
        h.run_steps(2);
        assert!(h.query_by_label("Loading the data…").is_none());
        assert!(!h.state().errors().is_empty());
        assert_eq!(h.state().successful_loads(), 0);
    }

    #[test]
    fn a_loading_thread_that_dies_is_replaced_by_a_load_here() {
        let (send, result) = mpsc::channel::<Arrived>();
        drop(send);
        let dir = starter_dir("startup");
        let app = App::waiting_for(
            result,
            dir.clone(),
            AppState::default(),
            DeepLink::default(),
        );
        let mut h = harness(app);
        h.run_steps(2);
        assert_eq!(h.state().successful_loads(), 1);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_reload_keeps_the_last_good_data_on_screen_and_says_so_until_it_is_in() {
        let (app, dir) = app_on_starter("reloading");
        let mut h = harness(app);
        h.run_steps(2);
        let before = std::sync::Arc::clone(&h.state().source.dataset);
        let (release, wait) = mpsc::channel::<()>();
        let ctx = h.ctx.clone();
        let on = BTreeSet::new();
        let started = h.state_mut().source.reload_with(&ctx, &on, move || {
            // Held until the test lets it go.
            let _ = wait.recv();
            crate::model::load_embedded()
        });
        assert!(!started, "the data comes later");
        h.state_mut()
            .run_command(Command::SetLang(crate::model::Lang::Ru));
        h.run_steps(2);
        // "(0 с)", or more on a slow machine.
        assert!(h.query_by_label_contains("перезагрузка… (").is_some());
        assert!(std::sync::Arc::ptr_eq(&before, &h.state().source.dataset));
        release.send(()).unwrap_or_else(|e| panic!("{e}"));
        let deadline = Instant::now() + Duration::from_secs(30);
        while h.state().successful_loads() == 1 && Instant::now() < deadline {
            h.run_steps(1);
            std::thread::sleep(Duration::from_millis(5));
        }
        assert_eq!(h.state().successful_loads(), 2);
        assert!(!std::sync::Arc::ptr_eq(&before, &h.state().source.dataset));
        h.run_steps(2);
        assert!(h.query_by_label_contains("перезагрузка…").is_none());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn an_app_on_shared_data_shows_it_without_a_copy() {
        let ds =
            std::sync::Arc::new(crate::model::load_embedded().unwrap_or_else(|e| panic!("{e}")));
        let app = App::on_shared(std::sync::Arc::clone(&ds), AppState::default());
        assert!(std::sync::Arc::ptr_eq(&app.source.dataset, &ds));
        assert_eq!(app.successful_loads(), 1);
        assert!(app.errors().is_empty());
        let here = TimelineIndex::build(&ds, &app.state().scenarios_on);
        assert_eq!(app.derived.index.len(), here.len());
        let mut h = harness(app);
        h.run_steps(2);
        assert!(h.query_by_label("Loading the data…").is_none());
    }

    /// Reloads on a thread whose timeline index is built for `on`, and
    /// waits for the data.
    fn reload_for(h: &mut Harness<'static, App>, on: &BTreeSet<crate::model::Id>) {
        let ctx = h.ctx.clone();
        let loads = h.state().successful_loads();
        h.state_mut()
            .source
            .reload_with(&ctx, on, crate::model::load_embedded);
        let deadline = Instant::now() + Duration::from_secs(30);
        while h.state().successful_loads() == loads && Instant::now() < deadline {
            h.run_steps(1);
            std::thread::sleep(Duration::from_millis(5));
        }
        assert_eq!(h.state().successful_loads(), loads + 1);
    }

    #[test]
    fn a_reload_brings_its_timeline_index_for_the_scenarios_on_meanwhile() {
        let app = App::new(crate::model::load_embedded(), None, AppState::default());
        let mut h = harness(app);
        h.run_steps(2);
        let scenario = h.state().dataset().scenarios.first().map(|s| s.id.clone());
        let scenario = scenario.unwrap_or_else(|| panic!("the starter has scenarios"));
        h.state_mut()
            .run_command(Command::ToggleScenario(scenario.clone()));
        let on = h.state().state().scenarios_on.clone();
        assert!(on.contains(&scenario));
        let with = |h: &Harness<'static, App>| {
            TimelineIndex::build(h.state().dataset(), &h.state().state().scenarios_on).len()
        };
        // Built for the scenarios on: taken as it came.
        reload_for(&mut h, &on);
        assert!(h.state_mut().source.take_ready().is_none(), "it was taken");
        assert_eq!(h.state().derived.index.len(), with(&h));
        // Built before the scenario was toggled on: built again here, with
        // the scenario's projections.
        reload_for(&mut h, &BTreeSet::new());
        let without = TimelineIndex::build(h.state().dataset(), &BTreeSet::new()).len();
        assert!(with(&h) > without, "the scenario has projections");
        assert_eq!(h.state().derived.index.len(), with(&h));
    }

    #[test]
    fn a_reload_is_announced_also_where_the_folder_cannot_be_watched() {
        let (app, dir) = app_on_starter("unwatched");
        let mut h = harness(app);
        h.run_steps(2);
        // A folder that is gone cannot be watched: the top bar says so.
        let _ = std::fs::remove_dir_all(&dir);
        let ctx = h.ctx.clone();
        h.state_mut().start_watching(&ctx);
        h.run_steps(2);
        assert!(
            h.query_by_label_contains("cannot watch the folder: /")
                .is_some()
        );
        let (release, wait) = mpsc::channel::<()>();
        h.state_mut()
            .source
            .reload_with(&ctx, &BTreeSet::new(), move || {
                let _ = wait.recv();
                crate::model::load_embedded()
            });
        h.run_steps(2);
        assert!(h.query_by_label_contains("reloading… (").is_some());
        release.send(()).unwrap_or_else(|e| panic!("{e}"));
        let deadline = Instant::now() + Duration::from_secs(30);
        while h.state().successful_loads() == 1 && Instant::now() < deadline {
            h.run_steps(1);
            std::thread::sleep(Duration::from_millis(5));
        }
        h.run_steps(2);
        assert!(h.query_by_label_contains("reloading…").is_none());
        assert!(
            h.query_by_label_contains("cannot watch the folder: /")
                .is_some()
        );
        h.state_mut()
            .run_command(Command::SetLang(crate::model::Lang::Ru));
        h.run_steps(2);
        assert!(
            h.query_by_label_contains("не удаётся следить за папкой: /")
                .is_some()
        );
    }

    #[test]
    fn a_reload_asked_for_while_one_runs_follows_it_once() {
        let (mut app, dir) = app_on_starter("reload");
        let ctx = egui::Context::default();
        app.start_watching(&ctx);
        app.run_command(Command::Reload);
        app.run_command(Command::Reload);
        app.run_command(Command::Reload);
        let deadline = Instant::now() + Duration::from_secs(30);
        while (app.successful_loads() < 3 || app.source.reloading_for().is_some())
            && Instant::now() < deadline
        {
            app.poll_watch(&ctx);
            std::thread::sleep(Duration::from_millis(5));
        }
        // The start-up load, the first reload and one more for the two
        // asked for meanwhile.
        assert_eq!(app.successful_loads(), 3);
        assert!(app.errors().is_empty(), "{:?}", app.errors());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
