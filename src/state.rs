//! UI state that persists across restarts (eframe persistence), kept apart
//! from the data. Per-frame fields are `#[serde(skip)]`.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::model::Id;
pub use crate::model::Lang;
use crate::model::layout::{AxisLimits, TimeView};
pub use crate::model::queries::InstitutionColumn;
use crate::model::timeline::Filter;

/// The key under which eframe stores [`AppState`].
pub const STORAGE_KEY: &str = "rk-roadmap-state";

/// The views of the central area.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Tab {
    #[default]
    Timeline,
    RoadMap,
    Institutions,
    Compare,
}

impl Tab {
    pub const ALL: [Tab; 4] = [Tab::Timeline, Tab::RoadMap, Tab::Institutions, Tab::Compare];

    /// What the tab shows, for its tooltip.
    pub fn explanation(self) -> &'static str {
        match self {
            Self::Timeline => {
                "Events, eras and toggled scenarios' projections on the 1990–2030 axis"
            }
            Self::RoadMap => {
                "Each proposed institution's lifecycle under the toggled scenarios, and indicators"
            }
            Self::Institutions => {
                "A sortable table of institutions and the institutions × risks matrix"
            }
            Self::Compare => "Two scenarios side by side: what differs",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Timeline => "Timeline",
            Self::RoadMap => "Road map",
            Self::Institutions => "Institutions",
            Self::Compare => "Compare scenarios",
        }
    }
}

/// Light, dark, or whatever the system uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    #[default]
    System,
    Light,
    Dark,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AppState {
    /// The selected item's id.
    pub selected: Option<Id>,
    /// The visible time window, shared by every panel.
    pub view: TimeView,
    /// Scenarios overlaid on the timeline.
    pub scenarios_on: BTreeSet<Id>,
    /// Timeline lanes (by id) shown collapsed.
    pub collapsed_lanes: BTreeSet<Id>,
    /// The timeline's search text, tag and lane filters.
    pub filter: Filter,
    /// Whether the generation-gap plot is shown.
    pub show_generation: bool,
    /// The central area's view.
    pub tab: Tab,
    /// The two scenarios compared side by side.
    pub compare: [Option<Id>; 2],
    /// The institutions table's sort column and direction.
    pub institution_sort: (InstitutionColumn, bool),
    /// The institutions view shows the matrix rather than the table.
    pub institutions_matrix: bool,
    /// The interface language.
    pub lang: Lang,
    /// Light, dark or the system's theme.
    pub theme: ThemeChoice,
    /// The whole UI's scale (Ctrl+= / Ctrl+−), for projectors.
    pub ui_scale: f32,
    /// The help overlay is open.
    #[serde(skip)]
    pub show_help: bool,
    /// The last export's result, shown in the top bar.
    #[serde(skip)]
    pub notice: Option<String>,
    /// The institution × risk cell whose link is explained.
    #[serde(skip)]
    pub matrix_cell: Option<(Id, Id)>,
    /// Hovered year, shared between panels for the cursor line.
    #[serde(skip)]
    pub hover_year: Option<f64>,
}

impl Default for AppState {
    fn default() -> Self {
        Self {
            selected: None,
            view: TimeView::default(),
            scenarios_on: BTreeSet::new(),
            collapsed_lanes: BTreeSet::new(),
            filter: Filter::default(),
            show_generation: true,
            tab: Tab::Timeline,
            compare: [None, None],
            institution_sort: (InstitutionColumn::Name, true),
            institutions_matrix: false,
            lang: Lang::En,
            theme: ThemeChoice::System,
            ui_scale: 1.0,
            show_help: false,
            notice: None,
            matrix_cell: None,
            hover_year: None,
        }
    }
}

impl AppState {
    /// Parses a persisted state. A corrupt or incompatible one gives the
    /// defaults and a description of the problem, to be logged.
    pub fn from_ron(text: &str) -> (Self, Option<String>) {
        match ron::from_str::<Self>(text) {
            Ok(mut state) => {
                // Only made sane here; the data's own limits apply once it is loaded.
                state.view = state.view.clamped_in(&AxisLimits::ANY);
                state.ui_scale = clamp_scale(state.ui_scale);
                (state, None)
            }
            Err(e) => (
                Self::default(),
                Some(format!(
                    "the saved UI state could not be read ({e}); starting with the default view"
                )),
            ),
        }
    }

    /// Drops references to ids the dataset no longer has.
    pub fn retain_known(&mut self, known: impl Fn(&str) -> bool) {
        if self.selected.as_deref().is_some_and(|id| !known(id)) {
            self.selected = None;
        }
        self.scenarios_on.retain(|id| known(id));
        for slot in &mut self.compare {
            if slot.as_deref().is_some_and(|id| !known(id)) {
                *slot = None;
            }
        }
        self.view = self.view.clamped_in(&AxisLimits::ANY);
    }
}

/// UI scales the app accepts.
pub const UI_SCALE_RANGE: (f32, f32) = (0.6, 2.5);

/// A usable UI scale (1.0 for nonsense).
pub fn clamp_scale(scale: f32) -> f32 {
    if scale.is_finite() {
        scale.clamp(UI_SCALE_RANGE.0, UI_SCALE_RANGE.1)
    } else {
        1.0
    }
}
