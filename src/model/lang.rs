//! The languages of the interface and of the data's translated fields.

use serde::{Deserialize, Serialize};

/// The interface language. Data items carry their own translations
/// (`title_ru`, `name_ru`); [`Lang::pick`] chooses between them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    En,
    Ru,
}

impl Lang {
    /// The text in this language: `ru` when Russian is chosen and given.
    pub fn pick<'a>(self, en: &'a str, ru: Option<&'a str>) -> &'a str {
        match (self, ru) {
            (Self::Ru, Some(ru)) if !ru.is_empty() => ru,
            _ => en,
        }
    }

    /// The language's code on the command line: `en`, `ru`.
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Ru => "ru",
        }
    }

    /// The language of a command-line code.
    pub fn from_code(code: &str) -> Option<Self> {
        [Self::En, Self::Ru].into_iter().find(|l| l.code() == code)
    }

    /// One of two fixed texts, by language.
    pub fn choose(self, en: &'static str, ru: &'static str) -> &'static str {
        match self {
            Self::En => en,
            Self::Ru => ru,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn pick_falls_back_to_english_when_russian_is_missing_or_empty() {
        assert_eq!(Lang::Ru.pick("Treaty", Some("Договор")), "Договор");
        assert_eq!(Lang::Ru.pick("Treaty", Some("")), "Treaty");
        assert_eq!(Lang::Ru.pick("Treaty", None), "Treaty");
        assert_eq!(Lang::En.pick("Treaty", Some("Договор")), "Treaty");
    }
}
