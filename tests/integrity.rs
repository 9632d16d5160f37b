//! Native integrity checks of the content dataset: ids, cross-references,
//! coverage, dates, text limits, and (when the seeds are present) headings.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fmt::Debug;
use std::hash::Hash;
use std::path::PathBuf;

use ct_explainer::content::*;
use ct_explainer::model::*;

const TITLE_MAX: usize = 80;
const SUMMARY_MAX: usize = 700;
const POINT_MAX: usize = 200;

/// Every id of `all` has exactly one record, and no record is extra.
fn one_to_one<T: Copy + Eq + Hash + Debug>(kind: &str, all: &[T], records: &[T]) {
    let mut seen = HashSet::new();
    for r in records {
        assert!(seen.insert(*r), "{kind}: duplicate record for {r:?}");
    }
    for id in all {
        assert!(seen.contains(id), "{kind}: no record for {id:?}");
    }
    assert_eq!(
        all.len(),
        records.len(),
        "{kind}: ALL and records differ in length"
    );
}

fn unique_slugs(kind: &str, slugs: &[&str]) {
    let mut seen = HashSet::new();
    for s in slugs {
        assert!(seen.insert(*s), "{kind}: duplicate slug {s}");
        assert!(!s.is_empty(), "{kind}: empty slug");
        assert!(
            s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{kind}: slug {s} is not lowercase kebab-case"
        );
        assert!(
            !s.starts_with('-') && !s.ends_with('-') && !s.contains("--"),
            "{kind}: bad slug {s}"
        );
    }
}

#[test]
fn ids_are_unique_and_match_records() {
    one_to_one(
        "source",
        SourceId::ALL,
        &SOURCES.iter().map(|s| s.id).collect::<Vec<_>>(),
    );
    one_to_one(
        "section",
        SectionId::ALL,
        &SECTIONS.iter().map(|s| s.id).collect::<Vec<_>>(),
    );
    one_to_one(
        "bullet",
        BulletId::ALL,
        &BULLETS.iter().map(|b| b.id).collect::<Vec<_>>(),
    );
    one_to_one(
        "card",
        CardId::ALL,
        &CARDS.iter().map(|c| c.id).collect::<Vec<_>>(),
    );
    one_to_one(
        "actor",
        ActorId::ALL,
        &ACTORS.iter().map(|a| a.id).collect::<Vec<_>>(),
    );
    one_to_one(
        "instrument",
        InstrumentId::ALL,
        &INSTRUMENTS.iter().map(|i| i.id).collect::<Vec<_>>(),
    );
    one_to_one(
        "event",
        EventId::ALL,
        &EVENTS.iter().map(|e| e.id).collect::<Vec<_>>(),
    );
    one_to_one(
        "term",
        TermId::ALL,
        &TERMS.iter().map(|t| t.id).collect::<Vec<_>>(),
    );

    unique_slugs(
        "source",
        &SourceId::ALL.iter().map(|x| x.slug()).collect::<Vec<_>>(),
    );
    unique_slugs(
        "section",
        &SectionId::ALL.iter().map(|x| x.slug()).collect::<Vec<_>>(),
    );
    unique_slugs(
        "bullet",
        &BulletId::ALL.iter().map(|x| x.slug()).collect::<Vec<_>>(),
    );
    unique_slugs(
        "card",
        &CardId::ALL.iter().map(|x| x.slug()).collect::<Vec<_>>(),
    );
    unique_slugs(
        "actor",
        &ActorId::ALL.iter().map(|x| x.slug()).collect::<Vec<_>>(),
    );
    unique_slugs(
        "instrument",
        &InstrumentId::ALL
            .iter()
            .map(|x| x.slug())
            .collect::<Vec<_>>(),
    );
    unique_slugs(
        "event",
        &EventId::ALL.iter().map(|x| x.slug()).collect::<Vec<_>>(),
    );
    unique_slugs(
        "term",
        &TermId::ALL.iter().map(|x| x.slug()).collect::<Vec<_>>(),
    );

    assert_eq!(SourceId::Military.slug(), "military-diplomacy");
    assert_eq!(SourceId::Overview.slug(), "overview");
}

#[test]
fn slugs_round_trip() {
    for &id in CardId::ALL {
        assert_eq!(CardId::from_slug(id.slug()), Some(id));
    }
    for &id in SectionId::ALL {
        assert_eq!(SectionId::from_slug(id.slug()), Some(id));
    }
    for &id in EventId::ALL {
        assert_eq!(EventId::from_slug(id.slug()), Some(id));
    }
    for &id in ActorId::ALL {
        let n = NodeId::Actor(id);
        assert_eq!(NodeId::from_slug(&n.slug()), Some(n));
    }
    for &id in InstrumentId::ALL {
        let n = NodeId::Instrument(id);
        assert_eq!(NodeId::from_slug(&n.slug()), Some(n));
    }
}

#[test]
fn every_reference_resolves() {
    // The accessors panic when a record is missing.
    for s in SECTIONS.iter() {
        assert_eq!(source(s.source).id, s.source);
    }
    for b in BULLETS.iter() {
        assert_eq!(section(b.section).id, b.section);
    }
    for c in CARDS.iter() {
        assert_eq!(card(c.id).id, c.id);
        c.actors.iter().for_each(|&a| assert_eq!(actor(a).id, a));
        c.instruments
            .iter()
            .for_each(|&i| assert_eq!(instrument(i).id, i));
        c.sections
            .iter()
            .for_each(|&s| assert_eq!(section(s).id, s));
        for &b in c.bullets {
            assert!(
                BULLETS.iter().any(|x| x.id == b),
                "card {}: unknown bullet {b}",
                c.id
            );
        }
    }
    for r in RELATIONS.iter() {
        assert!(!node_name(r.from).is_empty() && !node_name(r.to).is_empty());
        assert!(!node_short(r.from).is_empty() && !node_short(r.to).is_empty());
        r.sections
            .iter()
            .for_each(|&s| assert_eq!(section(s).id, s));
    }
    for e in EVENTS.iter() {
        assert_eq!(event(e.id).id, e.id);
        e.actors.iter().for_each(|&a| assert_eq!(actor(a).id, a));
        e.instruments
            .iter()
            .for_each(|&i| assert_eq!(instrument(i).id, i));
        e.cards.iter().for_each(|&c| assert_eq!(card(c).id, c));
    }
    for t in TERMS.iter() {
        assert_eq!(term(t.id).id, t.id);
    }
    let json = serde_json::to_string(&dataset()).expect("dataset serialises");
    assert!(json.contains("\"schema_version\""));
}

#[test]
fn sections_per_source_and_order() {
    let count = |src: SourceId| SECTIONS.iter().filter(|s| s.source == src).count();
    assert_eq!(
        count(SourceId::Military),
        21,
        "essay 000: 20 headings + Introduction"
    );
    assert_eq!(
        count(SourceId::Overview),
        17,
        "essay 002: 16 headings + Introduction"
    );
    // Each essay's sections are contiguous and start with its Introduction.
    for src in SourceId::ALL {
        let idx: Vec<usize> = SECTIONS
            .iter()
            .enumerate()
            .filter(|(_, s)| s.source == *src)
            .map(|(i, _)| i)
            .collect();
        assert!(
            idx.windows(2).all(|w| w[1] == w[0] + 1),
            "{src}: sections not contiguous"
        );
        assert_eq!(
            SECTIONS[idx[0]].heading, "Introduction",
            "{src}: must open with Introduction"
        );
        let intros = idx
            .iter()
            .filter(|&&i| SECTIONS[i].heading == "Introduction")
            .count();
        assert_eq!(intros, 1, "{src}: exactly one Introduction");
    }
    for s in SECTIONS.iter() {
        assert!(!s.heading.trim().is_empty());
        assert_eq!(
            s.heading,
            s.heading.trim(),
            "heading {} has stray spaces",
            s.id
        );
    }
}

#[test]
fn bullets_count_and_labels() {
    assert_eq!(BULLETS.len(), 16);
    let per = |s: SectionId| BULLETS.iter().filter(|b| b.section == s).count();
    assert_eq!(per(SectionId::MilTechnology), 4);
    assert_eq!(per(SectionId::MilFuture), 5);
    assert_eq!(per(SectionId::OvInfoExchange), 4);
    assert_eq!(per(SectionId::OvNato), 3);
    for b in BULLETS.iter() {
        assert!(!b.label.trim().is_empty(), "bullet {} empty", b.id);
        assert!(
            b.label.chars().count() <= 100,
            "bullet {} label too long",
            b.id
        );
    }
}

#[test]
fn coverage_sections_and_bullets() {
    for s in SECTIONS.iter() {
        assert!(
            CARDS.iter().any(|c| c.sections.contains(&s.id)),
            "section {} is cited by no card",
            s.id
        );
    }
    for b in BULLETS.iter() {
        assert!(
            CARDS.iter().any(|c| c.bullets.contains(&b.id)),
            "bullet {} is represented by no card",
            b.id
        );
        // A card representing a bullet also cites the bullet's section.
        for c in CARDS.iter().filter(|c| c.bullets.contains(&b.id)) {
            assert!(
                c.sections.contains(&b.section),
                "card {} has bullet {} but not its section",
                c.id,
                b.id
            );
        }
    }
}

#[test]
fn coverage_actors_and_instruments() {
    for a in ACTORS.iter() {
        let n = NodeId::Actor(a.id);
        assert!(
            RELATIONS.iter().any(|r| r.from == n || r.to == n),
            "actor {} is in no relation",
            a.id
        );
        assert!(
            CARDS.iter().any(|c| c.actors.contains(&a.id)),
            "actor {} is on no card",
            a.id
        );
    }
    for i in INSTRUMENTS.iter() {
        let n = NodeId::Instrument(i.id);
        assert!(
            RELATIONS.iter().any(|r| r.from == n || r.to == n),
            "instrument {} is in no relation",
            i.id
        );
        assert!(
            CARDS.iter().any(|c| c.instruments.contains(&i.id)),
            "instrument {} is on no card",
            i.id
        );
    }
}

#[test]
fn cards_are_well_formed() {
    assert!((65..=90).contains(&CARDS.len()), "{} cards", CARDS.len());
    for c in CARDS.iter() {
        let id = c.id;
        assert!(!c.title.trim().is_empty(), "card {id}: empty title");
        assert!(
            c.title.chars().count() <= TITLE_MAX,
            "card {id}: title too long"
        );
        assert!(!c.summary.trim().is_empty(), "card {id}: empty summary");
        assert!(
            c.summary.chars().count() <= SUMMARY_MAX,
            "card {id}: summary too long"
        );
        let n = sentences(c.summary);
        assert!((2..=5).contains(&n), "card {id}: summary has {n} sentences");
        assert!(
            (2..=5).contains(&c.points.len()),
            "card {id}: {} points",
            c.points.len()
        );
        for p in c.points {
            assert!(!p.trim().is_empty(), "card {id}: empty point");
            assert!(
                p.chars().count() <= POINT_MAX,
                "card {id}: point too long: {p}"
            );
        }
        assert!(
            (1..=3).contains(&c.themes.len()),
            "card {id}: {} themes",
            c.themes.len()
        );
        assert!(!c.regions.is_empty(), "card {id}: no region");
        assert!(!c.sections.is_empty(), "card {id}: cites no section");
        no_dupes(&format!("card {id} themes"), c.themes);
        no_dupes(&format!("card {id} regions"), c.regions);
        no_dupes(&format!("card {id} actors"), c.actors);
        no_dupes(&format!("card {id} instruments"), c.instruments);
        no_dupes(&format!("card {id} sections"), c.sections);
        no_dupes(&format!("card {id} bullets"), c.bullets);
        if let Some(note) = c.note {
            assert!(note.trim().len() > 20, "card {id}: note too short");
        }
    }
    // Required corrections are present.
    let five_eyes = card(CardId::FiveEyes)
        .note
        .expect("Five Eyes card needs a note");
    assert!(
        five_eyes.contains("Canada"),
        "Five Eyes note must name Canada"
    );
    assert!(card(CardId::RedNotices)
        .note
        .is_some_and(|n| n.contains("not an international arrest warrant")));
    assert!(card(CardId::Icsft)
        .note
        .is_some_and(|n| n.contains("A/RES/54/109")));
}

fn no_dupes<T: Eq + Hash + Debug>(what: &str, xs: &[T]) {
    let mut seen = HashSet::new();
    for x in xs {
        assert!(seen.insert(x), "{what}: duplicate {x:?}");
    }
}

/// Sentence count: terminators followed by whitespace or the end.
fn sentences(text: &str) -> usize {
    let chars: Vec<char> = text.trim().chars().collect();
    let mut n = 0;
    for (i, &ch) in chars.iter().enumerate() {
        if matches!(ch, '.' | '!' | '?') {
            let next = chars.get(i + 1);
            // A closing quote or bracket may follow the terminator.
            let after = match next {
                Some('"') | Some(')') | Some('\u{201d}') => chars.get(i + 2),
                other => other,
            };
            if after.is_none_or(|c| c.is_whitespace()) {
                n += 1;
            }
        }
    }
    n
}

#[test]
fn sentence_counter_works() {
    assert_eq!(sentences("One. Two! Three?"), 3);
    assert_eq!(
        sentences("Resolution 1373 (2001) is binding. It set up the CTC."),
        2
    );
    assert_eq!(sentences("Version 1.5 is out."), 1);
}

#[test]
fn actors_and_instruments_are_well_formed() {
    for a in ACTORS.iter() {
        assert!(
            !a.name.trim().is_empty() && !a.short.trim().is_empty() && !a.role.trim().is_empty()
        );
        assert!(
            a.role.chars().count() <= 400,
            "actor {}: role too long",
            a.id
        );
        assert!(
            a.founded.is_none() || a.founded_ref.is_some(),
            "actor {}: a founding year needs its reference",
            a.id
        );
        if let Some(y) = a.founded {
            assert!((1900..=2026).contains(&y), "actor {}: founded {y}", a.id);
        }
        if let Some(r) = a.founded_ref {
            assert!(!r.trim().is_empty());
        }
    }
    for i in INSTRUMENTS.iter() {
        assert!(
            !i.name.trim().is_empty() && !i.short.trim().is_empty() && !i.summary.trim().is_empty()
        );
        assert!(
            !i.reference.trim().is_empty(),
            "instrument {}: no reference",
            i.id
        );
        assert!(
            i.summary.chars().count() <= SUMMARY_MAX,
            "instrument {}: summary too long",
            i.id
        );
        if let Some(y) = i.year {
            assert!((1900..=2026).contains(&y), "instrument {}: year {y}", i.id);
        }
    }
}

#[test]
fn relations_are_well_formed() {
    assert!(
        (60..=90).contains(&RELATIONS.len()),
        "{} relations",
        RELATIONS.len()
    );
    let mut seen = HashSet::new();
    for r in RELATIONS.iter() {
        let label = format!("{} {} {}", r.from.slug(), r.kind.slug(), r.to.slug());
        assert_ne!(r.from, r.to, "self-relation {label}");
        assert!(
            seen.insert((r.from, r.kind, r.to)),
            "duplicate relation {label}"
        );
        if r.kind.symmetric() {
            assert!(
                !seen.contains(&(r.to, r.kind, r.from)),
                "symmetric relation given both ways: {label}"
            );
        }
        assert!(!r.text.trim().is_empty(), "{label}: empty text");
        assert!(r.text.chars().count() <= 250, "{label}: text too long");
        assert_eq!(sentences(r.text), 1, "{label}: text must be one sentence");
        assert!(
            !r.sections.is_empty() || r.reference.is_some(),
            "{label}: needs sections or a reference"
        );
        if let Some(reference) = r.reference {
            assert!(!reference.trim().is_empty(), "{label}: empty reference");
        }
        if let Some(since) = r.since {
            assert!((1900..=2026).contains(&since), "{label}: since {since}");
            for end in [r.from, r.to] {
                if let Some(start) = node_start(end) {
                    assert!(
                        since >= start,
                        "{label}: since {since} before {} began ({start})",
                        end.slug()
                    );
                }
            }
        }
        // Endpoint kinds that make sense for the edge.
        match r.kind {
            RelationKind::Issues | RelationKind::Implements | RelationKind::Adopted => {
                assert!(
                    matches!(r.from, NodeId::Actor(_)),
                    "{label}: subject must be an actor"
                );
                assert!(
                    matches!(r.to, NodeId::Instrument(_)),
                    "{label}: object must be an instrument"
                );
            }
            RelationKind::MemberOf
            | RelationKind::PartOf
            | RelationKind::SharesIntelligenceWith => {
                assert!(
                    matches!(r.from, NodeId::Actor(_)) && matches!(r.to, NodeId::Actor(_)),
                    "{label}: actors only"
                );
            }
            RelationKind::CoordinatesWith | RelationKind::Supports => {
                assert!(
                    matches!(r.from, NodeId::Actor(_)),
                    "{label}: subject must be an actor"
                );
            }
        }
    }
}

/// Founding year of an actor or adoption year of an instrument, when known.
fn node_start(n: NodeId) -> Option<i32> {
    match n {
        NodeId::Actor(a) => actor(a).founded,
        NodeId::Instrument(i) => instrument(i).year,
    }
}

#[test]
fn events_are_well_formed_and_sorted() {
    assert!(EVENTS.len() >= 60, "only {} events", EVENTS.len());
    for e in EVENTS.iter() {
        let id = e.id;
        assert!(e.date.is_valid(), "event {id}: invalid date {:?}", e.date);
        assert!(
            (1900..=2026).contains(&e.date.year),
            "event {id}: year out of range"
        );
        assert!(
            !e.title.trim().is_empty() && e.title.chars().count() <= TITLE_MAX,
            "event {id}: title"
        );
        assert!(!e.text.trim().is_empty(), "event {id}: empty text");
        let n = sentences(e.text);
        assert!((1..=3).contains(&n), "event {id}: text has {n} sentences");
        assert!(!e.reference.trim().is_empty(), "event {id}: no reference");
        assert!(!e.cards.is_empty(), "event {id}: links no card");
        no_dupes(&format!("event {id} cards"), e.cards);
        no_dupes(&format!("event {id} actors"), e.actors);
        no_dupes(&format!("event {id} instruments"), e.instruments);
        // The date's year is spelled out in the slug.
        assert!(
            id.slug().starts_with(&e.date.year.to_string()),
            "event {id}: slug does not start with its year"
        );
    }
    for w in EVENTS.windows(2) {
        assert!(
            w[0].date <= w[1].date,
            "events out of order: {} after {}",
            w[1].id,
            w[0].id
        );
    }
    assert!(
        EVENTS.first().unwrap().date.year <= 1923,
        "timeline must reach back to 1923"
    );
    assert!(
        EVENTS.last().unwrap().date.year >= 2019,
        "timeline must reach 2019"
    );
}

#[test]
fn founding_years_agree_with_events() {
    // Nothing happens to an actor before it exists.
    for e in EVENTS.iter() {
        for &a in e.actors {
            if let Some(y) = actor(a).founded {
                assert!(
                    e.date.year >= y,
                    "event {} involves {a} before it was founded ({y})",
                    e.id
                );
            }
        }
        for &i in e.instruments {
            if let Some(y) = instrument(i).year {
                assert!(
                    e.date.year >= y,
                    "event {} involves {i} before its year ({y})",
                    e.id
                );
            }
        }
    }
    // Every dated instrument has an event in its year, and that is its earliest event.
    for i in INSTRUMENTS.iter() {
        let years: Vec<i32> = EVENTS
            .iter()
            .filter(|e| e.instruments.contains(&i.id))
            .map(|e| e.date.year)
            .collect();
        if let Some(y) = i.year {
            assert_eq!(
                years.iter().min(),
                Some(&y),
                "instrument {}: year {y} disagrees with its events",
                i.id
            );
        }
    }
    // Founding events, spelled out.
    let founding: &[(ActorId, EventId)] = &[
        (ActorId::Interpol, EventId::IcpcFounded),
        (ActorId::Un, EventId::UnCharter),
        (ActorId::Nato, EventId::NorthAtlanticTreaty),
        (ActorId::Asean, EventId::AseanFounded),
        (ActorId::Ammtc, EventId::ManilaDeclaration),
        (ActorId::Ctc, EventId::Res1373),
        (ActorId::GlobalCoalition, EventId::CoalitionFormed),
        (ActorId::Unoct, EventId::UnoctEstablished),
        (ActorId::InterpolCt, EventId::FusionTaskForce),
        (ActorId::Cted, EventId::Res1535),
        (ActorId::Fatf, EventId::FatfFounded),
        (ActorId::Egmont, EventId::EgmontGroup),
        (ActorId::Gctf, EventId::GctfLaunched),
        (ActorId::Gifct, EventId::GifctFormed),
        (ActorId::Eurojust, EventId::EurojustSetUp),
        (ActorId::Anzctc, EventId::AnzctcRenamed),
    ];
    for &(a, e) in founding {
        assert_eq!(
            actor(a).founded,
            Some(event(e).date.year),
            "actor {a}: founded disagrees with event {e}"
        );
        assert!(
            event(e).actors.contains(&a),
            "founding event {e} does not link {a}"
        );
    }
    // Every actor with a founding year has its founding event listed above.
    for a in ACTORS.iter().filter(|a| a.founded.is_some()) {
        assert!(
            founding.iter().any(|&(x, _)| x == a.id),
            "actor {}: founding year without a founding event",
            a.id
        );
    }
}

#[test]
fn glossary_terms_occur_in_cards() {
    assert!(TERMS.len() >= 18, "only {} terms", TERMS.len());
    let texts: Vec<String> = CARDS
        .iter()
        .map(|c| {
            let mut t = format!("{} {}", c.title, c.summary);
            for p in c.points {
                t.push(' ');
                t.push_str(p);
            }
            t.to_lowercase()
        })
        .collect();
    let mut seen = HashSet::new();
    for t in TERMS.iter() {
        assert!(
            seen.insert(t.term.to_lowercase()),
            "duplicate term {}",
            t.term
        );
        assert!(
            !t.definition.trim().is_empty(),
            "term {}: empty definition",
            t.term
        );
        let n = sentences(t.definition);
        assert!(
            (1..=2).contains(&n),
            "term {}: definition has {n} sentences",
            t.term
        );
        let forms: Vec<String> = std::iter::once(t.term)
            .chain(t.aliases.iter().copied())
            .map(str::to_lowercase)
            .collect();
        assert!(
            forms
                .iter()
                .any(|f| texts.iter().any(|text| contains_word(text, f))),
            "term {} (or an alias) occurs in no card",
            t.term
        );
    }
}

/// Case-folded whole-word containment: the match may not touch a letter or
/// digit on either side.
fn contains_word(haystack: &str, needle: &str) -> bool {
    let mut start = 0;
    while let Some(pos) = haystack[start..].find(needle) {
        let i = start + pos;
        let j = i + needle.len();
        let before = haystack[..i].chars().next_back();
        let after = haystack[j..].chars().next();
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            return true;
        }
        start = i + needle.chars().next().map_or(1, char::len_utf8);
    }
    false
}

#[test]
fn contains_word_works() {
    assert!(contains_word("the fiu passes leads", "fiu"));
    assert!(!contains_word("the fius pass leads", "fiu"));
    assert!(contains_word("(humint) sources", "humint"));
}

#[test]
fn section_headings_match_seeds() {
    let seeds = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    if !seeds.is_dir() {
        println!("skipping heading check: {} not found", seeds.display());
        return;
    }
    for src in SOURCES.iter() {
        let path = seeds.join(src.file);
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        // Headings: short lines that do not end like a sentence or a list lead-in.
        let essay_headings: BTreeSet<&str> = lines
            .iter()
            .copied()
            .filter(|l| {
                !l.is_empty()
                    && l.chars().count() < 110
                    && !l.ends_with(['.', ':'])
                    && !l.starts_with("- ")
            })
            .collect();
        let ours: Vec<&str> = SECTIONS
            .iter()
            .filter(|s| s.source == src.id && s.heading != "Introduction")
            .map(|s| s.heading)
            .collect();
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for l in &lines {
            *counts.entry(l).or_default() += 1;
        }
        for h in &ours {
            assert_eq!(
                counts.get(h),
                Some(&1),
                "{}: heading {h:?} is not exactly one line of the essay",
                src.file
            );
        }
        assert_eq!(
            ours.len(),
            essay_headings.len(),
            "{}: heading count differs from the essay",
            src.file
        );
        // Same order as in the essay.
        let positions: Vec<usize> = ours
            .iter()
            .map(|h| lines.iter().position(|l| l == h).unwrap())
            .collect();
        assert!(
            positions.windows(2).all(|w| w[0] < w[1]),
            "{}: sections out of essay order",
            src.file
        );
        // Bullet count per essay.
        let bullets = lines.iter().filter(|l| l.starts_with("- ")).count();
        let ours_b = BULLETS
            .iter()
            .filter(|b| section(b.section).source == src.id)
            .count();
        assert_eq!(
            bullets, ours_b,
            "{}: bullet count differs from the essay",
            src.file
        );
    }
}

#[test]
fn debates_state_both_sides_each_with_its_reference() {
    for c in CARDS.iter() {
        assert_eq!(
            c.kind == CardKind::Debate,
            c.debate.is_some(),
            "card {}: of kind Debate exactly when it states a debate",
            c.id
        );
    }
    let debates: Vec<(&Card, &Debate)> = CARDS
        .iter()
        .filter_map(|c| c.debate.as_ref().map(|d| (c, d)))
        .collect();
    for (c, d) in &debates {
        let sides = [
            ("practice", d.practice, d.practice_ref),
            ("critique", d.critique, d.critique_ref),
            ("answer", d.answer, d.answer_ref),
        ];
        for (side, text, reference) in sides {
            assert!(
                (40..=420).contains(&text.len()),
                "card {}: the {side} is {} characters",
                c.id,
                text.len()
            );
            assert!(
                reference.len() >= 12 && reference.chars().any(|ch| ch.is_ascii_digit()),
                "card {}: the {side}'s reference does not name a dated source: {reference:?}",
                c.id
            );
        }
        assert!(
            d.critique_ref != d.practice_ref && d.answer_ref != d.critique_ref,
            "card {}: each side rests on a source of its own",
            c.id
        );
        assert!(c.title.starts_with("Debate: "), "card {}: title", c.id);
    }
    assert!(
        debates.len() >= MIN_DEBATES,
        "{} debate cards",
        debates.len()
    );
}

/// Debates the dataset holds at least.
const MIN_DEBATES: usize = 8;
