//! Every character the app can show — in the data files and in the UI's own
//! strings — has a glyph in egui's proportional and monospace fonts.
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::BTreeSet;

use eframe::egui;
use egui_kittest::Harness;

/// Non-ASCII characters inside string literals of `code` (comments and doc
/// comments are skipped line by line).
fn string_chars(code: &str, out: &mut BTreeSet<char>) {
    for line in code.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("//") {
            continue;
        }
        let mut in_string = false;
        let mut prev = ' ';
        for c in line.chars() {
            if c == '"' && prev != '\\' {
                in_string = !in_string;
            } else if in_string && !c.is_ascii() {
                out.insert(c);
            }
            prev = c;
        }
    }
}

#[test]
fn every_character_shown_has_a_glyph() {
    let mut chars = BTreeSet::new();
    for (_, text) in rk_roadmap::model::load::EMBEDDED {
        for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
            chars.extend(line.chars().filter(|c| !c.is_ascii()));
        }
    }
    for (_, code) in &common::sources_under(&["src"]) {
        string_chars(code, &mut chars);
    }
    // The scan reaches both: « is only in the data, × only in the UI's strings.
    assert!(chars.contains(&'«') && chars.contains(&'×'), "{chars:?}");
    // Russian and Kazakh Cyrillic must render too.
    chars.extend(
        "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяӘҒҚҢӨҰҮҺІәғқңөұүһі"
            .chars(),
    );
    let probe: String = chars.iter().collect();
    // (font, character) pairs without a glyph.
    let missing = std::sync::Arc::new(std::sync::Mutex::new(BTreeSet::new()));
    let found = missing.clone();
    let mut h = Harness::new_ui(move |ui: &mut egui::Ui| {
        for (name, font) in [
            ("proportional", egui::FontId::proportional(12.0)),
            ("monospace", egui::FontId::monospace(12.0)),
        ] {
            let absent: Vec<(&str, char)> = probe
                .chars()
                .filter(|c| !ui.fonts_mut(|f| f.has_glyph(&font, *c)))
                .map(|c| (name, c))
                .collect();
            found.lock().unwrap().extend(absent);
        }
    });
    h.run();
    let missing = missing.lock().unwrap().clone();
    assert!(missing.is_empty(), "no glyph for {missing:?}");
}
