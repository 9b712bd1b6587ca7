//! Queries the panels ask of the dataset: a display name for any id, the
//! institution–factor links of the road map, and the institutions table's
//! sort. Pure functions, tested here, so panels only draw.

use std::cmp::Ordering;

use serde::{Deserialize, Serialize};

use super::dataset::{Dataset, ItemRef};
use super::lang::Lang;
use super::types::{Factor, FactorKind, Institution};

/// A short human name for any item id, in `lang` where the data has it;
/// the id itself only for an id the data does not hold.
pub fn display_name(ds: &Dataset, id: &str, lang: Lang) -> String {
    let pick = |en: &str, ru: &Option<String>| lang.pick(en, ru.as_deref()).to_owned();
    let name = match ds.get(id) {
        Some(ItemRef::Source(i)) => ds.sources.get(i).map(|x| pick(&x.title, &x.title_ru)),
        Some(ItemRef::Lane(i)) => ds.lanes.get(i).map(|x| pick(&x.name, &x.name_ru)),
        Some(ItemRef::Era(i)) => ds.eras.get(i).map(|x| pick(&x.title, &x.title_ru)),
        Some(ItemRef::Event(i)) => ds.events.get(i).map(|x| pick(&x.title, &x.title_ru)),
        Some(ItemRef::Person(i)) => ds.people.get(i).map(|x| pick(&x.name, &x.name_ru)),
        Some(ItemRef::Organisation(i)) => {
            ds.organisations.get(i).map(|x| pick(&x.name, &x.name_ru))
        }
        Some(ItemRef::Figure(i)) => ds.figures.get(i).map(|x| pick(&x.title, &x.title_ru)),
        Some(ItemRef::Factor(i)) => ds.factors.get(i).map(|x| pick(&x.title, &x.title_ru)),
        Some(ItemRef::Institution(i)) => ds.institutions.get(i).map(|x| pick(&x.name, &x.name_ru)),
        Some(ItemRef::Office(i)) => ds.offices.get(i).map(|x| pick(&x.title, &x.title_ru)),
        Some(ItemRef::TermRule(i)) => ds.term_rules.get(i).map(|x| {
            let (years, adopted) = (x.term_years, x.adopted.display_in(lang));
            match lang {
                Lang::En => format!("{years}-year term rule adopted {adopted}"),
                Lang::Ru => format!(
                    "Срок {years} {}, правило от {adopted}",
                    lang.years_word(years)
                ),
                Lang::Kk => format!("{years} жылдық мерзім, {adopted} ережесі"),
            }
        }),
        Some(ItemRef::Term(i)) => ds.terms.get(i).map(|t| {
            let who = t
                .holder
                .as_deref()
                .and_then(|h| ds.person(h))
                .map(|p| pick(&p.name, &p.name_ru))
                .or_else(|| t.label.as_deref().map(|l| pick(l, &t.label_ru)))
                .unwrap_or_default();
            format!("{who}, {}–{}", t.start.year, t.end.year)
        }),
        Some(ItemRef::Election(i)) => ds.elections.get(i).map(|x| pick(&x.title, &x.title_ru)),
        Some(ItemRef::Scenario(i)) => ds.scenarios.get(i).map(|x| pick(&x.title, &x.title_ru)),
        Some(ItemRef::Projected(s, i)) => ds
            .scenarios
            .get(s)
            .and_then(|s| s.projected.get(i))
            .map(|x| pick(&x.title, &x.title_ru)),
        None => None,
    };
    name.unwrap_or_else(|| id.to_owned())
}

/// The first and last instants (fractional years) of a dated item: an
/// event or projection (its span, or its date), an election (to its last
/// voting day or runoff), a term, an era, a figure's as-of date; `None`
/// for undated items.
pub fn item_extent(ds: &Dataset, id: &str) -> Option<(f64, f64)> {
    let span = |start: &super::Date, end: Option<&super::Date>| match end {
        Some(end) => (start.start_year_frac(), end.end_year_frac()),
        None => (start.mid_year_frac(), start.mid_year_frac()),
    };
    Some(match ds.get(id)? {
        ItemRef::Event(i) => ds.events.get(i).map(|e| span(&e.date, e.end.as_ref()))?,
        ItemRef::Projected(..) => {
            let (_, p) = ds.projected(id)?;
            span(&p.date, p.end.as_ref())
        }
        ItemRef::Election(i) => {
            let e = ds.elections.get(i)?;
            let last = e.runoffs.iter().max().or(e.end.as_ref());
            span(&e.date, last)
        }
        ItemRef::Term(i) => ds.terms.get(i).map(|t| span(&t.start, Some(&t.end)))?,
        ItemRef::Era(i) => ds.eras.get(i).map(|e| span(&e.start, Some(&e.end)))?,
        ItemRef::Figure(i) => ds.figures.get(i).map(|f| span(&f.as_of, None))?,
        _ => return None,
    })
}

/// A scenario's short name: its title up to the first colon.
pub fn short_title(title: &str) -> &str {
    title.split(':').next().unwrap_or(title).trim()
}

/// The institutions that answer factor `factor` (by their `answers` links).
pub fn answered_by<'a>(ds: &'a Dataset, factor: &str) -> Vec<&'a Institution> {
    ds.institutions
        .iter()
        .filter(|i| i.answers.iter().any(|a| a == factor))
        .collect()
}

/// The factors the institutions × factors matrix shows: every factor some
/// institution answers, grouped by kind (risks first) and then by id.
pub fn matrix_factors(ds: &Dataset) -> Vec<&Factor> {
    let mut factors: Vec<&Factor> = ds
        .factors
        .iter()
        .filter(|f| !answered_by(ds, &f.id).is_empty())
        .collect();
    factors.sort_by(|a, b| (kind_rank(a.kind), &a.id).cmp(&(kind_rank(b.kind), &b.id)));
    factors
}

fn kind_rank(kind: FactorKind) -> u8 {
    match kind {
        FactorKind::Risk => 0,
        FactorKind::Barrier => 1,
        FactorKind::Trend => 2,
        FactorKind::Incentive => 3,
        FactorKind::Interdependence => 4,
    }
}

/// The matrix's rows: institutions that answer at least one factor.
pub fn matrix_institutions(ds: &Dataset) -> Vec<&Institution> {
    ds.institutions
        .iter()
        .filter(|i| !i.answers.is_empty())
        .collect()
}

/// The code of the `k`-th (0-based) matrix column: the letter of the
/// factor's kind and its number, shared by the column header and the legend.
pub fn factor_code(kind: FactorKind, k: usize) -> String {
    let letter = match kind {
        FactorKind::Risk => 'R',
        FactorKind::Barrier => 'B',
        FactorKind::Trend => 'T',
        FactorKind::Incentive => 'I',
        FactorKind::Interdependence => 'D',
    };
    format!("{letter}{}", k + 1)
}

/// Columns of the institutions table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum InstitutionColumn {
    #[default]
    Name,
    Kind,
    Level,
    Answers,
}

impl InstitutionColumn {
    /// Whether the column sorts by a number (its sort marker reads 0–9).
    pub fn is_numeric(self) -> bool {
        self == Self::Answers
    }
}

/// The institutions sorted by `column`, names breaking ties.
/// A name as it sorts: lower case, without opening quotes or brackets
/// («Евразийская тройка» among the е's).
pub fn sort_key(name: &str) -> String {
    name.trim_start_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

pub fn sorted_institutions(
    ds: &Dataset,
    column: InstitutionColumn,
    ascending: bool,
    lang: Lang,
) -> Vec<&Institution> {
    // By the name the table shows, ignoring case and opening quotes: in
    // Russian, the Russian names (by the English ones, «Широкая сеть НКО»
    // came first).
    let mut rows: Vec<(String, &Institution)> = (ds.institutions.iter())
        .map(|i| (sort_key(lang.pick(&i.name, i.name_ru.as_deref())), i))
        .collect();
    rows.sort_by(|(a_name, a), (b_name, b)| {
        let order = match column {
            InstitutionColumn::Name => Ordering::Equal,
            // Proposed first when ascending.
            InstitutionColumn::Kind => b.proposed.cmp(&a.proposed),
            InstitutionColumn::Level => a.level.cmp(&b.level),
            InstitutionColumn::Answers => a.answers.len().cmp(&b.answers.len()),
        }
        .then_with(|| a_name.cmp(b_name));
        if ascending { order } else { order.reverse() }
    });
    rows.into_iter().map(|(_, i)| i).collect()
}

/// A piece of a note: its own words, or the id of an item it names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotePart<'a> {
    Text(&'a str),
    Ref(&'a str),
}

/// `note` cut into its words and the ids of the items it names: a word of
/// lowercase letters, digits and underscores (with one underscore at
/// least) that `is_id` knows. Notes cite other items by id
/// («… (ev_kz_mfa_crimea_statement_2014) …»), which the details panel
/// shows as links with the items' titles.
pub fn note_parts<'a>(note: &'a str, is_id: impl Fn(&str) -> bool) -> Vec<NotePart<'a>> {
    let is_id_char = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_';
    let mut parts = Vec::new();
    let mut text_from = 0;
    let mut rest = note.char_indices().peekable();
    while let Some((at, c)) = rest.next() {
        let starts_word = c.is_ascii_lowercase()
            && note[..at]
                .chars()
                .next_back()
                .is_none_or(|p| !p.is_alphanumeric() && p != '_');
        if !starts_word {
            continue;
        }
        let mut end = at + c.len_utf8();
        while let Some(&(k, d)) = rest.peek() {
            if !is_id_char(d) {
                break;
            }
            end = k + d.len_utf8();
            rest.next();
        }
        let word = &note[at..end];
        // An id's word ends where letters do not go on (not inside "ab_cé").
        let whole = note[end..]
            .chars()
            .next()
            .is_none_or(|n| !n.is_alphanumeric());
        if whole && word.contains('_') && is_id(word) {
            if text_from < at {
                parts.push(NotePart::Text(&note[text_from..at]));
            }
            parts.push(NotePart::Ref(word));
            text_from = end;
        }
    }
    if text_from < note.len() {
        parts.push(NotePart::Text(&note[text_from..]));
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_name_items_by_id_and_only_known_ids_become_refs() {
        let known = |id: &str| ["ev_a_2014", "ev_b"].contains(&id);
        let parts = note_parts("see ev_a_2014 (18 Mar), ev_b and ev_c_unknown.", known);
        assert_eq!(
            parts,
            [
                NotePart::Text("see "),
                NotePart::Ref("ev_a_2014"),
                NotePart::Text(" (18 Mar), "),
                NotePart::Ref("ev_b"),
                NotePart::Text(" and ev_c_unknown."),
            ]
        );
        // In parentheses, at the start and the end; not inside a longer
        // word, nor a word without an underscore.
        let parts = note_parts("(ev_b)", known);
        assert_eq!(
            parts,
            [
                NotePart::Text("("),
                NotePart::Ref("ev_b"),
                NotePart::Text(")")
            ]
        );
        assert_eq!(note_parts("ev_b", known), [NotePart::Ref("ev_b")]);
        assert_eq!(
            note_parts("xev_b ev_bé", known),
            [NotePart::Text("xev_b ev_bé")]
        );
        let plain = |_: &str| true;
        assert_eq!(
            note_parts("plain words", plain),
            [NotePart::Text("plain words")]
        );
        // Cyrillic around an id.
        let parts = note_parts("см. ev_b, а также", known);
        assert_eq!(
            parts,
            [
                NotePart::Text("см. "),
                NotePart::Ref("ev_b"),
                NotePart::Text(", а также")
            ]
        );
        assert!(note_parts("", known).is_empty());
    }
    use crate::model::load_embedded;

    fn ds() -> Dataset {
        load_embedded().expect("the embedded dataset loads")
    }

    #[test]
    fn display_names_follow_the_language_and_fall_back_to_the_id() {
        let ds = ds();
        let inst = &ds.institutions[0];
        assert_eq!(display_name(&ds, &inst.id, Lang::En), inst.name);
        if let Some(ru) = &inst.name_ru {
            assert_eq!(&display_name(&ds, &inst.id, Lang::Ru), ru);
        }
        assert_eq!(display_name(&ds, "no_such_id", Lang::En), "no_such_id");
    }

    #[test]
    fn matrix_columns_are_exactly_the_answered_factors_risks_first() {
        let ds = ds();
        let factors = matrix_factors(&ds);
        assert!(!factors.is_empty());
        for f in &ds.factors {
            let answered = ds.institutions.iter().any(|i| i.answers.contains(&f.id));
            assert_eq!(factors.iter().any(|x| x.id == f.id), answered, "{}", f.id);
        }
        let ranks: Vec<u8> = factors.iter().map(|f| kind_rank(f.kind)).collect();
        assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{ranks:?}");
        assert_eq!(factor_code(FactorKind::Trend, 2), "T3");
        assert_eq!(factor_code(FactorKind::Risk, 0), "R1");
    }

    #[test]
    fn dated_items_have_an_extent_and_others_none() {
        let ds = ds();
        let treaty = ds
            .events
            .iter()
            .find(|e| e.id == "ev_collective_security_treaty");
        let (lo, hi) = item_extent(&ds, "ev_collective_security_treaty").unwrap();
        assert!(
            treaty.is_some() && lo == hi && (1992.3..1992.4).contains(&lo),
            "{lo}"
        );
        let e = &ds.elections[0];
        let (lo, hi) = item_extent(&ds, &e.id).unwrap();
        assert!(lo <= e.date.end_year_frac() && hi >= lo);
        let t = &ds.terms[0];
        assert_eq!(
            item_extent(&ds, &t.id),
            Some((t.start.start_year_frac(), t.end.end_year_frac()))
        );
        assert_eq!(item_extent(&ds, "tokayev"), None);
        assert_eq!(item_extent(&ds, "no_such_id"), None);
    }

    #[test]
    fn a_short_title_stops_at_the_colon() {
        assert_eq!(
            short_title("Institutional alliance: the Road Map"),
            "Institutional alliance"
        );
        assert_eq!(short_title("Multi-vector drift"), "Multi-vector drift");
    }

    #[test]
    fn answered_by_inverts_the_answers_links() {
        let ds = ds();
        let inst = ds
            .institutions
            .iter()
            .find(|i| !i.answers.is_empty())
            .expect("an institution answers a factor");
        let factor = &inst.answers[0];
        assert!(answered_by(&ds, factor).iter().any(|i| i.id == inst.id));
        assert!(answered_by(&ds, "no_such_factor").is_empty());
    }

    #[test]
    fn sorting_by_answers_orders_by_count_and_reverses() {
        let ds = ds();
        let up = sorted_institutions(&ds, InstitutionColumn::Answers, true, Lang::En);
        assert!(
            up.windows(2)
                .all(|w| w[0].answers.len() <= w[1].answers.len())
        );
        let down = sorted_institutions(&ds, InstitutionColumn::Answers, false, Lang::En);
        assert_eq!(
            up.iter().map(|i| &i.id).rev().collect::<Vec<_>>(),
            down.iter().map(|i| &i.id).collect::<Vec<_>>()
        );
        let kind = sorted_institutions(&ds, InstitutionColumn::Kind, true, Lang::En);
        let first_existing = kind.iter().position(|i| !i.proposed).unwrap_or(kind.len());
        assert!(kind[first_existing..].iter().all(|i| !i.proposed));
    }

    #[test]
    fn sorting_by_name_follows_the_names_shown() {
        let ds = ds();
        for lang in [Lang::En, Lang::Ru] {
            let names: Vec<String> = sorted_institutions(&ds, InstitutionColumn::Name, true, lang)
                .iter()
                .map(|i| sort_key(lang.pick(&i.name, i.name_ru.as_deref())))
                .collect();
            assert!(
                names.windows(2).all(|w| w[0] <= w[1]),
                "{lang:?}: {names:?}"
            );
        }
        let ru = sorted_institutions(&ds, InstitutionColumn::Name, true, Lang::Ru);
        let first = ru[0].name_ru.as_deref().map(sort_key).unwrap_or_default();
        assert!(first.starts_with(['а', 'б', 'в', 'г', 'д', 'е']), "{first}");
        assert_eq!(sort_key("«Евразийская тройка»"), "евразийская тройка»");
    }
}
