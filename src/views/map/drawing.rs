//! What the SVG draws: the group frames, the typed edges and the nodes.
//! Nodes are recreated only when the visible set changes; selection only
//! toggles attributes, so focus stays put.

use super::node_dom_id;
use super::pan_zoom::PanZoom;
use super::shape::{class_label, class_slug, shape};
use crate::content;
use crate::graph::{self, layout::GROUP_TITLE, Layout};
use crate::i18n::{self, ui};
use crate::model::*;
use crate::state::use_app;
use crate::views::widgets::focus_selector;
use leptos::prelude::*;

/// A coordinate to a tenth of a pixel: finer is invisible, and the digits
/// would be a tenth of the map's bytes in the page drawn ahead of time.
fn px(v: f64) -> String {
    crate::decimal::short(v, 1)
}

/// Where a group's title starts: `text-anchor` is `start`, which is the
/// right end of right-to-left text, so an Arabic title anchored at the
/// frame's left edge was drawn outside the frame.
pub fn title_x(x0: f64, x1: f64, rtl: bool) -> f64 {
    const INSET: f64 = 10.0;
    if rtl {
        x1 - INSET
    } else {
        x0 + INSET
    }
}

#[component]
pub fn Groups(layout: &'static Layout) -> impl IntoView {
    view! {
        <g class="map-groups" aria-hidden="true">
            {layout.groups.iter().map(|g| view! {
                <g class="map-group" data-group=g.group.slug()>
                    <rect x=px(g.x0) y=px(g.y0) width=px(g.x1 - g.x0) height=px(g.y1 - g.y0) rx="10" />
                    <text class="map-group-label" x=px(title_x(g.x0, g.x1, crate::i18n::RTL)) y=px(g.y0 + GROUP_TITLE * 0.7)>{g.group.label()}</text>
                </g>
            }).collect_view()}
        </g>
    }
}

#[component]
pub fn Edges(
    layout: &'static Layout,
    visible: Memo<Vec<usize>>,
    selected: Memo<Option<NodeId>>,
) -> impl IntoView {
    view! {
        <g class="edges" aria-hidden="true">
            {move || {
                let sel = selected.get();
                visible
                    .get()
                    .into_iter()
                    .filter_map(|i| {
                        let r = &content::RELATIONS[i];
                        let (a, b) = (layout.pos(r.from)?, layout.pos(r.to)?);
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
                                x1=px(a.x) y1=px(a.y) x2=px(ex) y2=px(ey)
                                marker-end=(!r.kind.symmetric()).then_some("url(#arrow)")
                            />
                        })
                    })
                    .collect_view()
            }}
        </g>
    }
}

#[component]
pub fn Nodes(
    layout: &'static Layout,
    visible: Memo<Vec<usize>>,
    selected: Memo<Option<NodeId>>,
    pz: PanZoom,
) -> impl IntoView {
    let state = use_app();
    let nodes = Memo::new(move |_| graph::nodes_of(&visible.get()));
    let neighbours = Memo::new(move |_| {
        selected
            .get()
            .map(|n| graph::neighbours(n, &visible.get()))
            .unwrap_or_default()
    });
    // A node reached by keyboard comes into view (a phone shows only part).
    let show = move |n: NodeId| {
        if let Some(p) = layout.pos(n) {
            let v = pz.vb.get_untracked();
            if !v.contains(p) {
                pz.vb.set(graph::view_box::ViewBox {
                    x: p.x - v.w / 2.0,
                    y: p.y - v.h / 2.0,
                    ..v
                });
            }
        }
    };
    // `push`: a press or Enter is a step Back undoes; an arrow's walk and
    // Escape replace it, so Back leaves the map rather than retrace them
    let select = move |n: Option<NodeId>, push: bool| {
        state.update(push, |r| r.node = n);
        if let Some(n) = n {
            show(n);
            request_animation_frame(move || focus_selector(&format!("#{}", node_dom_id(n))));
        }
    };
    let toggle = move |n: NodeId| {
        select(
            if selected.get_untracked() == Some(n) {
                None
            } else {
                Some(n)
            },
            true,
        )
    };
    // One tab stop for the whole map (a roving tabindex, as the timeline's
    // band has): the selected node, else the one last focused, else the
    // UN. Tab then goes on to the panel, not through every node; arrows
    // move between nodes.
    let focused = RwSignal::new(None::<NodeId>);
    let stop = Memo::new(move |_| {
        let ns = nodes.get();
        let shown = |n: Option<NodeId>| n.filter(|n| ns.contains(n));
        shown(selected.get())
            .or_else(|| shown(focused.get()))
            .or_else(|| shown(Some(NodeId::Actor(ActorId::Un))))
            .or_else(|| ns.first().copied())
    });
    // Drawn ahead of time, a node is a picture in a link (below).
    let ahead = cfg!(not(target_arch = "wasm32"));
    // the arrows' moves so far: the opposite arrow retraces them
    let trail = StoredValue::new(Vec::<graph::Step>::new());
    let on_key = move |ev: leptos::ev::KeyboardEvent, n: NodeId| {
        let dir = match ev.key().as_str() {
            "Enter" | " " => {
                ev.prevent_default();
                return toggle(n);
            }
            "Escape" => {
                ev.prevent_default();
                return select(None, false);
            }
            "ArrowRight" => (1.0, 0.0),
            "ArrowLeft" => (-1.0, 0.0),
            "ArrowUp" => (0.0, -1.0),
            "ArrowDown" => (0.0, 1.0),
            // the first and last node in the order the relations in words
            // list them
            "Home" | "End" => {
                ev.prevent_default();
                let ns = nodes.get_untracked();
                let end = if ev.key() == "Home" {
                    ns.first()
                } else {
                    ns.last()
                };
                if let Some(&t) = end {
                    select(Some(t), false);
                }
                return;
            }
            _ => return,
        };
        ev.prevent_default();
        let from = selected.get_untracked().unwrap_or(n);
        let to = nodes
            .with_untracked(|ns| trail.try_update_value(|t| graph::walk(t, from, dir, ns, layout)))
            .flatten();
        if let Some(t) = to {
            select(Some(t), false);
        }
    };
    view! {
        <g class="nodes">
            {move || {
                let rels = visible.get();
                nodes
                    .get()
                    .into_iter()
                    .filter_map(|n| {
                        let p = layout.pos(n)?;
                        let (w, h) = graph::label_size(n);
                        let c = graph::class_of(n);
                        let degree = graph::neighbours(n, &rels).len();
                        let label = format!("{} ({}{}{})", content::node_name(n), class_label(c), ui::completion::LIST_SEP, i18n::count(&ui::map::CONNECTIONS, degree));
                        let is_sel = move || selected.get() == Some(n);
                        let node = view! {
                            <g
                                id=node_dom_id(n)
                                class=format!("node cls-{}", class_slug(c))
                                class:selected=is_sel
                                class:neighbour=move || neighbours.with(|nb| nb.contains(&n))
                                transform=format!("translate({},{})", px(p.x), px(p.y))
                                tabindex=move || (!ahead).then(|| if stop.get() == Some(n) { "0" } else { "-1" })
                                role=if ahead { "img" } else { "button" }
                                aria-pressed=move || (!ahead).then(|| is_sel().to_string())
                                aria-label=label
                                on:click=move |_| toggle(n)
                                on:focus=move |_| {
                                    focused.set(Some(n));
                                    show(n)
                                }
                                on:keydown=move |ev| on_key(ev, n)
                            >
                                {shape(c, w, h)}
                                <text text-anchor="middle" dy="0.35em">{content::node_short(n)}</text>
                            </g>
                        };
                        // Drawn ahead of time, a node is a link to the map
                        // with it selected: without scripts that lands on
                        // its relations in words; with them, on its panel.
                        #[cfg(not(target_arch = "wasm32"))]
                        let node = view! {
                            <a href=state.route.with_untracked(|r| super::map_href(r, Some(n)))>{node}</a>
                        };
                        Some(node)
                    })
                    .collect_view()
            }}
        </g>
    }
}

#[cfg(test)]
mod tests {
    use super::title_x;

    #[test]
    fn a_group_title_starts_inside_its_frame_either_way() {
        assert_eq!(title_x(100.0, 300.0, false), 110.0);
        assert_eq!(title_x(100.0, 300.0, true), 290.0);
    }
}
