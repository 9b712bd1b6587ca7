//! The panels. Each is a struct with one `ui` method that draws it and
//! returns the commands the user issued; the app applies them.

pub mod compare;
pub mod details;
pub mod elections;
pub mod errors;
pub mod generation;
pub mod i18n;
pub mod institutions;
pub mod roadmap;
pub mod scenarios;
pub mod timeline;
pub mod widgets;
