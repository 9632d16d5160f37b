//! The organisation map: an SVG graph of actors and instruments with typed
//! edges, pan and zoom, keyboard selection, a details panel, and a list of
//! every relation as a sentence as its text alternative.

use crate::app::use_app;
use crate::content;
use crate::graph::{self, Layout, NodeClass};
use crate::model::*;
use crate::route::Route;
use crate::search;
use crate::views::widgets::{focus_selector, on_ctrl_wheel, plural, CardLink, EventLink, NodeLink};
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn node_dom_id(n: NodeId) -> String {
    format!("node-{}", n.slug().replace(':', "-"))
}

fn class_slug(c: NodeClass) -> &'static str {
    match c {
        NodeClass::Actor(k) => k.slug(),
        NodeClass::Instrument => "instrument",
    }
}

fn class_label(c: NodeClass) -> &'static str {
    match c {
        NodeClass::Actor(k) => k.label(),
        NodeClass::Instrument => "Instrument",
    }
}

/// Legend entries, in drawing order.
const CLASSES: [NodeClass; 8] = [
    NodeClass::Actor(ActorKind::GlobalOrganisation),
    NodeClass::Actor(ActorKind::UnBody),
    NodeClass::Actor(ActorKind::RegionalBody),
    NodeClass::Actor(ActorKind::Alliance),
    NodeClass::Actor(ActorKind::Partnership),
    NodeClass::Actor(ActorKind::AgencyNetwork),
    NodeClass::Actor(ActorKind::Country),
    NodeClass::Instrument,
];

/// Shape drawn behind a node's label, by class.
fn shape(c: NodeClass, w: f64, h: f64) -> AnyView {
    let (x, y) = (-w / 2.0, -h / 2.0);
    match c {
        NodeClass::Instrument => {
            // a document with a folded corner
            let d = format!("M{x},{y} h{} l8,8 v{} h{} z", w - 8.0, h - 8.0, -w);
            view! { <path class="shape" d=d /> }.into_any()
        }
        NodeClass::Actor(ActorKind::Country) => {
            view! { <rect class="shape" x=x y=y width=w height=h rx=h / 2.0 /> }.into_any()
        }
        NodeClass::Actor(ActorKind::Alliance) | NodeClass::Actor(ActorKind::Partnership) => {
            let d = format!(
                "M{},{y} h{} l8,{} l-8,{} h{} l-8,{} z",
                x + 8.0,
                w - 16.0,
                h / 2.0,
                h / 2.0,
                -(w - 16.0),
                -h / 2.0
            );
            view! { <path class="shape" d=d /> }.into_any()
        }
        _ => view! { <rect class="shape" x=x y=y width=w height=h rx="3" /> }.into_any(),
    }
}

fn map_href(r: &Route, node: Option<NodeId>) -> String {
    let mut to = r.clone();
    to.node = node;
    to.format()
}

#[component]
pub fn Map() -> impl IntoView {
    let state = use_app();
    let route = state.route;
    let visible = Memo::new(move |_| route.with(graph::visible_relations));
    let list = Memo::new(move |_| route.with(|r| r.list));
    view! {
        <div class="view map-view">
            <div class="view-head">
                <h1>"Organisation map"</h1>
                <p class="lede">
                    "Who adopted which instrument, who belongs to which body, and who shares intelligence with whom. Select a body or instrument to see its neighbours, cards and events."
                </p>
            </div>
            <MapFilters />
            <p class="result-count" role="status" aria-live="polite" aria-atomic="true">
                {move || {
                    let rels = visible.get();
                    format!("{} between {}", plural(rels.len(), "relation", "relations"), plural(graph::nodes_of(&rels).len(), "node", "nodes"))
                }}
            </p>
            <div class="tl-mode" role="group" aria-label="Display">
                <button type="button" class="btn" aria-pressed=move || (!list.get()).to_string() on:click=move |_| state.update(true, |r| r.list = false)>
                    "Map"
                </button>
                <button type="button" class="btn" aria-pressed=move || list.get().to_string() on:click=move |_| state.update(true, |r| r.list = true)>
                    "List of relations"
                </button>
            </div>
            <div class="map-layout">
                <Show when=move || !list.get()>
                    <Graph layout=graph::shared_layout() visible=visible />
                </Show>
                <Show when=move || route.with(|r| r.node.is_some())>
                    <NodePanel visible=visible />
                </Show>
            </div>
            <div class:print-only=move || !list.get()>
                <RelationList visible=visible />
            </div>
        </div>
    }
}

#[component]
fn MapFilters() -> impl IntoView {
    let state = use_app();
    let route = state.route;
    view! {
        <div class="toolbar map-filters">
            <fieldset class="facet inline">
                <legend>"Relations"</legend>
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
                <label for="map-theme">"Theme"</label>
                <select
                    id="map-theme"
                    prop:value=move || route.with(|r| r.facets.themes.first().map_or("", |t| t.slug()))
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        state.update(true, |r| r.facets.themes = Theme::from_slug(&v).into_iter().collect());
                    }
                >
                    <option value="">"All themes"</option>
                    {Theme::ALL.iter().map(|t| view! { <option value=t.slug()>{t.label()}</option> }).collect_view()}
                </select>
            </div>
            {move || route.with(|r| r.range).map(|(a, b)| view! {
                <p class="range-note">
                    {format!("Years {a}–{b} (set on the Timeline). ")}
                    <button type="button" class="btn-quiet" on:click=move |_| state.update(true, |r| r.range = None)>"All years"</button>
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

#[derive(Clone, Copy, PartialEq, Debug)]
struct View2 {
    x: f64,
    y: f64,
    w: f64,
    h: f64,
}

#[component]
fn Graph(layout: &'static Layout, visible: Memo<Vec<usize>>) -> impl IntoView {
    let state = use_app();
    let route = state.route;
    let full = View2 {
        x: 0.0,
        y: 0.0,
        w: layout.width,
        h: layout.height,
    };
    // The viewBox is local UI state: pan and zoom are not worth a history entry.
    let (vb, set_vb) = signal(full);
    let host = NodeRef::<Div>::new();
    let lay = layout;
    let nodes = Memo::new(move |_| graph::nodes_of(&visible.get()));
    let selected = Memo::new(move |_| route.with(|r| r.node));
    let neighbours = Memo::new(move |_| {
        selected
            .get()
            .map(|n| graph::neighbours(n, &visible.get()))
            .unwrap_or_default()
    });

    let zoom_by = move |f: f64, cx: f64, cy: f64| {
        set_vb.update(|v| {
            let w = (v.w / f).clamp(full.w / 8.0, full.w * 1.5);
            let h = w * full.h / full.w;
            let tx = (cx - v.x) / v.w;
            let ty = (cy - v.y) / v.h;
            *v = View2 {
                x: cx - tx * w,
                y: cy - ty * h,
                w,
                h,
            };
        })
    };
    let centre = move || {
        let v = vb.get_untracked();
        (v.x + v.w / 2.0, v.y + v.h / 2.0)
    };
    let pan_by = move |dx: f64, dy: f64| {
        set_vb.update(|v| {
            v.x += dx * v.w;
            v.y += dy * v.h;
        })
    };

    // Mouse position to graph coordinates.
    let to_graph = move |client_x: f64, client_y: f64| -> Option<(f64, f64)> {
        let el = host.get_untracked()?;
        let rect = el.get_bounding_client_rect();
        let v = vb.get_untracked();
        // preserveAspectRatio="xMidYMid meet": work out the drawn scale
        let s = (rect.width() / v.w).min(rect.height() / v.h);
        let ox = (rect.width() - v.w * s) / 2.0;
        let oy = (rect.height() - v.h * s) / 2.0;
        Some((
            v.x + (client_x - rect.left() - ox) / s,
            v.y + (client_y - rect.top() - oy) / s,
        ))
    };

    on_ctrl_wheel(host, move |ev| {
        if let Some((x, y)) = to_graph(ev.client_x() as f64, ev.client_y() as f64) {
            zoom_by(if ev.delta_y() < 0.0 { 1.2 } else { 1.0 / 1.2 }, x, y);
        }
    });

    let pointers = StoredValue::new_local(Vec::<(i32, f64, f64)>::new());
    let last = StoredValue::new_local(None::<(f64, f64, f64)>); // x, y, pinch distance
    let on_down = move |ev: leptos::ev::PointerEvent| {
        if let Some(t) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            if t.closest(".node").ok().flatten().is_some() {
                return;
            }
        }
        pointers.update_value(|p| {
            p.push((ev.pointer_id(), ev.client_x() as f64, ev.client_y() as f64))
        });
        last.set_value(None);
        if let Some(el) = host.get_untracked() {
            let _ = el.set_pointer_capture(ev.pointer_id());
        }
    };
    let on_move = move |ev: leptos::ev::PointerEvent| {
        let found = pointers.with_value(|p| p.iter().any(|e| e.0 == ev.pointer_id()));
        if !found {
            return;
        }
        pointers.update_value(|p| {
            if let Some(e) = p.iter_mut().find(|e| e.0 == ev.pointer_id()) {
                e.1 = ev.client_x() as f64;
                e.2 = ev.client_y() as f64;
            }
        });
        let pts = pointers.get_value();
        let (mx, my) = (
            pts.iter().map(|p| p.1).sum::<f64>() / pts.len() as f64,
            pts.iter().map(|p| p.2).sum::<f64>() / pts.len() as f64,
        );
        let dist = if pts.len() >= 2 {
            ((pts[0].1 - pts[1].1).powi(2) + (pts[0].2 - pts[1].2).powi(2)).sqrt()
        } else {
            0.0
        };
        if let Some((lx, ly, ld)) = last.get_value() {
            let Some(el) = host.get_untracked() else {
                return;
            };
            let rect = el.get_bounding_client_rect();
            let v = vb.get_untracked();
            let s = (rect.width() / v.w).min(rect.height() / v.h).max(1e-6);
            set_vb.update(|v| {
                v.x -= (mx - lx) / s;
                v.y -= (my - ly) / s;
            });
            if pts.len() >= 2 && ld > 0.0 && dist > 0.0 {
                if let Some((gx, gy)) = to_graph(mx, my) {
                    zoom_by(dist / ld, gx, gy);
                }
            }
        }
        last.set_value(Some((mx, my, dist)));
    };
    let on_up = move |ev: leptos::ev::PointerEvent| {
        pointers.update_value(|p| p.retain(|e| e.0 != ev.pointer_id()));
        last.set_value(None);
    };

    let select = move |n: Option<NodeId>| {
        state.update(true, |r| r.node = n);
        if let Some(n) = n {
            request_animation_frame(move || focus_selector(&format!("#{}", node_dom_id(n))));
        }
    };
    let lay_keys = lay;
    let on_node_key = move |ev: leptos::ev::KeyboardEvent, n: NodeId| {
        let dir = match ev.key().as_str() {
            "Enter" | " " => {
                ev.prevent_default();
                select(if selected.get_untracked() == Some(n) {
                    None
                } else {
                    Some(n)
                });
                return;
            }
            "Escape" => {
                ev.prevent_default();
                select(None);
                return;
            }
            "ArrowRight" => (1.0, 0.0),
            "ArrowLeft" => (-1.0, 0.0),
            "ArrowUp" => (0.0, -1.0),
            "ArrowDown" => (0.0, 1.0),
            _ => return,
        };
        ev.prevent_default();
        let from = selected.get_untracked().unwrap_or(n);
        let cands = graph::neighbours(from, &visible.get_untracked());
        if let Some(t) = graph::neighbour_towards(from, dir, &cands, lay_keys) {
            select(Some(t));
        }
    };

    let lay_edges = lay;
    let lay_nodes = lay;
    view! {
        <div class="map-main">
        <div class="map-controls" role="group" aria-label="Zoom and pan">
            <button type="button" class="btn" on:click=move |_| { let (x, y) = centre(); zoom_by(1.3, x, y) }>"Zoom in"</button>
            <button type="button" class="btn" on:click=move |_| { let (x, y) = centre(); zoom_by(1.0 / 1.3, x, y) }>"Zoom out"</button>
            <button type="button" class="btn" on:click=move |_| set_vb.set(full)>"Zoom to fit"</button>
            <button type="button" class="btn" on:click=move |_| pan_by(-0.2, 0.0)><span aria-hidden="true">"←"</span><span class="visually-hidden">"Pan left"</span></button>
            <button type="button" class="btn" on:click=move |_| pan_by(0.2, 0.0)><span aria-hidden="true">"→"</span><span class="visually-hidden">"Pan right"</span></button>
            <button type="button" class="btn" on:click=move |_| pan_by(0.0, -0.2)><span aria-hidden="true">"↑"</span><span class="visually-hidden">"Pan up"</span></button>
            <button type="button" class="btn" on:click=move |_| pan_by(0.0, 0.2)><span aria-hidden="true">"↓"</span><span class="visually-hidden">"Pan down"</span></button>
        </div>
        <p class="hint">"Drag to pan; Ctrl or ⌘ + wheel (or pinch) to zoom. Tab to a node and press Enter to select it; arrow keys move to its neighbours; Escape clears."</p>
        <div
            class="map-canvas"
            node_ref=host
            on:pointerdown=on_down
            on:pointermove=on_move
            on:pointerup=on_up
            on:pointercancel=on_up
        >
            <svg
                viewBox=move || { let v = vb.get(); format!("{:.1} {:.1} {:.1} {:.1}", v.x, v.y, v.w, v.h) }
                preserveAspectRatio="xMidYMid meet"
                role="group"
                aria-label="Map of bodies, instruments and their relations"
                class:has-selection=move || selected.get().is_some()
            >
                <defs>
                    <marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                        <path d="M0,0 L10,5 L0,10 z" class="arrow-head" />
                    </marker>
                </defs>
                <g class="edges" aria-hidden="true">
                    {move || {
                        let sel = selected.get();
                        visible
                            .get()
                            .into_iter()
                            .filter_map(|i| {
                                let r = &content::RELATIONS[i];
                                let (a, b) = (lay_edges.pos(r.from)?, lay_edges.pos(r.to)?);
                                // stop the line at the edge of the target's label box
                                let (bw, bh) = graph::label_size(r.to);
                                let (dx, dy) = (b.x - a.x, b.y - a.y);
                                let t = if dx.abs() * bh > dy.abs() * bw { (bw / 2.0 + 4.0) / dx.abs().max(1e-9) } else { (bh / 2.0 + 4.0) / dy.abs().max(1e-9) };
                                let t = t.min(1.0);
                                let (ex, ey) = (b.x - dx * t, b.y - dy * t);
                                let on = sel.is_some_and(|s| s == r.from || s == r.to);
                                Some(view! {
                                    <line
                                        class=format!("edge rel-{}", r.kind.slug())
                                        class:on=on
                                        x1=a.x y1=a.y x2=ex y2=ey
                                        marker-end=(!r.kind.symmetric()).then_some("url(#arrow)")
                                    />
                                })
                            })
                            .collect_view()
                    }}
                </g>
                <g class="nodes">
                    // Nodes are recreated only when the visible set changes;
                    // selection only toggles attributes, so focus stays put.
                    {move || {
                        let rels = visible.get();
                        let on_key = on_node_key;
                        nodes
                            .get()
                            .into_iter()
                            .filter_map(|n| {
                                let p = lay_nodes.pos(n)?;
                                let (w, h) = graph::label_size(n);
                                let c = graph::class_of(n);
                                let degree = graph::neighbours(n, &rels).len();
                                let label = format!("{} ({}, {})", content::node_name(n), class_label(c), plural(degree, "connection", "connections"));
                                let is_sel = move || selected.get() == Some(n);
                                Some(view! {
                                    <g
                                        id=node_dom_id(n)
                                        class=format!("node cls-{}", class_slug(c))
                                        class:selected=is_sel
                                        class:neighbour=move || neighbours.with(|nb| nb.contains(&n))
                                        transform=format!("translate({},{})", p.x, p.y)
                                        tabindex="0"
                                        role="button"
                                        aria-pressed=move || is_sel().to_string()
                                        aria-label=label
                                        on:click=move |_| select(if selected.get_untracked() == Some(n) { None } else { Some(n) })
                                        on:keydown=move |ev| on_key(ev, n)
                                    >
                                        {shape(c, w, h)}
                                        <text text-anchor="middle" dy="0.35em">{content::node_short(n)}</text>
                                    </g>
                                })
                            })
                            .collect_view()
                    }}
                </g>
            </svg>
        </div>
        <div class="legend">
            <h2 class="legend-title">"Key"</h2>
            <ul>
                {CLASSES.iter().map(|&c| view! {
                    <li>
                        <svg class="legend-shape" viewBox="-20 -10 40 20" width="40" height="20" aria-hidden="true">
                            <g class=format!("node cls-{}", class_slug(c))>{shape(c, 36.0, 16.0)}</g>
                        </svg>
                        {class_label(c)}
                    </li>
                }).collect_view()}
            </ul>
            <ul>
                {RelationKind::ALL.iter().map(|k| view! {
                    <li>
                        <svg class="legend-shape" viewBox="0 0 40 10" width="40" height="10" aria-hidden="true">
                            <line class=format!("edge rel-{}", k.slug()) x1="0" y1="5" x2="34" y2="5" marker-end=(!k.symmetric()).then_some("url(#arrow)") />
                        </svg>
                        {k.label()}
                        {(!k.symmetric()).then_some(" (arrow points to the object)")}
                    </li>
                }).collect_view()}
            </ul>
        </div>
        </div>
    }
}

/// Details of the selected node: description, relations as sentences, cards
/// and events.
#[component]
fn NodePanel(visible: Memo<Vec<usize>>) -> impl IntoView {
    let state = use_app();
    let route = state.route;
    move || {
        let Some(n) = route.with(|r| r.node) else {
            return ().into_any();
        };
        let (title, kind, body, year, year_ref) = match n {
            NodeId::Actor(a) => {
                let a = content::actor(a);
                (a.name, a.kind.label(), a.role, a.founded, a.founded_ref)
            }
            NodeId::Instrument(i) => {
                let i = content::instrument(i);
                (i.name, i.kind.label(), i.summary, i.year, Some(i.reference))
            }
        };
        let rels: Vec<&Relation> = visible
            .get()
            .into_iter()
            .map(|i| &content::RELATIONS[i])
            .filter(|r| r.from == n || r.to == n)
            .collect();
        let cards = graph::node_cards(n);
        let events = graph::node_events(n);
        view! {
            <section class="node-panel" aria-labelledby="node-title">
                <div class="detail-head">
                    <p class="card-kind">{kind}</p>
                    <a class="btn-quiet close" href=move || route.with(|r| map_href(r, None))>
                        "Close"<span class="visually-hidden">" details"</span>
                    </a>
                </div>
                <h2 id="node-title">{title}</h2>
                <p>{body}</p>
                {year.map(|y| view! { <p class="ref">{format!("Since {y}. ")}{year_ref.map(|r| format!("Source: {r}"))}</p> })}
                <h3>{format!("Relations ({})", rels.len())}</h3>
                <ul class="sentences">
                    {rels.iter().map(|r| {
                        let other = if r.from == n { r.to } else { r.from };
                        view! {
                            <li>
                                {graph::sentence(r)}
                                " "
                                <span class="visually-hidden">"Go to "</span>
                                <NodeLink node=other />
                            </li>
                        }
                    }).collect_view()}
                </ul>
                {(!cards.is_empty()).then(|| view! {
                    <h3>"Cards"</h3>
                    <ul class="links">{cards.iter().map(|&c| view! { <li><CardLink id=c /></li> }).collect_view()}</ul>
                })}
                {(!events.is_empty()).then(|| view! {
                    <h3>"Events"</h3>
                    <ul class="links">{events.iter().map(|&e| view! { <li><EventLink id=e /></li> }).collect_view()}</ul>
                })}
            </section>
        }
        .into_any()
    }
}

/// Every visible relation as a sentence, grouped by actor, searchable.
#[component]
fn RelationList(visible: Memo<Vec<usize>>) -> impl IntoView {
    let state = use_app();
    let route = state.route;
    let (q, set_q) = signal(String::new());
    let groups = move || {
        let rels = visible.get();
        let query = q.get();
        let qs = search::query_words(&query);
        graph::nodes_of(&rels)
            .into_iter()
            .filter_map(|n| {
                let mine: Vec<String> = rels
                    .iter()
                    .map(|&i| &content::RELATIONS[i])
                    .filter(|r| r.from == n)
                    .map(|r| format!("{} {}", graph::sentence(r), r.text))
                    .filter(|s| {
                        let w = search::words(s);
                        qs.iter()
                            .all(|q| w.iter().any(|w| search::match_quality(q, w) > 0.0))
                    })
                    .collect();
                (!mine.is_empty()).then_some((n, mine))
            })
            .collect::<Vec<_>>()
    };
    view! {
        <section class="relation-list" aria-labelledby="rel-list-title">
            <h2 id="rel-list-title">"Every relation, in words"</h2>
            <div class="field">
                <label for="rel-search">"Search relations"</label>
                <input id="rel-search" type="search" prop:value=q on:input=move |ev| set_q.set(event_target_value(&ev)) />
            </div>
            {move || {
                let g = groups();
                if g.is_empty() {
                    view! { <p>"No relation matches."</p> }.into_any()
                } else {
                    g.into_iter()
                        .map(|(n, sentences)| view! {
                            <h3><a href=move || route.with(|r| map_href(&r.clone(), Some(n)))>{content::node_name(n)}</a></h3>
                            <ul class="sentences">{sentences.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
                        })
                        .collect_view()
                        .into_any()
                }
            }}
        </section>
    }
}
