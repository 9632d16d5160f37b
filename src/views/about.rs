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
