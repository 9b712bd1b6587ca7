//! The model's fixed words in Kazakh (Cyrillic), keyed by their English
//! text: what [`Lang::choose`](super::Lang::choose) shows in Kazakh. The
//! interface's own words are in `ui::i18n_kk`; the data has no Kazakh
//! fields (data text falls back to Russian, then English).
//!
//! To add a word: append `("English", "Қазақша")` anywhere in [`WORDS`] (the
//! lookup is a map built once; a test rejects a key given twice). The i18n
//! test fails for every `choose("…", "…")` in the sources whose English is
//! not here.

use std::collections::{BTreeSet, HashMap};
use std::sync::{LazyLock, Mutex};

/// (English, Kazakh) pairs.
pub const WORDS: &[(&str, &str)] = &[
    // Countries.
    ("Russia", "Ресей"),
    ("Kazakhstan", "Қазақстан"),
    // Status.
    ("fact", "факт"),
    ("scheduled", "жоспарланған"),
    ("proposed", "ұсынылған"),
    ("projected", "болжам"),
    ("unconfirmed", "расталмаған"),
    // Likelihood (the ICD 203 scale) and confidence.
    ("almost no chance", "мүмкін емес дерлік"),
    ("very unlikely", "өте екіталай"),
    ("unlikely", "екіталай"),
    ("roughly even chance", "мүмкіндігі шамамен тең"),
    ("likely", "ықтимал"),
    ("very likely", "өте ықтимал"),
    ("almost certain", "сөзсіз дерлік"),
    ("low", "төмен"),
    ("medium", "орташа"),
    ("high", "жоғары"),
    // Source kinds.
    ("source text", "бастапқы мәтін"),
    ("footnote", "сілтеме"),
    ("reference", "анықтамалық дереккөз"),
    // Organisation kinds.
    ("think tank", "талдау орталығы"),
    ("university", "университет"),
    ("research centre", "зерттеу орталығы"),
    ("development bank", "даму банкі"),
    ("state body", "мемлекеттік орган"),
    ("intergovernmental organisation", "мемлекетаралық ұйым"),
    ("publisher", "баспа"),
    ("media", "БАҚ"),
    ("company", "компания"),
    // A figure's qualifier.
    ("exactly", "дәл"),
    ("about", "шамамен"),
    ("at least", "кемінде"),
    ("more than", "астам"),
    ("less than", "кемірек"),
    ("range", "аралық"),
    // Factor kinds and sides.
    ("interdependence factor", "өзара тәуелділік факторы"),
    ("trend", "үрдіс"),
    ("risk", "тәуекел"),
    ("barrier", "кедергі"),
    ("incentive", "ынталандырушы фактор"),
    ("Russia's", "Ресей үшін"),
    ("Kazakhstan's", "Қазақстан үшін"),
    ("both sides'", "екі тарап үшін"),
    // Spheres.
    ("security", "қауіпсіздік"),
    ("economy", "экономика"),
    ("politics", "саясат"),
    ("society", "қоғам"),
    ("expertise", "сараптама"),
    // Levels of an institution.
    ("presidential", "президенттік"),
    ("intergovernmental", "үкіметаралық"),
    ("departmental", "ведомстволық"),
    ("expert", "сараптамалық"),
    ("public", "қоғамдық"),
    ("regional", "өңірлік"),
    ("multilateral", "көпжақты"),
    // Offices, term rules and how terms end.
    ("president", "президент"),
    ("parliament", "парламент"),
    (
        "limit not stated in the sources",
        "шектеу дереккөздерде көрсетілмеген",
    ),
    ("no limit on terms", "мерзім саны шектелмеген"),
    (
        "at most two consecutive terms",
        "қатарынан екі мерзімнен артық емес",
    ),
    (
        "at most two terms in total",
        "барлығы екі мерзімнен артық емес",
    ),
    ("a single term", "бір ғана мерзім"),
    ("served the full term", "толық мерзім"),
    (
        "ongoing; the end date is when it is due to end",
        "жалғасуда; аяқталу күні — жоспарлы",
    ),
    (
        "cut short by an early election",
        "кезектен тыс сайлаумен үзілді",
    ),
    ("ended by resignation", "отставкамен аяқталды"),
    ("ended by dissolution", "таратылуымен аяқталды"),
    (
        "annulled or ended by a new constitution",
        "күшін жойды немесе жаңа конституциямен тоқтатылды",
    ),
    // Elections.
    ("regular election", "кезекті сайлау"),
    ("early election", "кезектен тыс сайлау"),
    ("referendum", "референдум"),
    ("indirect election", "жанама сайлау"),
    (" (acting)", " (м. а.)"),
    // Stages of a road-map institution.
    ("agreed", "келісілген"),
    ("established", "құрылған"),
    ("operating", "жұмыс істейді"),
    ("stalled", "тоқтап қалған"),
    ("abandoned", "бас тартылған"),
    // A signpost's state.
    ("pending", "күтілуде"),
    ("observed", "байқалды"),
    ("missed", "болмады"),
    ("contradicted", "теріске шығарылды"),
    // Words the panels choose with `Lang::choose`.
    (" (month only)", " (ай дәлдігімен)"),
    (" (year only)", " (жыл дәлдігімен)"),
    (", approximate", ", шамамен"),
    ("embedded dataset", "кіріктірілген деректер"),
    (
        "Fact: happened, confirmed by the cited source.",
        "Факт: болған, келтірілген дереккөзбен расталған.",
    ),
    (
        "Scheduled: set by law or an official decision; no result in the sources yet.",
        "Жоспарланған: заңмен немесе ресми шешіммен белгіленген; дереккөздерде әзірге нәтиже жоқ.",
    ),
    (
        "Proposed: put forward by the white paper or an official; not adopted.",
        "Ұсынылған: баяндамада немесе лауазымды тұлға ұсынған; қабылданбаған.",
    ),
    (
        "Projected: part of a scenario, not a fact or a plan.",
        "Болжам: сценарийдің бөлігі, факт те, жоспар да емес.",
    ),
    (
        "Unconfirmed: believed, but not confirmed by a checked source.",
        "Расталмаған: солай деп саналады, бірақ тексерілген дереккөзбен расталмаған.",
    ),
];

static INDEX: LazyLock<HashMap<&'static str, &'static str>> =
    LazyLock::new(|| WORDS.iter().copied().collect());

/// Words asked for in Kazakh that [`WORDS`] lacks.
static MISSING: Mutex<BTreeSet<&'static str>> = Mutex::new(BTreeSet::new());

/// The Kazakh for the English `en`, if the table has it.
pub fn word(en: &str) -> Option<&'static str> {
    INDEX.get(en).copied()
}

/// Notes that `en` was asked for in Kazakh and the table lacks it.
pub fn record_missing(en: &'static str) {
    if let Ok(mut missing) = MISSING.lock() {
        missing.insert(en);
    }
}

/// Every word asked for in Kazakh so far that the table lacks.
pub fn missing() -> Vec<&'static str> {
    MISSING
        .lock()
        .map(|m| m.iter().copied().collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_once_and_every_word_kazakh_cyrillic() {
        let mut seen = BTreeSet::new();
        for (en, kk) in WORDS {
            assert!(seen.insert(*en), "`{en}` is in the table twice");
            assert!(
                !kk.is_empty() && !kk.chars().any(|c| c.is_ascii_alphabetic()),
                "`{en}`: `{kk}` is not Cyrillic"
            );
        }
        assert_eq!(INDEX.len(), WORDS.len());
    }
}
