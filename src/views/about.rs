//! About & sources: what the content rests on, both essays with their
//! sections, every primary reference, the glossary, how to cite, and the
//! data downloads.

use crate::content;
use crate::i18n::{self, ui};
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
    crate::order::sort_by(&mut refs, |a, b| a.1.cmp(b.1).then(a.0.cmp(&b.0)));
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
                <h1>{ui::about::ABOUT_SOURCES}</h1>
                <p class="lede">
                    {ui::about::THIS_EXPLAINER_RESTATES_TWO_OVERVIEW}
                </p>
            </div>
            <section aria-labelledby="about-basis">
                <h2 id="about-basis">{ui::about::WHAT_THE_CONTENT_IS_BASED}</h2>
                <p>
                    {ui::about::EACH_CARD_RESTATES_ONE_OR}
                </p>
                <p>
                    {ui::about::WHERE_AN_ESSAY_IS_LOOSE}
                    {i18n::count(&ui::about::NOTES_COUNT, notes.len())}
                </p>
                <ul class="links">
                    {notes.iter().map(|c| view! { <li><crate::views::widgets::CardLink id=c.id /></li> }).collect_view()}
                </ul>
            </section>
            <Method />
            <section aria-labelledby="about-essays">
                <h2 id="about-essays">{ui::about::THE_TWO_ESSAYS_AND_THEIR}</h2>
                {content::SOURCES.iter().map(|s| {
                    let secs: Vec<&Section> = content::SECTIONS.iter().filter(|x| x.source == s.id).collect();
                    view! {
                        <h3>{s.title}</h3>
                        <p class="ref">{i18n::fill(ui::about::FILE_SECTIONS, &[("file", s.file), ("sections", &i18n::count(&ui::count::SECTIONS, secs.len()))])}</p>
                        <ol class="sections">
                            {secs.into_iter().map(|sec| {
                                let n = content::CARDS.iter().filter(|c| c.sections.contains(&sec.id)).count();
                                view! { <li><span lang=crate::i18n::REF_LANG>{sec.heading}</span><span class="count">{i18n::count(&ui::count::CARDS, n)}</span></li> }
                            }).collect_view()}
                        </ol>
                    }
                }).collect_view()}
            </section>
            <section aria-labelledby="about-data">
                <h2 id="about-data">{ui::about::DOWNLOAD_THE_DATA}</h2>
                <p>{ui::about::THE_WHOLE_DATASET_GENERATED_FROM}</p>
                <ul class="links">
                    <li><a href="data/content.json" download>"content.json"</a>{ui::about::EVERYTHING_WITH_A_SCHEMA_VERSION}</li>
                    <li><a href="data/cards.csv" download>"cards.csv"</a>{format!(" — {}", i18n::count(&ui::count::CARDS, content::CARDS.len()))}</li>
                    <li><a href="data/events.csv" download>"events.csv"</a>{format!(" — {}", i18n::count(&ui::count::EVENTS, content::EVENTS.len()))}</li>
                    <li><a href="data/relations.csv" download>"relations.csv"</a>{format!(" — {}", i18n::count(&ui::count::RELATIONS, content::RELATIONS.len()))}</li>
                </ul>
            </section>
            <section aria-labelledby="about-cite">
                <h2 id="about-cite">{ui::about::HOW_TO_CITE}</h2>
                <p>
                    {ui::about::CITE_THE_PRIMARY_REFERENCES_BELOW}
                    <q>{ui::about::CITE_TITLE}{content::SCHEMA_VERSION}{ui::about::BASED_ON_TWO_OVERVIEW_ESSAYS}</q>
                    {ui::about::LINKS_TO_A_VIEW_KEEP}
                </p>
            </section>
            <section aria-labelledby="about-glossary">
                <h2 id="about-glossary">{ui::about::GLOSSARY}</h2>
                <dl class="glossary">
                    {content::TERMS.iter().map(|t| view! {
                        <dt>{t.term}{(!t.aliases.is_empty()).then(|| format!(" ({})", t.aliases.join(", ")))}</dt>
                        <dd>{t.definition}</dd>
                    }).collect_view()}
                </dl>
            </section>
            <section aria-labelledby="about-refs">
                <h2 id="about-refs">{ui::about::PRIMARY_REFERENCES}</h2>
                <ul class="references">
                    {grouped.into_iter().map(|(r, whats)| view! {
                        <li>
                            <span class="ref-title" lang=crate::i18n::REF_LANG>{r}</span>
                            <span class="ref-for">{i18n::fill(ui::about::REF_FOR, &[("list", &whats.join("; "))])}</span>
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
        format!(
            "{}, {}, {}",
            i18n::count(&ui::count::CARDS, cards),
            i18n::count(&ui::count::EVENTS, events),
            i18n::count(&ui::count::NODES, nodes)
        )
    };
    let meaning = |p: Provenance| match p {
        Provenance::Essays => ui::about::MEANING_ESSAYS,
        Provenance::EssaysAndRecord => ui::about::MEANING_BOTH,
        Provenance::Record => ui::about::MEANING_RECORD,
    };
    view! {
        <section aria-labelledby="about-method">
            <h2 id="about-method">{ui::about::WHERE_EACH_CLAIM_COMES_FROM}</h2>
            <p>
                {ui::about::EVERY_CARD_TIMELINE_EVENT_AND}
            </p>
            <dl class="method">
                {Provenance::ALL.iter().map(|&p| view! {
                    <dt><ProvenanceTag p=p /></dt>
                    <dd>{meaning(p)}" "<span class="ref">{format!("({})", count(p))}</span></dd>
                }).collect_view()}
            </dl>
            <p>
                {ui::about::FACTS_FROM_OUTSIDE_THE_ESSAYS}
            </p>
        </section>
    }
}
