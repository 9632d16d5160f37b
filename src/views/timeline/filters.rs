//! The timeline's filter panel: theme and actor (shared with Cards) and the
//! year range shared with every view. Collapsed until asked for.

use crate::content;
use crate::i18n::ui;
use crate::model::*;
use crate::route::Route;
use crate::state::{use_app, AppState};
use crate::timeline_layout as tl;
use leptos::prelude::*;

/// The value a single-choice select shows for a multi-valued facet.
fn single<T: Copy>(v: &[T], slug: impl Fn(T) -> &'static str) -> &'static str {
    match v {
        [] => "",
        [one] => slug(*one),
        _ => "several",
    }
}

/// Change a filter; the band then fits what it keeps (its window drops
/// out of the URL: `nav::default_window`), not a zoom chosen before it.
fn refilter(state: AppState, history: bool, change: impl FnOnce(&mut Route)) {
    state.update(history, |r| {
        change(r);
        r.window = None;
    });
}

#[component]
pub fn TimelineFilters(open: RwSignal<bool>) -> impl IntoView {
    let state = use_app();
    let route = state.route;
    let range = move || route.with(|r| r.range);
    let from = move || range().map_or(tl::EXTENT.0 as i32, |r| r.0);
    let to = move || range().map_or(tl::EXTENT.1 as i32, |r| r.1);
    let set_range = move |a: i32, b: i32| {
        let (a, b) = (a.min(b), a.max(b));
        let full = a <= tl::EXTENT.0 as i32 && b >= tl::EXTENT.1 as i32;
        refilter(state, false, |r| r.range = (!full).then_some((a, b)));
    };
    let year_input = move |id: &'static str,
                           value: fn(i32, i32) -> i32,
                           set: fn(i32, i32, i32) -> (i32, i32)| {
        view! {
            <input
                id=id
                type="range"
                min={tl::EXTENT.0 as i32}
                max={tl::EXTENT.1 as i32}
                step="1"
                prop:value=move || value(from(), to()).to_string()
                on:input=move |ev| {
                    if let Ok(v) = event_target_value(&ev).parse::<i32>() {
                        let (a, b) = set(from(), to(), v);
                        set_range(a, b);
                    }
                }
            />
        }
    };
    view! {
        <div id="tl-filters" class="filter-panel toolbar" hidden=move || !open.get()>
            <div class="field">
                <label for="tl-theme">{ui::timeline::THEME}</label>
                <select
                    id="tl-theme"
                    prop:value=move || route.with(|r| single(&r.facets.themes, |t| t.slug()))
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if v != "several" {
                            refilter(state, true, |r| r.facets.themes = Theme::from_slug(&v).into_iter().collect());
                        }
                    }
                >
                    <option value="">{ui::timeline::ALL_THEMES}</option>
                    <option value="several" disabled=true>{ui::timeline::SEVERAL_SET_IN_CARDS}</option>
                    {Theme::ALL.iter().map(|t| view! { <option value=t.slug()>{t.label()}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="tl-actor">{ui::timeline::ACTOR}</label>
                <select
                    id="tl-actor"
                    prop:value=move || route.with(|r| single(&r.facets.actors, |a| a.slug()))
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if v != "several" {
                            refilter(state, true, |r| r.facets.actors = ActorId::from_slug(&v).into_iter().collect());
                        }
                    }
                >
                    <option value="">{ui::timeline::ALL_ACTORS}</option>
                    <option value="several" disabled=true>{ui::timeline::SEVERAL_SET_IN_CARDS}</option>
                    {ActorId::ALL.iter().map(|a| view! { <option value=a.slug()>{content::actor(*a).name}</option> }).collect_view()}
                </select>
            </div>
            <fieldset class="range">
                <legend>{ui::timeline::YEARS_SHOWN_IN_ALL_VIEWS}</legend>
                <label for="range-from">{ui::timeline::FROM}" "<output for="range-from">{from}</output></label>
                {year_input("range-from", |a, _| a, |_, b, v| (v, b))}
                <label for="range-to">{ui::timeline::TO}" "<output for="range-to">{to}</output></label>
                {year_input("range-to", |_, b| b, |a, _, v| (a, v))}
                <button type="button" class="btn-quiet" disabled=move || range().is_none() on:click=move |_| refilter(state, true, |r| r.range = None)>
                    {ui::timeline::ALL_YEARS}
                </button>
            </fieldset>
        </div>
    }
}
