//! Deep links: opening the view a command line names, and writing the
//! command line that reopens the current view.

use super::App;
use crate::command::{Command, DeepLink};
use crate::model::{Dataset, Lang};
use crate::state::AppState;
use crate::ui::i18n::tr;

/// The ids a deep link names that the data does not hold: what each should
/// have been (the English of a message that names it) and the id.
fn unknown_ids<'a>(ds: &Dataset, link: &'a DeepLink) -> Vec<(&'static str, &'a str)> {
    let mut unknown = Vec::new();
    for id in &link.scenarios {
        if !ds.scenarios.iter().any(|s| &s.id == id) {
            unknown.push(("No such scenario in the data:", id.as_str()));
        }
    }
    if let Some(id) = &link.select
        && ds.get(id).is_none()
    {
        unknown.push(("No such item to select:", id.as_str()));
    }
    let lanes = link.filter.hidden_lanes.iter().chain(&link.collapsed);
    for id in lanes {
        if !ds.lanes.iter().any(|l| &l.id == id) {
            unknown.push(("No such lane in the data:", id.as_str()));
        }
    }
    for id in &link.filter.people {
        if ds.person(id).is_none() {
            unknown.push(("No such person in the data:", id.as_str()));
        }
    }
    unknown
}

/// The unknown ids in words, in `lang`: one message each.
fn in_words(unknown: &[(&'static str, &str)], lang: Lang) -> Vec<String> {
    unknown
        .iter()
        .map(|(what, id)| format!("{} `{id}`", tr(lang, what)))
        .collect()
}

/// The state the window opens with: the saved one, or — when the command
/// line names a view — the defaults (keeping only the saved theme and
/// interface scale), so the link opens exactly what it names.
pub fn opening_state(saved: AppState, link: &DeepLink) -> AppState {
    if link.is_empty() {
        saved
    } else {
        AppState {
            theme: saved.theme,
            ui_scale: saved.ui_scale,
            ..AppState::default()
        }
    }
}

impl App {
    /// Opens the view a command line asks for, through commands. Unknown ids
    /// are skipped; the returned warnings say which, in English (for the
    /// terminal), and the top bar says it in the interface's language.
    pub fn apply_deep_link(&mut self, link: DeepLink) -> Vec<String> {
        let ds = &self.source.dataset;
        let unknown = unknown_ids(ds, &link);
        let warnings = in_words(&unknown, Lang::En);
        let notice = in_words(&unknown, link.lang.unwrap_or(self.state.lang));
        let mut commands = Vec::new();
        // The tab first: the view is the window of the tab shown.
        if let Some(tab) = link.tab {
            commands.push(Command::SetTab(tab));
        }
        if let Some(view) = link.view {
            commands.push(Command::SetView(view));
        }
        if let Some(lang) = link.lang {
            commands.push(Command::SetLang(lang));
        }
        for id in link.scenarios {
            let known = ds.scenarios.iter().any(|s| s.id == id);
            if known && !self.state.scenarios_on.contains(&id) {
                commands.push(Command::ToggleScenario(id));
            }
        }
        if let Some(id) = link.select.filter(|id| ds.get(id).is_some()) {
            commands.push(Command::Select(Some(id)));
        }
        let mut filter = link.filter;
        filter
            .hidden_lanes
            .retain(|id| ds.lanes.iter().any(|l| &l.id == id));
        filter.people.retain(|id| ds.person(id).is_some());
        if filter != self.state.filter {
            commands.push(Command::SetFilter(filter));
        }
        for id in link.collapsed {
            let known = ds.lanes.iter().any(|l| l.id == id);
            if known && !self.state.collapsed_lanes.contains(&id) {
                commands.push(Command::ToggleLane(id));
            }
        }
        if let Some(choice) = link.later_facts {
            commands.push(Command::SetLaterFacts(choice));
        }
        if let Some(day) = link.as_of {
            commands.push(Command::SetAsOf(Some(day.start_year_frac())));
        }
        if !notice.is_empty() {
            commands.push(Command::Notice(Some(notice.join("; "))));
        }
        for c in commands {
            self.run_command(c);
        }
        warnings
    }

    /// The command line that reopens the current view.
    pub fn view_command(&self) -> String {
        crate::cli::view_command(self.source.data_dir(), &self.state)
    }
}
