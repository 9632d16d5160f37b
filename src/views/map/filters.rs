//! The map's filter panel: relation kinds and theme, and a note when the
//! year range set on the Timeline applies. Collapsed until asked for.

use crate::i18n::{self, ui};
use crate::model::*;
use crate::route::Route;
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn MapFilters(open: RwSignal<bool>) -> impl IntoView {
    let state = use_app();
    let route = state.route;
    view! {
        <div id="map-filters" class="filter-panel toolbar map-filters" hidden=move || !open.get()>
            <fieldset class="facet inline">
                <legend>{ui::map::RELATIONS}</legend>
                <ul>
                    {RelationKind::ALL
                        .iter()
                        .map(|&k| {
                            let id = format!("rel-{}", k.slug());
                            view! {
                                <li>
                                    <input
                                        type="checkbox"
                                        id=id.clone()
                                        prop:checked=move || route.with(|r| r.relations.is_empty() || r.relations.contains(&k))
                                        on:change=move |_| state.update(true, |r| toggle_relation(r, k))
                                    />
                                    <label for=id>{k.label()}</label>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </fieldset>
            <div class="field">
                <label for="map-theme">{ui::map::THEME}</label>
                <select
                    id="map-theme"
                    prop:value=move || route.with(|r| r.facets.themes.first().map_or("", |t| t.slug()))
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        state.update(true, |r| r.facets.themes = Theme::from_slug(&v).into_iter().collect());
                    }
                >
                    <option value="">{ui::map::ALL_THEMES}</option>
                    {Theme::ALL.iter().map(|t| view! { <option value=t.slug()>{t.label()}</option> }).collect_view()}
                </select>
            </div>
            {move || route.with(|r| r.range).map(|(a, b)| view! {
                <p class="range-note">
                    {i18n::fill(ui::map::YEARS_SET, &[("from", &a.to_string()), ("to", &b.to_string())])}
                    <button type="button" class="btn-quiet" on:click=move |_| state.update(true, |r| r.range = None)>{ui::map::ALL_YEARS}</button>
                </p>
            })}
        </div>
    }
}

/// Unchecking one kind when all are shown means "all but this one".
pub fn toggle_relation(r: &mut Route, k: RelationKind) {
    if r.relations.is_empty() {
        r.relations = RelationKind::ALL
            .iter()
            .copied()
            .filter(|&x| x != k)
            .collect();
    } else if let Some(p) = r.relations.iter().position(|&x| x == k) {
        r.relations.remove(p);
    } else {
        r.relations.push(k);
        if r.relations.len() == RelationKind::ALL.len() {
            r.relations.clear();
        }
    }
}
