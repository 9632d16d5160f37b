//! The text alternative: every visible relation as a sentence, grouped by
//! the body it starts from, and searchable.

use super::{map_href, node_relations_id};
use crate::content;
use crate::graph;
use crate::i18n::ui;
use crate::search;
use crate::state::use_app;
use crate::views::budget;
use leptos::prelude::*;

/// Groups drawn per later task.
const STEP: usize = 6;

/// Every visible relation as a sentence, grouped by actor, searchable. The
/// mount draws `first` groups (none where it only prints), the rest follow.
#[component]
pub fn RelationList(visible: Memo<Vec<usize>>, first: usize) -> impl IntoView {
    let state = use_app();
    let route = state.route;
    let (q, set_q) = signal(String::new());
    // every node at most: a bound, not a count
    let shown = budget::use_budget(graph::nodes().len(), first, STEP);
    let groups = Memo::new(move |_| {
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
                        // no query: no need to split every sentence into words
                        qs.is_empty() || {
                            let w = search::words(s);
                            qs.iter()
                                .all(|q| w.iter().any(|w| search::match_quality(q, w) > 0.0))
                        }
                    })
                    .collect();
                (!mine.is_empty()).then_some((n, mine))
            })
            .collect::<Vec<_>>()
    });
    view! {
        <section class="relation-list" aria-labelledby="rel-list-title">
            <h2 id="rel-list-title">{ui::map::EVERY_RELATION_IN_WORDS}</h2>
            <div class="field rel-search">
                <label for="rel-search">{ui::map::SEARCH_RELATIONS}</label>
                <input id="rel-search" type="search" prop:value=q on:input=move |ev| set_q.set(event_target_value(&ev)) />
            </div>
            <Show when=move || groups.with(|g| g.is_empty())>
                <p>{ui::map::NO_RELATION_MATCHES}</p>
            </Show>
            <For
                each=move || groups.with(|g| g.iter().take(shown.get()).cloned().collect::<Vec<_>>())
                key=|g| g.clone()
                children=move |(n, sentences)| view! {
                    <h3 id=node_relations_id(n)><a href=move || route.with(|r| map_href(&r.clone(), Some(n)))>{content::node_name(n)}</a></h3>
                    <ul class="sentences">{sentences.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
                }
            />
        </section>
    }
}
