//! Entity pages: everything linked to a person, an organisation or an
//! institution — events, scenario projections, terms, elections, figures,
//! factors and the other people, organisations and institutions — by date.

use std::collections::BTreeSet;

use super::dataset::{Dataset, ItemRef};
use super::date::Date;
use super::types::Id;

/// What a linked item is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LinkKind {
    Event,
    Projection,
    Election,
    Term,
    Figure,
    Factor,
    Institution,
    Organisation,
    Person,
}

impl LinkKind {
    /// What the interface calls it, in English (translated by the interface).
    pub fn label(self) -> &'static str {
        match self {
            Self::Event => "Event",
            Self::Projection => "Projected event",
            Self::Election => "Election",
            Self::Term => "Term",
            Self::Figure => "Figure",
            Self::Factor => "Factor",
            Self::Institution => "Institution",
            Self::Organisation => "Organisation",
            Self::Person => "Person",
        }
    }

    /// Whether the item is drawn on the time axis (so a click brings it
    /// into view rather than only selecting it).
    pub fn is_on_axis(self) -> bool {
        matches!(
            self,
            Self::Event | Self::Projection | Self::Election | Self::Term
        )
    }
}

/// One item linked to an entity.
#[derive(Clone, Debug, PartialEq)]
pub struct Linked {
    pub id: Id,
    pub kind: LinkKind,
    /// Its date (a term's start, a figure's as-of date); `None` for
    /// undated items.
    pub date: Option<Date>,
    /// The linked item it comes through (a figure or factor an event of
    /// the entity cites, or one its answered factors cite); `None` when it
    /// links the entity itself.
    pub via: Option<Id>,
}

/// Whether `id` is an entity with a page of linked items.
pub fn is_entity(ds: &Dataset, id: &str) -> bool {
    matches!(
        ds.get(id),
        Some(ItemRef::Person(_) | ItemRef::Organisation(_) | ItemRef::Institution(_))
    )
}

/// Collects linked items once each.
struct Collector<'d> {
    ds: &'d Dataset,
    out: Vec<Linked>,
    seen: BTreeSet<Id>,
}

impl Collector<'_> {
    fn add(&mut self, id: &Id, kind: LinkKind, date: Option<Date>, via: Option<&Id>) {
        if self.seen.insert(id.clone()) {
            self.out.push(Linked {
                id: id.clone(),
                kind,
                date,
                via: via.cloned(),
            });
        }
    }

    /// Events naming the entity in `field`, with the figures and factors
    /// they cite.
    fn events(&mut self, links: impl Fn(&super::types::Event) -> bool) {
        let ds = self.ds;
        for e in ds.events.iter().filter(|e| links(e)) {
            self.add(&e.id, LinkKind::Event, Some(e.date), None);
        }
        for e in ds.events.iter().filter(|e| links(e)) {
            for f in &e.figures {
                let date = ds.figures.iter().find(|x| &x.id == f).map(|x| x.as_of);
                self.add(f, LinkKind::Figure, date, Some(&e.id));
            }
            for f in &e.factors {
                self.add(f, LinkKind::Factor, None, Some(&e.id));
            }
        }
    }

    fn person(&mut self, id: &str) {
        let ds = self.ds;
        for t in ds.terms.iter().filter(|t| t.holder.as_deref() == Some(id)) {
            self.add(&t.id, LinkKind::Term, Some(t.start), None);
        }
        for e in ds
            .elections
            .iter()
            .filter(|e| e.winner.as_deref() == Some(id))
        {
            self.add(&e.id, LinkKind::Election, Some(e.date), None);
        }
        let own = ds.person(id).map(|p| p.organisations.clone());
        for o in &ds.organisations {
            let member = own.as_ref().is_some_and(|v| v.contains(&o.id));
            if member || o.people.iter().any(|p| p == id) {
                self.add(&o.id, LinkKind::Organisation, None, None);
            }
        }
        self.events(|e| e.people.iter().any(|p| p == id));
    }

    fn organisation(&mut self, i: usize) {
        let ds = self.ds;
        let Some(o) = ds.organisations.get(i) else {
            return;
        };
        for p in &ds.people {
            if o.people.contains(&p.id) || p.organisations.contains(&o.id) {
                self.add(&p.id, LinkKind::Person, None, None);
            }
        }
        self.events(|e| e.organisations.contains(&o.id));
    }

    fn institution(&mut self, i: usize) {
        let ds = self.ds;
        let Some(x) = ds.institutions.get(i) else {
            return;
        };
        for s in &ds.scenarios {
            for p in s
                .projected
                .iter()
                .filter(|p| p.institutions.contains(&x.id))
            {
                self.add(&p.id, LinkKind::Projection, Some(p.date), None);
            }
        }
        for f in &x.answers {
            self.add(f, LinkKind::Factor, None, None);
        }
        for other in &ds.institutions {
            if x.builds_on.contains(&other.id) || other.builds_on.contains(&x.id) {
                self.add(&other.id, LinkKind::Institution, other.founded, None);
            }
        }
        self.events(|e| e.institutions.contains(&x.id));
        for f in &x.answers {
            let Some(factor) = ds.factor(f) else { continue };
            for fig in &factor.figures {
                let date = ds.figures.iter().find(|y| &y.id == fig).map(|y| y.as_of);
                self.add(fig, LinkKind::Figure, date, Some(f));
            }
        }
    }
}

/// Everything linked to the person, organisation or institution `id`:
/// dated items by date, then undated ones by kind; each once. Empty for
/// any other id.
pub fn linked_to(ds: &Dataset, id: &str) -> Vec<Linked> {
    let mut c = Collector {
        ds,
        out: Vec::new(),
        seen: BTreeSet::from([id.to_owned()]),
    };
    match ds.get(id) {
        Some(ItemRef::Person(_)) => c.person(id),
        Some(ItemRef::Organisation(i)) => c.organisation(i),
        Some(ItemRef::Institution(i)) => c.institution(i),
        _ => {}
    }
    let mut out = c.out;
    out.sort_by(|a, b| {
        let key = |l: &Linked| l.date.map(|d| d.start_year_frac());
        match (key(a), key(b)) {
            (Some(x), Some(y)) => x.total_cmp(&y),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => a.kind.cmp(&b.kind),
        }
        .then_with(|| a.id.cmp(&b.id))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::load_embedded;

    fn ds() -> Dataset {
        load_embedded().expect("the embedded dataset loads")
    }

    fn ids_of(linked: &[Linked], kind: LinkKind) -> Vec<&str> {
        linked
            .iter()
            .filter(|l| l.kind == kind)
            .map(|l| l.id.as_str())
            .collect()
    }

    #[test]
    fn a_persons_page_lists_events_terms_and_elections_by_date() {
        let ds = ds();
        let linked = linked_to(&ds, "tokayev");
        let events: Vec<&str> = ds
            .events
            .iter()
            .filter(|e| e.people.iter().any(|p| p == "tokayev"))
            .map(|e| e.id.as_str())
            .collect();
        assert!(!events.is_empty());
        let mut listed = ids_of(&linked, LinkKind::Event);
        listed.sort_unstable();
        let mut expected = events.clone();
        expected.sort_unstable();
        assert_eq!(listed, expected);
        let terms: Vec<&str> = ds
            .terms
            .iter()
            .filter(|t| t.holder.as_deref() == Some("tokayev"))
            .map(|t| t.id.as_str())
            .collect();
        assert!(!terms.is_empty());
        assert_eq!(ids_of(&linked, LinkKind::Term).len(), terms.len());
        let won = ds
            .elections
            .iter()
            .filter(|e| e.winner.as_deref() == Some("tokayev"))
            .count();
        assert_eq!(ids_of(&linked, LinkKind::Election).len(), won);
        // By date, undated after.
        let dates: Vec<f64> = linked
            .iter()
            .map_while(|l| l.date.map(|d| d.start_year_frac()))
            .collect();
        assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");
        let dated = dates.len();
        assert!(linked[dated..].iter().all(|l| l.date.is_none()));
        // Each once, and never the person itself.
        let unique: BTreeSet<&str> = linked.iter().map(|l| l.id.as_str()).collect();
        assert_eq!(unique.len(), linked.len());
        assert!(!unique.contains("tokayev"));
    }

    #[test]
    fn an_institutions_page_lists_events_projections_and_factors() {
        let ds = ds();
        let linked = linked_to(&ds, "inst_csto");
        let events = ids_of(&linked, LinkKind::Event);
        assert!(
            events.contains(&"ev_collective_security_treaty"),
            "{events:?}"
        );
        assert!(events.contains(&"ev_csto_mission"), "{events:?}");
        // Projections of every scenario, toggled or not.
        let x = ds
            .institutions
            .iter()
            .find(|i| {
                ds.scenarios
                    .iter()
                    .any(|s| s.projected.iter().any(|p| p.institutions.contains(&i.id)))
            })
            .expect("some institution is projected");
        let projected = ids_of(&linked_to(&ds, &x.id), LinkKind::Projection).len();
        let expected = ds
            .scenarios
            .iter()
            .flat_map(|s| &s.projected)
            .filter(|p| p.institutions.contains(&x.id))
            .count();
        assert_eq!(projected, expected);
        // The factors it answers, directly.
        let answering = ds
            .institutions
            .iter()
            .find(|i| !i.answers.is_empty())
            .expect("an institution answers a factor");
        let linked = linked_to(&ds, &answering.id);
        for f in &answering.answers {
            let l = linked.iter().find(|l| &l.id == f).expect("answered factor");
            assert_eq!((l.kind, l.via.as_ref()), (LinkKind::Factor, None));
        }
    }

    #[test]
    fn other_ids_have_no_page() {
        let ds = ds();
        assert!(linked_to(&ds, "ev_collective_security_treaty").is_empty());
        assert!(linked_to(&ds, "no_such_id").is_empty());
        assert!(is_entity(&ds, "tokayev"));
        assert!(is_entity(&ds, "inst_csto"));
        assert!(is_entity(&ds, &ds.organisations[0].id));
        assert!(!is_entity(&ds, "ev_collective_security_treaty"));
    }
}
