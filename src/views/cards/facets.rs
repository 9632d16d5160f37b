//! The facet checkboxes with live counts, and the route edits they make.

use crate::content;
use crate::filter::{Counts, Facet};
use crate::i18n::{self, ui};
use crate::model::*;
use crate::route::Route;
use crate::state::use_app;
use leptos::prelude::*;

/// Values of a facet: (slug, label), in display order.
fn facet_values(facet: Facet) -> Vec<(&'static str, &'static str)> {
    match facet {
        Facet::Theme => Theme::ALL.iter().map(|t| (t.slug(), t.label())).collect(),
        Facet::Kind => CardKind::ALL
            .iter()
            .map(|t| (t.slug(), t.label()))
            .collect(),
        Facet::Actor => ActorId::ALL
            .iter()
            .map(|&t| (t.slug(), content::actor(t).name))
            .collect(),
        Facet::Region => Region::ALL.iter().map(|t| (t.slug(), t.label())).collect(),
        Facet::Source => SourceId::ALL
            .iter()
            .map(|&t| (t.slug(), content::source(t).title))
            .collect(),
    }
}

/// Count for one facet value in the current results.
fn count_of(c: &Counts, facet: Facet, slug: &str) -> usize {
    fn find<T: Copy>(v: &[(T, usize)], slug: &str, s: impl Fn(T) -> &'static str) -> usize {
        v.iter().find(|e| s(e.0) == slug).map_or(0, |e| e.1)
    }
    match facet {
        Facet::Theme => find(&c.themes, slug, |t| t.slug()),
        Facet::Kind => find(&c.kinds, slug, |t| t.slug()),
        Facet::Actor => find(&c.actors, slug, |t| t.slug()),
        Facet::Region => find(&c.regions, slug, |t| t.slug()),
        Facet::Source => find(&c.sources, slug, |t| t.slug()),
    }
}

fn is_selected(r: &Route, facet: Facet, slug: &str) -> bool {
    let f = &r.facets;
    match facet {
        Facet::Theme => f.themes.iter().any(|t| t.slug() == slug),
        Facet::Kind => f.kinds.iter().any(|t| t.slug() == slug),
        Facet::Actor => f.actors.iter().any(|t| t.slug() == slug),
        Facet::Region => f.regions.iter().any(|t| t.slug() == slug),
        Facet::Source => f.sources.iter().any(|t| t.slug() == slug),
    }
}

/// The facet checkboxes. Built once; counts and checks update in place, so
/// typing in the search box does not rebuild them.
#[component]
pub fn FacetGroups(counts: Signal<Counts>) -> impl IntoView {
    let state = use_app();
    let route = state.route;
    let counts = Memo::new(move |_| counts.get());
    // The ids' middle part is the same in every language (`f-theme-…`), so
    // a link or a test names a box the same way whatever the language.
    [(Facet::Theme, "theme", ui::cards::FACET_THEME), (Facet::Kind, "kind", ui::cards::FACET_KIND), (Facet::Actor, "actor", ui::cards::FACET_ACTOR), (Facet::Region, "region", ui::cards::FACET_REGION), (Facet::Source, "essay", ui::cards::FACET_ESSAY)]
        .into_iter()
        .map(|(facet, key, legend)| {
            let any = move || route.with(|r| facet_values(facet).iter().any(|v| is_selected(r, facet, v.0)));
            view! {
                <fieldset class="facet">
                    <legend>{legend}</legend>
                    <Show when=any>
                        <button
                            type="button"
                            class="btn-quiet facet-clear"
                            on:click=move |_| state.update(true, |r| clear_facet(r, facet))
                        >
                            {ui::cards::CLEAR}
                            <span class="visually-hidden">{i18n::fill(ui::cards::FACET_FILTER, &[("facet", legend)])}</span>
                        </button>
                    </Show>
                    <ul>
                        {facet_values(facet)
                            .into_iter()
                            .map(|(slug, label)| {
                                let id = format!("f-{key}-{slug}");
                                let n = Memo::new(move |_| counts.with(|c| count_of(c, facet, slug)));
                                let checked = Memo::new(move |_| route.with(|r| is_selected(r, facet, slug)));
                                let off = move || n.get() == 0 && !checked.get();
                                view! {
                                    <li class:zero=off>
                                        <input
                                            type="checkbox"
                                            id=id.clone()
                                            prop:checked=checked
                                            disabled=off
                                            on:change=move |_| state.update(true, |r| toggle(r, facet, slug))
                                        />
                                        <label for=id>
                                            {label}
                                            <span class="count">{n}</span>
                                            <span class="visually-hidden">{move || ui::count::CARDS_NOUN.pick(crate::i18n::LANG, n.get() as u64)}</span>
                                        </label>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </fieldset>
            }
        })
        .collect_view()
}

fn toggle_in<T: PartialEq + Copy>(v: &mut Vec<T>, t: Option<T>) {
    if let Some(t) = t {
        if let Some(pos) = v.iter().position(|x| *x == t) {
            v.remove(pos);
        } else {
            v.push(t);
        }
    }
}

/// Toggle one facet value; the open card closes since it may no longer match.
pub fn toggle(r: &mut Route, facet: Facet, slug: &str) {
    let f = &mut r.facets;
    match facet {
        Facet::Theme => toggle_in(&mut f.themes, Theme::from_slug(slug)),
        Facet::Kind => toggle_in(&mut f.kinds, CardKind::from_slug(slug)),
        Facet::Actor => toggle_in(&mut f.actors, ActorId::from_slug(slug)),
        Facet::Region => toggle_in(&mut f.regions, Region::from_slug(slug)),
        Facet::Source => toggle_in(&mut f.sources, SourceId::from_slug(slug)),
    }
    r.card = None;
}

pub fn clear_facet(r: &mut Route, facet: Facet) {
    let f = &mut r.facets;
    match facet {
        Facet::Theme => f.themes.clear(),
        Facet::Kind => f.kinds.clear(),
        Facet::Actor => f.actors.clear(),
        Facet::Region => f.regions.clear(),
        Facet::Source => f.sources.clear(),
    }
}
