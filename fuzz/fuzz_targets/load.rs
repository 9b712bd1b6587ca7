//! Parse + validate with one data file replaced by arbitrary bytes: the
//! loader must return the dataset or located errors, never panic or hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rk_roadmap::model::load::{DATA_FILES, EMBEDDED};
use rk_roadmap::model::{DataTexts, Date, LoadError, load_texts};

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let file = DATA_FILES[usize::from(selector) % DATA_FILES.len()];
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let _ = Date::parse(text);
    let mut texts = DataTexts::new(
        EMBEDDED
            .iter()
            .map(|(name, text)| ((*name).to_owned(), (*text).to_owned()))
            .collect(),
    );
    texts.set(file, text.to_owned());
    if let Err(errors) = load_texts(&texts) {
        assert!(!errors.0.is_empty());
        for e in &errors.0 {
            assert!(DATA_FILES.contains(&e.file()), "{e}");
            if let LoadError::Syntax { line, col, .. } = e {
                assert!(*line >= 1 && *col >= 1, "{e}");
            }
            let _ = e.to_string();
            let _ = e.caret_excerpt();
        }
    }
});
