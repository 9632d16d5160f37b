//! About & sources: what the content rests on, both essays with their
//! sections, every primary reference, the glossary, how to cite, and the
//! data downloads.

use crate::content;
use crate::model::*;
use leptos::prelude::*;

#[component]
pub fn About() -> impl IntoView {
    let mut refs: Vec<(String, &'static str)> = content::EVENTS
        .iter()
        .map(|e| (format!("{} — {}", e.date.human(), e.title), e.reference))
        .chain(
            content::INSTRUMENTS
                .iter()
                .map(|i| (i.name.to_string(), i.reference)),
        )
        .chain(
            content::ACTORS
                .iter()
                .filter_map(|a| a.founded_ref.map(|r| (format!("{} (founding)", a.name), r))),
        )
        .chain(
            content::RELATIONS
                .iter()
                .filter_map(|r| r.reference.map(|x| (crate::graph::sentence(r), x))),
        )
        .collect();
    refs.sort_by(|a, b| a.1.cmp(b.1).then(a.0.cmp(&b.0)));
    // group the things each reference supports
    let mut grouped: Vec<(&'static str, Vec<String>)> = Vec::new();
    for (what, r) in refs {
        match grouped.last_mut() {
            Some(g) if g.0 == r => g.1.push(what),
            _ => grouped.push((r, vec![what])),
        }
    }
    let notes: Vec<&Card> = content::CARDS.iter().filter(|c| c.note.is_some()).collect();

    view! {
        <div class="view about-view">
            <div class="view-head">
                <h1>"About & sources"</h1>
                <p class="lede">
                    "This explainer restates two overview essays on international counterterrorism cooperation as cards, a timeline and a map, in its own words."
                </p>
            </div>
            <section aria-labelledby="about-basis">
                <h2 id="about-basis">"What the content is based on"</h2>
                <p>
                    "Each card restates one or more sections of the two essays listed below and names them as its sources. The essays give almost no dates, so the timeline, founding years and relation start years come from the public record; each such fact names its primary source (a UN document symbol, a treaty with its date, or the record of the body concerned)."
                </p>
                <p>
                    "Where an essay is loose or at odds with the public record, the card says so in a note. "
                    {format!("{} cards carry such a note.", notes.len())}
                </p>
                <ul class="links">
                    {notes.iter().map(|c| view! { <li><crate::views::widgets::CardLink id=c.id /></li> }).collect_view()}
                </ul>
            </section>
            <Method />
            <section aria-labelledby="about-essays">
                <h2 id="about-essays">"The two essays and their sections"</h2>
                {content::SOURCES.iter().map(|s| {
                    let secs: Vec<&Section> = content::SECTIONS.iter().filter(|x| x.source == s.id).collect();
                    view! {
                        <h3>{s.title}</h3>
                        <p class="ref">{format!("File {} · {} sections", s.file, secs.len())}</p>
                        <ol class="sections">
                            {secs.into_iter().map(|sec| {
                                let n = content::CARDS.iter().filter(|c| c.sections.contains(&sec.id)).count();
                                view! { <li>{sec.heading}<span class="count">{format!("{n} card{}", if n == 1 { "" } else { "s" })}</span></li> }
                            }).collect_view()}
                        </ol>
                    }
                }).collect_view()}
            </section>
            <section aria-labelledby="about-data">
                <h2 id="about-data">"Download the data"</h2>
                <p>"The whole dataset, generated from the same typed data the app shows:"</p>
                <ul class="links">
                    <li><a href="data/content.json" download>"content.json"</a>" — everything, with a schema version"</li>
                    <li><a href="data/cards.csv" download>"cards.csv"</a>{format!(" — {} cards", content::CARDS.len())}</li>
                    <li><a href="data/events.csv" download>"events.csv"</a>{format!(" — {} events", content::EVENTS.len())}</li>
                    <li><a href="data/relations.csv" download>"relations.csv"</a>{format!(" — {} relations", content::RELATIONS.len())}</li>
                </ul>
            </section>
            <section aria-labelledby="about-cite">
                <h2 id="about-cite">"How to cite"</h2>
                <p>
                    "Cite the primary references below for facts and dates. To cite the explainer itself: "
                    <q>"Counterterrorism cooperation: an interactive explainer (web application, dataset schema "{content::SCHEMA_VERSION}"), based on two overview essays; accessed on [date]."</q>
                    " Links to a view keep its filters, so a citation can point to exactly what you saw."
                </p>
            </section>
            <section aria-labelledby="about-glossary">
                <h2 id="about-glossary">"Glossary"</h2>
                <dl class="glossary">
                    {content::TERMS.iter().map(|t| view! {
                        <dt>{t.term}{(!t.aliases.is_empty()).then(|| format!(" ({})", t.aliases.join(", ")))}</dt>
                        <dd>{t.definition}</dd>
                    }).collect_view()}
                </dl>
            </section>
            <section aria-labelledby="about-refs">
                <h2 id="about-refs">"Primary references"</h2>
                <ul class="references">
                    {grouped.into_iter().map(|(r, whats)| view! {
                        <li>
                            <span class="ref-title">{r}</span>
                            <span class="ref-for">{format!(" — for: {}", whats.join("; "))}</span>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        </div>
    }
}

/// How each claim is sourced, with the tag every card, event and map node
/// carries and how many records have each.
#[component]
fn Method() -> impl IntoView {
    use crate::views::widgets::ProvenanceTag;
    let count = |p: Provenance| {
        let cards = content::CARDS
            .iter()
            .filter(|c| c.provenance() == p)
            .count();
        let events = content::EVENTS
            .iter()
            .filter(|e| e.provenance() == p)
            .count();
        let nodes = content::ACTORS
            .iter()
            .filter(|a| a.provenance() == p)
            .count()
            + content::INSTRUMENTS
                .iter()
                .filter(|i| i.provenance() == p)
                .count();
        format!("{cards} cards, {events} events, {nodes} map nodes")
    };
    let meaning = |p: Provenance| {
        match p {
        Provenance::Essays => "restates sections of the essays and adds nothing from elsewhere.",
        Provenance::EssaysAndRecord => "restates or names what the essays discuss, and adds dates, names or figures from the public record, each with its primary reference.",
        Provenance::Record => "the essays do not mention it. It is added because a teacher would expect it beside what they do discuss, and every fact in it carries its primary reference.",
    }
    };
    view! {
        <section aria-labelledby="about-method">
            <h2 id="about-method">"Where each claim comes from"</h2>
            <p>
                "Every card, timeline event and map node carries one of three tags. Open any of them to see the essay sections it restates and the references for what it adds."
            </p>
            <dl class="method">
                {Provenance::ALL.iter().map(|&p| view! {
                    <dt><ProvenanceTag p=p /></dt>
                    <dd>{meaning(p)}" "<span class="ref">{format!("({})", count(p))}</span></dd>
                }).collect_view()}
            </dl>
            <p>
                "Facts from outside the essays are checked against the primary source itself (a UN document, a treaty or law with its date, a court judgment, or the body's own record), never written from memory. Where sources disagree on a day, only the month or year is given. Where a practice is contested, a debate card states the practice, the critique and the answer, each with its own reference. An automated check fails the build if a card, event or node states a year that none of its references backs."
            </p>
        </section>
    }
}
