//! The Timeline view: a zoomable horizontal axis on wide screens, a vertical
//! list on narrow ones, a sortable table as the text alternative (and for
//! print), a shared year range and the selected event's details.

use crate::app::use_app;
use crate::content;
use crate::model::*;
use crate::route::{Facets, Route};
use crate::timeline_layout::{self as tl, Window, ERAS};
use crate::views::widgets::{focus_selector, on_ctrl_wheel, plural, CardLink, NodeLink};
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

const ITEM_PX: f64 = 150.0;
const ROW_PX: f64 = 58.0;
const NARROW_PX: f64 = 640.0;

fn window_of(r: &Route) -> Window {
    r.window
        .map_or(Window::FULL, |(a, b)| Window::clamped(a as f64, b as f64))
}

fn to_url_window(w: Window) -> Option<(i32, i32)> {
    if w == Window::FULL {
        None
    } else {
        Some((w.from.round() as i32, w.to.round() as i32))
    }
}

fn visible_events(f: &Facets, range: Option<(i32, i32)>) -> Vec<&'static Event> {
    content::EVENTS
        .iter()
        .filter(|e| tl::event_passes(e, f, range))
        .collect()
}

pub fn event_dom_id(id: EventId) -> String {
    format!("ev-{}", id.slug())
}

#[component]
pub fn Timeline() -> impl IntoView {
    let state = use_app();
    let route = state.route;
    let events = Memo::new(move |_| route.with(|r| visible_events(&r.facets, r.range)));
    let list = Memo::new(move |_| route.with(|r| r.list));
    let track = NodeRef::<Div>::new();
    let (width, set_width) = signal(960.0_f64);
    let measure = move || {
        if let Some(el) = track.get_untracked() {
            let w = el.client_width() as f64;
            if w > 0.0 {
                set_width.set(w);
            }
        } else if let Some(w) = window().inner_width().ok().and_then(|w| w.as_f64()) {
            set_width.set(w);
        }
    };
    Effect::new(move |_| {
        track.track();
        measure();
    });
    let _ = window_event_listener(leptos::ev::resize, move |_| measure());
    let narrow = Memo::new(move |_| {
        let vw = window()
            .inner_width()
            .ok()
            .and_then(|w| w.as_f64())
            .unwrap_or(1024.0);
        width.get();
        vw < NARROW_PX
    });

    view! {
        <div class="view timeline-view">
            <div class="view-head">
                <h1>"Timeline"</h1>
                <p class="lede">
                    "Treaties, resolutions and new bodies, from the first international police congress to the response to online extremism. Every date cites its primary source."
                </p>
            </div>
            <TimelineFilters />
            <p class="result-count" role="status" aria-live="polite" aria-atomic="true">
                {move || {
                    let n = events.with(|e| e.len());
                    format!("{} shown", plural(n, "event", "events"))
                }}
            </p>
            <div class="tl-mode" role="group" aria-label="Display">
                <button
                    type="button"
                    class="btn"
                    aria-pressed=move || (!list.get()).to_string()
                    on:click=move |_| state.update(true, |r| r.list = false)
                >
                    "Timeline"
                </button>
                <button
                    type="button"
                    class="btn"
                    aria-pressed=move || list.get().to_string()
                    on:click=move |_| state.update(true, |r| r.list = true)
                >
                    "List (table)"
                </button>
            </div>
            <Show when=move || route.with(|r| r.event.is_some())>
                <EventDetail />
            </Show>
            <Show when=move || !list.get() && !narrow.get()>
                <Axis events=events track=track width=width />
            </Show>
            <Show when=move || !list.get() && narrow.get()>
                <Vertical events=events />
            </Show>
            <div class:print-only=move || !list.get()>
                <EventTable events=events />
            </div>
        </div>
    }
}

/// Theme and actor filters (shared with Cards) and the shared year range.
#[component]
fn TimelineFilters() -> impl IntoView {
    let state = use_app();
    let route = state.route;
    let theme_value = move || {
        route.with(|r| {
            if r.facets.themes.len() == 1 {
                r.facets.themes[0].slug()
            } else if r.facets.themes.is_empty() {
                ""
            } else {
                "several"
            }
        })
    };
    let actor_value = move || {
        route.with(|r| {
            if r.facets.actors.len() == 1 {
                r.facets.actors[0].slug()
            } else if r.facets.actors.is_empty() {
                ""
            } else {
                "several"
            }
        })
    };
    let range = move || route.with(|r| r.range);
    let from = move || range().map_or(tl::EXTENT.0 as i32, |r| r.0);
    let to = move || range().map_or(tl::EXTENT.1 as i32, |r| r.1);
    let set_range = move |a: i32, b: i32| {
        let (a, b) = (a.min(b), a.max(b));
        let full = a <= tl::EXTENT.0 as i32 && b >= tl::EXTENT.1 as i32;
        state.update(false, |r| r.range = (!full).then_some((a, b)));
    };
    view! {
        <div class="toolbar tl-filters">
            <div class="field">
                <label for="tl-theme">"Theme"</label>
                <select
                    id="tl-theme"
                    prop:value=theme_value
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if v != "several" {
                            state.update(true, |r| r.facets.themes = Theme::from_slug(&v).into_iter().collect());
                        }
                    }
                >
                    <option value="">"All themes"</option>
                    <option value="several" disabled=true>"Several (set in Cards)"</option>
                    {Theme::ALL.iter().map(|t| view! { <option value=t.slug()>{t.label()}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="tl-actor">"Actor"</label>
                <select
                    id="tl-actor"
                    prop:value=actor_value
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if v != "several" {
                            state.update(true, |r| r.facets.actors = ActorId::from_slug(&v).into_iter().collect());
                        }
                    }
                >
                    <option value="">"All actors"</option>
                    <option value="several" disabled=true>"Several (set in Cards)"</option>
                    {ActorId::ALL.iter().map(|a| view! { <option value=a.slug()>{content::actor(*a).name}</option> }).collect_view()}
                </select>
            </div>
            <fieldset class="range">
                <legend>"Years shown in all views"</legend>
                <label for="range-from">"From " <output for="range-from">{from}</output></label>
                <input
                    id="range-from"
                    type="range"
                    min=tl::EXTENT.0
                    max=tl::EXTENT.1
                    step="1"
                    prop:value=move || from().to_string()
                    on:input=move |ev| {
                        if let Ok(v) = event_target_value(&ev).parse::<i32>() {
                            set_range(v, to());
                        }
                    }
                />
                <label for="range-to">"To " <output for="range-to">{to}</output></label>
                <input
                    id="range-to"
                    type="range"
                    min=tl::EXTENT.0
                    max=tl::EXTENT.1
                    step="1"
                    prop:value=move || to().to_string()
                    on:input=move |ev| {
                        if let Ok(v) = event_target_value(&ev).parse::<i32>() {
                            set_range(from(), v);
                        }
                    }
                />
                <button type="button" class="btn-quiet" disabled=move || range().is_none() on:click=move |_| state.update(true, |r| r.range = None)>
                    "All years"
                </button>
            </fieldset>
        </div>
    }
}

/// Keyboard movement among events shared by the axis and the vertical list.
fn on_event_key(
    ev: &leptos::ev::KeyboardEvent,
    id: EventId,
    events: Memo<Vec<&'static Event>>,
    on_move: impl Fn(EventId),
) {
    let list = events.get_untracked();
    let Some(i) = list.iter().position(|e| e.id == id) else {
        return;
    };
    let target = match ev.key().as_str() {
        "ArrowRight" | "ArrowDown" => list.get(i + 1),
        "ArrowLeft" | "ArrowUp" => i.checked_sub(1).and_then(|j| list.get(j)),
        "Home" => list.first(),
        "End" => list.last(),
        _ => return,
    };
    ev.prevent_default();
    if let Some(t) = target {
        on_move(t.id);
    }
}

fn event_href(r: &Route, id: EventId) -> String {
    let mut to = r.clone();
    to.event = Some(id);
    to.format()
}

/// The horizontal, zoomable axis.
#[component]
fn Axis(
    events: Memo<Vec<&'static Event>>,
    track: NodeRef<Div>,
    width: ReadSignal<f64>,
) -> impl IntoView {
    let state = use_app();
    let route = state.route;
    // Drag offset in years while a pointer is down; committed on release so
    // the URL is not rewritten on every move.
    let (drag, set_drag) = signal(0.0_f64);
    let win = Memo::new(move |_| {
        let w = route.with(window_of);
        let d = drag.get();
        if d == 0.0 {
            w
        } else {
            w.pan(d)
        }
    });
    let (focus_id, set_focus_id) = signal(None::<EventId>);
    let set_window = move |w: Window| state.update(false, |r| r.window = to_url_window(w));
    let zoom = move |f: f64| {
        let w = win.get_untracked();
        set_window(w.zoom(f, (w.from + w.to) / 2.0));
    };

    let placed = Memo::new(move |_| {
        let w = win.get();
        let width = width.get();
        let evs = events.get();
        let shown: Vec<&Event> = evs
            .into_iter()
            .filter(|e| {
                let x = w.x(e.date.as_year_f64(), width);
                x >= -4.0 && x <= width - 8.0
            })
            .collect();
        let xs: Vec<f64> = shown
            .iter()
            .map(|e| w.x(e.date.as_year_f64(), width))
            .collect();
        let rows = tl::stack(&xs, ITEM_PX, 6.0);
        shown
            .into_iter()
            .zip(xs)
            .zip(rows)
            .map(|((e, x), row)| (e, x, row))
            .collect::<Vec<_>>()
    });
    let rows = move || placed.with(|p| p.iter().map(|t| t.2 + 1).max().unwrap_or(1));

    let move_to = move |id: EventId| {
        let e = content::event(id);
        let w = win.get_untracked();
        let year = e.date.as_year_f64();
        let revealed = w.reveal(year);
        // keep the item's full width inside the track
        let right_room = ITEM_PX / width.get_untracked().max(1.0) * w.span();
        let revealed = if revealed.to - year < right_room {
            revealed.pan(right_room - (revealed.to - year))
        } else {
            revealed
        };
        if revealed != w {
            set_window(revealed);
        }
        set_focus_id.set(Some(id));
        request_animation_frame(move || focus_selector(&format!("#{}", event_dom_id(id))));
    };

    on_ctrl_wheel(track, move |ev| {
        let w = win.get_untracked();
        let anchor = w.from + w.span() * (ev.offset_x() as f64 / width.get_untracked().max(1.0));
        let factor = if ev.delta_y() < 0.0 { 1.25 } else { 0.8 };
        set_window(w.zoom(factor, anchor));
    });

    // Pointers: one drags, two pinch.
    let pointers = StoredValue::new_local(Vec::<(i32, f64)>::new());
    let drag_start = StoredValue::new_local(None::<(f64, f64)>);
    let pinch_start = StoredValue::new_local(None::<(f64, Window)>);
    let on_down = move |ev: leptos::ev::PointerEvent| {
        if ev.button() != 0 {
            return;
        }
        // let clicks on events through; drag starts on the background
        if let Some(t) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            if t.closest(".tl-event").ok().flatten().is_some() {
                return;
            }
        }
        pointers.update_value(|p| p.push((ev.pointer_id(), ev.client_x() as f64)));
        let n = pointers.with_value(|p| p.len());
        if n == 1 {
            drag_start.set_value(Some((ev.client_x() as f64, 0.0)));
        } else if n == 2 {
            let d = pointers.with_value(|p| (p[0].1 - p[1].1).abs().max(1.0));
            pinch_start.set_value(Some((d, win.get_untracked())));
            drag_start.set_value(None);
            set_drag.set(0.0);
        }
        if let Some(el) = track.get_untracked() {
            let _ = el.set_pointer_capture(ev.pointer_id());
        }
    };
    let on_move = move |ev: leptos::ev::PointerEvent| {
        pointers.update_value(|p| {
            if let Some(e) = p.iter_mut().find(|e| e.0 == ev.pointer_id()) {
                e.1 = ev.client_x() as f64;
            }
        });
        if let Some((d0, w0)) = pinch_start.get_value() {
            let d = pointers.with_value(|p| {
                if p.len() >= 2 {
                    (p[0].1 - p[1].1).abs().max(1.0)
                } else {
                    d0
                }
            });
            set_window(w0.zoom(d / d0, (w0.from + w0.to) / 2.0));
        } else if let Some((x0, _)) = drag_start.get_value() {
            let years = -(ev.client_x() as f64 - x0) / width.get_untracked().max(1.0)
                * route.with_untracked(window_of).span();
            set_drag.set(years);
        }
    };
    let on_up = move |ev: leptos::ev::PointerEvent| {
        pointers.update_value(|p| p.retain(|e| e.0 != ev.pointer_id()));
        if drag_start.get_value().is_some() && drag.get_untracked() != 0.0 {
            let w = win.get_untracked();
            set_drag.set(0.0);
            set_window(w);
        }
        drag_start.set_value(None);
        if pointers.with_value(|p| p.len() < 2) {
            pinch_start.set_value(None);
        }
    };

    let era_select = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        if let Some(era) = ERAS.iter().find(|e| e.slug == v) {
            set_window(Window::clamped(era.from as f64 - 1.0, era.to as f64 + 1.0));
        } else if v == "all" {
            set_window(Window::FULL);
        }
    };
    let fit = move |_| {
        let w = Window::fit(events.get_untracked().iter().map(|e| e.date.as_year_f64()));
        // leave room for the last label
        let extra = ITEM_PX / width.get_untracked().max(1.0) * w.span();
        set_window(Window::clamped(w.from, w.to + extra));
    };

    view! {
        <div class="tl-controls" role="group" aria-label="Zoom and pan">
            <button type="button" class="btn" on:click=move |_| zoom(1.5)>"Zoom in"</button>
            <button type="button" class="btn" on:click=move |_| zoom(1.0 / 1.5)>"Zoom out"</button>
            <button type="button" class="btn" on:click=move |_| set_window(win.get_untracked().pan(-win.get_untracked().span() * 0.3))>
                <span aria-hidden="true">"← "</span>"Earlier"
            </button>
            <button type="button" class="btn" on:click=move |_| set_window(win.get_untracked().pan(win.get_untracked().span() * 0.3))>
                "Later"<span aria-hidden="true">" →"</span>
            </button>
            <button type="button" class="btn" on:click=fit>"Zoom to fit"</button>
            <label for="tl-era" class="inline-label">"Zoom to era"</label>
            <select id="tl-era" on:change=era_select>
                <option value="">"Choose…"</option>
                <option value="all">"All years"</option>
                {ERAS.iter().map(|e| view! { <option value=e.slug>{format!("{} ({}–{})", e.label, e.from, e.to)}</option> }).collect_view()}
            </select>
            <span class="tl-window" aria-live="polite">
                {move || {
                    let w = win.get();
                    format!("Showing {}–{}", w.from.round(), w.to.round())
                }}
            </span>
        </div>
        <p class="hint">"Drag to pan, Ctrl or ⌘ + wheel (or pinch) to zoom. On an event: arrow keys move, Home and End jump, Enter opens."</p>
        <div
            class="tl-track"
            node_ref=track
            on:pointerdown=on_down
            on:pointermove=on_move
            on:pointerup=on_up
            on:pointercancel=on_up
            style:height=move || format!("{}px", rows() as f64 * ROW_PX + 64.0)
        >
            {move || {
                let w = win.get();
                ERAS.iter()
                    .filter(|e| (e.to as f64) > w.from && (e.from as f64) < w.to)
                    .enumerate()
                    .map(|(i, e)| {
                        let l = w.frac(e.from as f64).max(0.0) * 100.0;
                        let r = w.frac(e.to as f64).min(1.0) * 100.0;
                        view! {
                            <div class=format!("tl-era era-{}", i % 2) style:left=format!("{l:.3}%") style:width=format!("{:.3}%", r - l)>
                                <span class="tl-era-label">{e.label}</span>
                            </div>
                        }
                    })
                    .collect_view()
            }}
            <div class="tl-axis" aria-hidden="true">
                {move || {
                    let w = win.get();
                    tl::ticks(w, width.get(), 64.0)
                        .into_iter()
                        .map(|y| view! { <span class="tl-tick" style:left=format!("{:.3}%", w.frac(y as f64) * 100.0)>{y}</span> })
                        .collect_view()
                }}
            </div>
            <ol class="tl-events" aria-label="Events in view, in date order">
                {move || {
                    let selected = route.with(|r| r.event);
                    let focus = focus_id.get().or(selected);
                    let placed = placed.get();
                    let first = placed.first().map(|p| p.0.id);
                    let in_view = focus.filter(|f| placed.iter().any(|p| p.0.id == *f)).or(first);
                    placed
                        .into_iter()
                        .map(|(e, x, row)| {
                            let id = e.id;
                            let theme = tl::event_main_theme(e);
                            view! {
                                <li>
                                    <a
                                        id=event_dom_id(id)
                                        class=format!("tl-event theme-{}", theme.slug())
                                        class:selected=selected == Some(id)
                                        aria-current=(selected == Some(id)).then_some("true")
                                        style:left=format!("{x:.1}px") style:top=format!("{:.0}px", 8.0 + row as f64 * ROW_PX)
                                        tabindex=if in_view == Some(id) { "0" } else { "-1" }
                                        href=move || route.with(|r| event_href(r, id))
                                        on:focus=move |_| set_focus_id.set(Some(id))
                                        on:keydown=move |ev| on_event_key(&ev, id, events, move_to)
                                    >
                                        <span class="tl-dot" aria-hidden="true">{theme_glyph(theme)}</span>
                                        <time datetime=e.date.iso()>{e.date.human()}</time>
                                        <span class="tl-title">{e.title}</span>
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ol>
        </div>
        <Legend />
    }
}

/// A glyph per theme so the legend does not rely on colour alone.
pub fn theme_glyph(t: Theme) -> &'static str {
    match t {
        Theme::IntelligenceSharing => "◆",
        Theme::TerroristFinancing => "$",
        Theme::ForeignFighters => "✈",
        Theme::LegalFrameworks => "§",
        Theme::MilitaryDiplomacy => "★",
        Theme::CapacityBuilding => "▲",
        Theme::TechnologyCyber => "⌁",
        Theme::HumanitarianLegal => "✚",
        Theme::RegionalCooperation => "●",
    }
}

#[component]
fn Legend() -> impl IntoView {
    view! {
        <div class="legend">
            <h2 class="legend-title">"Key: main theme of each event"</h2>
            <ul>
                {Theme::ALL
                    .iter()
                    .map(|t| view! {
                        <li>
                            <span class=format!("tl-dot theme-{}", t.slug()) aria-hidden="true">{theme_glyph(*t)}</span>
                            {t.label()}
                        </li>
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}

/// Narrow screens: the same events as a vertical line, grouped by era.
#[component]
fn Vertical(events: Memo<Vec<&'static Event>>) -> impl IntoView {
    let state = use_app();
    let route = state.route;
    let move_to = move |id: EventId| focus_selector(&format!("#{}", event_dom_id(id)));
    view! {
        <p class="hint">"Arrow keys move between events; Enter opens one."</p>
        <div class="tl-vertical">
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
                                                        on:keydown=move |ev| on_event_key(&ev, id, events, move_to)
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

#[derive(Clone, Copy, PartialEq)]
enum TableSort {
    DateAsc,
    DateDesc,
    Title,
}

/// The text alternative: a dated, sortable table of the same events.
#[component]
fn EventTable(events: Memo<Vec<&'static Event>>) -> impl IntoView {
    let state = use_app();
    let route = state.route;
    let (sort, set_sort) = signal(TableSort::DateAsc);
    let rows = move || {
        let mut v = events.get();
        match sort.get() {
            TableSort::DateAsc => {}
            TableSort::DateDesc => v.reverse(),
            TableSort::Title => v.sort_by_key(|e| e.title),
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
            <caption>"Events, with their primary references"</caption>
            <thead>
                <tr>
                    <th scope="col" aria-sort=date_sort>
                        <button
                            type="button"
                            class="th-sort"
                            on:click=move |_| set_sort.update(|s| *s = if *s == TableSort::DateAsc { TableSort::DateDesc } else { TableSort::DateAsc })
                        >
                            "Date"
                        </button>
                    </th>
                    <th scope="col" aria-sort=move || if sort.get() == TableSort::Title { "ascending" } else { "none" }>
                        <button type="button" class="th-sort" on:click=move |_| set_sort.set(TableSort::Title)>
                            "Event"
                        </button>
                    </th>
                    <th scope="col">"Theme"</th>
                    <th scope="col">"Primary reference"</th>
                </tr>
            </thead>
            <tbody>
                {move || {
                    rows()
                        .into_iter()
                        .map(|e| {
                            let id = e.id;
                            view! {
                                <tr>
                                    <td><time datetime=e.date.iso()>{e.date.human()}</time></td>
                                    <td>
                                        <a href=move || route.with(|r| event_href(r, id))>{e.title}</a>
                                        <p class="print-only">{e.text}</p>
                                    </td>
                                    <td>{tl::event_main_theme(e).label()}</td>
                                    <td class="ref">{e.reference}</td>
                                </tr>
                            }
                        })
                        .collect_view()
                }}
            </tbody>
        </table>
    }
}

/// The selected event: what happened, its source, and links out.
#[component]
fn EventDetail() -> impl IntoView {
    let state = use_app();
    let route = state.route;
    let close = move || {
        let id = route.get_untracked().event;
        state.update(true, |r| r.event = None);
        if let Some(id) = id {
            request_animation_frame(move || focus_selector(&format!("#{}", event_dom_id(id))));
        }
    };
    Effect::new(move |_| {
        if route.with(|r| r.event).is_some() {
            request_animation_frame(|| focus_selector("#event-title"));
        }
    });
    move || {
        let Some(id) = route.with(|r| r.event) else {
            return ().into_any();
        };
        let e = content::event(id);
        let nodes: Vec<NodeId> = e
            .actors
            .iter()
            .map(|&a| NodeId::Actor(a))
            .chain(e.instruments.iter().map(|&i| NodeId::Instrument(i)))
            .collect();
        view! {
            <section
                class="event-detail"
                aria-labelledby="event-title"
                on:keydown=move |ev| {
                    if ev.key() == "Escape" {
                        ev.prevent_default();
                        close();
                    }
                }
            >
                <div class="detail-head">
                    <p class="event-date"><time datetime=e.date.iso()>{e.date.human()}</time></p>
                    <button type="button" class="btn-quiet close" on:click=move |_| close()>
                        "Close"
                        <span class="visually-hidden">" event details"</span>
                    </button>
                </div>
                <h2 id="event-title" tabindex="-1">{e.title}</h2>
                <p>{e.text}</p>
                <p class="ref"><strong>"Primary reference: "</strong>{e.reference}</p>
                <h3>"Explained in"</h3>
                <ul class="links">{e.cards.iter().map(|&c| view! { <li><CardLink id=c /></li> }).collect_view()}</ul>
                {(!nodes.is_empty()).then(|| view! {
                    <h3>"On the map"</h3>
                    <ul class="links">{nodes.iter().map(|&n| view! { <li><NodeLink node=n /></li> }).collect_view()}</ul>
                })}
            </section>
        }
        .into_any()
    }
}
