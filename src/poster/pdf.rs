//! A [`Scene`] as a one-page PDF (the `krilla` crate) with real text: the
//! embedded sans font (Ubuntu Light, as on screen; it covers Latin and
//! Cyrillic) is subset into the file, so the text can be searched, selected
//! and extracted.

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke, StrokeDash};
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};

use super::{Anchor, Rgb, Scene, Shape, text_width};

/// Why a PDF could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("the embedded font could not be read")]
    Font,
    #[error("the page size {0}×{1} is not usable")]
    Page(f32, f32),
    #[error("the PDF could not be written: {0}")]
    Write(String),
}

fn fill(c: Rgb) -> Fill {
    Fill {
        paint: rgb::Color::new(c.0, c.1, c.2).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }
}

fn stroke(c: Rgb, width: f32, dashed: bool) -> Stroke {
    Stroke {
        paint: rgb::Color::new(c.0, c.1, c.2).into(),
        width,
        dash: dashed.then(|| StrokeDash {
            array: vec![2.0, 1.5],
            offset: 0.0,
        }),
        ..Stroke::default()
    }
}

fn draw(
    surface: &mut Surface<'_>,
    path: Option<krilla::geom::Path>,
    f: Option<Rgb>,
    s: Option<Stroke>,
) {
    let Some(path) = path else { return };
    surface.set_fill(f.map(fill));
    surface.set_stroke(s);
    surface.draw_path(&path);
}

/// A circle as four cubic Bézier arcs.
fn circle(pb: &mut PathBuilder, cx: f32, cy: f32, r: f32) {
    let k = 0.552_284_8 * r;
    pb.move_to(cx + r, cy);
    pb.cubic_to(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
    pb.cubic_to(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
    pb.cubic_to(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
    pb.cubic_to(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
    pb.close();
}

fn shape_ui(surface: &mut Surface<'_>, font: &Font, shape: &Shape) {
    match shape {
        Shape::Rect {
            x,
            y,
            w,
            h,
            fill: f,
            stroke: s,
            dashed,
        } => {
            let mut pb = PathBuilder::new();
            if let Some(rect) = Rect::from_xywh(*x, *y, w.max(0.01), h.max(0.01)) {
                pb.push_rect(rect);
            }
            draw(surface, pb.finish(), *f, s.map(|c| stroke(c, 0.6, *dashed)));
        }
        Shape::Line {
            x1,
            y1,
            x2,
            y2,
            color,
            width,
            dashed,
        } => {
            let mut pb = PathBuilder::new();
            pb.move_to(*x1, *y1);
            pb.line_to(*x2, *y2);
            draw(
                surface,
                pb.finish(),
                None,
                Some(stroke(*color, *width, *dashed)),
            );
        }
        Shape::Circle {
            cx,
            cy,
            r,
            fill: f,
            stroke: s,
            dashed,
        } => {
            let mut pb = PathBuilder::new();
            circle(&mut pb, *cx, *cy, *r);
            draw(surface, pb.finish(), *f, s.map(|c| stroke(c, 0.7, *dashed)));
        }
        Shape::Text {
            x,
            y,
            size,
            text,
            color,
            anchor,
        } => {
            let w = text_width(text, *size);
            let x = match anchor {
                Anchor::Start => *x,
                Anchor::Middle => x - w / 2.0,
                Anchor::End => x - w,
            };
            surface.set_fill(Some(fill(*color)));
            surface.set_stroke(None);
            surface.draw_text(
                Point::from_xy(x, *y),
                font.clone(),
                *size,
                text,
                false,
                TextDirection::Auto,
            );
        }
    }
}

/// The PDF bytes of `scene`.
pub fn to_pdf(scene: &Scene) -> Result<Vec<u8>, PdfError> {
    let font = Font::new(epaint_default_fonts::UBUNTU_LIGHT.into(), 0).ok_or(PdfError::Font)?;
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(scene.title.clone())
            .creator("rk-roadmap".to_owned()),
    );
    let settings = PageSettings::from_wh(scene.width, scene.height)
        .ok_or(PdfError::Page(scene.width, scene.height))?;
    let mut page = document.start_page_with(settings);
    let mut surface = page.surface();
    for shape in &scene.shapes {
        shape_ui(&mut surface, &font, shape);
    }
    surface.finish();
    page.finish();
    document
        .finish()
        .map_err(|e| PdfError::Write(format!("{e:?}")))
}
