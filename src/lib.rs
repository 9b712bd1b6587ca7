//! rk-roadmap: Russia–Kazakhstan relations 1990–2030 on one time axis —
//! the relationship timeline, both countries' electoral cycles, the 2030
//! road map's proposed institutions and scenarios to 2030.
//!
//! The binary (`main.rs`) only parses arguments and launches; everything is
//! here so tests can drive it. `model` never depends on egui.

/// mimalloc for the app and every test and benchmark built with it:
/// glibc's malloc spent a fifth of a 100 000-event load consolidating its
/// free lists, and much of a frame growing buffers. (The model-only crate,
/// which the fuzzer builds, keeps the system's allocator.)
#[cfg(feature = "gui")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[cfg(feature = "gui")]
pub mod app;
pub mod background;
pub mod cli;
pub mod command;
pub mod model;
pub mod poster;
pub mod state;
#[cfg(feature = "gui")]
pub mod ui;
#[cfg(feature = "gui")]
pub mod watch;

#[cfg(feature = "gui")]
pub use app::App;
