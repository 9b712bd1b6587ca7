//! UI state that persists across restarts (eframe persistence), kept apart
//! from the data. Per-frame fields are `#[serde(skip)]`.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::model::Id;
pub use crate::model::Lang;
use crate::model::layout::{AxisLimits, TimeView};
pub use crate::model::queries::InstitutionColumn;
use crate::model::timeline::Filter;

/// The road map tab's view when it opens: the scenarios' span, 2023–2031,
/// with room before it for the scenarios' names.
pub const ROADMAP_VIEW: TimeView = TimeView {
    start_year: 2022.4,
    end_year: 2031.0,
};

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
    Watch,
}

impl Tab {
    pub const ALL: [Tab; 5] = [
        Tab::Timeline,
        Tab::RoadMap,
        Tab::Institutions,
        Tab::Compare,
        Tab::Watch,
    ];

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
            Self::Watch => {
                "Which future is unfolding: signposts, their state at the as-of date, likelihoods"
            }
        }
    }

    /// The road map and the comparison share the scenarios' own time window.
    pub fn is_scenario_tab(self) -> bool {
        matches!(self, Self::RoadMap | Self::Compare)
    }

    /// The tab's name on the command line (`--tab`).
    pub fn slug(self) -> &'static str {
        match self {
            Self::Timeline => "timeline",
            Self::RoadMap => "roadmap",
            Self::Institutions => "institutions",
            Self::Compare => "compare",
            Self::Watch => "watch",
        }
    }

    /// The tab named `slug` on the command line.
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.slug() == slug)
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Timeline => "Timeline",
            Self::RoadMap => "Road map",
            Self::Institutions => "Institutions",
            Self::Compare => "Compare scenarios",
            Self::Watch => "Scenario watch",
        }
    }
}

/// The figures track under the timeline: shown or not, and its series.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FigureTrack {
    pub show: bool,
    /// The series drawn (`model::figures::Series::id`); `None`: the first.
    pub series: Option<String>,
}

/// Facts dated after the as-of date: dimmed, or hidden.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum LaterFacts {
    #[default]
    Dim,
    Hide,
}

impl LaterFacts {
    /// The choice's name on the command line (`--later-facts`).
    pub fn slug(self) -> &'static str {
        match self {
            Self::Dim => "dim",
            Self::Hide => "hide",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        [Self::Dim, Self::Hide]
            .into_iter()
            .find(|l| l.slug() == slug)
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
    /// The visible time window, shared by every panel (on the timeline tab).
    pub view: TimeView,
    /// The road map's and the comparison's own time window: it opens on
    /// the scenarios' span.
    pub roadmap_view: TimeView,
    /// Scenarios overlaid on the timeline.
    pub scenarios_on: BTreeSet<Id>,
    /// Timeline lanes (by id) shown collapsed.
    pub collapsed_lanes: BTreeSet<Id>,
    /// The timeline's search text, tag and lane filters.
    pub filter: Filter,
    /// Whether the generation-gap plot is shown.
    pub show_generation: bool,
    /// Whether the electoral cycles show their rows (or only their heading).
    pub show_cycles: bool,
    /// Whether the left panel (scenarios, institutions) is shown.
    pub show_left: bool,
    /// Whether the right panel (details) is shown.
    pub show_right: bool,
    /// Whether the figures track is shown, and which series it draws.
    pub figures: FigureTrack,
    /// The central area's view.
    pub tab: Tab,
    /// The two scenarios whose differences the comparison lists (A, B).
    pub compare: [Option<Id>; 2],
    /// The scenarios the comparison draws on the time axis (2–4); when
    /// fewer than two are chosen, the toggled ones.
    pub compared: BTreeSet<Id>,
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
    /// What facts after the as-of date look like.
    pub later_facts: LaterFacts,
    /// The as-of date (a fractional year): the app shows what was known
    /// then. `None`: today. Not kept across restarts.
    #[serde(skip)]
    pub as_of: Option<f64>,
    /// The as-of date is stepping towards today, signpost by signpost.
    #[serde(skip)]
    pub replaying: bool,
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
            roadmap_view: ROADMAP_VIEW,
            scenarios_on: BTreeSet::new(),
            collapsed_lanes: BTreeSet::new(),
            filter: Filter::default(),
            show_generation: true,
            show_cycles: true,
            show_left: true,
            show_right: true,
            figures: FigureTrack::default(),
            tab: Tab::Timeline,
            compare: [None, None],
            compared: BTreeSet::new(),
            institution_sort: (InstitutionColumn::Name, true),
            institutions_matrix: false,
            lang: Lang::En,
            theme: ThemeChoice::System,
            ui_scale: 1.0,
            later_facts: LaterFacts::Dim,
            as_of: None,
            replaying: false,
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
                state.roadmap_view = state.roadmap_view.clamped_in(&AxisLimits::ANY);
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

    /// The time window of the tab shown: the road map's own, or the shared one.
    pub fn active_view(&self) -> TimeView {
        if self.tab.is_scenario_tab() {
            self.roadmap_view
        } else {
            self.view
        }
    }

    /// The window of the tab shown, to change.
    pub fn active_view_mut(&mut self) -> &mut TimeView {
        if self.tab.is_scenario_tab() {
            &mut self.roadmap_view
        } else {
            &mut self.view
        }
    }

    /// The whole span of the tab shown: 1990–2030, or the scenarios' span.
    /// `limits` are the dataset's (the road map's span is kept within them).
    pub fn full_view(&self, limits: &AxisLimits) -> TimeView {
        if self.tab.is_scenario_tab() {
            ROADMAP_VIEW.clamped_in(limits)
        } else {
            TimeView::full_in(limits)
        }
    }

    /// Drops references to ids the dataset no longer has.
    pub fn retain_known(&mut self, known: impl Fn(&str) -> bool) {
        if self.selected.as_deref().is_some_and(|id| !known(id)) {
            self.selected = None;
        }
        self.scenarios_on.retain(|id| known(id));
        self.compared.retain(|id| known(id));
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
