//! Details of the selected node: what it is, its relations as sentences,
//! and its cards and events. Beside the map on wide screens, below it on
//! phones, and never pushing the map away.

use super::{map_href, node_dom_id};
use crate::content;
use crate::graph;
use crate::i18n::{self, ui};
use crate::model::*;
use crate::state::use_app;
use crate::views::widgets::{focus_selector, CardLink, EventLink, NodeLink, SourceNote};
use leptos::prelude::*;

/// Details of the selected node: description, relations as sentences, cards
/// and events.
#[component]
pub fn NodePanel(visible: Memo<Vec<usize>>) -> impl IntoView {
    let state = use_app();
    let route = state.route;
    move || {
        let Some(n) = route.with(|r| r.node) else {
            return ().into_any();
        };
        let (title, kind, body, year, year_ref, prov, sections) = match n {
            NodeId::Actor(a) => {
                let a = content::actor(a);
                (
                    a.name,
                    a.kind.label(),
                    a.role,
                    a.founded,
                    a.founded_ref,
                    a.provenance(),
                    a.sections,
                )
            }
            NodeId::Instrument(i) => {
                let i = content::instrument(i);
                (
                    i.name,
                    i.kind.label(),
                    i.summary,
                    i.year,
                    Some(i.reference),
                    i.provenance(),
                    i.sections,
                )
            }
        };
        let rels: Vec<&Relation> = visible
            .get()
            .into_iter()
            .map(|i| &content::RELATIONS[i])
            .filter(|r| r.from == n || r.to == n)
            .collect();
        let cards = graph::node_cards(n);
        let events = graph::node_events(n);
        // Closed by Escape or its Close link, focus goes back to the node
        // (it fell to the page, the next Tab landing on the key)
        let back_to_node = move || focus_selector(&format!("#{}", node_dom_id(n)));
        let on_key = move |ev: leptos::ev::KeyboardEvent| {
            if ev.key() == "Escape" {
                ev.prevent_default();
                state.update(true, |r| r.node = None);
                back_to_node();
            }
        };
        view! {
            <section class="node-panel" aria-labelledby="node-title" on:keydown=on_key>
                <div class="detail-head">
                    <p class="card-kind">{kind}</p>
                    <a class="btn-quiet close" href=move || route.with(|r| map_href(r, None)) on:click=move |_| back_to_node()>
                        {ui::map::CLOSE}<span class="visually-hidden">{ui::map::DETAILS}</span>
                    </a>
                </div>
                <h2 id="node-title">{title}</h2>
                <p>{body}</p>
                {year.map(|y| view! { <p class="ref">{i18n::fill(ui::map::SINCE, &[("year", &y.to_string())])}</p> })}
                <SourceNote p=prov sections=sections references=year_ref.into_iter().collect() />
                <h3>{i18n::fill(ui::map::RELATIONS_N, &[("n", &rels.len().to_string())])}</h3>
                <ul class="sentences">
                    {rels.iter().map(|r| {
                        let other = if r.from == n { r.to } else { r.from };
                        view! {
                            <li>
                                {graph::sentence(r)}
                                " "
                                <span class="visually-hidden">{ui::map::GO_TO}</span>
                                <NodeLink node=other />
                            </li>
                        }
                    }).collect_view()}
                </ul>
                {(!cards.is_empty()).then(|| view! {
                    <h3>{ui::map::CARDS}</h3>
                    <ul class="links">{cards.iter().map(|&c| view! { <li><CardLink id=c /></li> }).collect_view()}</ul>
                })}
                {(!events.is_empty()).then(|| view! {
                    <h3>{ui::map::EVENTS}</h3>
                    <ul class="links">{events.iter().map(|&e| view! { <li><EventLink id=e /></li> }).collect_view()}</ul>
                })}
            </section>
        }
        .into_any()
    }
}
