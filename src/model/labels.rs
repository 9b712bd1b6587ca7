//! Words for every enum the interface shows, in English and Russian (and,
//! through [`Lang::choose`], Kazakh from `model::kk`), so no Rust variant
//! name (`ThinkTank`, `TwoConsecutive`) reaches the screen.

use super::lang::Lang;
use super::types::{
    Confidence, Country, ElectionKind, FactorKind, Level, Likelihood, OfficeKind, OrganisationKind,
    Qualifier, Side, SourceKind, Sphere, Stage, Status, TermEnd, TermLimit,
};

/// Defines `label(self, lang)` and `ALL` for a field-less enum from a table
/// of `Variant => ("English", "Russian")`.
macro_rules! labels {
    ($ty:ty { $($variant:ident => ($en:literal, $ru:literal)),+ $(,)? }) => {
        impl $ty {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$ty] = &[$(<$ty>::$variant),+];

            /// What the interface calls this value.
            pub fn label(self, lang: Lang) -> &'static str {
                match self {
                    $(<$ty>::$variant => lang.choose($en, $ru)),+
                }
            }
        }
    };
}

labels!(Status {
    Fact => ("fact", "факт"),
    Scheduled => ("scheduled", "запланировано"),
    Proposed => ("proposed", "предложено"),
    Projected => ("projected", "прогноз"),
    Unconfirmed => ("unconfirmed", "не подтверждено"),
});

labels!(Likelihood {
    AlmostNoChance => ("almost no chance", "почти исключено"),
    VeryUnlikely => ("very unlikely", "очень маловероятно"),
    Unlikely => ("unlikely", "маловероятно"),
    RoughlyEven => ("roughly even chance", "примерно равные шансы"),
    Likely => ("likely", "вероятно"),
    VeryLikely => ("very likely", "весьма вероятно"),
    AlmostCertain => ("almost certain", "почти наверняка"),
});

labels!(Confidence {
    Low => ("low", "низкая"),
    Medium => ("medium", "средняя"),
    High => ("high", "высокая"),
});

labels!(SourceKind {
    SourceText => ("source text", "исходный текст"),
    Footnote => ("footnote", "сноска"),
    Reference => ("reference", "справочный источник"),
});

labels!(OrganisationKind {
    ThinkTank => ("think tank", "аналитический центр"),
    University => ("university", "университет"),
    ResearchCentre => ("research centre", "исследовательский центр"),
    DevelopmentBank => ("development bank", "банк развития"),
    StateBody => ("state body", "государственный орган"),
    Intergovernmental => ("intergovernmental organisation", "межгосударственная организация"),
    Publisher => ("publisher", "издатель"),
    Media => ("media", "СМИ"),
    Company => ("company", "компания"),
});

labels!(Qualifier {
    Exactly => ("exactly", "ровно"),
    About => ("about", "около"),
    AtLeast => ("at least", "не менее"),
    MoreThan => ("more than", "более"),
    LessThan => ("less than", "менее"),
    Range => ("range", "диапазон"),
});

labels!(FactorKind {
    Interdependence => ("interdependence factor", "фактор взаимозависимости"),
    Trend => ("trend", "тенденция"),
    Risk => ("risk", "риск"),
    Barrier => ("barrier", "барьер"),
    Incentive => ("incentive", "стимул"),
});

labels!(Side {
    Russia => ("Russia's", "для России"),
    Kazakhstan => ("Kazakhstan's", "для Казахстана"),
    Both => ("both sides'", "для обеих сторон"),
});

labels!(Sphere {
    Security => ("security", "безопасность"),
    Economy => ("economy", "экономика"),
    Politics => ("politics", "политика"),
    Society => ("society", "общество"),
    Media => ("media", "СМИ"),
    Expertise => ("expertise", "экспертиза"),
});

labels!(Level {
    Presidential => ("presidential", "президентский"),
    Intergovernmental => ("intergovernmental", "межправительственный"),
    Departmental => ("departmental", "ведомственный"),
    Expert => ("expert", "экспертный"),
    Public => ("public", "общественный"),
    Regional => ("regional", "региональный"),
    Multilateral => ("multilateral", "многосторонний"),
});

labels!(OfficeKind {
    President => ("president", "президент"),
    Parliament => ("parliament", "парламент"),
});

labels!(TermLimit {
    Unstated => ("limit not stated in the sources", "ограничение в источниках не указано"),
    NoLimit => ("no limit on terms", "без ограничения сроков"),
    TwoConsecutive => ("at most two consecutive terms", "не более двух сроков подряд"),
    TwoInTotal => ("at most two terms in total", "не более двух сроков всего"),
    Single => ("a single term", "один срок"),
});

labels!(TermEnd {
    FullTerm => ("served the full term", "полный срок"),
    Ongoing => (
        "ongoing; the end date is when it is due to end",
        "продолжается; дата окончания — плановая"
    ),
    EarlyElection => ("cut short by an early election", "прерван досрочными выборами"),
    Resignation => ("ended by resignation", "прекращён отставкой"),
    Dissolution => ("ended by dissolution", "прекращён роспуском"),
    Annulled => (
        "annulled or ended by a new constitution",
        "аннулирован или прекращён новой конституцией"
    ),
});

labels!(ElectionKind {
    Regular => ("regular election", "очередные выборы"),
    Early => ("early election", "внеочередные выборы"),
    Referendum => ("referendum", "референдум"),
    Indirect => ("indirect election", "косвенные выборы"),
});

labels!(Stage {
    Proposed => ("proposed", "предложен"),
    Agreed => ("agreed", "согласован"),
    Established => ("established", "учреждён"),
    Operating => ("operating", "действует"),
    Stalled => ("stalled", "застопорился"),
    Abandoned => ("abandoned", "отменён"),
});

impl Country {
    /// The country's name.
    pub fn label(&self, lang: Lang) -> &str {
        match self {
            Self::Russia => lang.choose("Russia", "Россия"),
            Self::Kazakhstan => lang.choose("Kazakhstan", "Казахстан"),
            Self::Other(name) => name,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// No label is empty, none is a Rust variant name, and no two values
    /// of one enum share a label.
    fn distinct<T: Copy + std::fmt::Debug>(all: &[T], label: impl Fn(T, Lang) -> &'static str) {
        for lang in Lang::ALL {
            let mut seen = std::collections::HashSet::new();
            for &v in all {
                let text = label(v, lang);
                assert!(!text.is_empty(), "{v:?} has no label");
                assert_ne!(text, format!("{v:?}"), "{v:?} shows its Rust name");
                assert!(seen.insert(text), "{v:?}: `{text}` is used twice");
            }
        }
    }

    #[test]
    fn every_enum_shown_has_distinct_words_in_both_languages() {
        distinct(Status::ALL, Status::label);
        distinct(Likelihood::ALL, Likelihood::label);
        distinct(Confidence::ALL, Confidence::label);
        distinct(SourceKind::ALL, SourceKind::label);
        distinct(OrganisationKind::ALL, OrganisationKind::label);
        distinct(Qualifier::ALL, Qualifier::label);
        distinct(FactorKind::ALL, FactorKind::label);
        distinct(Side::ALL, Side::label);
        distinct(Sphere::ALL, Sphere::label);
        distinct(Level::ALL, Level::label);
        distinct(OfficeKind::ALL, OfficeKind::label);
        distinct(TermLimit::ALL, TermLimit::label);
        distinct(TermEnd::ALL, TermEnd::label);
        distinct(ElectionKind::ALL, ElectionKind::label);
        distinct(Stage::ALL, Stage::label);
    }

    /// Every label's English is in the Kazakh word table.
    fn kazakh<T: Copy + std::fmt::Debug>(all: &[T], label: impl Fn(T, Lang) -> &'static str) {
        for &v in all {
            let en = label(v, Lang::En);
            assert!(
                crate::model::kk::word(en).is_some(),
                "{v:?}: no Kazakh for `{en}`"
            );
        }
    }

    #[test]
    fn every_enum_shown_has_kazakh() {
        kazakh(Status::ALL, Status::label);
        kazakh(Likelihood::ALL, Likelihood::label);
        kazakh(Confidence::ALL, Confidence::label);
        kazakh(SourceKind::ALL, SourceKind::label);
        kazakh(OrganisationKind::ALL, OrganisationKind::label);
        kazakh(Qualifier::ALL, Qualifier::label);
        kazakh(FactorKind::ALL, FactorKind::label);
        kazakh(Side::ALL, Side::label);
        kazakh(Sphere::ALL, Sphere::label);
        kazakh(Level::ALL, Level::label);
        kazakh(OfficeKind::ALL, OfficeKind::label);
        kazakh(TermLimit::ALL, TermLimit::label);
        kazakh(TermEnd::ALL, TermEnd::label);
        kazakh(ElectionKind::ALL, ElectionKind::label);
        kazakh(Stage::ALL, Stage::label);
        assert_eq!(Country::Russia.label(Lang::Kk), "Ресей");
        assert_eq!(Stage::Operating.label(Lang::Kk), "жұмыс істейді");
    }

    #[test]
    fn russian_labels_differ_from_english_ones() {
        assert_eq!(OrganisationKind::ThinkTank.label(Lang::En), "think tank");
        assert_eq!(
            TermLimit::TwoConsecutive.label(Lang::Ru),
            "не более двух сроков подряд"
        );
        assert_eq!(Country::Kazakhstan.label(Lang::Ru), "Казахстан");
        assert_eq!(Country::Other("Belarus".into()).label(Lang::Ru), "Belarus");
    }
}
