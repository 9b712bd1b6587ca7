//! A dataset's own settings (`settings.ron`): its title and the year limits
//! that only make sense for that dataset. A dataset without the file gets
//! [`Settings::default`]: no year limits, and an axis derived from the data.

use serde::{Deserialize, Serialize};

/// The one item of `settings.ron`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// The dataset's title, for exports and the window.
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub title_ru: Option<String>,
    /// Years that timeline dates (eras, events, elections, terms, …) must
    /// lie in, inclusive; no limit when absent.
    #[serde(default)]
    pub timeline_years: Option<(i32, i32)>,
    /// Years that people's births, deaths and roles must lie in.
    #[serde(default)]
    pub life_years: Option<(i32, i32)>,
    /// How far the axis pans and zooms out, in years; from the data's
    /// dates when absent.
    #[serde(default)]
    pub axis_years: Option<(f64, f64)>,
    /// The view "fit" shows, in years; the data's dates when absent.
    #[serde(default)]
    pub full_view: Option<(f64, f64)>,
}
