//! Search across both languages and linked items.
//!
//! One engine answers the search box, the timeline's text filter and
//! `rk-roadmap search`. Text is *folded* (lower case, ё → е, the Kazakh
//! letters to their nearest Russian ones, Latin diacritics dropped, every
//! run of other characters one space) and *keyed*: transliterated from
//! Cyrillic to Latin with one scheme and its common variants made equal
//! (й/y/i, х/kh/h, ж/zh/j, е/ye, ь and ъ dropped), so «Байконур» and
//! "Baikonur", «Токаев» and "Tokayev" have the same key.
//!
//! [`SearchIndex::build`] folds and keys every item's titles, summaries,
//! notes, tags and aliases once per load; [`SearchIndex::search`] then
//! matches each query word as a word, a word's beginning or (from three
//! letters) a part of a word, against the item's own texts and the names
//! and aliases of the people, organisations and institutions it is linked
//! to. Every word must match; the results carry the item, a score and why
//! it matched.

use rustc_hash::FxHashMap as HashMap;

use std::sync::atomic::{AtomicBool, Ordering};

use super::dataset::{Dataset, ItemRef};
use super::date::Date;
use super::lang::Lang;
use super::queries::display_name;
use super::types::Id;

/// `text` folded for matching: lower case, ё → е, Kazakh letters as the
/// nearest Russian ones, Latin letters without diacritics, apostrophes
/// dropped, and every run of other characters (spaces, punctuation) one
/// space, with a space at each end: `" word word "`.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push(' ');
    for c in text.chars() {
        for lower in c.to_lowercase() {
            match fold_char(lower) {
                Folded::Letter(f) => out.push(f),
                Folded::Drop => {}
                Folded::Space => {
                    if !out.ends_with(' ') {
                        out.push(' ');
                    }
                }
            }
        }
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
    out
}

enum Folded {
    Letter(char),
    Drop,
    Space,
}

/// One lower-case character folded.
fn fold_char(c: char) -> Folded {
    let letter = match c {
        'ё' => 'е',
        // Kazakh letters as the nearest Russian ones.
        'ә' => 'а',
        'ғ' => 'г',
        'қ' => 'к',
        'ң' => 'н',
        'ө' => 'о',
        'ұ' | 'ү' => 'у',
        'һ' => 'х',
        'і' => 'и',
        // Latin letters with diacritics (Chișinău, Qazaqstan's Latin).
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ğ' | 'ģ' => 'g',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => 'i',
        'ķ' => 'k',
        'ĺ' | 'ľ' | 'ł' | 'ļ' => 'l',
        'ñ' | 'ń' | 'ň' | 'ņ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ŕ' | 'ř' => 'r',
        'ś' | 'š' | 'ş' | 'ș' | 'ß' => 's',
        'ť' | 'ţ' | 'ț' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        // Apostrophes join a word («Kazan'», O'zbekiston); combining marks
        // belong to the letter before them.
        '\'' | '’' | 'ʼ' | 'ʻ' | '`' => return Folded::Drop,
        '\u{300}'..='\u{36f}' => return Folded::Drop,
        c if c.is_alphanumeric() => c,
        _ => return Folded::Space,
    };
    Folded::Letter(letter)
}

/// The Latin spelling of a folded Cyrillic letter (one scheme; the
/// variants are made equal by [`key`]).
fn latin(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' | 'э' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' => "i",
        'й' | 'ы' => "y",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' | 'ь' => "",
        'ю' => "yu",
        'я' => "ya",
        _ => return None,
    })
}

/// The transliteration key of folded text: Cyrillic in Latin letters, and
/// the common variants of romanisation made equal, word by word (see
/// [`key_word`]). Spaces are kept, so `" байконур "` keys as `" bakonur "`.
pub fn key(folded: &str) -> String {
    let mut out = String::with_capacity(folded.len() + 8);
    let mut chars: Vec<char> = Vec::new();
    let mut spelt: Vec<char> = Vec::new();
    for (n, word) in folded.split(' ').enumerate() {
        if n > 0 {
            out.push(' ');
        }
        chars.clear();
        for c in word.chars() {
            match latin(c) {
                Some(l) => chars.extend(l.chars()),
                None => chars.push(c),
            }
        }
        key_word(&chars, &mut spelt, &mut out);
    }
    out
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'o' | 'u')
}

/// One romanised word made canonical, appended to `out`: kh → h, dzh and
/// j → zh, q → k, w → v, x → ks, ph → f, c (not in ch) → k, y → i; then
/// an i next to another vowel is dropped (Tokayev, Токаев → tokaev;
/// Baikonur, Байконур → bakonur) and doubled letters are written once.
/// `spelt` is a buffer reused from word to word.
fn key_word(chars: &[char], spelt: &mut Vec<char>, out: &mut String) {
    spelt.clear();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        let next = chars.get(i + 1).copied();
        let (text, used): (&[char], usize) = match (c, next) {
            ('d', Some('z')) if chars.get(i + 2) == Some(&'h') => (&['z', 'h'], 3),
            ('k', Some('h')) => (&['h'], 2),
            ('p', Some('h')) => (&['f'], 2),
            ('c', Some('h')) => (&['c', 'h'], 2),
            ('c', _) | ('q', _) => (&['k'], 1),
            ('j', _) => (&['z', 'h'], 1),
            ('w', _) => (&['v'], 1),
            ('x', _) => (&['k', 's'], 1),
            ('y', _) => (&['i'], 1),
            _ => (std::slice::from_ref(&c), 1),
        };
        spelt.extend_from_slice(text);
        i += used;
    }
    let mut last: Option<char> = None;
    for (n, &c) in spelt.iter().enumerate() {
        if c == 'i' {
            let before = n.checked_sub(1).and_then(|b| spelt.get(b)).copied();
            let after = spelt.get(n + 1).copied();
            if before.is_some_and(is_vowel) || after.is_some_and(is_vowel) {
                continue;
            }
        }
        if last == Some(c) && c.is_alphabetic() {
            continue;
        }
        out.push(c);
        last = Some(c);
    }
}

/// Where in an item a query word was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Title,
    TitleRu,
    /// A person's, organisation's or institution's name.
    Name,
    NameRu,
    /// The item's `n`-th alias.
    Alias(u16),
    /// A summary (for an institution its purpose, for an election its
    /// result, for a figure the source's wording, for a person the roles).
    Summary,
    SummaryRu,
    /// The item's `n`-th tag.
    Tag(u16),
    /// The title of the scenario that projects it.
    Scenario,
    Note,
    NoteRu,
}

impl Field {
    /// How much a match here counts.
    fn weight(self) -> u32 {
        match self {
            Self::Title | Self::TitleRu | Self::Name | Self::NameRu => 100,
            Self::Alias(_) => 90,
            Self::Tag(_) => 60,
            Self::Summary | Self::SummaryRu => 40,
            Self::Scenario => 30,
            Self::Note | Self::NoteRu => 20,
        }
    }

    /// What the interface calls it, in English (translated by the
    /// interface; every one is in [`WHY_LABELS`]).
    pub fn label(self) -> &'static str {
        match self {
            Self::Title => "title",
            Self::TitleRu => "Russian title",
            Self::Name => "name",
            Self::NameRu => "Russian name",
            Self::Alias(_) => "alias",
            Self::Summary => "summary",
            Self::SummaryRu => "Russian summary",
            Self::Tag(_) => "tag",
            Self::Scenario => "scenario",
            Self::Note => "note",
            Self::NoteRu => "Russian note",
        }
    }
}

/// How much a match through a linked item's name counts.
const LINK_WEIGHT: u32 = 50;

/// Why an item matched: one of its own texts, or the name or an alias of a
/// person, organisation or institution it is linked to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Why {
    Own(Field),
    /// `entity` indexes [`SearchIndex::entity_id`].
    Linked {
        entity: u32,
        field: Field,
    },
}

/// Every English label a result's "why" can show, for the translation test.
pub const WHY_LABELS: &[&str] = &[
    "title",
    "Russian title",
    "name",
    "Russian name",
    "alias",
    "summary",
    "Russian summary",
    "tag",
    "scenario",
    "note",
    "Russian note",
    "linked person",
    "linked organisation",
    "linked institution",
    "transliterated",
];

/// One matching item.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hit {
    /// Indexes [`SearchIndex::id`].
    pub doc: u32,
    /// Higher is better: the sum over the query's words of the best match
    /// of each (its field's weight times how well it matched).
    pub score: u32,
    /// Where the best-scoring word matched.
    pub why: Why,
    /// That match was through the transliteration key (another script or
    /// spelling).
    pub translit: bool,
}

/// How well a word matched one text: higher is better.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Quality {
    /// Inside a word (query words of three letters or more).
    Part = 4,
    /// Another form of the word: the start of a word is the query word's
    /// Russian stem.
    Stem = 5,
    /// The start of a word, through the transliteration key.
    KeyPrefix = 6,
    /// A whole word, through the transliteration key.
    KeyWord = 7,
    /// The start of a word.
    Prefix = 8,
    /// A whole word.
    Word = 10,
}

impl Quality {
    fn is_translit(self) -> bool {
        matches!(self, Self::KeyPrefix | Self::KeyWord)
    }
}

/// A range of the index's text arena.
#[derive(Clone, Copy, Debug, Default)]
struct Span {
    start: u32,
    end: u32,
}

impl Span {
    fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// One folded and keyed text of an item.
#[derive(Clone, Copy, Debug)]
struct FieldText {
    field: Field,
    folded: Span,
    key: Span,
}

/// An item's texts: `fields` indexes `SearchIndex::fields`; `all` covers
/// every folded and keyed text of the item in the arena (for a quick no).
#[derive(Clone, Debug)]
struct Texts {
    item: ItemRef,
    fields: std::ops::Range<u32>,
    all: Span,
}

#[derive(Clone, Debug)]
struct Doc {
    texts: Texts,
    /// Indices into `SearchIndex::links`: the entities it is linked to.
    links: std::ops::Range<u32>,
    date: Option<Date>,
    /// The date as a fractional year (undated: `f64::MAX`), for sorting.
    when: f64,
}

/// A query word, folded and keyed, with the patterns it is matched by.
#[derive(Clone, Debug)]
struct Word {
    /// The word alone (a part of a word, from three letters).
    part: String,
    /// `" word"`: the start of a word.
    prefix: String,
    /// `" word "`: a whole word.
    whole: String,
    part_ok: bool,
    /// `" key"` and `" key "`, for keys of three letters or more.
    key: Option<(String, String)>,
    /// `" stem"`: the start of a word, for a Russian word whose stem
    /// (Snowball's) is shorter than it and at least [`MIN_STEM`] letters,
    /// so that other forms of the word match (саммита → саммит, выборов →
    /// выборы).
    stem: Option<String>,
}

/// The fewest letters a stem is matched by.
const MIN_STEM: usize = 4;

/// The Snowball stem of a folded Russian word, where it is shorter than
/// the word and long enough to search by.
fn russian_stem(folded: &str) -> Option<String> {
    let cyrillic = folded.chars().any(|c| ('а'..='я').contains(&c));
    if !cyrillic {
        return None;
    }
    let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::Russian);
    let stem = stemmer.stem(folded);
    (stem.chars().count() >= MIN_STEM && stem.len() < folded.len()).then(|| stem.into_owned())
}

impl Word {
    fn new(folded: &str) -> Self {
        let k = key(folded);
        let letters = folded.chars().count();
        Self {
            part: folded.to_owned(),
            prefix: format!(" {folded}"),
            whole: format!(" {folded} "),
            part_ok: letters >= 3,
            key: (k.chars().count() >= 3).then(|| (format!(" {k}"), format!(" {k} "))),
            stem: russian_stem(folded).map(|s| format!(" {s}")),
        }
    }
}

/// The words of a query, folded.
fn words(query: &str) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    for w in fold(query).split_whitespace() {
        if !out.iter().any(|x| x.part == w) {
            out.push(Word::new(w));
        }
    }
    out
}

/// Every searchable item folded and keyed once per load.
#[derive(Clone, Debug, Default)]
pub struct SearchIndex {
    docs: Vec<Doc>,
    /// The people, organisations and institutions items link to.
    entities: Vec<Texts>,
    fields: Vec<FieldText>,
    links: Vec<u32>,
    arena: String,
    doc_of: HashMap<ItemRef, u32>,
}

/// The result of one query.
#[derive(Clone, Debug, Default)]
pub struct SearchResults {
    /// The matching items, best first (then by date, then in data order).
    pub hits: Vec<Hit>,
    /// Whether the query had any words (with none, everything passes).
    active: bool,
    /// Per document: whether it matched.
    matched: Vec<bool>,
}

impl SearchResults {
    /// Whether the query had words to match.
    pub fn is_active(&self) -> bool {
        self.active
    }

    /// Whether the item passes the text filter: every item when the query
    /// has no words, otherwise the matching ones.
    pub fn lets_through(&self, index: &SearchIndex, item: ItemRef) -> bool {
        !self.active
            || index
                .doc_of(item)
                .is_some_and(|d| self.matched.get(d as usize).copied().unwrap_or(false))
    }

    /// The position of `id` (an item of `ds`) among the hits.
    pub fn position(&self, (index, ds): (&SearchIndex, &Dataset), id: &str) -> Option<usize> {
        let doc = index.doc_of(ds.get(id)?)?;
        self.hits.iter().position(|h| h.doc == doc)
    }

    /// The hit after (or before) `current`, going round at the ends; the
    /// first (or last) when `current` is not a hit.
    pub fn step(
        &self,
        at: (&SearchIndex, &Dataset),
        current: Option<&str>,
        forward: bool,
    ) -> Option<&Hit> {
        let n = self.hits.len();
        if n == 0 {
            return None;
        }
        let at = current.and_then(|id| self.position(at, id));
        let next = match (at, forward) {
            (None, true) => 0,
            (None, false) => n - 1,
            (Some(p), true) => (p + 1) % n,
            (Some(p), false) => (p + n - 1) % n,
        };
        self.hits.get(next)
    }
}

/// How much an index of a dataset needs, counted by a walk of the
/// builder that stores nothing. Grown by pushes, the big lists were copied
/// at every doubling, and each copy left behind was given back to the
/// system while the window panned (the index is built on a thread of its
/// own, but that costs the window's core too); reserved at once, nothing
/// is copied, and the final `shrink_to_fit` keeps the block where it is.
#[derive(Debug, Default, PartialEq)]
struct Room {
    docs: usize,
    fields: usize,
    bytes: usize,
}

/// Builds the index, item by item.
struct Builder<'d> {
    ds: &'d Dataset,
    index: SearchIndex,
    entity_of: HashMap<&'d str, u32>,
    /// Set when the index is no longer wanted.
    stop: &'d AtomicBool,
    /// Only counting what the index will need: nothing is stored.
    counting: Option<Room>,
}

impl<'d> Builder<'d> {
    fn stopped(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }

    fn new(ds: &'d Dataset, stop: &'d AtomicBool, counting: Option<Room>) -> Self {
        Builder {
            ds,
            index: SearchIndex::default(),
            entity_of: HashMap::default(),
            stop,
            counting,
        }
    }

    /// Every item's texts, in document order.
    fn walk(&mut self) {
        self.entities();
        self.events();
        self.entity_docs();
        self.other_docs();
    }

    /// What the index of `ds` needs (see [`Room`]).
    fn room(ds: &Dataset, stop: &AtomicBool) -> Room {
        let mut counter = Builder::new(ds, stop, Some(Room::default()));
        counter.walk();
        counter.counting.unwrap_or_default()
    }

    /// Room for all the documents, fields and texts at once (see [`Room`]).
    fn reserve(&mut self) {
        let room = Builder::room(self.ds, self.stop);
        self.index.docs.reserve(room.docs);
        self.index.doc_of.reserve(room.docs);
        self.index.fields.reserve(room.fields);
        self.index.arena.reserve(room.bytes);
    }

    /// Opens an item's texts.
    fn open(&self, item: ItemRef) -> Texts {
        Texts {
            item,
            fields: self.index.fields.len() as u32..self.index.fields.len() as u32,
            all: Span {
                start: self.index.arena.len() as u32,
                end: self.index.arena.len() as u32,
            },
        }
    }

    /// Adds one text (folded and keyed) to the item being built.
    fn text(&mut self, texts: &mut Texts, field: Field, text: &str) {
        if text.trim().is_empty() {
            return;
        }
        if let Some(room) = &mut self.counting {
            room.fields += 1;
            // Folded (a space at either end), then keyed: romanised, a
            // Cyrillic letter of two bytes is up to four (щ: shch).
            room.bytes += 3 * (text.len() + 2);
            return;
        }
        let arena = &mut self.index.arena;
        let folded = fold(text);
        let start = arena.len() as u32;
        arena.push_str(&folded);
        let mid = arena.len() as u32;
        arena.push_str(&key(&folded));
        let end = arena.len() as u32;
        self.index.fields.push(FieldText {
            field,
            folded: Span { start, end: mid },
            key: Span { start: mid, end },
        });
        texts.fields.end = self.index.fields.len() as u32;
        texts.all.end = end;
    }

    fn opt(&mut self, texts: &mut Texts, field: Field, text: Option<&String>) {
        if let Some(text) = text {
            self.text(texts, field, text);
        }
    }

    /// A name in both languages and its aliases.
    fn names(&mut self, t: &mut Texts, name: &str, ru: Option<&String>, aliases: &[String]) {
        self.text(t, Field::Name, name);
        self.opt(t, Field::NameRu, ru);
        for (n, alias) in aliases.iter().enumerate() {
            self.text(t, Field::Alias(n as u16), alias);
        }
    }

    /// Summary and note in both languages.
    fn prose(&mut self, t: &mut Texts, summary: [Option<&String>; 2], note: [Option<&String>; 2]) {
        self.opt(t, Field::Summary, summary[0]);
        self.opt(t, Field::SummaryRu, summary[1]);
        self.opt(t, Field::Note, note[0]);
        self.opt(t, Field::NoteRu, note[1]);
    }

    /// The entities: people, organisations, institutions, with their names.
    fn entities(&mut self) {
        let ds = self.ds;
        for (i, p) in ds.people.iter().enumerate() {
            let mut t = self.open(ItemRef::Person(i));
            self.names(&mut t, &p.name, p.name_ru.as_ref(), &[]);
            self.entity(t);
        }
        for (i, o) in ds.organisations.iter().enumerate() {
            let mut t = self.open(ItemRef::Organisation(i));
            self.names(&mut t, &o.name, o.name_ru.as_ref(), &o.aliases);
            self.entity(t);
        }
        for (i, x) in ds.institutions.iter().enumerate() {
            let mut t = self.open(ItemRef::Institution(i));
            self.names(&mut t, &x.name, x.name_ru.as_ref(), &x.aliases);
            self.entity(t);
        }
    }

    fn entity(&mut self, texts: Texts) {
        if self.counting.is_some() {
            return;
        }
        let ds = self.ds;
        let n = self.index.entities.len() as u32;
        if let Some(id) = ds.id_of(texts.item) {
            self.entity_of.insert(id, n);
        }
        self.index.entities.push(texts);
    }

    /// Finishes an item: its links (ids of entities) and date.
    fn doc<'a>(
        &mut self,
        texts: Texts,
        links: impl IntoIterator<Item = &'a Id>,
        date: Option<Date>,
    ) {
        if let Some(room) = &mut self.counting {
            room.docs += 1;
            return;
        }
        let start = self.index.links.len() as u32;
        for id in links {
            if let Some(&e) = self.entity_of.get(id.as_str()) {
                self.index.links.push(e);
            }
        }
        let n = self.index.docs.len() as u32;
        self.index.doc_of.insert(texts.item, n);
        self.index.docs.push(Doc {
            texts,
            links: start..self.index.links.len() as u32,
            date,
            when: date.map_or(f64::MAX, |d| d.start_year_frac()),
        });
    }

    fn events(&mut self) {
        let ds = self.ds;
        for (i, e) in ds.events.iter().enumerate() {
            if i % 1024 == 1023 && self.stopped() {
                return;
            }
            let mut t = self.open(ItemRef::Event(i));
            self.text(&mut t, Field::Title, &e.title);
            self.opt(&mut t, Field::TitleRu, e.title_ru.as_ref());
            for (n, tag) in e.tags.iter().enumerate() {
                self.text(&mut t, Field::Tag(n as u16), tag);
                if let Some(ru) = ds.settings.tags_ru.get(tag) {
                    self.text(&mut t, Field::Tag(n as u16), ru);
                }
            }
            let summary = [Some(&e.summary), e.summary_ru.as_ref()];
            self.prose(&mut t, summary, [e.note.as_ref(), e.note_ru.as_ref()]);
            let links = e
                .people
                .iter()
                .chain(&e.organisations)
                .chain(&e.institutions);
            self.doc(t, links, Some(e.date));
        }
        for (s, scenario) in ds.scenarios.iter().enumerate() {
            for (i, p) in scenario.projected.iter().enumerate() {
                let mut t = self.open(ItemRef::Projected(s, i));
                self.text(&mut t, Field::Title, &p.title);
                self.opt(&mut t, Field::TitleRu, p.title_ru.as_ref());
                let by = format!(
                    "projected {} {}",
                    scenario.title,
                    scenario.title_ru.as_deref().unwrap_or_default()
                );
                self.text(&mut t, Field::Scenario, &by);
                self.prose(&mut t, [Some(&p.summary), p.summary_ru.as_ref()], [None; 2]);
                self.doc(t, &p.institutions, Some(p.date));
            }
        }
        for (i, e) in ds.elections.iter().enumerate() {
            let mut t = self.open(ItemRef::Election(i));
            self.text(&mut t, Field::Title, &e.title);
            self.opt(&mut t, Field::TitleRu, e.title_ru.as_ref());
            let summary = [Some(&e.result), e.result_ru.as_ref()];
            self.prose(&mut t, summary, [e.note.as_ref(), e.note_ru.as_ref()]);
            self.doc(t, &e.winner, Some(e.date));
        }
    }

    fn entity_docs(&mut self) {
        let ds = self.ds;
        for (i, p) in ds.people.iter().enumerate() {
            let mut t = self.open(ItemRef::Person(i));
            self.names(&mut t, &p.name, p.name_ru.as_ref(), &[]);
            let roles: Vec<&str> = p.roles.iter().map(|r| r.title.as_str()).collect();
            let roles_ru: Vec<&str> = p
                .roles
                .iter()
                .filter_map(|r| r.title_ru.as_deref())
                .collect();
            let summary = [roles.join("; "), roles_ru.join("; ")];
            let note = [p.note.as_ref(), p.note_ru.as_ref()];
            self.prose(&mut t, [Some(&summary[0]), Some(&summary[1])], note);
            self.doc(t, &p.organisations, None);
        }
        for (i, o) in ds.organisations.iter().enumerate() {
            let mut t = self.open(ItemRef::Organisation(i));
            self.names(&mut t, &o.name, o.name_ru.as_ref(), &o.aliases);
            let summary = [Some(&o.summary), o.summary_ru.as_ref()];
            self.prose(&mut t, summary, [o.note.as_ref(), o.note_ru.as_ref()]);
            self.doc(t, &o.people, None);
        }
        for (i, x) in ds.institutions.iter().enumerate() {
            let mut t = self.open(ItemRef::Institution(i));
            self.names(&mut t, &x.name, x.name_ru.as_ref(), &x.aliases);
            let summary = [Some(&x.purpose), x.purpose_ru.as_ref()];
            self.prose(&mut t, summary, [x.note.as_ref(), x.note_ru.as_ref()]);
            self.doc(t, &x.builds_on, x.founded);
        }
    }

    fn other_docs(&mut self) {
        let ds = self.ds;
        for (i, f) in ds.factors.iter().enumerate() {
            let mut t = self.open(ItemRef::Factor(i));
            self.text(&mut t, Field::Title, &f.title);
            self.opt(&mut t, Field::TitleRu, f.title_ru.as_ref());
            let summary = [Some(&f.summary), f.summary_ru.as_ref()];
            self.prose(&mut t, summary, [f.note.as_ref(), f.note_ru.as_ref()]);
            self.doc(t, [], None);
        }
        for (i, f) in ds.figures.iter().enumerate() {
            let mut t = self.open(ItemRef::Figure(i));
            self.text(&mut t, Field::Title, &f.title);
            self.opt(&mut t, Field::TitleRu, f.title_ru.as_ref());
            let note = [f.note.as_ref(), f.note_ru.as_ref()];
            self.prose(&mut t, [Some(&f.wording), None], note);
            self.doc(t, [], Some(f.as_of));
        }
    }
}

/// The best a word can score in one field.
const TOP_SCORE: u32 = 100 * Quality::Word as u32;

/// The best match of `word` in `texts`: (quality, field).
fn best_match(index: &SearchIndex, texts: &Texts, word: &Word) -> Option<(Quality, Field)> {
    let arena = index.arena.as_str();
    let all = &arena[texts.all.range()];
    let in_text = all.contains(word.part.as_str());
    let in_key = word
        .key
        .as_ref()
        .is_some_and(|(prefix, _)| all.contains(prefix.as_str()));
    let in_stem = word.stem.as_ref().is_some_and(|s| all.contains(s.as_str()));
    if !in_text && !in_key && !in_stem {
        return None;
    }
    let fields = index
        .fields
        .get(texts.fields.start as usize..texts.fields.end as usize)?;
    let mut best: Option<(u32, Quality, Field)> = None;
    for f in fields {
        let Some(q) = quality(arena, f, word, (in_text, in_key, in_stem)) else {
            continue;
        };
        let score = f.field.weight() * q as u32;
        if best.is_none_or(|(s, _, _)| score > s) {
            best = Some((score, q, f.field));
            if score == TOP_SCORE {
                break;
            }
        }
    }
    best.map(|(_, q, f)| (q, f))
}

/// How well `word` matches one text; `look` says whether the item's texts
/// hold the word (folded), its key and its stem at all.
fn quality(arena: &str, f: &FieldText, word: &Word, look: (bool, bool, bool)) -> Option<Quality> {
    let mut part = false;
    if look.0 {
        let text = &arena[f.folded.range()];
        if text.contains(word.part.as_str()) {
            if text.contains(word.whole.as_str()) {
                return Some(Quality::Word);
            }
            if text.contains(word.prefix.as_str()) {
                return Some(Quality::Prefix);
            }
            part = word.part_ok;
        }
    }
    if look.1
        && let Some((prefix, whole)) = &word.key
    {
        let keyed = &arena[f.key.range()];
        if keyed.contains(prefix.as_str()) {
            return Some(if keyed.contains(whole.as_str()) {
                Quality::KeyWord
            } else {
                Quality::KeyPrefix
            });
        }
    }
    if look.2
        && let Some(stem) = &word.stem
        && arena[f.folded.range()].contains(stem.as_str())
    {
        return Some(Quality::Stem);
    }
    part.then_some(Quality::Part)
}

impl SearchIndex {
    /// Folds and keys every event, projected event (of every scenario),
    /// election, person, organisation, institution, factor and figure.
    pub fn build(ds: &Dataset) -> Self {
        Self::build_unless(ds, &AtomicBool::new(false)).unwrap_or_default()
    }

    /// Builds the index unless `stop` is set before it is done (looked at
    /// every thousand events): then `None`, soon.
    pub fn build_unless(ds: &Dataset, stop: &AtomicBool) -> Option<Self> {
        let mut b = Builder::new(ds, stop, None);
        b.reserve();
        b.walk();
        if b.stopped() {
            return None;
        }
        let mut index = b.index;
        // Grown by pushes, the lists hold up to twice the room they need,
        // for as long as the data is shown.
        index.docs.shrink_to_fit();
        index.entities.shrink_to_fit();
        index.fields.shrink_to_fit();
        index.links.shrink_to_fit();
        index.arena.shrink_to_fit();
        index.doc_of.shrink_to_fit();
        Some(index)
    }

    /// How many items are searchable.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// The document of an item.
    pub fn doc_of(&self, item: ItemRef) -> Option<u32> {
        self.doc_of.get(&item).copied()
    }

    /// The id of document `doc` (read from `ds`, the dataset indexed).
    pub fn id<'d>(&self, ds: &'d Dataset, doc: u32) -> &'d str {
        self.item(doc).and_then(|i| ds.id_of(i)).unwrap_or("")
    }

    /// What document `doc` is.
    pub fn item(&self, doc: u32) -> Option<ItemRef> {
        self.docs.get(doc as usize).map(|d| d.texts.item)
    }

    /// The date of document `doc`, if it has one.
    pub fn date(&self, doc: u32) -> Option<Date> {
        self.docs.get(doc as usize).and_then(|d| d.date)
    }

    /// The id of a linked entity (of a [`Why::Linked`]), read from `ds`.
    pub fn entity_id<'d>(&self, ds: &'d Dataset, entity: u32) -> &'d str {
        self.entity_item(entity)
            .and_then(|i| ds.id_of(i))
            .unwrap_or("")
    }

    fn entity_item(&self, entity: u32) -> Option<ItemRef> {
        self.entities.get(entity as usize).map(|e| e.item)
    }

    /// The items matching every word of `query`, best first.
    pub fn search(&self, query: &str) -> SearchResults {
        let words = words(query);
        if words.is_empty() {
            return SearchResults::default();
        }
        // Each word against each linked entity's names, once per query.
        let entity_matches: Vec<Vec<Option<(Quality, Field)>>> = words
            .iter()
            .map(|w| {
                self.entities
                    .iter()
                    .map(|e| best_match(self, e, w))
                    .collect()
            })
            .collect();
        let mut matched = vec![false; self.docs.len()];
        let mut hits = Vec::new();
        for (n, doc) in self.docs.iter().enumerate() {
            if let Some(hit) = self.score(n as u32, doc, &words, &entity_matches) {
                matched[n] = true;
                hits.push(hit);
            }
        }
        // Best first, then by date (undated last), then in data order.
        hits.sort_unstable_by(|a, b| {
            let when = |h: &Hit| self.docs.get(h.doc as usize).map_or(f64::MAX, |d| d.when);
            b.score
                .cmp(&a.score)
                .then_with(|| when(a).total_cmp(&when(b)))
                .then_with(|| a.doc.cmp(&b.doc))
        });
        SearchResults {
            hits,
            active: true,
            matched,
        }
    }

    /// A document's hit, when every word matches it or an item it links.
    fn score(
        &self,
        n: u32,
        doc: &Doc,
        words: &[Word],
        entity_matches: &[Vec<Option<(Quality, Field)>>],
    ) -> Option<Hit> {
        let links = self
            .links
            .get(doc.links.start as usize..doc.links.end as usize)
            .unwrap_or_default();
        let mut total = 0;
        let mut best: Option<(u32, Why, bool)> = None;
        for (w, word) in words.iter().enumerate() {
            let mut top = best_match(self, &doc.texts, word)
                .map(|(q, f)| (f.weight() * q as u32, Why::Own(f), q.is_translit()));
            for &entity in links {
                let Some((q, field)) = entity_matches.get(w)?.get(entity as usize).copied()? else {
                    continue;
                };
                let score = LINK_WEIGHT * q as u32;
                if top.is_none_or(|(s, _, _)| score > s) {
                    top = Some((score, Why::Linked { entity, field }, q.is_translit()));
                }
            }
            let (score, why, translit) = top?;
            total += score;
            if best.is_none_or(|(s, _, _)| score > s) {
                best = Some((score, why, translit));
            }
        }
        let (_, why, translit) = best?;
        Some(Hit {
            doc: n,
            score: total,
            why,
            translit,
        })
    }

    /// What the results list and the command line show of a hit.
    pub fn row(&self, ds: &Dataset, hit: &Hit, lang: Lang) -> HitRow {
        let id = self.id(ds, hit.doc).to_owned();
        let item = self.item(hit.doc);
        let lane = match item {
            Some(ItemRef::Event(i)) => ds.events.get(i).map(|e| e.lane.as_str()),
            Some(ItemRef::Projected(s, i)) => ds
                .scenarios
                .get(s)
                .and_then(|s| s.projected.get(i))
                .map(|p| p.lane.as_str()),
            _ => None,
        }
        .and_then(|lane| ds.lanes.iter().find(|l| l.id == lane))
        .map(|l| lang.pick(&l.name, l.name_ru.as_deref()).to_owned());
        let (why, detail) = self.why_parts(ds, hit, lang);
        HitRow {
            title: display_name(ds, &id, lang),
            id,
            date: self.date(hit.doc),
            lane,
            kind: item.map_or("Item", kind_label),
            why,
            detail,
            translit: hit.translit,
        }
    }

    /// The label of a hit's "why" (English) and what it names.
    fn why_parts(&self, ds: &Dataset, hit: &Hit, lang: Lang) -> (&'static str, Option<String>) {
        match hit.why {
            Why::Own(field) => {
                let item = self.item(hit.doc);
                (
                    field.label(),
                    item.and_then(|i| field_detail(ds, i, field, lang)),
                )
            }
            Why::Linked { entity, field } => {
                let item = self.entity_item(entity);
                let label = match item {
                    Some(ItemRef::Person(_)) => "linked person",
                    Some(ItemRef::Organisation(_)) => "linked organisation",
                    _ => "linked institution",
                };
                let name = display_name(ds, self.entity_id(ds, entity), lang);
                let alias = item.and_then(|i| field_detail(ds, i, field, lang));
                (
                    label,
                    Some(match alias {
                        Some(alias) => format!("{name} = {alias}"),
                        None => name,
                    }),
                )
            }
        }
    }
}

/// The text a tag, alias or scenario match names.
fn field_detail(ds: &Dataset, item: ItemRef, field: Field, lang: Lang) -> Option<String> {
    match (field, item) {
        (Field::Tag(n), ItemRef::Event(i)) => {
            let tag = ds.events.get(i)?.tags.get(usize::from(n))?;
            Some(ds.tag_name(tag, lang).to_owned())
        }
        (Field::Alias(n), ItemRef::Organisation(i)) => ds
            .organisations
            .get(i)?
            .aliases
            .get(usize::from(n))
            .cloned(),
        (Field::Alias(n), ItemRef::Institution(i)) => {
            ds.institutions.get(i)?.aliases.get(usize::from(n)).cloned()
        }
        (Field::Scenario, ItemRef::Projected(s, _)) => {
            let s = ds.scenarios.get(s)?;
            Some(lang.pick(&s.title, s.title_ru.as_deref()).to_owned())
        }
        _ => None,
    }
}

/// What kind of item a result is, in English (translated by the interface).
pub fn kind_label(item: ItemRef) -> &'static str {
    match item {
        ItemRef::Event(_) => "Event",
        ItemRef::Projected(..) => "Projected event",
        ItemRef::Election(_) => "Election",
        ItemRef::Person(_) => "Person",
        ItemRef::Organisation(_) => "Organisation",
        ItemRef::Institution(_) => "Institution",
        ItemRef::Factor(_) => "Factor",
        ItemRef::Figure(_) => "Figure",
        ItemRef::Term(_) => "Term",
        ItemRef::Era(_) => "Era",
        ItemRef::Scenario(_) => "Scenario",
        ItemRef::Source(_) => "Source",
        ItemRef::Lane(_) => "Lane",
        ItemRef::Office(_) => "Office",
        ItemRef::TermRule(_) => "Term rule",
    }
}

/// A hit as the results list and the command line show it.
#[derive(Clone, Debug, PartialEq)]
pub struct HitRow {
    pub id: Id,
    /// The title in the chosen language.
    pub title: String,
    pub date: Option<Date>,
    /// The lane's name, for events and projected events.
    pub lane: Option<String>,
    /// What kind of item it is (English; see [`kind_label`]).
    pub kind: &'static str,
    /// Why it matched (English; one of [`WHY_LABELS`]).
    pub why: &'static str,
    /// What the match names: the tag, the alias, the linked item.
    pub detail: Option<String>,
    /// The match was through the transliteration key.
    pub translit: bool,
}

impl HitRow {
    /// "linked institution: CSTO (transliterated)", with each label put
    /// through `tr`.
    pub fn why_text(&self, tr: impl Fn(&'static str) -> &'static str) -> String {
        let mut text = tr(self.why).to_owned();
        if let Some(detail) = &self.detail {
            text.push_str(": ");
            text.push_str(detail);
        }
        if self.translit {
            text.push_str(&format!(" ({})", tr("transliterated")));
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small dataset: a treaty linked to an institution known by two
    /// aliases, a Baikonur event named in English and Russian, one named
    /// only in Russian, a request linked to a person, and Kazakh and ё
    /// spellings.
    fn tiny() -> Dataset {
        let mut ds = Dataset::default();
        ds.lanes =
            ron::from_str(r#"[(id: "regional", name: "Regional", name_ru: Some("Регион"))]"#)
                .unwrap();
        ds.people = ron::from_str(
            r#"[(id: "tokayev", name: "Kassym-Jomart Tokayev", name_ru: Some("Касым-Жомарт Токаев"),
                status: Fact, sources: [])]"#,
        )
        .unwrap();
        ds.institutions = ron::from_str(
            r#"[(id: "inst_csto", name: "Collective Security Treaty Organization",
                aliases: ["CSTO", "ОДКБ"], proposed: false, level: Multilateral,
                purpose: "A military alliance.", status: Fact, sources: [])]"#,
        )
        .unwrap();
        let event = |id: &str, date: &str, fields: &str| {
            format!(
                r#"(id: "{id}", date: "{date}", lane: "regional", status: Fact, sources: [], {fields})"#
            )
        };
        let events = [
            event(
                "ev_treaty",
                "1992-05-15",
                r#"title: "Collective Security Treaty signed (Tashkent)",
                   title_ru: Some("Подписан Договор о коллективной безопасности (Ташкент)"),
                   summary: "Signed by six states.", tags: ["security"], institutions: ["inst_csto"]"#,
            ),
            event(
                "ev_mission",
                "2022-01-06",
                r#"title: "CSTO mission", summary: "Peacekeepers deploy.", institutions: ["inst_csto"]"#,
            ),
            event(
                "ev_baikonur",
                "1994-12-10",
                r#"title: "Baikonur lease signed", title_ru: Some("Подписан договор аренды космодрома"),
                   summary: "Twenty years.", tags: ["space"]"#,
            ),
            event(
                "ev_launch",
                "2000-01-01",
                r#"title: "A launch", title_ru: Some("Запуск с Байконура"), summary: "Into orbit.""#,
            ),
            event(
                "ev_request",
                "2022-01-05",
                r#"title: "A request for help", summary: "A televised appeal.", people: ["tokayev"]"#,
            ),
            event(
                "ev_spelling",
                "2001-01-01",
                r#"title: "Spelling", summary: "Ёлка in Қазақстан.",
                   note: Some("Said by Тоқаев.")"#,
            ),
        ];
        ds.events = ron::from_str(&format!("[{}]", events.join(","))).unwrap();
        ds.build_index();
        ds
    }

    /// The ids the query finds, best first.
    fn ids(index: &SearchIndex, ds: &Dataset, query: &str) -> Vec<String> {
        index
            .search(query)
            .hits
            .iter()
            .map(|h| index.id(ds, h.doc).to_owned())
            .collect()
    }

    /// The hit for `id` of `query`.
    fn hit(index: &SearchIndex, ds: &Dataset, query: &str, id: &str) -> Hit {
        let results = index.search(query);
        let pos = results
            .position((index, ds), id)
            .unwrap_or_else(|| panic!("`{query}` does not find {id}: {:?}", ids(index, ds, query)));
        results.hits[pos]
    }

    fn keyed(text: &str) -> String {
        key(&fold(text))
    }

    #[test]
    fn folding_lowers_and_unifies_letters_and_splits_on_punctuation() {
        assert_eq!(
            fold("Ёлка, Қазақстан — Chișinău; O'zbekiston (CSTO)!"),
            " елка казакстан chisinau ozbekiston csto "
        );
        assert_eq!(fold("ӘҒҚҢӨҰҮҺІ"), " агкноуухи ");
        assert_eq!(fold("  "), " ");
        assert_eq!(fold("e_2000a"), " e 2000a ");
    }

    #[test]
    fn transliteration_gives_both_scripts_and_common_spellings_one_key() {
        for group in [
            &["Байконур", "Baikonur", "Baykonur"][..],
            &["Токаев", "Тоқаев", "Tokayev", "Tokaev"],
            &["Ельцин", "Yeltsin", "Eltsin"],
            &["Хабаровск", "Khabarovsk", "Habarovsk"],
            &["Жомарт", "Zhomart", "Jomart"],
            &["Назарбаев", "Nazarbayev", "Nazarbaev"],
            &["Щучинск", "Shchuchinsk"],
            &["Юрий", "Yuri", "Yuriy", "Yury"],
            &["Ялта", "Yalta"],
            &["Курултай", "Kurultai", "Kurultay"],
            &["Касым", "Kassym", "Kasym"],
            &["Подъезд", "Подьезд", "Podezd"],
        ] {
            let first = keyed(group[0]);
            for spelling in &group[1..] {
                assert_eq!(keyed(spelling), first, "{spelling} and {}", group[0]);
            }
        }
        assert_eq!(keyed("Байконур"), " bakonur ");
        assert_ne!(keyed("Putin"), keyed("Tokayev"));
        assert_ne!(keyed("Tashkent"), keyed("Astana"));
    }

    #[test]
    fn a_russian_word_matches_its_other_forms() {
        let ds = tiny();
        let index = SearchIndex::build(&ds);
        // «Договор» in the titles; asked for in the genitive and the plural.
        for form in ["договора", "договоров", "договору"] {
            let found = ids(&index, &ds, form);
            assert!(found.contains(&"ev_treaty".to_owned()), "{form}: {found:?}");
            assert!(
                found.contains(&"ev_baikonur".to_owned()),
                "{form}: {found:?}"
            );
        }
        // «аренды» found by «аренда».
        assert!(ids(&index, &ds, "аренда").contains(&"ev_baikonur".to_owned()));
        // The whole word still ranks first where it is there as asked.
        let exact = hit(&index, &ds, "договор", "ev_treaty");
        let other = hit(&index, &ds, "договора", "ev_treaty");
        assert!(exact.score > other.score, "{exact:?} {other:?}");
        // Short and Latin words are not stemmed.
        assert_eq!(russian_stem("договора").as_deref(), Some("договор"));
        assert_eq!(russian_stem("мира"), None);
        assert_eq!(russian_stem("treaties"), None);
    }

    #[test]
    fn a_word_matches_in_either_script() {
        let ds = tiny();
        let index = SearchIndex::build(&ds);
        // Cyrillic: a Russian title, and an English one through the key.
        let found = ids(&index, &ds, "Байконур");
        assert_eq!(found, ["ev_launch", "ev_baikonur"], "{found:?}");
        let ru = hit(&index, &ds, "Байконура", "ev_launch");
        assert_eq!((ru.why, ru.translit), (Why::Own(Field::TitleRu), false));
        let en = hit(&index, &ds, "Байконур", "ev_baikonur");
        assert_eq!((en.why, en.translit), (Why::Own(Field::Title), true));
        // Latin: the English title, and a Russian-only title through the key.
        assert_eq!(ids(&index, &ds, "Baikonur"), ["ev_baikonur", "ev_launch"]);
        let launch = hit(&index, &ds, "Baikonur", "ev_launch");
        assert_eq!(
            (launch.why, launch.translit),
            (Why::Own(Field::TitleRu), true)
        );
        // Another spelling, and Tokayev in Kazakh in a note.
        assert_eq!(ids(&index, &ds, "baykonur"), ["ev_baikonur", "ev_launch"]);
        let note = hit(&index, &ds, "Tokaev", "ev_spelling");
        assert_eq!(note.why, Why::Own(Field::Note));
    }

    #[test]
    fn folding_finds_yo_and_kazakh_letters() {
        let ds = tiny();
        let index = SearchIndex::build(&ds);
        assert_eq!(ids(&index, &ds, "елка"), ["ev_spelling"]);
        assert_eq!(ids(&index, &ds, "ЁЛКА"), ["ev_spelling"]);
        assert_eq!(ids(&index, &ds, "казакстан"), ["ev_spelling"]);
        assert_eq!(ids(&index, &ds, "Қазақстан"), ["ev_spelling"]);
    }

    #[test]
    fn linked_names_and_aliases_find_an_item() {
        let ds = tiny();
        let index = SearchIndex::build(&ds);
        // The treaty does not say CSTO; its linked institution's alias does.
        let csto = ids(&index, &ds, "CSTO");
        assert_eq!(csto, ["ev_mission", "inst_csto", "ev_treaty"], "{csto:?}");
        let treaty = hit(&index, &ds, "csto", "ev_treaty");
        let entity = match treaty.why {
            Why::Linked { entity, field } => {
                assert_eq!(field, Field::Alias(0));
                entity
            }
            other => panic!("{other:?}"),
        };
        assert_eq!(index.entity_id(&ds, entity), "inst_csto");
        let row = index.row(&ds, &hit(&index, &ds, "ОДКБ", "ev_treaty"), Lang::En);
        assert_eq!(row.why, "linked institution");
        assert_eq!(
            row.why_text(|s| s),
            "linked institution: Collective Security Treaty Organization = ОДКБ"
        );
        // A linked person, by either spelling of the name.
        for query in ["Tokayev", "Токаев", "Jomart"] {
            let found = ids(&index, &ds, query);
            assert!(
                found.contains(&"ev_request".to_owned()),
                "{query}: {found:?}"
            );
            assert!(found.contains(&"tokayev".to_owned()), "{query}: {found:?}");
        }
        let row = index.row(&ds, &hit(&index, &ds, "Tokayev", "ev_request"), Lang::En);
        assert_eq!(row.why_text(|s| s), "linked person: Kassym-Jomart Tokayev");
        let row = index.row(&ds, &hit(&index, &ds, "Токаев", "ev_request"), Lang::Ru);
        assert_eq!(row.why_text(|s| s), "linked person: Касым-Жомарт Токаев");
    }

    #[test]
    fn every_word_must_match_and_words_match_beginnings_and_parts() {
        let ds = tiny();
        let index = SearchIndex::build(&ds);
        assert_eq!(ids(&index, &ds, "treaty tashkent"), ["ev_treaty"]);
        assert!(ids(&index, &ds, "Baikonur Tashkent").is_empty());
        // The beginning of a word; from three letters a part of one.
        assert_eq!(ids(&index, &ds, "Tash"), ["ev_treaty"]);
        assert_eq!(ids(&index, &ds, "kent"), ["ev_treaty"]);
        assert!(ids(&index, &ds, "ke").is_empty());
        // Two letters keyed to one do not match everything with an a.
        assert!(ids(&index, &ds, "ai").is_empty());
        // A tag, named in the row.
        let ds = tiny();
        let tag = hit(&index, &ds, "space", "ev_baikonur");
        assert_eq!(tag.why, Why::Own(Field::Tag(0)));
        assert_eq!(index.row(&ds, &tag, Lang::En).why_text(|s| s), "tag: space");
        assert_eq!(ids(&index, &ds, "secur")[0], "ev_treaty");
    }

    #[test]
    fn a_tag_is_found_by_its_russian_name_and_named_in_the_row_in_russian() {
        let mut ds = tiny();
        ds.settings
            .tags_ru
            .insert("space".to_owned(), "космос".to_owned());
        let index = SearchIndex::build(&ds);
        // Not in the title ("космодрома" would match "космо", not "космос").
        assert_eq!(ids(&index, &ds, "космос"), ["ev_baikonur"]);
        let tag = hit(&index, &ds, "космос", "ev_baikonur");
        assert_eq!(tag.why, Why::Own(Field::Tag(0)));
        assert_eq!(
            index.row(&ds, &tag, Lang::Ru).why_text(|s| s),
            "tag: космос"
        );
        let tag = hit(&index, &ds, "space", "ev_baikonur");
        assert_eq!(index.row(&ds, &tag, Lang::En).why_text(|s| s), "tag: space");
        // Without the name, the Russian word finds nothing.
        let index = SearchIndex::build(&tiny());
        assert!(ids(&index, &tiny(), "космос").is_empty());
    }

    #[test]
    fn better_matches_rank_first_and_ties_go_by_date() {
        let ds = tiny();
        let index = SearchIndex::build(&ds);
        let results = index.search("csto");
        let score = |id: &str| results.hits[results.position((&index, &ds), id).unwrap()].score;
        // Own title beats a linked alias.
        assert!(score("ev_mission") > score("ev_treaty"));
        // The same score (a title word): by date.
        let signed = ids(&index, &ds, "signed");
        assert_eq!(signed, ["ev_treaty", "ev_baikonur"]);
    }

    #[test]
    fn an_empty_query_lets_everything_through() {
        let ds = tiny();
        let index = SearchIndex::build(&ds);
        let item = |id: &str| ds.get(id).unwrap_or_else(|| panic!("{id}"));
        for query in ["", "   ", "— !"] {
            let results = index.search(query);
            assert!(!results.is_active(), "{query:?}");
            assert!(results.hits.is_empty());
            assert!(results.lets_through(&index, item("ev_treaty")));
        }
        let results = index.search("baikonur");
        assert!(results.is_active());
        assert!(results.lets_through(&index, item("ev_baikonur")));
        assert!(!results.lets_through(&index, item("ev_treaty")));
        // An item the index does not know (of another dataset).
        assert!(!results.lets_through(&index, ItemRef::Event(ds.events.len())));
    }

    #[test]
    fn stepping_goes_round_the_results() {
        let ds = tiny();
        let index = SearchIndex::build(&ds);
        let results = index.search("baikonur");
        let step = |from: Option<&str>, forward| {
            results
                .step((&index, &ds), from, forward)
                .map(|h| index.id(&ds, h.doc).to_owned())
        };
        assert_eq!(step(None, true).as_deref(), Some("ev_baikonur"));
        assert_eq!(step(None, false).as_deref(), Some("ev_launch"));
        assert_eq!(
            step(Some("ev_baikonur"), true).as_deref(),
            Some("ev_launch")
        );
        assert_eq!(
            step(Some("ev_launch"), true).as_deref(),
            Some("ev_baikonur")
        );
        assert_eq!(
            step(Some("ev_baikonur"), false).as_deref(),
            Some("ev_launch")
        );
        assert_eq!(
            step(Some("ev_treaty"), true).as_deref(),
            Some("ev_baikonur")
        );
        assert!(
            index
                .search("nothing like it")
                .step((&index, &ds), None, true)
                .is_none()
        );
    }

    #[test]
    fn rows_name_the_date_lane_and_kind() {
        let ds = tiny();
        let index = SearchIndex::build(&ds);
        let row = index.row(&ds, &hit(&index, &ds, "Baikonur", "ev_launch"), Lang::Ru);
        assert_eq!(row.title, "Запуск с Байконура");
        assert_eq!(row.lane.as_deref(), Some("Регион"));
        assert_eq!(row.kind, "Event");
        assert_eq!(
            row.date.map(|d| d.to_string()).as_deref(),
            Some("2000-01-01")
        );
        assert_eq!(row.why_text(|s| s), "Russian title (transliterated)");
        let person = index.row(&ds, &hit(&index, &ds, "Tokayev", "tokayev"), Lang::En);
        assert_eq!(
            (person.kind, person.lane, person.why),
            ("Person", None, "name")
        );
        for field in [
            Field::Title,
            Field::TitleRu,
            Field::Name,
            Field::NameRu,
            Field::Alias(0),
            Field::Summary,
            Field::SummaryRu,
            Field::Tag(0),
            Field::Scenario,
            Field::Note,
            Field::NoteRu,
        ] {
            assert!(WHY_LABELS.contains(&field.label()), "{field:?}");
        }
    }

    #[test]
    fn the_shipped_data_is_found_in_both_languages_and_through_links() {
        let ds = crate::model::load_embedded().unwrap();
        let index = SearchIndex::build(&ds);
        // The 1992 treaty does not name the CSTO; its linked institution does.
        let treaty = hit(&index, &ds, "CSTO", "ev_collective_security_treaty");
        assert!(matches!(treaty.why, Why::Linked { .. }), "{treaty:?}");
        // The Baikonur events, from either script.
        let latin = ids(&index, &ds, "Baikonur");
        let cyrillic = ids(&index, &ds, "Байконур");
        for id in [
            "ev_baikonur_agreement_1994",
            "ev_baikonur_lease_1994",
            "ev_baikonur_lease_2050",
        ] {
            assert!(latin.iter().any(|x| x == id), "{id}: {latin:?}");
            assert!(cyrillic.iter().any(|x| x == id), "{id}: {cyrillic:?}");
        }
        // Tokayev, and events linked to him, in either script.
        for query in ["Tokayev", "Токаев"] {
            let found = ids(&index, &ds, query);
            assert!(found.iter().any(|x| x == "tokayev"), "{query}: {found:?}");
            assert!(
                found.iter().any(|x| x == "ev_csto_request"),
                "{query}: {found:?}"
            );
        }
    }

    #[test]
    fn the_room_reserved_is_enough_and_not_twice_too_much() {
        let base = crate::model::load_embedded().expect("the embedded data loads");
        let generated = crate::model::generate::with_generated_events(&base, 2_000, 7);
        for ds in [&base, &generated] {
            let stop = AtomicBool::new(false);
            let room = Builder::room(ds, &stop);
            let mut b = Builder::new(ds, &stop, None);
            b.reserve();
            let reserved = (b.index.fields.capacity(), b.index.arena.capacity());
            b.walk();
            let index = &b.index;
            // Nothing grew, so nothing was copied.
            assert_eq!((index.fields.capacity(), index.arena.capacity()), reserved);
            assert_eq!(index.docs.len(), room.docs);
            // At least half is used: mimalloc shrinks such a block in place.
            assert!(2 * index.fields.len() >= room.fields, "{room:?}");
            let used = index.arena.len();
            assert!(2 * used >= room.bytes, "{room:?}: {used} bytes used");
        }
    }
}
