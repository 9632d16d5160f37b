//! One card in the results grid: kind, title, summary, themes and actors,
//! with search hits highlighted.

use crate::content;
use crate::i18n::ui;
use crate::markup;
use crate::model::*;
use crate::state::use_app;
use crate::views::widgets::{section_parts, ProvenanceTag};
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
                <span inner_html=sources_html(card)></span>
            </p>
        </article>
    }
}

/// The card's sources on paper, "Essay, “Heading”; …; reference", each
/// English heading (with its quotes) and reference in a `<bdi>`, as
/// `widgets::SectionLabel` draws them: in Arabic their quotes and words
/// were reordered. One string: a view per part cost the wasm 1 KB.
fn sources_html(card: &Card) -> String {
    let open = match crate::i18n::REF_LANG {
        Some(l) => format!("<bdi lang=\"{l}\">"),
        None => "<bdi>".to_string(),
    };
    let mut out = String::new();
    let part = |out: &mut String, before: &str, iso: &str| {
        if !out.is_empty() {
            out.push_str("; ");
        }
        markup::escape_plain(out, before);
        out.push_str(&open);
        markup::escape_plain(out, iso);
        out.push_str("</bdi>");
    };
    for &s in card.sections {
        let (title, heading) = section_parts(s);
        part(&mut out, &format!("{title}, "), &heading);
    }
    for r in card.references {
        part(&mut out, "", r);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printed_sources_isolate_each_heading_and_reference() {
        for card in content::CARDS.iter() {
            let html = sources_html(card);
            let parts = card.sections.len() + card.references.len();
            assert_eq!(html.matches("<bdi").count(), parts, "{}", card.title);
            assert!(html.matches("; ").count() >= parts.saturating_sub(1));
            for &s in card.sections {
                let heading = content::section(s).heading.replace('&', "&amp;");
                assert!(
                    html.contains(&format!("“{heading}”</bdi>")),
                    "{}: {heading}",
                    card.title
                );
            }
            assert!(!html.contains("<script"));
        }
    }
}
