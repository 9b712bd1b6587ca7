//! The languages of the interface and of the data's translated fields.

use serde::{Deserialize, Serialize};

use super::kk;

/// The interface language. Data items carry their own translations
/// (`title_ru`, `name_ru`); [`Lang::pick`] chooses between them. The data
/// has no Kazakh fields: in Kazakh, data text falls back to Russian, then to
/// English, while the interface's own words are Kazakh.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Lang {
    #[default]
    En,
    Ru,
    Kk,
}

impl Lang {
    /// Every language, in the order the language menu lists them.
    pub const ALL: [Lang; 3] = [Self::En, Self::Ru, Self::Kk];

    /// The data's text in this language: `ru` in Russian and in Kazakh
    /// (the data has no Kazakh) when it is given and not empty, else `en`.
    pub fn pick<'a>(self, en: &'a str, ru: Option<&'a str>) -> &'a str {
        match (self, ru) {
            (Self::Ru | Self::Kk, Some(ru)) if !ru.is_empty() => ru,
            _ => en,
        }
    }

    /// The language's code on the command line and in deep links: `en`,
    /// `ru`, `kk`.
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Ru => "ru",
            Self::Kk => "kk",
        }
    }

    /// The language of a command-line code.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language's own name, as the language menu shows it.
    pub fn name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Ru => "Русский",
            Self::Kk => "Қазақша",
        }
    }

    /// `n` with its digits in groups of three, as the language writes a
    /// count: "1,000,000"; in Russian and Kazakh "1 000 000" (no-break
    /// spaces), where a number of four digits stays whole ("9999").
    pub fn number(self, n: usize) -> String {
        let digits = n.to_string();
        let (separator, from) = match self {
            Self::En => (',', 1_000),
            Self::Ru | Self::Kk => ('\u{a0}', 10_000),
        };
        if n < from {
            return digits;
        }
        let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 2);
        for (k, c) in digits.chars().enumerate() {
            if k > 0 && (digits.len() - k).is_multiple_of(3) {
                out.push(separator);
            }
            out.push(c);
        }
        out
    }

    /// The word for "years" after the number `n`: "1 year", "4 years";
    /// "1 год", "4 года", "5 лет", "21 год"; "5 жыл".
    pub fn years_word(self, n: u32) -> &'static str {
        match self {
            Self::En if n == 1 => "year",
            Self::En => "years",
            Self::Kk => "жыл",
            Self::Ru => match (n % 10, n % 100) {
                (_, 11..=14) => "лет",
                (1, _) => "год",
                (2..=4, _) => "года",
                _ => "лет",
            },
        }
    }

    /// One of two fixed texts, by language. In Kazakh, the English text is
    /// looked up in the Kazakh word table ([`kk::word`]); a word the table
    /// lacks falls back to the Russian (and is recorded, see
    /// [`kk::missing`]).
    pub fn choose(self, en: &'static str, ru: &'static str) -> &'static str {
        match self {
            Self::En => en,
            Self::Ru => ru,
            Self::Kk => kk::word(en).unwrap_or_else(|| {
                kk::record_missing(en);
                ru
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn counts_are_grouped_as_each_language_writes_them() {
        let cases = [
            (0, "0", "0"),
            (999, "999", "999"),
            (1_000, "1,000", "1000"),
            (9_999, "9,999", "9999"),
            (10_000, "10,000", "10\u{a0}000"),
            (104_857, "104,857", "104\u{a0}857"),
            (1_000_000, "1,000,000", "1\u{a0}000\u{a0}000"),
            (12_345_678, "12,345,678", "12\u{a0}345\u{a0}678"),
        ];
        for (n, en, ru) in cases {
            assert_eq!(Lang::En.number(n), en);
            assert_eq!(Lang::Ru.number(n), ru);
            assert_eq!(Lang::Kk.number(n), ru);
        }
    }

    #[test]
    fn pick_falls_back_to_english_when_russian_is_missing_or_empty() {
        assert_eq!(Lang::Ru.pick("Treaty", Some("Договор")), "Договор");
        assert_eq!(Lang::Ru.pick("Treaty", Some("")), "Treaty");
        assert_eq!(Lang::Ru.pick("Treaty", None), "Treaty");
        assert_eq!(Lang::En.pick("Treaty", Some("Договор")), "Treaty");
    }

    #[test]
    fn kazakh_data_falls_back_to_russian_then_english() {
        assert_eq!(Lang::Kk.pick("Treaty", Some("Договор")), "Договор");
        assert_eq!(Lang::Kk.pick("Treaty", Some("")), "Treaty");
        assert_eq!(Lang::Kk.pick("Treaty", None), "Treaty");
    }

    #[test]
    fn choose_in_kazakh_uses_the_word_table_then_russian() {
        assert_eq!(Lang::Kk.choose("Russia", "Россия"), "Ресей");
        assert_eq!(Lang::Kk.choose("Kazakhstan", "Казахстан"), "Қазақстан");
        assert_eq!(Lang::Ru.choose("Russia", "Россия"), "Россия");
        assert_eq!(Lang::En.choose("Russia", "Россия"), "Russia");
        // A word the table lacks: Russian, and the miss is recorded.
        let odd = "a phrase no table holds";
        assert_eq!(Lang::Kk.choose(odd, "фраза"), "фраза");
        assert!(super::kk::missing().contains(&odd));
    }

    #[test]
    fn years_take_the_russian_plural() {
        let ru = |n| format!("{n} {}", Lang::Ru.years_word(n));
        assert_eq!(ru(1), "1 год");
        assert_eq!(ru(4), "4 года");
        assert_eq!(ru(5), "5 лет");
        assert_eq!(ru(7), "7 лет");
        assert_eq!(ru(11), "11 лет");
        assert_eq!(ru(21), "21 год");
        assert_eq!(ru(22), "22 года");
        assert_eq!(Lang::Kk.years_word(4), "жыл");
        assert_eq!(Lang::En.years_word(1), "year");
    }

    #[test]
    fn codes_round_trip_and_names_are_endonyms() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("kz"), None);
        assert_eq!(Lang::Kk.name(), "Қазақша");
    }
}
