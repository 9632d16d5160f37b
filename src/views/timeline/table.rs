//! The text alternative: a dated, sortable table of the same events, with
//! their primary references. Also what prints.

use super::event_row_id;
use super::{event_href, use_timeline};
use crate::i18n::ui;
use crate::state::use_app;
use crate::timeline_layout as tl;
use crate::views::budget;
use crate::views::widgets::ProvenanceTag;
use leptos::prelude::*;

/// Rows drawn per later task: about 10 ms on a phone CPU.
const STEP: usize = 12;

#[derive(Clone, Copy, PartialEq)]
enum TableSort {
    DateAsc,
    DateDesc,
    Title,
}

/// The text alternative: a dated, sortable table of the same events. The
/// mount draws `first` rows (none where it only prints), the rest follow.
#[component]
pub fn EventTable(first: usize) -> impl IntoView {
    let state = use_app();
    let events = use_timeline().events;
    let route = state.route;
    let (sort, set_sort) = signal(TableSort::DateAsc);
    let shown = budget::use_budget(crate::content::EVENTS.len(), first, STEP);
    let rows = move || {
        let mut v = events.get();
        match sort.get() {
            TableSort::DateAsc => {}
            TableSort::DateDesc => v.reverse(),
            TableSort::Title => {
                crate::order::sort_by_key(&mut v, |e| crate::search::sort_key(e.title))
            }
        }
        v
    };
    let date_sort = move || match sort.get() {
        TableSort::DateAsc => "ascending",
        TableSort::DateDesc => "descending",
        TableSort::Title => "none",
    };
    view! {
        <table class="event-table">
            <caption>{ui::timeline::EVENTS_WITH_THEIR_PRIMARY_REFERENCES}</caption>
            <thead>
                <tr>
                    <th scope="col" aria-sort=date_sort>
                        <button
                            type="button"
                            class="th-sort"
                            on:click=move |_| set_sort.update(|s| *s = if *s == TableSort::DateAsc { TableSort::DateDesc } else { TableSort::DateAsc })
                        >
                            {ui::timeline::DATE}
                        </button>
                    </th>
                    <th scope="col" aria-sort=move || if sort.get() == TableSort::Title { "ascending" } else { "none" }>
                        <button type="button" class="th-sort" on:click=move |_| set_sort.set(TableSort::Title)>
                            {ui::timeline::EVENT}
                        </button>
                    </th>
                    <th scope="col">{ui::timeline::THEME}</th>
                    <th scope="col">{ui::timeline::PRIMARY_REFERENCE_2}</th>
                    <th scope="col">{ui::timeline::PROVENANCE}</th>
                </tr>
            </thead>
            <tbody>
                <For
                    each=move || rows().into_iter().take(shown.get())
                    key=|e| e.id
                    children=move |e| {
                        let id = e.id;
                        view! {
                            <tr id=event_row_id(id)>
                                <td><time datetime=e.date.iso()>{e.date.human()}</time></td>
                                <td>
                                    <a href=move || route.with(|r| event_href(r, id))>{e.title}</a>
                                    <p class="print-only">{e.text}</p>
                                </td>
                                <td>{tl::event_main_theme(e).label()}</td>
                                <td class="ref" lang=crate::i18n::REF_LANG>{e.reference}</td>
                                <td><ProvenanceTag p=e.provenance() /></td>
                            </tr>
                        }
                    }
                />
            </tbody>
        </table>
    }
}
