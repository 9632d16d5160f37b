//! The text alternative: every visible relation as a sentence, grouped by
//! the body it starts from, and searchable.

use super::{map_href, node_relations_id};
use crate::content;
use crate::graph;
use crate::i18n::ui;
use crate::search;
use crate::state::use_app;
use leptos::prelude::*;

/// Every visible relation as a sentence, grouped by actor, searchable.
#[component]
pub fn RelationList(visible: Memo<Vec<usize>>) -> impl IntoView {
    let state = use_app();
    let route = state.route;
    let (q, set_q) = signal(String::new());
    let groups = move || {
        let rels = visible.get();
        let query = q.get();
        let qs = search::query_words(&query);
        graph::nodes_of(&rels)
            .into_iter()
            .filter_map(|n| {
                let mine: Vec<String> = rels
                    .iter()
                    .map(|&i| &content::RELATIONS[i])
                    .filter(|r| r.from == n)
                    .map(|r| format!("{} {}", graph::sentence(r), r.text))
                    .filter(|s| {
                        let w = search::words(s);
                        qs.iter()
                            .all(|q| w.iter().any(|w| search::match_quality(q, w) > 0.0))
                    })
                    .collect();
                (!mine.is_empty()).then_some((n, mine))
            })
            .collect::<Vec<_>>()
    };
    view! {
        <section class="relation-list" aria-labelledby="rel-list-title">
            <h2 id="rel-list-title">{ui::map::EVERY_RELATION_IN_WORDS}</h2>
            <div class="field">
                <label for="rel-search">{ui::map::SEARCH_RELATIONS}</label>
                <input id="rel-search" type="search" prop:value=q on:input=move |ev| set_q.set(event_target_value(&ev)) />
            </div>
            {move || {
                let g = groups();
                if g.is_empty() {
                    view! { <p>{ui::map::NO_RELATION_MATCHES}</p> }.into_any()
                } else {
                    g.into_iter()
                        .map(|(n, sentences)| view! {
                            <h3 id=node_relations_id(n)><a href=move || route.with(|r| map_href(&r.clone(), Some(n)))>{content::node_name(n)}</a></h3>
                            <ul class="sentences">{sentences.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
                        })
                        .collect_view()
                        .into_any()
                }
            }}
        </section>
    }
}
