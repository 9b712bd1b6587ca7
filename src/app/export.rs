//! Exports from the window: where files go and what they are called, the
//! text exports (CSV, Markdown) of the visible events, and the chart as a
//! PNG picture for publication (rendered offscreen at twice the screen's
//! resolution, see `ui::export_view`); the view or a full-range poster as
//! SVG or PDF with real text (see `poster`).

use std::path::{Path, PathBuf};

use crate::command::ExportKind;
use crate::model::derived::Derived;
use crate::model::export::file_stem;
use crate::model::{self, Dataset};
use crate::state::AppState;
use crate::ui::export_view::ChartPicture;

/// How many pixels a point of the picture gets.
pub const PICTURE_SCALE: f32 = 2.0;

/// Where exports are saved: `$RK_ROADMAP_EXPORT_DIR`, else
/// `~/rk-roadmap-exports` (never the data directory).
pub fn export_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("RK_ROADMAP_EXPORT_DIR") {
        return PathBuf::from(dir);
    }
    std::env::var_os("HOME")
        .map_or_else(|| PathBuf::from("."), PathBuf::from)
        .join("rk-roadmap-exports")
}

/// What an export needs from the app.
pub struct ExportInput<'a> {
    pub ds: &'a Dataset,
    pub derived: &'a Derived,
    pub state: &'a AppState,
    pub today: f64,
    /// The chart's size on screen, in points.
    pub chart: eframe::egui::Vec2,
}

/// The export directory.
pub struct Exporter {
    dir: PathBuf,
}

impl Default for Exporter {
    fn default() -> Self {
        Self { dir: export_dir() }
    }
}

impl Exporter {
    /// Exports into `dir`.
    pub fn new(dir: PathBuf) -> Self {
        Self { dir }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Saves the chart as PNG, or the visible, filtered events as CSV or
    /// Markdown; returns the file written.
    pub fn export(&self, input: &ExportInput<'_>, kind: ExportKind) -> Result<PathBuf, String> {
        let state = input.state;
        let view = state.active_view();
        let what = match kind {
            ExportKind::Png | ExportKind::Svg | ExportKind::Pdf => state.tab.slug(),
            ExportKind::Poster => "poster",
            ExportKind::Csv => "events",
            ExportKind::Markdown => "brief",
        };
        let stem = file_stem(what, view.start_year, view.end_year, &state.scenarios_on);
        let rows = || {
            model::export::rows(
                input.ds,
                &state.scenarios_on,
                &state.filter,
                view.start_year,
                view.end_year,
            )
        };
        let (bytes, ext) = match kind {
            ExportKind::Csv => (
                model::export::to_csv(&rows())
                    .map_err(|e| e.to_string())?
                    .into_bytes(),
                "csv",
            ),
            ExportKind::Markdown => {
                let md = model::export::to_markdown(
                    input.ds,
                    &rows(),
                    &state.scenarios_on,
                    view.start_year,
                    view.end_year,
                ) + &model::watch_export::board_markdown(input.ds, input.today);
                (md.into_bytes(), "md")
            }
            ExportKind::Png => (png_bytes(input)?, "png"),
            ExportKind::Svg | ExportKind::Pdf | ExportKind::Poster => picture_bytes(input, kind)?,
        };
        let path = self.new_path(&stem, ext)?;
        std::fs::write(&path, bytes)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        Ok(path)
    }

    /// A file name in the export directory that is not taken yet.
    fn new_path(&self, stem: &str, ext: &str) -> Result<PathBuf, String> {
        std::fs::create_dir_all(&self.dir)
            .map_err(|e| format!("cannot create {}: {e}", self.dir.display()))?;
        let mut path = self.dir.join(format!("{stem}.{ext}"));
        let mut n = 2;
        while path.exists() {
            path = self.dir.join(format!("{stem}-{n}.{ext}"));
            n += 1;
        }
        Ok(path)
    }
}

/// The chart picture, PNG-encoded.
pub fn png_bytes(input: &ExportInput<'_>) -> Result<Vec<u8>, String> {
    let picture = ChartPicture {
        ds: input.ds,
        derived: input.derived,
        state: input.state,
        today: input.today,
    };
    let image = picture.render(input.chart, PICTURE_SCALE)?;
    let mut bytes = Vec::new();
    image
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        )
        .map_err(|e| format!("cannot encode the PNG: {e}"))?;
    Ok(bytes)
}

/// The view (or the full-range poster) as SVG or PDF, with real text.
fn picture_bytes(
    input: &ExportInput<'_>,
    kind: ExportKind,
) -> Result<(Vec<u8>, &'static str), String> {
    let state = input.state;
    let options = crate::poster::PosterOptions {
        view: (kind != ExportKind::Poster).then_some(state.active_view()),
        scenarios: state.scenarios_on.clone(),
        paper: crate::poster::Paper::A3,
    };
    let scene = crate::poster::scene(input.ds, &options);
    if kind == ExportKind::Svg {
        Ok((crate::poster::svg::to_svg(&scene).into_bytes(), "svg"))
    } else {
        Ok((pdf_bytes(&scene)?, "pdf"))
    }
}

#[cfg(feature = "pdf")]
fn pdf_bytes(scene: &crate::poster::Scene) -> Result<Vec<u8>, String> {
    crate::poster::pdf::to_pdf(scene).map_err(|e| e.to_string())
}

#[cfg(not(feature = "pdf"))]
fn pdf_bytes(_: &crate::poster::Scene) -> Result<Vec<u8>, String> {
    Err("this build has no PDF export".to_owned())
}
