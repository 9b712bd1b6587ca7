//! The panels. Each is a struct implementing [`context::Panel`]: one `ui`
//! method that draws it from the per-frame [`context::ViewerContext`] and
//! sends the commands the user issued; the app applies them.

pub mod as_of;
pub mod axis_area;
pub mod compare;
pub mod context;
pub mod density_strip;
pub mod details;
pub mod elections;
pub mod entity;
pub mod errors;
pub mod export_view;
pub mod figures;
pub mod generation;
pub mod i18n;
pub mod i18n_kk;
pub mod institutions;
pub mod keyboard;
pub mod past_due;
pub mod roadmap;
pub mod scenarios;
pub mod search_results;
pub mod theme;
pub mod timeline;
pub mod top_bar;
pub mod watch;
pub mod watch_marks;
pub mod widgets;
