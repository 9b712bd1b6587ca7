//! Deep links: opening the view a command line names, and writing the
//! command line that reopens the current view.

use super::App;
use crate::command::{Command, DeepLink};

impl App {
    /// Opens the view a command line asks for, through commands. Unknown ids
    /// are skipped; the returned warnings say which (they are also shown in
    /// the top bar).
    pub fn apply_deep_link(&mut self, link: DeepLink) -> Vec<String> {
        let ds = &self.source.dataset;
        let mut warnings = Vec::new();
        let mut commands = Vec::new();
        if let Some(view) = link.view {
            commands.push(Command::SetView(view));
        }
        for id in link.scenarios {
            if !ds.scenarios.iter().any(|s| s.id == id) {
                warnings.push(format!("no scenario `{id}` in the data"));
            } else if !self.state.scenarios_on.contains(&id) {
                commands.push(Command::ToggleScenario(id));
            }
        }
        if let Some(id) = link.select {
            if ds.get(&id).is_some() {
                commands.push(Command::Select(Some(id)));
            } else {
                warnings.push(format!("no item `{id}` to select"));
            }
        }
        if !warnings.is_empty() {
            commands.push(Command::Notice(Some(warnings.join("; "))));
        }
        for c in commands {
            self.run_command(c);
        }
        warnings
    }

    /// The command line that reopens the current view.
    pub fn view_command(&self) -> String {
        let scenarios: Vec<String> = self.state.scenarios_on.iter().cloned().collect();
        crate::cli::view_command(
            self.source.data_dir(),
            self.state.view,
            &scenarios,
            self.state.selected.as_deref(),
        )
    }
}
