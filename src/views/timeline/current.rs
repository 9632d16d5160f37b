//! The current event, readable in full: date, title, text, primary
//! reference and links, with previous/next through the events shown. With
//! no event chosen, an introduction with a way to start.

use super::nav::{self, open_event};
use super::{event_dom_id, use_timeline};
use crate::content;
use crate::graph;
use crate::i18n::{self, ui};
use crate::model::*;
use crate::state::use_app;
use crate::views::widgets::{focus_selector, CardLink, NodeLink, ProvenanceTag};
use leptos::prelude::*;

#[component]
pub fn Current() -> impl IntoView {
    let route = use_app().route;
    let current = Memo::new(move |_| route.with(|r| r.event));
    view! {
        <div class="tl-current">
            {move || match current.get() {
                Some(id) => view! { <EventPanel id=id /> }.into_any(),
                None => view! { <Intro /> }.into_any(),
            }}
        </div>
    }
}

#[component]
fn Intro() -> impl IntoView {
    let state = use_app();
    let ctx = use_timeline();
    let events = ctx.events;
    let start = move |_| {
        if let Some(e) = events.get_untracked().first() {
            open_event(state, ctx, e.id);
        }
    };
    view! {
        <section class="tl-intro" aria-labelledby="tl-intro-title">
            <h2 id="tl-intro-title">
                {move || {
                    let evs = events.get();
                    match nav::span_years(&evs) {
                        Some((a, b)) => i18n::fill(ui::timeline::INTRO_SPAN, &[("events", &i18n::count(&ui::count::EVENTS, evs.len())), ("from", &a.to_string()), ("to", &b.to_string())]),
                        None => ui::timeline::NO_EVENT.to_string(),
                    }
                }}
            </h2>
            <p class="intro-what">{ui::timeline::TREATIES_SECURITY_COUNCIL_RESOLUTIONS_NEW}</p>
            <p class="intro-how">{ui::timeline::INTRO_HOW}</p>
            <button type="button" class="btn btn-primary" disabled=move || events.with(|e| e.is_empty()) on:click=start>
                {ui::timeline::START_FIRST}<span aria-hidden="true" class="arrow-forward">" →"</span>
            </button>
        </section>
    }
}

thread_local! {
    static KEEP_FOCUS: std::cell::Cell<Option<&'static str>> = const { std::cell::Cell::new(None) };
}

#[component]
fn EventPanel(id: EventId) -> impl IntoView {
    let state = use_app();
    let ctx = use_timeline();
    let e = content::event(id);
    let close = move || {
        state.update(true, |r| r.event = None);
        request_animation_frame(move || focus_selector(&format!("#{}", event_dom_id(id))));
    };
    let prev = Memo::new(move |_| ctx.events.with(|evs| nav::step(evs, id, -1)));
    let next = Memo::new(move |_| ctx.events.with(|evs| nav::step(evs, id, 1)));
    let step_to = move |to: Option<EventId>, button: &'static str| {
        if let Some(t) = to {
            KEEP_FOCUS.with(|k| k.set(Some(button)));
            open_event(state, ctx, t);
        }
    };
    // A newly shown event takes focus to its heading, except when stepping
    // with previous/next, which keep it on the button pressed.
    let kept = KEEP_FOCUS.with(|k| k.take());
    request_animation_frame(move || {
        // a button disabled at either end cannot hold focus
        match kept.filter(|b| {
            document()
                .query_selector(&format!("{b}:enabled"))
                .ok()
                .flatten()
                .is_some()
        }) {
            Some(b) => focus_selector(b),
            None => focus_selector("#event-title"),
        }
    });
    let nodes = graph::named_nodes(e.actors, e.instruments);
    view! {
        <section
            class="event-detail"
            aria-labelledby="event-title"
            on:keydown=move |ev| {
                if ev.key() == "Escape" {
                    ev.prevent_default();
                    close();
                }
            }
        >
            <div class="detail-head">
                <button type="button" class="btn tl-prev" disabled=move || prev.get().is_none() on:click=move |_| step_to(prev.get_untracked(), ".tl-prev")>
                    <span aria-hidden="true" class="arrow-back">"← "</span>{ui::timeline::PREVIOUS}<span class="visually-hidden">{move || prev.get().map(|p| i18n::fill(ui::timeline::EVENT_NAMED, &[("title", nav::title(p))]))}</span>
                </button>
                <p class="tl-position">{move || ctx.events.with(|evs| nav::position_text(evs, id))}</p>
                <button type="button" class="btn tl-next" disabled=move || next.get().is_none() on:click=move |_| step_to(next.get_untracked(), ".tl-next")>
                    {ui::timeline::NEXT}<span class="visually-hidden">{move || next.get().map(|p| i18n::fill(ui::timeline::EVENT_NAMED, &[("title", nav::title(p))]))}</span><span aria-hidden="true" class="arrow-forward">" →"</span>
                </button>
                <button type="button" class="btn-quiet close" on:click=move |_| close()>
                    {ui::timeline::CLOSE}<span class="visually-hidden">{ui::timeline::EVENT_DETAILS}</span>
                </button>
            </div>
            <div class="event-body">
                <div class="event-main">
                    <p class="event-date"><time datetime=e.date.iso()>{e.date.human()}</time></p>
                    <h2 id="event-title" tabindex="-1">{e.title}</h2>
                    <p><crate::views::widgets::Isolated text=e.text /></p>
                    <p class="ref"><strong>{ui::timeline::PRIMARY_REFERENCE}</strong><span lang=i18n::REF_LANG>{e.reference}</span></p>
                    <p class="ref prov-line">
                        <ProvenanceTag p=e.provenance() />
                        {(!e.sections.is_empty()).then(|| {
                            let heads: Vec<String> = e.sections.iter().map(|&s| format!("“{}”", content::section(s).heading)).collect();
                            i18n::fill(ui::timeline::IN_THE_ESSAYS, &[("list", &heads.join("; "))])
                        })}
                    </p>
                </div>
                <div class="event-links">
                    <h3>{ui::timeline::EXPLAINED_IN}</h3>
                    <ul class="links">{e.cards.iter().map(|&c| view! { <li><CardLink id=c /></li> }).collect_view()}</ul>
                    {(!nodes.is_empty()).then(|| view! {
                        <h3>{ui::timeline::ON_THE_MAP}</h3>
                        <ul class="links">{nodes.iter().map(|&n| view! { <li><NodeLink node=n /></li> }).collect_view()}</ul>
                    })}
                </div>
            </div>
        </section>
    }
}
