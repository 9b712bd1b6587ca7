//! Quotations in the shipped dataset are verbatim.
//!
//! Every «…», “…” or "…" quotation of English text in any text of the data
//! files must appear in the white paper or in one of the two reference
//! chronologies (`../shared/` beside the crate). The texts are read straight
//! from the embedded RON files, so every text field is covered, including
//! fields added later. Russian text in «» (a Russian label or title) is not
//! a quotation of an English source and is skipped.
//!
//! Matching normalises only what has to be normalised: runs of whitespace,
//! curly vs straight quotes and apostrophes (the guillemets of a nested
//! quotation count as quotes), and the case of the first letter of each
//! quoted piece. An ellipsis (`…` or `...`) and an editorial bracket
//! (`[…]`) stand for "any text between"; the pieces must still appear in
//! order in one source.
//!
//! A second check: a quotation found only in the white paper must be on an
//! item that cites the white paper (`ciss_2030_roadmap` or a footnote), and
//! one found only in a chronology on an item that cites that chronology.
//! Projected events are covered by their scenario's sources.

use std::fmt::Write as _;

use rk_roadmap::model::load::EMBEDDED;

/// The three source texts, as (label, source ids that cite it, file under `../shared`).
const SOURCES: [(&str, &str); 3] = [
    ("the white paper", "seed/000_d60c68118444d4c7.txt"),
    ("chronology.md", "reference/chronology.md"),
    ("chronology-addendum.md", "reference/chronology-addendum.md"),
];

/// Whether an item citing `ids` cites source text number `which` of [`SOURCES`].
fn cites(ids: &[String], which: usize) -> bool {
    ids.iter().any(|id| match which {
        0 => id == "ciss_2030_roadmap" || is_footnote(id),
        1 => id == "chronology",
        _ => id == "chronology_addendum",
    })
}

fn is_footnote(id: &str) -> bool {
    id.strip_prefix("fn")
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}

/// The source texts, normalised.
fn source_texts() -> Vec<(&'static str, String)> {
    SOURCES
        .iter()
        .map(|(label, rel)| {
            let path = format!("{}/../shared/{rel}", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
            (*label, normalise(&text))
        })
        .collect()
}

/// Whitespace runs become one space; curly quotes, guillemets and
/// apostrophes become their straight forms.
fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(match c {
            '«' | '»' | '“' | '”' | '„' => '"',
            '‘' | '’' => '\'',
            c => c,
        });
    }
    out
}

/// One text of the data files, with the items it belongs to.
struct Text {
    file: &'static str,
    /// Ids of the enclosing items, outermost first (a scenario, then its projected event).
    ids: Vec<String>,
    field: String,
    text: String,
    /// Sources of the innermost enclosing item that has any.
    sources: Vec<String>,
}

#[derive(Default)]
struct Frame {
    paren: bool,
    id: Option<String>,
    sources: Vec<String>,
}

/// Every string literal of a RON file, with the field it is the value of
/// and the chain of items (`( … )` with an `id`) around it.
fn texts_of(file: &'static str, ron: &str) -> Vec<Text> {
    let chars: Vec<char> = ron.chars().collect();
    let mut frames: Vec<Frame> = Vec::new();
    let mut stack: Vec<usize> = Vec::new();
    let mut raw: Vec<(Vec<usize>, String, String)> = Vec::new();
    let mut last_ident = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '/' if chars.get(i + 1) == Some(&'/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            '/' if chars.get(i + 1) == Some(&'*') => {
                i += 2;
                while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                    i += 1;
                }
                i += 2;
            }
            '(' | '[' => {
                frames.push(Frame {
                    paren: c == '(',
                    ..Frame::default()
                });
                stack.push(frames.len() - 1);
                i += 1;
            }
            ')' | ']' => {
                stack.pop();
                i += 1;
            }
            '"' => {
                i += 1;
                let mut s = String::new();
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' && i + 1 < chars.len() {
                        s.push(match chars[i + 1] {
                            'n' => '\n',
                            't' => '\t',
                            other => other,
                        });
                        i += 2;
                    } else {
                        s.push(chars[i]);
                        i += 1;
                    }
                }
                i += 1;
                let item = stack.iter().rev().copied().find(|&f| frames[f].paren);
                if let Some(f) = item {
                    match last_ident.as_str() {
                        "id" => frames[f].id = Some(s.clone()),
                        "sources" => frames[f].sources.push(s.clone()),
                        _ => {}
                    }
                }
                let chain = stack.iter().copied().filter(|&f| frames[f].paren).collect();
                raw.push((chain, last_ident.clone(), s));
            }
            c if c.is_alphabetic() || c == '_' => {
                let start = i;
                while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                    i += 1;
                }
                last_ident = chars[start..i].iter().collect();
            }
            _ => i += 1,
        }
    }
    raw.into_iter()
        .map(|(chain, field, text)| Text {
            file,
            ids: chain.iter().filter_map(|&f| frames[f].id.clone()).collect(),
            field,
            text,
            sources: chain
                .iter()
                .rev()
                .map(|&f| &frames[f].sources)
                .find(|s| !s.is_empty())
                .cloned()
                .unwrap_or_default(),
        })
        .collect()
}

/// The outermost quotations of a text: «…», “…” (both may nest) and "…".
/// An opening mark without its closing mark is returned as an error.
fn quotations(text: &str) -> Result<Vec<String>, String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let open = chars[i];
        let close = match open {
            '«' => '»',
            '“' => '”',
            '"' => '"',
            _ => {
                i += 1;
                continue;
            }
        };
        let mut depth = 1;
        let mut j = i + 1;
        while j < chars.len() {
            if chars[j] == close {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            } else if chars[j] == open && open != '"' {
                depth += 1;
            }
            j += 1;
        }
        if j >= chars.len() {
            let rest: String = chars[i..].iter().take(60).collect();
            return Err(format!("unbalanced quotation mark: {rest}"));
        }
        out.push(chars[i + 1..j].iter().collect());
        i = j + 1;
    }
    Ok(out)
}

fn is_russian(s: &str) -> bool {
    s.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
}

/// The pieces of a quotation between ellipses and editorial brackets.
fn pieces(quote: &str) -> Vec<String> {
    let q = normalise(quote).replace("...", "…");
    let mut pieces = Vec::new();
    let mut cur = String::new();
    let mut in_bracket = false;
    for c in q.chars() {
        match c {
            '[' => {
                in_bracket = true;
                pieces.push(std::mem::take(&mut cur));
            }
            ']' if in_bracket => in_bracket = false,
            _ if in_bracket => {}
            '…' => pieces.push(std::mem::take(&mut cur)),
            c => cur.push(c),
        }
    }
    pieces.push(cur);
    pieces
        .into_iter()
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect()
}

/// Whether every piece of `quote` occurs in `source` (normalised), in order.
fn occurs_in(quote: &str, source: &str) -> bool {
    let mut from = 0;
    for piece in pieces(quote) {
        let mut cs = piece.chars();
        let swapped: String = match cs.next() {
            Some(first) if first.is_uppercase() => first.to_lowercase().chain(cs).collect(),
            Some(first) => first.to_uppercase().chain(cs).collect(),
            None => continue,
        };
        let found = [&piece, &swapped]
            .into_iter()
            .find_map(|p| source[from..].find(p.as_str()).map(|k| k + p.len()));
        match found {
            Some(end) => from += end,
            None => return false,
        }
    }
    true
}

fn all_texts(files: &[(&'static str, String)]) -> Vec<Text> {
    files
        .iter()
        .flat_map(|(file, ron)| texts_of(file, ron))
        .collect()
}

fn embedded() -> Vec<(&'static str, String)> {
    EMBEDDED
        .iter()
        .map(|(name, text)| (*name, (*text).to_owned()))
        .collect()
}

fn place(t: &Text) -> String {
    let id = t.ids.last().map_or("?", String::as_str);
    format!("{}: item `{id}`, field `{}`", t.file, t.field)
}

/// Every quotation not found verbatim in any source text, one line each.
fn misquotes(files: &[(&'static str, String)], sources: &[(&str, String)]) -> Vec<String> {
    let mut failures = Vec::new();
    for t in all_texts(files) {
        match quotations(&t.text) {
            Err(e) => failures.push(format!("{}: {e}", place(&t))),
            Ok(quotes) => {
                for q in quotes.iter().filter(|q| !is_russian(q)) {
                    if !sources.iter().any(|(_, s)| occurs_in(q, s)) {
                        failures.push(format!("{}: «{q}»", place(&t)));
                    }
                }
            }
        }
    }
    failures
}

fn report(what: &str, failures: &[String]) -> String {
    let mut msg = format!("{} {what}:\n", failures.len());
    for f in failures {
        let _ = writeln!(msg, "  {f}");
    }
    msg
}

#[test]
fn every_english_quotation_is_verbatim_in_a_source() {
    let sources = source_texts();
    let files = embedded();
    let count: usize = all_texts(&files)
        .iter()
        .filter_map(|t| quotations(&t.text).ok())
        .flatten()
        .filter(|q| !is_russian(q))
        .count();
    assert!(count > 400, "only {count} quotations found");
    let failures = misquotes(&files, &sources);
    assert!(
        failures.is_empty(),
        "{}",
        report(
            "quotations not found in the white paper or the chronologies",
            &failures
        )
    );
}

#[test]
fn quotations_are_on_items_that_cite_their_source() {
    let sources = source_texts();
    let mut failures = Vec::new();
    for t in all_texts(&embedded()) {
        // Sources, lanes and offices quote nothing with a citation of their own.
        if t.sources.is_empty() {
            continue;
        }
        for q in quotations(&t.text).unwrap_or_default() {
            if is_russian(&q) {
                continue;
            }
            let found: Vec<usize> = (0..sources.len())
                .filter(|&k| occurs_in(&q, &sources[k].1))
                .collect();
            if !found.is_empty() && !found.iter().any(|&k| cites(&t.sources, k)) {
                let names: Vec<&str> = found.iter().map(|&k| sources[k].0).collect();
                failures.push(format!(
                    "{}: «{q}» is from {} but the item cites {:?}",
                    place(&t),
                    names.join(" / "),
                    t.sources
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{}",
        report("quotations whose source the item does not cite", &failures)
    );
}

#[test]
fn planted_misquotes_are_caught_with_their_item_ids() {
    let sources = source_texts();
    let before = misquotes(&embedded(), &sources);
    let mut files = embedded();
    let (_, events) = files
        .iter_mut()
        .find(|(name, _)| *name == "events.ron")
        .expect("events.ron");
    let needle = "summary: \"Russia, Ukraine and Belarus dissolve the USSR";
    assert!(events.contains(needle));
    *events = events.replacen(
        needle,
        "summary: \"Relations run «in automatic mode» through «education-and-science commissions»; \
         the paper says “the border is closed” and that Russia \\\"knows everything about them\\\". \
         Russia, Ukraine and Belarus dissolve the USSR",
        1,
    );
    let failures: Vec<String> = misquotes(&files, &sources)
        .into_iter()
        .filter(|f| !before.contains(f))
        .collect();
    for planted in [
        "«in automatic mode»",
        "«education-and-science commissions»",
        "«the border is closed»",
        "«knows everything about them»",
    ] {
        assert!(
            failures.iter().any(|f| f.contains(planted)
                && f.contains("item `ev_belovezha_accords`, field `summary`")),
            "planted {planted} not reported:\n{}",
            report("failures", &failures)
        );
    }
    assert_eq!(failures.len(), 4, "{}", report("failures", &failures));
}

#[test]
fn matching_rules() {
    let src = normalise(
        "the urgent transition of the Russian-Kazakhstan relations from manual to automatic \
         operation.[4] Kazakhstan’s political class. The countries of the «Eurasian Triad» have",
    );
    // Verbatim, with ellipsis, with an editorial bracket, first letter recased.
    assert!(occurs_in("from manual to automatic operation", &src));
    assert!(occurs_in("the urgent transition … from manual", &src));
    assert!(occurs_in(
        "transition of the [two countries'] relations from manual",
        &src
    ));
    assert!(occurs_in("From manual to automatic operation", &src));
    // Quote marks and apostrophes may be curly or straight.
    assert!(occurs_in("Kazakhstan's political class", &src));
    assert!(occurs_in("countries of the \"Eurasian Triad\" have", &src));
    // Not a match: changed words, pieces out of order, recasing inside a piece.
    assert!(!occurs_in("in automatic mode", &src));
    assert!(!occurs_in("from manual … the urgent transition", &src));
    assert!(!occurs_in("from Manual to automatic operation", &src));
    // Nested guillemets give one outer quotation; Russian labels are skipped.
    let q = quotations("A «new «Confederation of the Five»» and «Байконур».").expect("balanced");
    assert_eq!(q, ["new «Confederation of the Five»", "Байконур"]);
    assert!(is_russian(&q[1]));
    assert!(quotations("an «unclosed quotation").is_err());
}
