//! The data model: plain serde types, loading, validation and pure queries.
//! Nothing in `model/` depends on egui.

pub mod dataset;
pub mod date;
pub mod density;
pub mod derived;
pub mod elections;
pub mod error;
pub mod export;
pub mod figures;
pub mod folder;
pub mod generate;
pub mod hints;
pub mod import;
pub mod kk;
pub mod labels;
pub mod lang;
pub mod layout;
pub mod links;
pub mod load;
pub mod past_due;
pub mod queries;
pub mod scenarios;
pub mod search;
pub mod settings;
pub mod timeline;
pub mod types;
pub mod validate;
pub mod watch;
pub mod watch_export;
pub mod web;

pub use dataset::{Dataset, ItemRef};
pub use date::{Date, Precision};
pub use error::{LoadError, LoadErrors};
pub use lang::Lang;
pub use load::{DataTexts, load_dir, load_embedded, load_texts};
pub use types::*;
