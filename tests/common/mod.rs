//! Helpers shared by the integration tests.
#![allow(dead_code, clippy::expect_used, clippy::unwrap_used)]

use eframe::egui;
use egui_kittest::Harness;
use rk_roadmap::App;
use rk_roadmap::model::{DataTexts, Dataset, LoadError, load_embedded, load_texts};

/// The embedded dataset with `item` appended to the list in `file`.
pub fn with_item(file: &str, item: &str) -> DataTexts {
    let mut texts = DataTexts::embedded();
    let text = texts.get(file).expect("known file").to_owned();
    let close = text.rfind(']').expect("a RON list");
    let mut patched = text[..close].trim_end().to_owned();
    if !patched.ends_with('[') && !patched.ends_with(',') {
        patched.push(',');
    }
    patched.push('\n');
    patched.push_str(item);
    patched.push_str(",\n]\n");
    texts.set(file, patched);
    texts
}

/// The embedded dataset with `from` replaced by `to` (once) in `file`.
pub fn with_replaced(file: &str, from: &str, to: &str) -> DataTexts {
    let mut texts = DataTexts::embedded();
    let text = texts.get(file).expect("known file").to_owned();
    assert!(text.contains(from), "`{from}` is not in {file}");
    texts.set(file, text.replacen(from, to, 1));
    texts
}

/// Loads `texts` and returns its errors; panics if it loads.
pub fn errors_of(texts: &DataTexts) -> Vec<LoadError> {
    match load_texts(texts) {
        Ok(_) => panic!("the broken dataset loaded without errors"),
        Err(e) => e.0,
    }
}

/// The 1-based line of the first line of `text` containing `needle`.
pub fn line_containing(texts: &DataTexts, file: &str, needle: &str) -> usize {
    texts
        .get(file)
        .expect("known file")
        .lines()
        .position(|l| l.contains(needle))
        .expect("needle present")
        + 1
}

/// A minimal valid event item with the given id and extra fields.
pub fn event(id: &str, extra: &str) -> String {
    format!(
        r#"(
    id: "{id}",
    title: "Test event",
    date: "2001-02-03",
    lane: "bilateral",
    status: Fact,
    summary: "A test event.",
    sources: ["chronology"],
    {extra}
)"#
    )
}

/// The embedded dataset, loaded; panics with every error if it does not
/// load (so each test using it also checks that it validates).
pub fn ds() -> Dataset {
    match load_embedded() {
        Ok(ds) => ds,
        Err(e) => panic!("{e}"),
    }
}

/// The window most app tests run in.
pub const WINDOW: egui::Vec2 = egui::vec2(1500.0, 920.0);

/// The date the harnesses pin as "today", so pictures do not change with
/// the date.
pub const TODAY: f64 = 2026.9;

/// The embedded app with "today" pinned.
pub fn app() -> App {
    App::default().with_today(TODAY)
}

/// `app` in a headless window of `size`.
pub fn harness_of(app: App, size: egui::Vec2) -> Harness<'static, App> {
    Harness::builder()
        .with_size(size)
        .build_ui_state(|ui, app: &mut App| app.show(ui), app)
}

/// The same, rendering with wgpu for snapshots.
pub fn snapshot_harness_of(app: App, size: egui::Vec2) -> Harness<'static, App> {
    Harness::builder()
        .with_size(size)
        .wgpu()
        .build_ui_state(|ui, app: &mut App| app.show(ui), app)
}

/// The app on the embedded data in a 1500×920 headless window, "today"
/// pinned.
pub fn app_harness() -> Harness<'static, App> {
    harness_of(app(), WINDOW)
}

/// The same, rendering with wgpu for snapshots.
pub fn snapshot_harness() -> Harness<'static, App> {
    snapshot_harness_of(app(), WINDOW)
}

/// A semantic error's parts: file, line, item, field, message.
pub type Located = (String, Option<usize>, String, String, String);

/// The semantic errors among `errors`, as their parts.
pub fn semantic(errors: &[LoadError]) -> Vec<Located> {
    errors
        .iter()
        .filter_map(|e| match e {
            LoadError::Semantic {
                file,
                line,
                item,
                field,
                message,
            } => Some((
                file.clone(),
                *line,
                item.clone(),
                field.clone(),
                message.clone(),
            )),
            _ => None,
        })
        .collect()
}

/// Every `.rs` file under `dir`, recursively.
fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The path and text of every `.rs` file under these folders of the crate
/// (`"src"`, `"src/ui"`), for the tests that check the source itself.
pub fn sources_under(dirs: &[&str]) -> Vec<(std::path::PathBuf, String)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in dirs {
        rust_files(&root.join(dir), &mut files);
    }
    files
        .into_iter()
        .map(|p| {
            let text =
                std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (p, text)
        })
        .collect()
}

/// The mouse wheel turned by `dy` points (negative: away from the user,
/// scrolling down) where the pointer is.
pub fn wheel(h: &mut Harness<'_, App>, dy: f32) {
    h.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, dy),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
        modifiers: egui::Modifiers::NONE,
    });
}
