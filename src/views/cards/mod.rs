//! The Cards view: search, facets, sorted results and a card's detail panel.
//! Everything on screen is derived from the route, so a copied link, reload
//! or back button restores it exactly.

mod active;
mod detail;
mod facets;
mod item;
mod slices;

use crate::content;
use crate::filter;
use crate::i18n::{self, ui};
use crate::model::CardId;
use crate::route::Sort;
use crate::state::use_app;
use crate::views::later::Later;
use crate::views::widgets::focus_selector;
use active::ActiveFilters;
use detail::CardDetail;
use facets::FacetGroups;
use item::CardItem;
use leptos::prelude::*;

/// The id of a card in the grid.
pub fn card_dom_id(id: CardId) -> String {
    format!("card-{}", id.slug())
}

#[component]
pub fn Cards() -> impl IntoView {
    let state = use_app();
    let route = state.route;
    let results = Memo::new(move |_| {
        let r = route.get();
        filter::shared_catalog().results(&r)
    });
    let query = Signal::derive(move || route.with(|r| r.query.clone()));
    let hits: Signal<Vec<String>> = Memo::new(move |_| results.with(|r| r.hits.clone())).into();
    let count = move || results.with(|r| r.rows.len());
    // A card named by the link is drawn in the first task, so that focus
    // can return to it when its detail closes.
    let named = route.with_untracked(|r| r.card).and_then(|c| {
        results.with_untracked(|r| r.rows.iter().position(|&i| content::CARDS[i].id == c))
    });
    let shown = slices::use_budget(content::CARDS.len(), named.map_or(0, |p| p + 1));
    let filling = move || shown.get() < content::CARDS.len();
    let card_link = Memo::new(move |_| route.with(|r| r.card_link_parts()));
    let (facets_open, set_facets_open) = signal(false);
    let active =
        move || route.with(|r| r.facets.is_empty() && r.query.is_empty() && r.range.is_none());

    let on_search = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        state.update(false, |r| {
            r.query = value;
            r.card = None;
        });
    };
    let on_sort = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        if let Some(s) = Sort::from_slug(&value) {
            state.update(true, |r| r.sort = s);
        }
    };
    let clear_all = move |_| state.go(route.get_untracked().cleared(), true);

    view! {
        <div class="view cards-view" class:has-detail=move || route.with(|r| r.card.is_some())>
            <div class="view-head">
                <h1>{ui::cards::CARDS}</h1>
                <p class="lede">{ui::cards::EVERY_TOPIC_OF_THE_TWO}</p>
            </div>
            <div class="toolbar" role="search">
                <div class="field grow">
                    <label for="card-search">{ui::cards::SEARCH_CARDS}</label>
                    <input
                        id="card-search"
                        type="search"
                        autocomplete="off"
                        spellcheck="false"
                        placeholder=ui::cards::E_G_RED_NOTICE_FINANCING
                        prop:value=query
                        on:focus=|_| filter::shared_catalog().warm()
                        on:input=on_search
                    />
                </div>
                <div class="field">
                    <label for="card-sort">{ui::cards::SORT_BY}</label>
                    <select id="card-sort" on:change=on_sort prop:value=move || route.with(|r| r.sort.slug())>
                        {Sort::ALL
                            .into_iter()
                            .map(|s| view! { <option value=s.slug()>{s.label()}</option> })
                            .collect_view()}
                    </select>
                </div>
                <button
                    type="button"
                    class="btn facets-toggle"
                    aria-controls="facets"
                    aria-expanded=move || facets_open.get().to_string()
                    on:click=move |_| set_facets_open.update(|o| *o = !*o)
                >
                    {ui::cards::FILTERS}
                    {move || {
                        let n = route.with(|r| r.facets.len());
                        (n > 0).then(|| format!(" ({n})"))
                    }}
                </button>
            </div>
            <ActiveFilters />
            <p class="result-count" role="status" aria-live="polite" aria-atomic="true">
                {move || i18n::count(&ui::cards::MATCH, count())}
            </p>
            <div class="cards-layout">
                <aside id="facets" class="facets" class:open=facets_open aria-label=ui::cards::FILTERS>
                    <Later><FacetGroups counts=Signal::derive(move || results.with(|r| r.counts.clone())) /></Later>
                    <button type="button" class="btn" on:click=clear_all disabled=active>
                        {ui::cards::CLEAR_ALL_FILTERS}
                    </button>
                    // Where the panel opens above the results (a phone), it is
                    // screens long: this stays at the screen's foot and closes
                    // it onto the cards it leaves.
                    <button type="button" class="btn btn-primary facets-done" on:click=move |_| {
                        set_facets_open.set(false);
                        focus_selector(".facets-toggle");
                    }>
                        {move || i18n::count(&ui::cards::SHOW_RESULTS, count())}
                    </button>
                </aside>
                <div class="results">
                    <Show when=move || route.with(|r| r.card.is_some())>
                        <CardDetail hits=hits />
                    </Show>
                    <Show when=move || count() == 0>
                        <div class="empty">
                            <p>{ui::cards::NO_CARD_MATCHES_THIS_SEARCH}</p>
                            <button type="button" class="btn" on:click=clear_all>
                                {ui::cards::CLEAR_SEARCH_AND_FILTERS}
                            </button>
                        </div>
                    </Show>
                    <ul class="card-grid" data-primary="" aria-busy=move || filling().then_some("true")>
                        <For
                            each=move || results.with(|r| r.rows.iter().take(shown.get()).copied().collect::<Vec<_>>())
                            key=|i| *i
                            children=move |i| view! { <li><CardItem card=&content::CARDS[i] hits=hits link=card_link /></li> }
                        />
                    </ul>
                </div>
            </div>
        </div>
    }
}
