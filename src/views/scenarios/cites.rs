//! What a consequence rests on: links to its cards, events and instruments.

use crate::i18n::ui;
use crate::model::*;
use crate::views::widgets::{CardLink, EventLink, NodeLink};
use leptos::prelude::*;

#[component]
pub fn Cites(choice: &'static Choice) -> impl IntoView {
    view! {
        <p class="case-cites">
            <span class="case-cites-label">{ui::scenarios::READ}</span>
            {choice.cards.iter().map(|&c| view! { <span class="cite"><CardLink id=c /></span> }).collect_view()}
            {choice.events.iter().map(|&e| view! { <span class="cite"><EventLink id=e /></span> }).collect_view()}
            {choice
                .instruments
                .iter()
                .map(|&i| view! { <span class="cite"><NodeLink node=NodeId::Instrument(i) /></span> })
                .collect_view()}
        </p>
    }
}
