//! Label widths without laying the text out: a table of glyph advances
//! for one font, filled as characters are first met. Shaping a label
//! (egui's text layout) costs microseconds; summing its advances costs
//! nanoseconds, so a lane can size every candidate label each frame and
//! only the labels drawn are laid out.

use std::collections::HashMap;

use eframe::egui::{self, FontId};

/// Characters below this (Latin, Greek and Cyrillic) have a slot in a flat
/// table; others are hashed.
const TABLE_CHARS: usize = 0x500;

/// Glyph advances of one font, in points.
pub struct GlyphWidths {
    font: FontId,
    /// Advances of U+0000..U+04FF; NaN where not measured yet.
    table: Vec<f32>,
    other: HashMap<char, f32>,
}

impl GlyphWidths {
    pub fn new(font: FontId) -> Self {
        Self {
            font,
            table: vec![f32::NAN; TABLE_CHARS],
            other: HashMap::new(),
        }
    }

    fn get(&self, c: char) -> Option<f32> {
        match self.table.get(c as usize) {
            Some(w) if !w.is_nan() => Some(*w),
            Some(_) => None,
            None => self.other.get(&c).copied(),
        }
    }

    fn sum(&self, text: &str) -> Option<f32> {
        text.chars().map(|c| self.get(c)).sum()
    }

    /// The width of `text` on one line, in points: its glyphs' advances,
    /// and 1 % and a point more for kerning and pixel rounding (a test
    /// checks that no title of the data lays out wider).
    pub fn width(&mut self, ui: &egui::Ui, text: &str) -> f32 {
        let margin = |w: f32| w * 1.01 + 1.0;
        if let Some(w) = self.sum(text) {
            return margin(w);
        }
        let Self { font, table, other } = self;
        ui.fonts_mut(|f| {
            for c in text.chars() {
                match table.get_mut(c as usize) {
                    Some(slot) if slot.is_nan() => *slot = f.glyph_width(font, c),
                    Some(_) => {}
                    None => {
                        other.entry(c).or_insert_with(|| f.glyph_width(font, c));
                    }
                }
            }
        });
        margin(self.sum(text).unwrap_or(0.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The estimate is never narrower than the laid-out text (so a label is
    /// never cut by its own width) and at most a few points wider.
    #[test]
    fn estimates_cover_every_title_of_the_data() {
        let ds = crate::model::load_embedded().unwrap_or_else(|e| panic!("{e}"));
        let mut titles: Vec<String> = ds
            .events
            .iter()
            .flat_map(|e| [Some(e.title.clone()), e.title_ru.clone()])
            .flatten()
            .collect();
        for s in &ds.scenarios {
            titles.extend(
                s.projected
                    .iter()
                    .flat_map(|p| [Some(p.title.clone()), p.title_ru.clone()])
                    .flatten(),
            );
        }
        titles.push("Generated consultations no. 99999".to_owned());
        let ctx = egui::Context::default();
        let font = FontId::proportional(12.0);
        let mut glyphs = GlyphWidths::new(font.clone());
        let mut worst = (0.0f32, 0.0f32);
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            for t in &titles {
                let estimate = glyphs.width(ui, t);
                let real = ui.fonts_mut(|f| {
                    f.layout_no_wrap(t.clone(), font.clone(), egui::Color32::WHITE)
                        .size()
                        .x
                });
                assert!(estimate >= real, "{t}: {estimate} < {real}");
                worst.0 = worst.0.max(estimate - real);
                worst.1 = worst.1.max((estimate - real) / real);
            }
        });
        output.textures_delta.clear();
        assert!(worst.0 < 10.0 && worst.1 < 0.03, "too wide: {worst:?}");
    }
}
