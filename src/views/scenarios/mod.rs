//! Scenarios: branching cases where the learner decides. The list of cases,
//! or one case being played, as the URL says (`#/scenarios?case=…&path=…`).

#[cfg(not(target_arch = "wasm32"))]
mod ahead;
mod cites;
mod list;
mod play;

use crate::model::ScenarioId;
use crate::state::use_app;
#[cfg(not(target_arch = "wasm32"))]
pub use ahead::{href as point_href, paths as ahead_paths};
use leptos::prelude::*;
use list::CaseList;
use play::CasePlay;

#[component]
pub fn Scenarios() -> impl IntoView {
    let state = use_app();
    let case = Memo::new(move |_| state.route.with(|r| r.case));
    // keyed by the case, so another case draws afresh rather than being
    // patched onto the one before
    view! {
        <For each=move || std::iter::once(case.get()) key=|c| *c let:c>
            {match c {
                Some(id) => view! { <CasePlay id=id /> }.into_any(),
                None => view! { <CaseList /> }.into_any(),
            }}
        </For>
    }
}

/// The id of a case's entry in the list (where its link lands without
/// scripts).
pub fn case_dom_id(id: ScenarioId) -> String {
    format!("case-{}", id.slug())
}
