//! The Cards view: search, facets, sorted results and a card's detail panel.
//! Everything on screen is derived from the route, so a copied link, reload
//! or back button restores it exactly.

use crate::app::use_app;
use crate::content;
use crate::filter::{self, Counts, Facet};
use crate::markup;
use crate::model::*;
use crate::route::{Route, Sort};
use crate::views::widgets::{focus_selector, CardLink, EventLink, NodeLink, Rich};
use leptos::prelude::*;

#[component]
pub fn Cards() -> impl IntoView {
    let state = use_app();
    let route = state.route;
    let results = Memo::new(move |_| {
        let r = route.get();
        filter::shared_catalog().results(&r)
    });
    let query = Signal::derive(move || route.with(|r| r.query.clone()));
    let hits: Signal<Vec<String>> = Memo::new(move |_| results.with(|r| r.hits.clone())).into();
    let count = move || results.with(|r| r.rows.len());
    let card_link = Memo::new(move |_| route.with(|r| r.card_link_parts()));
    let (facets_open, set_facets_open) = signal(false);
    let active =
        move || route.with(|r| r.facets.is_empty() && r.query.is_empty() && r.range.is_none());

    let on_search = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        state.update(false, |r| {
            r.query = value;
            r.card = None;
        });
    };
    let on_sort = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        if let Some(s) = Sort::from_slug(&value) {
            state.update(true, |r| r.sort = s);
        }
    };
    let clear_all = move |_| state.go(route.get_untracked().cleared(), true);

    view! {
        <div class="view cards-view" class:has-detail=move || route.with(|r| r.card.is_some())>
            <div class="view-head">
                <h1>"Cards"</h1>
                <p class="lede">
                    "Every topic of the two source essays as a short card. Search, or narrow the cards by theme, kind, actor, region or essay."
                </p>
            </div>
            <div class="toolbar" role="search">
                <div class="field grow">
                    <label for="card-search">"Search cards"</label>
                    <input
                        id="card-search"
                        type="search"
                        autocomplete="off"
                        spellcheck="false"
                        placeholder="e.g. red notice, financing, ASEAN"
                        prop:value=query
                        on:input=on_search
                    />
                </div>
                <div class="field">
                    <label for="card-sort">"Sort by"</label>
                    <select id="card-sort" on:change=on_sort prop:value=move || route.with(|r| r.sort.slug())>
                        {Sort::ALL
                            .into_iter()
                            .map(|s| view! { <option value=s.slug()>{s.label()}</option> })
                            .collect_view()}
                    </select>
                </div>
                <button
                    type="button"
                    class="btn facets-toggle"
                    aria-controls="facets"
                    aria-expanded=move || facets_open.get().to_string()
                    on:click=move |_| set_facets_open.update(|o| *o = !*o)
                >
                    "Filters"
                    {move || {
                        let n = route.with(|r| {
                            let f = &r.facets;
                            f.themes.len() + f.kinds.len() + f.actors.len() + f.regions.len() + f.sources.len()
                        });
                        (n > 0).then(|| format!(" ({n})"))
                    }}
                </button>
            </div>
            <ActiveFilters />
            <p class="result-count" role="status" aria-live="polite" aria-atomic="true">
                {move || match count() {
                    0 => "No cards match.".to_string(),
                    1 => "1 card matches".to_string(),
                    n => format!("{n} cards match"),
                }}
            </p>
            <div class="cards-layout">
                <aside id="facets" class="facets" class:open=facets_open aria-label="Filters">
                    <FacetGroups counts=Signal::derive(move || results.with(|r| r.counts.clone())) />
                    <button type="button" class="btn" on:click=clear_all disabled=active>
                        "Clear all filters"
                    </button>
                </aside>
                <div class="results">
                    <Show when=move || route.with(|r| r.card.is_some())>
                        <CardDetail hits=hits />
                    </Show>
                    <Show when=move || count() == 0>
                        <div class="empty">
                            <p>"No card matches this search and these filters."</p>
                            <button type="button" class="btn" on:click=clear_all>
                                "Clear search and filters"
                            </button>
                        </div>
                    </Show>
                    <ul class="card-grid">
                        <For
                            each=move || results.with(|r| r.rows.clone())
                            key=|i| *i
                            children=move |i| view! { <li><CardItem card=&content::CARDS[i] hits=hits link=card_link /></li> }
                        />
                    </ul>
                </div>
            </div>
        </div>
    }
}

/// One card in the results grid.
#[component]
fn CardItem(
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
        <article class="card" class:selected=selected id=format!("card-{}", card.id.slug())>
            <p class="card-kind">
                <span class=format!("kind kind-{}", card.kind.slug())>{card.kind.label()}</span>
            </p>
            <h2 class="card-title">
                <a href=href aria-current=move || selected().then_some("true") inner_html=title></a>
            </h2>
            <p class="card-summary" inner_html=summary></p>
            <ul class="chips" aria-label="Themes">
                {card.themes.iter().map(|t| view! { <li class="chip">{t.label()}</li> }).collect_view()}
            </ul>
            {(!actors.is_empty()).then(|| view! { <p class="card-actors"><span class="visually-hidden">"Actors: "</span>{actors.join(" · ")}</p> })}
            <p class="print-only card-sources">
                "Source: "
                {card.sections.iter().map(|&s| section_label(s)).collect::<Vec<_>>().join("; ")}
            </p>
        </article>
    }
}

pub fn section_label(s: SectionId) -> String {
    let sec = content::section(s);
    format!("{}, “{}”", content::source(sec.source).title, sec.heading)
}

/// The open card: full text, key points, sources and links out.
#[component]
fn CardDetail(hits: Signal<Vec<String>>) -> impl IntoView {
    let state = use_app();
    let route = state.route;
    let close_href = move || {
        route.with(|r| {
            let mut to = r.clone();
            to.card = None;
            to.format()
        })
    };
    let close = move || {
        let id = route.get_untracked().card;
        state.update(true, |r| r.card = None);
        // return focus to the card that was open
        if let Some(id) = id {
            request_animation_frame(move || {
                focus_selector(&format!("#card-{} .card-title a", id.slug()))
            });
        }
    };
    let learner = crate::views::learn::use_learner();
    // Move focus to the heading whenever another card opens; opening a card
    // counts as reading it.
    Effect::new(move |_| {
        if let Some(id) = route.with(|r| r.card) {
            learner.progress.update(|p| {
                p.read_card(id);
            });
            request_animation_frame(|| focus_selector("#detail-title"));
        }
    });
    view! {
        {move || {
            let Some(id) = route.with(|r| r.card) else { return ().into_any() };
            let c = content::card(id);
            let events = filter::card_events(id);
            let related = filter::related_cards(id, 4);
            let nodes: Vec<NodeId> = c
                .actors
                .iter()
                .map(|&a| NodeId::Actor(a))
                .chain(c.instruments.iter().map(|&i| NodeId::Instrument(i)))
                .collect();
            view! {
                <section
                    class="card-detail"
                    aria-labelledby="detail-title"
                    on:keydown=move |ev| {
                        if ev.key() == "Escape" {
                            ev.prevent_default();
                            close();
                        }
                    }
                >
                    <div class="detail-head">
                        <p class="card-kind">
                            <span class=format!("kind kind-{}", c.kind.slug())>{c.kind.label()}</span>
                        </p>
                        <a
                            class="btn-quiet close"
                            href=close_href
                            on:click=move |ev| {
                                ev.prevent_default();
                                close();
                            }
                        >
                            "Close"
                            <span class="visually-hidden">" card details"</span>
                        </a>
                    </div>
                    <h2 id="detail-title" tabindex="-1">{c.title}</h2>
                    <p class="detail-summary">
                        <Rich text=c.summary hits=hits terms=true />
                    </p>
                    <h3>"Key points"</h3>
                    <ul class="points">
                        {c.points.iter().map(|p| view! { <li><Rich text=*p hits=hits terms=true /></li> }).collect_view()}
                    </ul>
                    {c.note.map(|n| view! {
                        <div class="correction">
                            <h3>"Note on the source"</h3>
                            <p>{n}</p>
                        </div>
                    })}
                    <h3>"Themes"</h3>
                    <ul class="chips">
                        {c.themes.iter().map(|t| view! { <li class="chip">{t.label()}</li> }).collect_view()}
                    </ul>
                    <h3>"Sources"</h3>
                    <ul class="sources">
                        {c.sections.iter().map(|&s| view! { <li>{section_label(s)}</li> }).collect_view()}
                    </ul>
                    {(!events.is_empty()).then(|| view! {
                        <h3>"On the timeline"</h3>
                        <ul class="links">
                            {events.iter().map(|e| view! { <li><EventLink id=e.id /></li> }).collect_view()}
                        </ul>
                    })}
                    {(!nodes.is_empty()).then(|| view! {
                        <h3>"On the map"</h3>
                        <ul class="links">
                            {nodes.iter().map(|&n| view! { <li><NodeLink node=n /></li> }).collect_view()}
                        </ul>
                    })}
                    {(!related.is_empty()).then(|| view! {
                        <h3>"Related cards"</h3>
                        <ul class="links">
                            {related.iter().map(|&r| view! { <li><CardLink id=r /></li> }).collect_view()}
                        </ul>
                    })}
                </section>
            }
            .into_any()
        }}
    }
}

/// Selected facet values as removable chips, plus the year range.
#[component]
fn ActiveFilters() -> impl IntoView {
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
                push(format!("Theme: {}", t.label()), &|n| {
                    n.facets.themes.retain(|x| *x != t)
                });
            }
            for &k in &f.kinds {
                push(format!("Kind: {}", k.label()), &|n| {
                    n.facets.kinds.retain(|x| *x != k)
                });
            }
            for &a in &f.actors {
                push(format!("Actor: {}", content::actor(a).short), &|n| {
                    n.facets.actors.retain(|x| *x != a)
                });
            }
            for &g in &f.regions {
                push(format!("Region: {}", g.label()), &|n| {
                    n.facets.regions.retain(|x| *x != g)
                });
            }
            for &s in &f.sources {
                push(format!("Essay: {}", content::source(s).title), &|n| {
                    n.facets.sources.retain(|x| *x != s)
                });
            }
            if let Some((a, b)) = r.range {
                push(format!("Years: {a}–{b}"), &|n| n.range = None);
            }
            v
        })
    };
    view! {
        <Show when=move || !chips().is_empty()>
            <ul class="active-filters" aria-label="Active filters">
                {move || {
                    chips()
                        .into_iter()
                        .map(|(label, next)| {
                            let aria = format!("Remove filter {label}");
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
fn FacetGroups(counts: Signal<Counts>) -> impl IntoView {
    let state = use_app();
    let route = state.route;
    let counts = Memo::new(move |_| counts.get());
    [(Facet::Theme, "Theme"), (Facet::Kind, "Kind"), (Facet::Actor, "Actor"), (Facet::Region, "Region"), (Facet::Source, "Essay")]
        .into_iter()
        .map(|(facet, legend)| {
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
                            "Clear"
                            <span class="visually-hidden">{format!(" {legend} filter")}</span>
                        </button>
                    </Show>
                    <ul>
                        {facet_values(facet)
                            .into_iter()
                            .map(|(slug, label)| {
                                let id = format!("f-{}-{}", legend.to_lowercase(), slug);
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
                                            <span class="visually-hidden">{move || if n.get() == 1 { " card" } else { " cards" }}</span>
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
