//! Panels do not change state directly: they return commands, and the app
//! applies them after the UI pass, in one place.

use crate::model::Id;
use crate::model::layout::TimeView;
use crate::model::timeline::Filter;
use crate::state::{FigureTrack, InstitutionColumn, Lang, Tab, ThemeChoice};

/// What a command line asks the window to open with: exactly this view,
/// whatever state was saved.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeepLink {
    pub view: Option<TimeView>,
    pub scenarios: Vec<String>,
    pub select: Option<String>,
    pub tab: Option<Tab>,
    pub lang: Option<Lang>,
    /// The timeline's search text and filters.
    pub filter: Filter,
    /// Lanes (by id) shown collapsed.
    pub collapsed: Vec<String>,
    /// The as-of date of a replay.
    pub as_of: Option<crate::model::Date>,
    /// Later facts dimmed or hidden.
    pub later_facts: Option<crate::state::LaterFacts>,
}

impl DeepLink {
    /// Whether the command line named no view at all (then the saved state
    /// is restored).
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// The two side panels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SidePanel {
    /// Scenarios and institutions.
    Left,
    /// Details of the selected item.
    Right,
}

/// What to export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    Png,
    Csv,
    Markdown,
    /// The view as SVG.
    Svg,
    /// The view as PDF.
    Pdf,
    /// The full-range poster as PDF.
    Poster,
}

#[must_use]
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Select an item (or clear the selection) and show it in the details panel.
    Select(Option<Id>),
    /// Turn a scenario's overlay on or off.
    ToggleScenario(Id),
    /// Show another time window.
    SetView(TimeView),
    /// Show the whole 1990–2030 span.
    FitAll,
    /// The pointer is over this year of the shared axis (or off it).
    Hover(Option<f64>),
    /// Show or hide the generation-gap plot.
    ShowGeneration(bool),
    /// Show the electoral cycles' rows, or only their heading.
    ShowCycles(bool),
    /// Show or hide a side panel.
    ShowSidePanel(SidePanel, bool),
    /// Show or hide the figures track, or draw another series on it.
    SetFigures(FigureTrack),
    /// Collapse or expand a timeline lane.
    ToggleLane(Id),
    /// Replace the timeline filter (search text, tags, hidden lanes).
    SetFilter(Filter),
    /// Select the next (or previous) shown event in date order.
    Step { forward: bool },
    /// Select the next (or previous) search result, going round at the
    /// ends, and bring it into view (Enter / Shift+Enter in the search box).
    StepResult { forward: bool },
    /// Zoom around the centre of the view by this factor (< 1 zooms in).
    Zoom(f64),
    /// Esc: clear the search, or else the selection.
    Escape,
    /// Read the data directory again.
    Reload,
    /// Show another view in the central area.
    SetTab(Tab),
    /// Choose the scenarios compared (slot 0 = A, 1 = B).
    SetCompare(usize, Option<Id>),
    /// Add a scenario to (or take it from) the comparison on the time axis.
    ToggleCompared(Id),
    /// Select an item and bring it into view on the timeline.
    ShowOnTimeline(Id),
    /// Sort the institutions table by a column (again: reverse).
    SortInstitutions(InstitutionColumn),
    /// Show the institutions as a matrix (or as a table).
    ShowMatrix(bool),
    /// Switch the interface language.
    SetLang(Lang),
    /// Switch the theme.
    SetTheme(ThemeChoice),
    /// Scale the whole UI by this factor (1.1 larger, 1/1.1 smaller).
    ScaleUi(f32),
    /// Open or close the help overlay.
    ShowHelp(bool),
    /// Export the visible events (CSV, Markdown) or the view (PNG).
    Export(ExportKind),
    /// Show a message in the top bar (or clear it).
    Notice(Option<String>),
    /// Explain one institution × risk link of the matrix.
    ExplainLink(Option<(Id, Id)>),
    /// Show what was known at this date (a fractional year), or today.
    SetAsOf(Option<f64>),
    /// Dim or hide the facts dated after the as-of date.
    SetLaterFacts(crate::state::LaterFacts),
    /// Start (or stop) stepping the as-of date towards today.
    Replay(bool),
    /// New data arrived: forget ids it no longer has, rebuild the index.
    DataChanged,
}
