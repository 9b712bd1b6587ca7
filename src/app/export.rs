//! Exports from the window: where files go, the text exports (CSV,
//! Markdown) of the visible events, and PNG screenshots, which arrive from
//! the renderer on a channel a frame after they are asked for.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

use eframe::egui;

use crate::command::ExportKind;
use crate::model::{self, Dataset};
use crate::state::AppState;

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

/// The export directory and the screenshot channel.
pub struct Exporter {
    dir: PathBuf,
    /// A PNG export waits for the viewport's screenshot.
    screenshot_pending: bool,
    screenshots: (
        Sender<Arc<egui::ColorImage>>,
        Receiver<Arc<egui::ColorImage>>,
    ),
}

impl Default for Exporter {
    fn default() -> Self {
        Self {
            dir: export_dir(),
            screenshot_pending: false,
            screenshots: channel(),
        }
    }
}

impl Exporter {
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Saves the visible, filtered events as CSV or Markdown; returns the
    /// file written. A PNG is asked for with [`Exporter::request_png`].
    pub fn export_text(
        &self,
        ds: &Dataset,
        state: &AppState,
        kind: ExportKind,
    ) -> Result<PathBuf, String> {
        let view = state.view;
        let rows = model::export::rows(
            ds,
            &state.scenarios_on,
            &state.filter,
            view.start_year,
            view.end_year,
        );
        let (text, ext) = match kind {
            ExportKind::Csv => (
                model::export::to_csv(&rows).map_err(|e| e.to_string())?,
                "csv",
            ),
            ExportKind::Markdown => (
                model::export::to_markdown(
                    ds,
                    &rows,
                    &state.scenarios_on,
                    view.start_year,
                    view.end_year,
                ),
                "md",
            ),
            ExportKind::Png => return Err("a PNG is taken from the window".to_owned()),
            ExportKind::Svg | ExportKind::Pdf | ExportKind::Poster => {
                return self.export_picture(ds, state, kind);
            }
        };
        let path = self.new_path(ext)?;
        std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        Ok(path)
    }

    /// Saves the view (or the full-range poster) as SVG or PDF.
    fn export_picture(
        &self,
        ds: &Dataset,
        state: &AppState,
        kind: ExportKind,
    ) -> Result<PathBuf, String> {
        let options = crate::poster::PosterOptions {
            view: (kind != ExportKind::Poster).then_some(state.view),
            scenarios: state.scenarios_on.clone(),
            paper: crate::poster::Paper::A3,
        };
        let scene = crate::poster::scene(ds, &options);
        let (bytes, ext) = if kind == ExportKind::Svg {
            (crate::poster::svg::to_svg(&scene).into_bytes(), "svg")
        } else {
            (pdf_bytes(&scene)?, "pdf")
        };
        let path = self.new_path(ext)?;
        std::fs::write(&path, bytes)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        Ok(path)
    }

    /// Asks for a screenshot at the next frame.
    pub fn request_png(&mut self) {
        self.screenshot_pending = true;
    }

    /// Sends a pending screenshot request to the viewport, and saves a
    /// screenshot that has arrived; returns the saved file's notice.
    pub fn poll_screenshot(&mut self, ctx: &egui::Context) -> Option<String> {
        let notice = self
            .screenshots
            .1
            .try_recv()
            .ok()
            .map(|image| match self.save_png(&image) {
                Ok(path) => format!("Saved {}", path.display()),
                Err(e) => format!("Export failed: {e}"),
            });
        if std::mem::take(&mut self.screenshot_pending) {
            let tx = self.screenshots.0.clone();
            let wake = ctx.clone();
            ctx.request_screenshot(move |image| {
                if tx.send(image).is_ok() {
                    wake.request_repaint();
                }
            });
        }
        notice
    }

    /// A new file name in the export directory.
    fn new_path(&self, ext: &str) -> Result<PathBuf, String> {
        std::fs::create_dir_all(&self.dir)
            .map_err(|e| format!("cannot create {}: {e}", self.dir.display()))?;
        let stamp = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis());
        Ok(self.dir.join(format!("rk-roadmap-{stamp}.{ext}")))
    }

    /// Writes a screenshot as PNG into the export directory.
    fn save_png(&self, image: &egui::ColorImage) -> Result<PathBuf, String> {
        let path = self.new_path("png")?;
        let [w, h] = image.size;
        let pixels: Vec<u8> = image.pixels.iter().flat_map(|p| p.to_array()).collect();
        let (w, h) = (
            u32::try_from(w).map_err(|e| e.to_string())?,
            u32::try_from(h).map_err(|e| e.to_string())?,
        );
        let buffer = image::RgbaImage::from_raw(w, h, pixels)
            .ok_or("the screenshot has an unexpected size")?;
        buffer
            .save(&path)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        Ok(path)
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
