//! The organisation map: a full-size SVG graph of bodies and instruments,
//! framed in their families, with a details panel beside it (Kumu-like),
//! filters in a collapsible panel, and every relation as a sentence as its
//! text alternative.

mod canvas;
pub mod drawing;
mod filters;
mod legend;
mod pan_zoom;
mod panel;
mod relations;
pub mod shape;

use crate::graph;
use crate::i18n::{self, ui};
use crate::model::NodeId;
use crate::route::Route;
use crate::state::use_app;
use crate::views::budget;
use crate::views::later::Later;
use crate::views::widgets::{DisplayToggle, FiltersToggle};
use leptos::prelude::*;

pub use filters::toggle_relation;

pub fn node_dom_id(n: NodeId) -> String {
    format!("node-{}", n.slug().replace(':', "-"))
}

/// The id of a node's heading in the relations in words.
pub fn node_relations_id(n: NodeId) -> String {
    format!("rel-{}", node_dom_id(n))
}

pub(super) fn map_href(r: &Route, node: Option<NodeId>) -> String {
    let mut to = r.clone();
    to.node = node;
    to.format()
}

#[component]
pub fn Map() -> impl IntoView {
    let state = use_app();
    let route = state.route;
    let visible = Memo::new(move |_| route.with(graph::visible_relations));
    let list = Memo::new(move |_| route.with(|r| r.list));
    let filters_open = RwSignal::new(false);
    view! {
        <div class="view map-view">
            <div class="view-head">
                <h1>{ui::map::ORGANISATION_MAP}</h1>
                <div class="view-tools">
                    <FiltersToggle open=filters_open controls="map-filters" />
                    <DisplayToggle picture=ui::map::MAP list=ui::map::LIST_OF_RELATIONS />
                    <p class="result-count" role="status" aria-live="polite" aria-atomic="true">
                        {move || {
                            let rels = visible.get();
                            i18n::fill(ui::map::BETWEEN, &[("relations", &i18n::count(&ui::count::RELATIONS, rels.len())), ("nodes", &i18n::count(&ui::map::NODES, graph::nodes_of(&rels).len()))])
                        }}
                    </p>
                </div>
            </div>
            <Later><filters::MapFilters open=filters_open /></Later>
            <div class="map-layout" class:has-panel=move || route.with(|r| r.node.is_some())>
                <Show when=move || !list.get()>
                    <canvas::Canvas layout=graph::shared_layout() visible=visible />
                </Show>
                <Show when=move || route.with(|r| r.node.is_some())>
                    <panel::NodePanel visible=visible />
                </Show>
            </div>
            <Show when=move || !list.get()>
                <p class="hint">{ui::map::SELECT_A_BODY_OR_INSTRUMENT}</p>
            </Show>
            <div class:print-only=move || !list.get() data-primary=move || list.get().then_some("")>
                <relations::RelationList visible=visible first=if list.get_untracked() { budget::screenful(crate::platform::viewport().1, 30.0) } else { 0 } />
            </div>
        </div>
    }
}
