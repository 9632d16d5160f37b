//! Where each claim comes from. Cards restate essay sections; anything they
//! add, and every event and map node the essays do not name, rests on a
//! primary reference. These checks make an unreferenced outside fact fail.

use std::path::PathBuf;

use ct_explainer::content::*;
use ct_explainer::model::*;

/// Years the essays state themselves, by section (they date almost nothing).
const ESSAY_YEARS: &[(SectionId, i32)] = &[(SectionId::MilCoalition, 2014)];

/// Four-digit numbers between 1900 and 2030 standing on their own: years,
/// and also resolution numbers such as 1988, which must then be backed too.
fn years(text: &str) -> Vec<String> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let j = (i..b.len())
                .find(|&k| !b[k].is_ascii_digit())
                .unwrap_or(b.len());
            if j - i == 4 {
                let n: i32 = text[i..j].parse().unwrap();
                if (1900..=2030).contains(&n) {
                    out.push(text[i..j].to_string());
                }
            }
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

#[test]
fn years_finds_standalone_years_only() {
    assert_eq!(
        years("In 2011, S/RES/1988 (2011) and 12345"),
        ["2011", "1988", "2011"]
    );
    assert!(years("A/RES/54/109 of 9 December").is_empty());
}

/// Everything a record may lean on for a date: its references, its linked
/// events, instruments and bodies, and the years its essay sections state.
struct Backing(String);

impl Backing {
    fn new() -> Self {
        Backing(String::new())
    }
    fn add(&mut self, s: &str) -> &mut Self {
        self.0.push(' ');
        self.0.push_str(s);
        self
    }
    fn year(&mut self, y: Option<i32>) -> &mut Self {
        if let Some(y) = y {
            self.add(&y.to_string());
        }
        self
    }
    fn event(&mut self, e: &Event) -> &mut Self {
        self.year(Some(e.date.year)).add(e.reference)
    }
    fn actor(&mut self, a: ActorId) -> &mut Self {
        let a = actor(a);
        self.year(a.founded).add(a.founded_ref.unwrap_or(""));
        for e in EVENTS.iter().filter(|e| e.actors.contains(&a.id)) {
            self.event(e);
        }
        self
    }
    fn instrument(&mut self, i: InstrumentId) -> &mut Self {
        let i = instrument(i);
        self.year(i.year).add(i.reference);
        for e in EVENTS.iter().filter(|e| e.instruments.contains(&i.id)) {
            self.event(e);
        }
        self
    }
    fn sections(&mut self, secs: &[SectionId]) -> &mut Self {
        for &(s, y) in ESSAY_YEARS {
            if secs.contains(&s) {
                self.year(Some(y));
            }
        }
        self
    }
    /// The years in `text` nothing backs, as messages.
    fn check(&self, what: &str, text: &str, out: &mut Vec<String>) {
        for y in years(text) {
            if !self.0.contains(&y) {
                out.push(format!(
                    "{what}: states {y}, which neither its essay sections nor any of its references back"
                ));
            }
        }
    }
}

#[test]
fn every_year_a_card_states_is_backed() {
    let mut bad = Vec::new();
    for c in CARDS.iter() {
        let mut b = Backing::new();
        b.sections(c.sections);
        for r in c.references {
            b.add(r);
        }
        if let Some(n) = c.note {
            b.add(n);
        }
        if let Some(d) = &c.debate {
            b.add(d.practice_ref).add(d.critique_ref).add(d.answer_ref);
        }
        for e in EVENTS.iter().filter(|e| e.cards.contains(&c.id)) {
            b.event(e);
        }
        for &a in c.actors {
            b.actor(a);
        }
        for &i in c.instruments {
            b.instrument(i);
        }
        let mut text = format!("{} {}", c.title, c.summary);
        for p in c.points {
            text.push(' ');
            text.push_str(p);
        }
        b.check(&format!("card {}", c.id), &text, &mut bad);
        if let Some(d) = &c.debate {
            let what = format!("card {} (debate)", c.id);
            b.check(&what, d.practice, &mut bad);
            b.check(&what, d.critique, &mut bad);
            b.check(&what, d.answer, &mut bad);
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn every_year_an_event_node_or_relation_states_is_backed() {
    let mut bad = Vec::new();
    for e in EVENTS.iter() {
        let mut b = Backing::new();
        b.event(e);
        for &i in e.instruments {
            b.add(instrument(i).reference);
        }
        b.check(
            &format!("event {}", e.id),
            &format!("{} {}", e.title, e.text),
            &mut bad,
        );
    }
    for a in ACTORS.iter() {
        let mut b = Backing::new();
        b.actor(a.id).sections(a.sections);
        b.check(&format!("actor {}", a.id), a.role, &mut bad);
    }
    for i in INSTRUMENTS.iter() {
        let mut b = Backing::new();
        b.instrument(i.id).sections(i.sections);
        b.check(
            &format!("instrument {}", i.id),
            &format!("{} {}", i.name, i.summary),
            &mut bad,
        );
    }
    for r in RELATIONS.iter() {
        let mut b = Backing::new();
        b.year(r.since).add(r.reference.unwrap_or(""));
        for n in [r.from, r.to] {
            match n {
                NodeId::Actor(a) => b.actor(a),
                NodeId::Instrument(i) => b.instrument(i),
            };
        }
        b.check(
            &format!("relation {} {}", r.from.slug(), r.to.slug()),
            r.text,
            &mut bad,
        );
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn what_comes_from_beyond_the_essays_carries_its_reference() {
    for c in CARDS.iter() {
        assert!(
            !c.sections.is_empty(),
            "card {}: ties to no essay section",
            c.id
        );
        for r in c.references {
            assert!(
                r.trim().len() >= 12,
                "card {}: reference {r:?} names no source",
                c.id
            );
        }
    }
    for a in ACTORS.iter() {
        if a.provenance() == Provenance::Record {
            assert!(
                a.founded_ref.is_some_and(|r| r.trim().len() >= 12),
                "actor {}: the essays do not name it, so it needs a reference",
                a.id
            );
        }
    }
    for i in INSTRUMENTS.iter() {
        assert!(
            i.reference.trim().len() >= 12,
            "instrument {}: reference",
            i.id
        );
    }
    for e in EVENTS.iter() {
        assert!(
            e.reference.trim().len() >= 12 && e.reference.chars().any(|c| c.is_ascii_digit()),
            "event {}: reference must name a dated source",
            e.id
        );
        // An event the essays speak of is spoken of where its body,
        // instrument or card is.
        for s in e.sections {
            let claimed = e.cards.iter().any(|&c| card(c).sections.contains(s))
                || e.actors.iter().any(|&a| actor(a).sections.contains(s))
                || e.instruments
                    .iter()
                    .any(|&i| instrument(i).sections.contains(s));
            assert!(
                claimed,
                "event {}: section {s} belongs to none of its cards or nodes",
                e.id
            );
        }
    }
    // Both kinds exist and are told apart (otherwise the tags say nothing).
    for p in Provenance::ALL {
        assert!(
            EVENTS.iter().any(|e| e.provenance() == *p)
                || ACTORS.iter().any(|a| a.provenance() == *p)
                || CARDS.iter().any(|c| c.provenance() == *p),
            "no record is {p}"
        );
    }
}

/// Other names a node goes by in the essays.
fn essay_names(n: NodeId) -> Vec<&'static str> {
    use ActorId as A;
    let extra: &[&str] = match n {
        NodeId::Actor(A::UnSc) => &["Security Council"],
        NodeId::Actor(A::InterpolCt) => &["Counter-Terrorism Centre"],
        NodeId::Actor(A::Ammtc) => &["Ministerial Meeting on Transnational Crime"],
        NodeId::Actor(A::GlobalCoalition) => &["coalition against ISIS"],
        NodeId::Actor(A::Fius) => &["FIUs"],
        NodeId::Actor(A::IntelAgencies) => &["intelligence agencies"],
        NodeId::Actor(A::Usa) => &["USA"],
        NodeId::Actor(A::Uk) => &["UK"],
        NodeId::Actor(A::Eu) => &["European Union"],
        NodeId::Instrument(InstrumentId::Icsft) => &["Suppression of the Financing"],
        NodeId::Instrument(InstrumentId::Res1373) => &["Resolution 1373"],
        NodeId::Instrument(InstrumentId::EuCtStrategy) => &["Counterterrorism Strategy"],
        NodeId::Instrument(InstrumentId::Acct) => &["Convention on Counter Terrorism"],
        NodeId::Instrument(InstrumentId::RedNotices) => &["Red Notice"],
        _ => &[],
    };
    let mut names = vec![node_name(n), node_short(n)];
    names.extend_from_slice(extra);
    names
}

/// Each essay section's text, from the seeds when they are present.
fn section_texts() -> Option<Vec<(SectionId, String)>> {
    let seeds = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    if !seeds.is_dir() {
        println!("skipping: {} not found", seeds.display());
        return None;
    }
    let mut out = Vec::new();
    for src in SOURCES.iter() {
        let text = std::fs::read_to_string(seeds.join(src.file)).ok()?;
        let secs: Vec<&Section> = SECTIONS.iter().filter(|s| s.source == src.id).collect();
        let mut cur = secs[0].id;
        let mut body = String::new();
        for line in text.lines().map(str::trim) {
            if let Some(s) = secs.iter().find(|s| s.heading == line) {
                out.push((cur, std::mem::take(&mut body)));
                cur = s.id;
            } else {
                body.push(' ');
                body.push_str(line);
            }
        }
        out.push((cur, body));
    }
    Some(out)
}

#[test]
fn a_node_said_to_be_in_an_essay_section_is_named_there() {
    let Some(texts) = section_texts() else { return };
    let text = |s: SectionId| {
        texts
            .iter()
            .filter(|(id, _)| *id == s)
            .map(|(_, t)| t.to_lowercase())
            .collect::<String>()
    };
    let nodes = ACTORS
        .iter()
        .map(|a| (NodeId::Actor(a.id), a.sections))
        .chain(
            INSTRUMENTS
                .iter()
                .map(|i| (NodeId::Instrument(i.id), i.sections)),
        );
    for (n, secs) in nodes {
        for &s in secs {
            let t = text(s);
            assert!(
                essay_names(n)
                    .iter()
                    .any(|name| t.contains(&name.to_lowercase())),
                "{} is said to be in section {s}, which does not name it",
                n.slug()
            );
        }
    }
}
