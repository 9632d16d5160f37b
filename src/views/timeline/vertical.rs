//! Phones: the same events as a vertical line grouped by era, straight
//! under the current event.

use super::legend::theme_glyph;
use super::nav;
use super::{event_dom_id, event_href, use_timeline};
use crate::i18n::ui;
use crate::model::*;
use crate::state::use_app;
use crate::timeline_layout::{self as tl, ERAS};
use crate::views::budget;
use crate::views::widgets::focus_selector;
use leptos::prelude::*;

/// Events drawn per later task.
const STEP: usize = 16;

/// Narrow screens: the same events as a vertical line, grouped by era. The
/// mount draws two screens of it (and the event the link names), the rest
/// follows a few rows per task; drawn ahead of time, the two screens only.
#[component]
pub fn Vertical() -> impl IntoView {
    let state = use_app();
    let events = use_timeline().events;
    let route = state.route;
    let move_to = move |id: EventId| focus_selector(&format!("#{}", event_dom_id(id)));
    let named = route
        .with_untracked(|r| r.event)
        .and_then(|id| events.with_untracked(|evs| evs.iter().position(|e| e.id == id)));
    let first =
        budget::screenful(crate::platform::viewport().1, 44.0).max(named.map_or(0, |p| p + 1));
    let shown = budget::use_budget_first(crate::content::EVENTS.len(), first, STEP);
    let selected = Memo::new(move |_| route.with(|r| r.event));
    // the one tab stop: the selected event if shown, else the first
    let roving = Memo::new(move |_| {
        let s = selected.get();
        events.with(|evs| {
            s.filter(|s| evs.iter().any(|e| e.id == *s))
                .or(evs.first().map(|e| e.id))
        })
    });
    let drawn = Memo::new(move |_| {
        events.with(|evs| evs.iter().take(shown.get()).copied().collect::<Vec<_>>())
    });
    let eras = ERAS
        .iter()
        .map(|era| {
            let mine = Memo::new(move |_| {
                drawn.with(|evs| {
                    evs.iter()
                        .copied()
                        .filter(|e| tl::era_of(e.date.year).map(|x| x.slug) == Some(era.slug))
                        .collect::<Vec<&'static Event>>()
                })
            });
            view! {
                <Show when=move || mine.with(|m| !m.is_empty())>
                    <section class="tl-v-era">
                        <h2>{format!("{} ({}–{})", era.label, era.from, era.to)}</h2>
                        <ol>
                            <For
                                each=move || mine.get()
                                key=|e| e.id
                                children=move |e| {
                                    let id = e.id;
                                    let theme = tl::event_main_theme(e);
                                    view! {
                                        <li>
                                            <a
                                                id=event_dom_id(id)
                                                class=format!("tl-event theme-{}", theme.slug())
                                                class:selected=move || selected.get() == Some(id)
                                                tabindex=move || if roving.get() == Some(id) { "0" } else { "-1" }
                                                href=move || route.with(|r| event_href(r, id))
                                                on:keydown=move |ev| nav::on_event_key(&ev, id, &events.get_untracked(), move_to)
                                            >
                                                <span class="tl-dot" aria-hidden="true">{theme_glyph(theme)}</span>
                                                <time datetime=e.date.iso()>{e.date.human()}</time>
                                                <span class="tl-title">{e.title}</span>
                                            </a>
                                        </li>
                                    }
                                }
                            />
                        </ol>
                    </section>
                </Show>
            }
        })
        .collect_view();
    view! {
        <div class="tl-vertical">
            <p class="hint">{ui::timeline::ARROW_KEYS_MOVE_BETWEEN_EVENTS}</p>
            {eras}
        </div>
    }
}
