//! What a consequence rests on: links to its cards, events and instruments.

use crate::i18n::ui;
use crate::model::*;
use crate::views::widgets::{Cite, Cites};
use leptos::prelude::*;

#[component]
pub fn ChoiceCites(choice: &'static Choice) -> impl IntoView {
    let cites = (choice.cards.iter().map(|&c| Cite::Card(c)))
        .chain(choice.events.iter().map(|&e| Cite::Event(e)))
        .chain(
            choice
                .instruments
                .iter()
                .map(|&i| Cite::Node(NodeId::Instrument(i))),
        )
        .collect();
    view! {
        <p class="case-cites"><Cites label=ui::scenarios::READ cites /></p>
    }
}
