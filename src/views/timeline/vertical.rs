//! Phones: the same events as a vertical line grouped by era, straight
//! under the current event.

use super::legend::theme_glyph;
use super::nav;
use super::{event_dom_id, event_href, use_timeline};
use crate::i18n::ui;
use crate::model::*;
use crate::state::use_app;
use crate::timeline_layout::{self as tl, ERAS};
use crate::views::widgets::focus_selector;
use leptos::prelude::*;

/// Narrow screens: the same events as a vertical line, grouped by era.
#[component]
pub fn Vertical() -> impl IntoView {
    let state = use_app();
    let events = use_timeline().events;
    let route = state.route;
    let move_to = move |id: EventId| focus_selector(&format!("#{}", event_dom_id(id)));
    view! {
        <div class="tl-vertical">
            <p class="hint">{ui::timeline::ARROW_KEYS_MOVE_BETWEEN_EVENTS}</p>
            {move || {
                let evs = events.get();
                let selected = route.with(|r| r.event);
                let roving = selected.filter(|s| evs.iter().any(|e| e.id == *s)).or(evs.first().map(|e| e.id));
                ERAS.iter()
                    .filter_map(|era| {
                        let mine: Vec<&Event> = evs.iter().copied().filter(|e| tl::era_of(e.date.year).map(|x| x.slug) == Some(era.slug)).collect();
                        (!mine.is_empty()).then(|| view! {
                            <section class="tl-v-era">
                                <h2>{format!("{} ({}–{})", era.label, era.from, era.to)}</h2>
                                <ol>
                                    {mine
                                        .into_iter()
                                        .map(|e| {
                                            let id = e.id;
                                            let theme = tl::event_main_theme(e);
                                            view! {
                                                <li>
                                                    <a
                                                        id=event_dom_id(id)
                                                        class=format!("tl-event theme-{}", theme.slug())
                                                        class:selected=selected == Some(id)
                                                        tabindex=if roving == Some(id) { "0" } else { "-1" }
                                                        href=move || route.with(|r| event_href(r, id))
                                                        on:keydown=move |ev| nav::on_event_key(&ev, id, &events.get_untracked(), move_to)
                                                    >
                                                        <span class="tl-dot" aria-hidden="true">{theme_glyph(theme)}</span>
                                                        <time datetime=e.date.iso()>{e.date.human()}</time>
                                                        <span class="tl-title">{e.title}</span>
                                                    </a>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ol>
                            </section>
                        })
                    })
                    .collect_view()
            }}
        </div>
    }
}
