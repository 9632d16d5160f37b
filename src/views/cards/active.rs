//! The active filters as removable chips, the year range included.

use crate::content;
use crate::i18n::{self, ui};
use crate::route::Route;
use crate::state::use_app;
use leptos::prelude::*;

/// Selected facet values as removable chips, plus the year range.
#[component]
pub fn ActiveFilters() -> impl IntoView {
    let state = use_app();
    let route = state.route;
    let chips = move || {
        route.with(|r| {
            let f = &r.facets;
            let mut v: Vec<(String, Route)> = Vec::new();
            let mut push = |label: String, edit: &dyn Fn(&mut Route)| {
                let mut next = r.clone();
                edit(&mut next);
                v.push((label, next));
            };
            for &t in &f.themes {
                push(format!("{}: {}", ui::cards::FACET_THEME, t.label()), &|n| {
                    n.facets.themes.retain(|x| *x != t)
                });
            }
            for &k in &f.kinds {
                push(format!("{}: {}", ui::cards::FACET_KIND, k.label()), &|n| {
                    n.facets.kinds.retain(|x| *x != k)
                });
            }
            for &a in &f.actors {
                push(
                    format!("{}: {}", ui::cards::FACET_ACTOR, content::actor(a).short),
                    &|n| n.facets.actors.retain(|x| *x != a),
                );
            }
            for &g in &f.regions {
                push(
                    format!("{}: {}", ui::cards::FACET_REGION, g.label()),
                    &|n| n.facets.regions.retain(|x| *x != g),
                );
            }
            for &s in &f.sources {
                push(
                    format!("{}: {}", ui::cards::FACET_ESSAY, content::source(s).title),
                    &|n| n.facets.sources.retain(|x| *x != s),
                );
            }
            if let Some((a, b)) = r.range {
                push(
                    i18n::fill(
                        ui::cards::YEARS_CHIP,
                        &[("from", &a.to_string()), ("to", &b.to_string())],
                    ),
                    &|n| n.range = None,
                );
            }
            v
        })
    };
    view! {
        <Show when=move || !chips().is_empty()>
            <ul class="active-filters" aria-label=ui::cards::ACTIVE_FILTERS>
                {move || {
                    chips()
                        .into_iter()
                        .map(|(label, next)| {
                            let aria = i18n::fill(ui::cards::REMOVE_FILTER, &[("label", &label)]);
                            view! {
                                <li>
                                    <button type="button" class="chip chip-remove" aria-label=aria on:click=move |_| state.go(next.clone(), true)>
                                        {label}
                                        <span aria-hidden="true">" ×"</span>
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </Show>
    }
}
