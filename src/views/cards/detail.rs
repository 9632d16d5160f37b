//! The open card: full text, key points, a note where the source is loose,
//! sources, and links to the timeline, the map and related cards.

use crate::content;
use crate::filter;
use crate::graph;
use crate::i18n::ui;
use crate::model::*;
use crate::state::use_app;
use crate::views::widgets::{focus_selector, CardLink, EventLink, NodeLink, Rich, SourceNote};
use leptos::prelude::*;

/// The open card: full text, key points, sources and links out.
#[component]
pub fn CardDetail(hits: Signal<Vec<String>>) -> impl IntoView {
    let state = use_app();
    let route = state.route;
    let close_href = move || {
        route.with(|r| {
            let mut to = r.clone();
            to.card = None;
            to.format()
        })
    };
    let close = move || {
        let id = route.get_untracked().card;
        state.update(true, |r| r.card = None);
        // return focus to the card that was open
        if let Some(id) = id {
            request_animation_frame(move || {
                focus_selector(&format!("#{} .card-title a", super::card_dom_id(id)))
            });
        }
    };
    let learner = crate::views::learn::use_learner();
    // Move focus to the heading whenever another card opens; opening a card
    // counts as reading it.
    Effect::new(move |_| {
        if let Some(id) = route.with(|r| r.card) {
            learner.progress.update(|p| {
                p.read_card(id);
            });
            request_animation_frame(|| focus_selector("#detail-title"));
        }
    });
    view! {
        {move || {
            let Some(id) = route.with(|r| r.card) else { return ().into_any() };
            let c = content::card(id);
            let events = filter::card_events(id);
            let related = filter::related_cards(id, 4);
            let nodes = graph::named_nodes(c.actors, c.instruments);
            view! {
                <section
                    class="card-detail"
                    aria-labelledby="detail-title"
                    on:keydown=move |ev| {
                        if ev.key() == "Escape" {
                            ev.prevent_default();
                            close();
                        }
                    }
                >
                    <div class="detail-head">
                        <p class="card-kind">
                            <span class=format!("kind kind-{}", c.kind.slug())>{c.kind.label()}</span>
                        </p>
                        <a
                            class="btn-quiet close"
                            href=close_href
                            on:click=move |ev| {
                                ev.prevent_default();
                                close();
                            }
                        >
                            {ui::cards::CLOSE}
                            <span class="visually-hidden">{ui::cards::CARD_DETAILS}</span>
                        </a>
                    </div>
                    <h2 id="detail-title" tabindex="-1">{c.title}</h2>
                    <p class="detail-summary">
                        <Rich text=c.summary hits=hits terms=true />
                    </p>
                    <h3>{ui::cards::KEY_POINTS}</h3>
                    <ul class="points">
                        {c.points.iter().map(|p| view! { <li><Rich text=*p hits=hits terms=true /></li> }).collect_view()}
                    </ul>
                    {c.debate.as_ref().map(|d| view! { <DebateSides debate=d /> })}
                    {c.note.map(|n| view! {
                        <div class="correction">
                            <h3>{ui::cards::NOTE_ON_THE_SOURCE}</h3>
                            <p>{n}</p>
                        </div>
                    })}
                    <h3>{ui::cards::THEMES}</h3>
                    <ul class="chips">
                        {c.themes.iter().map(|t| view! { <li class="chip">{t.label()}</li> }).collect_view()}
                    </ul>
                    <h3>{ui::cards::WHERE_THIS_COMES_FROM}</h3>
                    <SourceNote p=c.provenance() sections=c.sections references=c.references.to_vec() />
                    {(!events.is_empty()).then(|| view! {
                        <h3>{ui::cards::ON_THE_TIMELINE}</h3>
                        <ul class="links">
                            {events.iter().map(|e| view! { <li><EventLink id=e.id /></li> }).collect_view()}
                        </ul>
                    })}
                    {(!nodes.is_empty()).then(|| view! {
                        <h3>{ui::cards::ON_THE_MAP}</h3>
                        <ul class="links">
                            {nodes.iter().map(|&n| view! { <li><NodeLink node=n /></li> }).collect_view()}
                        </ul>
                    })}
                    {(!related.is_empty()).then(|| view! {
                        <h3>{ui::cards::RELATED_CARDS}</h3>
                        <ul class="links">
                            {related.iter().map(|&r| view! { <li><CardLink id=r /></li> }).collect_view()}
                        </ul>
                    })}
                </section>
            }
            .into_any()
        }}
    }
}

/// A debate card's three parts, each with the reference it rests on.
#[component]
fn DebateSides(debate: &'static Debate) -> impl IntoView {
    let sides = [
        (
            ui::cards::THE_PRACTICE,
            debate.practice,
            debate.practice_ref,
        ),
        (
            ui::cards::THE_CRITIQUE,
            debate.critique,
            debate.critique_ref,
        ),
        (ui::cards::THE_ANSWER, debate.answer, debate.answer_ref),
    ];
    view! {
        <section class="debate" aria-labelledby="debate-title">
            <h3 id="debate-title">{ui::cards::BOTH_SIDES_WITH_THEIR_SOURCES}</h3>
            <dl>
                {sides
                    .into_iter()
                    .map(|(label, text, reference)| view! {
                        <dt>{label}</dt>
                        <dd>
                            <p>{text}</p>
                            <p class="ref">{ui::cards::SOURCE}<span lang=crate::i18n::REF_LANG>{reference}</span></p>
                        </dd>
                    })
                    .collect_view()}
            </dl>
        </section>
    }
}
