//! One card in the results grid: kind, title, summary, themes and actors,
//! with search hits highlighted.

use crate::content;
use crate::i18n::ui;
use crate::markup;
use crate::model::*;
use crate::state::use_app;
use crate::views::widgets::{ProvenanceTag, SectionLabel};
use leptos::either::Either;
use leptos::prelude::*;

/// One card in the results grid.
#[component]
pub fn CardItem(
    card: &'static Card,
    hits: Signal<Vec<String>>,
    link: Memo<(String, String)>,
) -> impl IntoView {
    let state = use_app();
    let href = move || link.with(|(head, tail)| format!("{head}{}{tail}", card.id.slug()));
    let selected = move || state.route.with(|r| r.card == Some(card.id));
    // Highlighted text as one innerHTML per text: typing in the search box
    // touches the DOM once per changed text, not once per run of words.
    let title = Memo::new(move |_| hits.with(|h| markup::highlight_html(card.title, h)));
    let summary = Memo::new(move |_| hits.with(|h| markup::highlight_html(card.summary, h)));
    let actors: Vec<&str> = card
        .actors
        .iter()
        .map(|&a| content::actor(a).short)
        .collect();
    view! {
        <article class="card" class:selected=selected id=super::card_dom_id(card.id)>
            <p class="card-kind">
                <span class=format!("kind kind-{}", card.kind.slug())>{card.kind.label()}</span>
                " "
                <ProvenanceTag p=card.provenance() />
            </p>
            <h2 class="card-title">
                <a href=href aria-current=move || selected().then_some("true") inner_html=title></a>
            </h2>
            <p class="card-summary" inner_html=summary></p>
            <ul class="chips" aria-label=ui::cards::THEMES>
                {card.themes.iter().map(|t| view! { <li class="chip">{t.label()}</li> }).collect_view()}
            </ul>
            {(!actors.is_empty()).then(|| view! { <p class="card-actors"><span class="visually-hidden">{ui::cards::ACTORS}</span>{actors.join(" · ")}</p> })}
            <p class="print-only card-sources">
                {ui::cards::SOURCE}
                {card.sections.iter().map(|&s| Either::Left(view! { <SectionLabel s /> }))
                    .chain(card.references.iter().map(|&r| Either::Right(view! { <bdi lang=crate::i18n::REF_LANG>{r}</bdi> })))
                    .enumerate()
                    .map(|(i, v)| view! { {(i > 0).then_some("; ")}{v} })
                    .collect_view()}
            </p>
        </article>
    }
}
