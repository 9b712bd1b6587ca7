//! The shipped dataset: spot checks of key facts from the source text and
//! the reference chronology, and conventions the validator does not enforce.
//! (That it loads at all, with every rule of `model::validate` met, is what
//! `common::ds()` asserts; rules the validator enforces are not re-checked.)

mod common;

use common::ds;
use rk_roadmap::model::types::{ElectionKind, SourceKind, Stage};
use rk_roadmap::model::{Dataset, Date, ItemRef, Status};

#[test]
fn embedded_dataset_is_valid_and_complete() {
    let ds = ds();
    assert_eq!(ds.eras.len(), 4);
    assert!(ds.events.len() >= 60, "{}", ds.events.len());
    assert!(ds.scenarios.len() >= 3);
    assert_eq!(ds.offices.len(), 4);
    for lane in ["russia", "kazakhstan", "bilateral", "regional", "global"] {
        assert!(ds.lanes.iter().any(|l| l.id == lane), "{lane}");
    }
}

#[test]
fn the_eleven_footnotes_with_their_urls() {
    let ds = ds();
    let mut footnotes: Vec<_> = ds
        .sources
        .iter()
        .filter(|s| s.kind == SourceKind::Footnote)
        .collect();
    footnotes.sort_by_key(|s| s.footnote);
    assert_eq!(footnotes.len(), 11);
    // Numbered 1 to 11 without gaps (the validator only rules out repeats).
    for (i, s) in footnotes.iter().enumerate() {
        assert_eq!(s.footnote, Some(i as u32 + 1), "{}", s.id);
    }
    assert_eq!(
        ds.source("fn3").and_then(|s| s.url.as_deref()),
        Some("https://regnum.ru/article/2534699")
    );
    assert_eq!(
        ds.source("fn10").and_then(|s| s.url.as_deref()),
        Some("https://www.business-gazeta.ru/news/609639")
    );
    let paper = ds.source("ciss_2030_roadmap").expect("white paper");
    assert_eq!(paper.date, Date::ymd(2023, 10, 12));
}

#[test]
fn tokayev_single_seven_year_term_from_the_2022_election() {
    let ds = ds();
    let e = ds
        .elections
        .iter()
        .find(|e| {
            e.date == Date::ymd(2022, 11, 20).unwrap()
                && e.office.as_deref() == Some("kz_president")
        })
        .expect("20 Nov 2022 election");
    assert_eq!(e.kind, ElectionKind::Early);
    assert_eq!(e.winner.as_deref(), Some("tokayev"));
    assert!(e.result.contains("81.31"), "{}", e.result);
    let term = ds
        .terms
        .iter()
        .find(|t| t.election.as_deref() == Some(e.id.as_str()))
        .expect("term");
    assert_eq!(term.start, Date::ymd(2022, 11, 26).unwrap());
    assert_eq!(term.end.year, 2029);
    let rule = rk_roadmap::model::elections::rule_in_force(&ds.term_rules, "kz_president", &e.date)
        .expect("rule");
    assert_eq!(rule.term_years, 7);
}

#[test]
fn scheduled_elections_of_2029_and_2030() {
    let ds = ds();
    let kz = ds
        .elections
        .iter()
        .find(|e| e.office.as_deref() == Some("kz_president") && e.date.year == 2029)
        .expect("2029");
    assert_eq!(kz.status, Status::Scheduled);
    let ru = ds
        .elections
        .iter()
        .find(|e| e.office.as_deref() == Some("ru_president") && e.date.year == 2030)
        .expect("2030");
    assert_eq!(ru.status, Status::Scheduled);
    assert_eq!(ru.date.month(), Some(3));
}

#[test]
fn white_paper_figures_keep_their_wording() {
    let ds = ds();
    let find = |needle: &str| {
        ds.figures
            .iter()
            .find(|f| f.wording.contains(needle))
            .unwrap_or_else(|| panic!("figure with “{needle}”"))
    };
    let border = find("7.5 thousand km");
    assert_eq!(border.value, 7500.0);
    assert!(border.sources.contains(&"fn1".to_owned()));
    assert!(find("at least 70%").sources.contains(&"fn2".to_owned()));
    find("4 mln");
    find("80%");
    find("43");
}

#[test]
fn successors_ages_as_stated_and_birth_years() {
    let ds = ds();
    for (id, age) in [("m_ashimbayev", 52), ("nurtleu", 47), ("karin", 47)] {
        let p = ds.person(id).expect(id);
        assert!(
            p.stated_ages
                .iter()
                .any(|a| a.age == age && a.source == "ciss_2030_roadmap"),
            "{id}"
        );
    }
    assert_eq!(
        ds.person("putin").and_then(|p| p.born),
        Date::ymd(1952, 10, 7)
    );
    assert_eq!(
        ds.person("tokayev").and_then(|p| p.born),
        Date::ymd(1953, 5, 17)
    );
    let karin = ds
        .person("karin")
        .and_then(|p| p.born)
        .expect("approximate year");
    assert!(karin.approx, "Karin's birth year is unverified");
}

#[test]
fn every_scenario_starts_the_proposed_institutions_as_proposed() {
    let ds = ds();
    let proposed: Vec<_> = ds.institutions.iter().filter(|i| i.proposed).collect();
    assert!(proposed.len() >= 14);
    // That each has a lifecycle in every scenario is the validator's rule;
    // that each starts as only proposed (the white paper's 2023) is not.
    for s in &ds.scenarios {
        for l in s
            .lifecycles
            .iter()
            .filter(|l| proposed.iter().any(|i| i.id == l.institution))
        {
            assert_eq!(
                l.stages[0].stage,
                Stage::Proposed,
                "{} / {}",
                s.id,
                l.institution
            );
        }
    }
    for id in [
        "inst_strategic_mechanism",
        "inst_strategic_forum",
        "inst_special_envoy",
        "inst_expert_diplomacy",
    ] {
        assert!(matches!(ds.get(id), Some(ItemRef::Institution(_))), "{id}");
    }
}

#[test]
fn unverified_chronology_rows_are_not_facts() {
    let ds = ds();
    let treaty = ds
        .events
        .iter()
        .find(|e| e.title.contains("Good-Neighbourliness"))
        .expect("2013 treaty");
    assert_eq!(treaty.status, Status::Unconfirmed);
    assert!(treaty.note.is_some());
}

#[test]
fn chronology_items_carry_the_pages_they_were_checked_against() {
    let ds = ds();
    // Chronology-based items carry the pages they were checked against, or
    // a note saying why there are none.
    for e in ds.events.iter().filter(|e| e.sources == ["chronology"]) {
        assert!(
            !e.urls.is_empty() || e.note.is_some(),
            "{} cites the chronology without its pages",
            e.id
        );
    }
    for e in ds.elections.iter().filter(|e| e.sources == ["chronology"]) {
        assert!(
            !e.urls.is_empty(),
            "{} cites the chronology without its pages",
            e.id
        );
    }
}

#[test]
fn russian_titles_for_eras_institutions_scenarios_and_elections() {
    let ds = ds();
    let has = |ru: &Option<String>| {
        ru.as_deref()
            .is_some_and(|t| t.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)))
    };
    for e in &ds.eras {
        assert!(has(&e.title_ru), "era {}", e.id);
    }
    for i in &ds.institutions {
        assert!(has(&i.name_ru), "institution {}", i.id);
    }
    for s in &ds.scenarios {
        assert!(has(&s.title_ru), "scenario {}", s.id);
    }
    for e in &ds.elections {
        assert!(has(&e.title_ru), "election {}", e.id);
    }
}

/// Every text of an item, for searching the whole dataset.
fn all_texts(ds: &Dataset) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut put = |id: &str, texts: Vec<&str>| {
        for t in texts {
            out.push((id.to_owned(), t.to_owned()));
        }
    };
    for e in &ds.events {
        put(&e.id, vec![&e.title, &e.summary]);
        put(&e.id, e.note.iter().map(String::as_str).collect());
    }
    for f in &ds.factors {
        put(&f.id, vec![&f.title, &f.summary]);
        put(&f.id, f.note.iter().map(String::as_str).collect());
    }
    for i in &ds.institutions {
        put(&i.id, vec![&i.name, &i.purpose]);
        put(&i.id, i.note.iter().map(String::as_str).collect());
    }
    for s in &ds.scenarios {
        put(&s.id, vec![&s.title, &s.summary, &s.reasoning]);
        put(&s.id, s.assumptions.iter().map(String::as_str).collect());
        for p in &s.projected {
            put(&p.id, vec![&p.title, &p.summary]);
        }
    }
    for f in &ds.figures {
        put(&f.id, vec![&f.title, &f.wording]);
        put(&f.id, f.note.iter().map(String::as_str).collect());
    }
    out
}

#[test]
fn known_misquotes_are_gone() {
    let ds = ds();
    let texts = all_texts(&ds);
    assert!(texts.len() > 300, "{}", texts.len());
    for bad in [
        "in automatic mode",
        "manual mode",
        "education-and-science commissions",
        "education and science commissions",
        "a step towards the EAEU",
    ] {
        let hits: Vec<&str> = texts
            .iter()
            .filter(|(_, t)| t.contains(bad))
            .map(|(id, _)| id.as_str())
            .collect();
        assert!(hits.is_empty(), "«{bad}» in {hits:?}");
    }
}

#[test]
fn scenarios_say_they_are_the_datasets_own_analysis() {
    let ds = ds();
    for s in &ds.scenarios {
        assert!(
            s.summary.contains("the dataset's own analysis") && s.summary.contains("no scenarios"),
            "{}",
            s.id
        );
    }
}

#[test]
fn names_and_countries_only_as_the_sources_give_them() {
    let ds = ds();
    for (id, name) in [
        ("pashinyan", "Pashinyan"),
        ("lukashenko", "Lukashenko"),
        ("mishustin", "Mishustin"),
        ("kosanov", "Kosanov"),
        ("abdildin", "Abdildin"),
        ("ushakov", "Ushakov"),
        ("rudenko", "Rudenko"),
        ("lavrov", "Lavrov"),
    ] {
        let p = ds.person(id).expect(id);
        assert_eq!(p.name, name, "{id}");
    }
    for id in [
        "pashinyan",
        "lukashenko",
        "mishustin",
        "kosanov",
        "abdildin",
        "ushakov",
        "lavrov",
    ] {
        assert_eq!(ds.person(id).and_then(|p| p.country.clone()), None, "{id}");
    }
    let karin = ds.person("karin").expect("karin");
    assert_eq!(karin.status, Status::Fact);
    assert_eq!(karin.born_status, Some(Status::Unconfirmed));
    let senate = &ds.person("m_ashimbayev").expect("m_ashimbayev").roles[0];
    assert!(
        senate.to.is_some_and(|d| d.approx),
        "inferred end date must be approximate"
    );
    let renewal = ds
        .events
        .iter()
        .find(|e| e.id == "ev_kz_elite_renewal")
        .expect("elite renewal");
    assert!(renewal.date.approx && renewal.end.is_some_and(|d| d.approx));
    let transit = ds
        .figures
        .iter()
        .find(|f| f.id == "fig_kz_exports_transit_russia")
        .expect("transit figure");
    assert!(
        transit.as_of.approx,
        "«until recently» is not an exact Oct 2023 value"
    );
    assert_ne!(
        transit.qualifier,
        rk_roadmap::model::types::Qualifier::Exactly
    );
}

#[test]
fn coverage_of_the_frictions_from_the_addendum() {
    let ds = ds();
    let addendum = ds.source("chronology_addendum").expect("addendum source");
    assert_eq!(addendum.kind, SourceKind::Reference);
    let event = |id: &str| {
        ds.events
            .iter()
            .find(|e| e.id == id)
            .unwrap_or_else(|| panic!("event {id}"))
    };
    let mfa = event("ev_kz_mfa_crimea_statement_2014");
    assert_eq!(mfa.date, Date::ymd(2014, 3, 18).unwrap());
    assert_eq!(mfa.lane, "kazakhstan");
    assert!(mfa.summary.contains("understands"));
    assert!(
        mfa.urls
            .iter()
            .any(|u| u == "http://en.trend.az/regions/casia/kazakhstan/2254563.html")
    );
    let suleimenov = event("ev_suleimenov_crimea_2022");
    assert!(
        suleimenov
            .summary
            .contains("did not recognize and will not recognize")
    );
    // The white paper's undated claim stays the white paper's.
    let claim = event("ev_crimea_non_recognition");
    assert!(claim.date.approx && claim.summary.starts_with("The white paper says"));
    for id in [
        "ev_crimea_incorporated",
        "ev_ru_invasion_ukraine_2022",
        "ev_ru_partial_mobilisation_2022",
        "ev_putin_seliger_remark",
        "ev_kazakh_khanate_550",
        "ev_nikonov_gift_remark",
        "ev_unga_es11_1_abstention",
        "ev_kz_mobilisation_arrivals_2022",
        "ev_cpc_storm_2022",
        "ev_cpc_moorings_cracks_2022",
        "ev_tokayev_oil_routes_2022",
        "ev_air_defence_agreement",
        "ev_latin_alphabet_decree_2017",
    ] {
        let e = event(id);
        assert!(e.sources.iter().any(|s| s == "chronology_addendum"), "{id}");
        assert!(!e.urls.is_empty() && e.note.is_some(), "{id}");
        assert!(e.title_ru.is_some(), "{id}");
    }
    // Single-source rows say so.
    assert!(
        event("ev_cpc_moorings_cracks_2022")
            .note
            .as_deref()
            .is_some_and(|n| n.contains("Single source"))
    );
    let russia = ds.events.iter().filter(|e| e.lane == "russia").count();
    assert!(russia > 4, "the Russia lane holds only {russia} events");
    for id in [
        "inst_one_belt_one_road",
        "inst_north_south_itc",
        "inst_trans_caspian_route",
        "inst_eurasian_triad",
    ] {
        let i = ds.institution(id).expect(id);
        assert!(i.sources.iter().any(|s| s == "ciss_2030_roadmap"), "{id}");
        assert!(!i.proposed, "{id}");
    }
}

/// Every piece of prose in the data has its Russian: summaries, notes,
/// purposes, reasoning and assumptions (issue: complete Russian).
#[test]
fn every_summary_and_note_has_russian() {
    let d = ds();
    let missing = std::cell::RefCell::new(Vec::<String>::new());
    let need = |id: &str, field: &str, en: Option<&String>, ru: Option<&String>| {
        let has_en = en.is_some_and(|t| !t.trim().is_empty());
        let has_ru = ru.is_some_and(|t| !t.trim().is_empty());
        if has_en && !has_ru {
            missing.borrow_mut().push(format!("{id}.{field}_ru"));
        }
    };
    for e in &d.events {
        need(&e.id, "summary", Some(&e.summary), e.summary_ru.as_ref());
        need(&e.id, "note", e.note.as_ref(), e.note_ru.as_ref());
    }
    for x in &d.eras {
        need(&x.id, "summary", Some(&x.summary), x.summary_ru.as_ref());
        need(&x.id, "note", x.note.as_ref(), x.note_ru.as_ref());
    }
    for x in &d.lanes {
        need(&x.id, "summary", x.summary.as_ref(), x.summary_ru.as_ref());
    }
    for x in &d.factors {
        need(&x.id, "summary", Some(&x.summary), x.summary_ru.as_ref());
        need(&x.id, "note", x.note.as_ref(), x.note_ru.as_ref());
    }
    for x in &d.organisations {
        need(&x.id, "summary", Some(&x.summary), x.summary_ru.as_ref());
        need(&x.id, "note", x.note.as_ref(), x.note_ru.as_ref());
    }
    for x in &d.institutions {
        need(&x.id, "purpose", Some(&x.purpose), x.purpose_ru.as_ref());
        need(&x.id, "note", x.note.as_ref(), x.note_ru.as_ref());
    }
    for x in &d.term_rules {
        need(&x.id, "summary", Some(&x.summary), x.summary_ru.as_ref());
        need(&x.id, "note", x.note.as_ref(), x.note_ru.as_ref());
    }
    for x in &d.people {
        need(&x.id, "name", Some(&x.name), x.name_ru.as_ref());
        need(&x.id, "note", x.note.as_ref(), x.note_ru.as_ref());
    }
    for x in &d.figures {
        need(&x.id, "note", x.note.as_ref(), x.note_ru.as_ref());
    }
    for x in &d.elections {
        need(&x.id, "note", x.note.as_ref(), x.note_ru.as_ref());
    }
    for x in &d.terms {
        need(&x.id, "note", x.note.as_ref(), x.note_ru.as_ref());
        need(&x.id, "label", x.label.as_ref(), x.label_ru.as_ref());
    }
    for x in &d.sources {
        need(&x.id, "note", x.note.as_ref(), x.note_ru.as_ref());
    }
    for s in &d.scenarios {
        need(&s.id, "summary", Some(&s.summary), s.summary_ru.as_ref());
        need(
            &s.id,
            "reasoning",
            Some(&s.reasoning),
            s.reasoning_ru.as_ref(),
        );
        if s.assumptions_ru.len() != s.assumptions.len() {
            missing
                .borrow_mut()
                .push(format!("{}.assumptions_ru (one per assumption)", s.id));
        }
        for p in &s.projected {
            need(&p.id, "summary", Some(&p.summary), p.summary_ru.as_ref());
        }
        for sp in &s.signposts {
            need(&sp.id, "text", Some(&sp.text), sp.text_ru.as_ref());
            need(
                &sp.id,
                "indicates",
                Some(&sp.indicates),
                sp.indicates_ru.as_ref(),
            );
        }
        for j in &s.judgements {
            need(
                &s.id,
                "rationale",
                Some(&j.rationale),
                j.rationale_ru.as_ref(),
            );
        }
    }
    let missing = missing.into_inner();
    assert!(missing.is_empty(), "no Russian for {missing:?}");
}

#[test]
fn every_tag_of_the_shipped_events_has_a_russian_name() {
    let ds = ds();
    let unnamed: std::collections::BTreeSet<&str> = ds
        .events
        .iter()
        .flat_map(|e| e.tags.iter().map(String::as_str))
        .filter(|t| !ds.settings.tags_ru.contains_key(*t))
        .collect();
    assert!(unnamed.is_empty(), "tags without tags_ru: {unnamed:?}");
    assert_eq!(
        ds.tag_name("border", rk_roadmap::model::Lang::Ru),
        "граница"
    );
}
