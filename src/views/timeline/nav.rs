//! Moving between events: the window that shows an event on its own, the
//! keyboard, and previous/next.

use super::{event_dom_id, measure, TimelineCtx};
use crate::content;
use crate::i18n::{self, ui};
use crate::model::*;
use crate::route::Route;
use crate::state::AppState;
use crate::timeline_band::{self as band, BandSpec};
use crate::timeline_layout::Window;
use crate::views::widgets::focus_selector;
use leptos::prelude::*;

/// Label lanes above the markers for a viewport `height` pixels tall:
/// fewer on short screens and in small frames, so the band and the current
/// event both fit.
pub fn lanes_for(height: f64) -> usize {
    match height {
        h if h < 620.0 => 2,
        h if h < 760.0 => 3,
        _ => 4,
    }
}

pub fn spec(width: f64, lanes: usize) -> BandSpec {
    BandSpec {
        width,
        lanes,
        marker: 16.0,
        cluster: 28.0,
        // markers' centres 24 px or more apart: the spacing that lets a
        // 16 px target pass WCAG 2.5.8
        gap: 8.0,
    }
}

/// The band's years where the URL names none: all of them where nothing is
/// filtered, otherwise those of the events shown (a range of 2014–2019
/// left its events one cluster at the edge of a century's band).
pub fn default_window(r: &Route) -> Window {
    if r.range.is_none() && r.facets.is_empty() {
        return Window::FULL;
    }
    let events = super::visible_events(&r.facets, r.range);
    Window::fit(events.iter().map(|e| e.date.as_year_f64())).rounded()
}

pub fn window_of(r: &Route) -> Window {
    r.window.map_or_else(
        || default_window(r),
        |(a, b)| Window::clamped(a as f64, b as f64),
    )
}

/// What the URL keeps of the window `w`: nothing where it is `r`'s default.
pub fn to_url_window(r: &Route, w: Window) -> Option<(i32, i32)> {
    (w != default_window(r)).then(|| (w.from.round() as i32, w.to.round() as i32))
}

/// The URL window that shows `id` as a labelled marker in a band `width`
/// pixels wide (the current one if it already does).
pub fn reveal_window(
    r: &Route,
    events: &[&'static Event],
    id: EventId,
    spec: &BandSpec,
) -> Option<(i32, i32)> {
    let Some(i) = events.iter().position(|e| e.id == id) else {
        return r.window;
    };
    let years: Vec<f64> = events.iter().map(|e| e.date.as_year_f64()).collect();
    let widths: Vec<f64> = events.iter().map(|e| measure::label_width(e)).collect();
    let w = band::reveal(window_of(r), &years, i, &widths, spec);
    to_url_window(r, w)
}

/// Make `id` the current event (a history entry), showing it in the band.
pub fn open_event(state: AppState, ctx: TimelineCtx, id: EventId) {
    let spec = spec(ctx.width.get_untracked(), ctx.lanes.get_untracked());
    let events = ctx.events.get_untracked();
    ctx.walk.set(Some(id));
    state.update(true, |r| {
        r.window = reveal_window(r, &events, id, &spec);
        r.event = Some(id);
    });
}

/// Focus an event's marker, first moving the band's window so it is shown
/// on its own (no history entry: it is only a look).
pub fn focus_event(state: AppState, ctx: TimelineCtx, id: EventId) {
    let spec = spec(ctx.width.get_untracked(), ctx.lanes.get_untracked());
    let events = ctx.events.get_untracked();
    let r = state.route.get_untracked();
    ctx.walk.set(Some(id));
    let win = reveal_window(&r, &events, id, &spec);
    if win != r.window {
        state.update(false, |r| r.window = win);
    }
    focus_shown(id);
}

/// Focus `id`'s marker once the band is redrawn, or the cluster that
/// holds it (events on the same day stay one at the deepest zoom).
pub fn focus_shown(id: EventId) {
    request_animation_frame(move || {
        let own = format!("#{}", event_dom_id(id));
        if document().query_selector(&own).ok().flatten().is_some() {
            focus_selector(&own);
        } else {
            focus_selector(&format!("[data-holds~=\"{}\"]", id.slug()));
        }
    });
}

/// The event before or after `id` among those shown.
pub fn step(events: &[&'static Event], id: EventId, by: isize) -> Option<EventId> {
    let i = events.iter().position(|e| e.id == id)? as isize + by;
    usize::try_from(i)
        .ok()
        .and_then(|i| events.get(i))
        .map(|e| e.id)
}

/// Which way an arrow key moves in date order. The axis runs the way the
/// page reads, so in a right-to-left page the left arrow goes forward.
pub fn arrow_step(key: &str, rtl: bool) -> Option<isize> {
    let forward = if rtl { "ArrowLeft" } else { "ArrowRight" };
    let back = if rtl { "ArrowRight" } else { "ArrowLeft" };
    match key {
        k if k == forward || k == "ArrowDown" => Some(1),
        k if k == back || k == "ArrowUp" => Some(-1),
        _ => None,
    }
}

/// Arrow keys, Home and End among the events in date order.
pub fn on_event_key(
    ev: &leptos::ev::KeyboardEvent,
    id: EventId,
    events: &[&'static Event],
    go: impl Fn(EventId),
) {
    let key = ev.key();
    let target = match (key.as_str(), arrow_step(&key, crate::i18n::RTL)) {
        (_, Some(d)) => step(events, id, d),
        ("Home", _) => events.first().map(|e| e.id),
        ("End", _) => events.last().map(|e| e.id),
        _ => return,
    };
    ev.prevent_default();
    if let Some(t) = target {
        go(t);
    }
}

/// The event a phrase like "Event 3 of 31" counts.
pub fn position_text(events: &[&'static Event], id: EventId) -> String {
    match events.iter().position(|e| e.id == id) {
        Some(i) => i18n::fill(
            ui::timeline::POSITION,
            &[
                ("n", &(i + 1).to_string()),
                ("total", &events.len().to_string()),
            ],
        ),
        None => i18n::count(&ui::timeline::NOT_AMONG, events.len()),
    }
}

/// The first and last years of the events shown, for the introduction.
pub fn span_years(events: &[&'static Event]) -> Option<(i32, i32)> {
    Some((events.first()?.date.year, events.last()?.date.year))
}

/// An event's title by id (for the previous/next buttons' names).
pub fn title(id: EventId) -> &'static str {
    content::event(id).title
}

#[cfg(test)]
mod tests {
    use super::*;

    fn route(fragment: &str) -> Route {
        Route::parse(fragment).route
    }

    #[test]
    fn unfiltered_the_band_shows_every_year() {
        let r = route("#/timeline");
        assert_eq!(window_of(&r), Window::FULL);
        assert_eq!(to_url_window(&r, Window::FULL), None);
    }

    /// A range of 2014–2019 showed its 17 events as one cluster at the
    /// right edge of a band of 1920–2026.
    #[test]
    fn filtered_the_band_fits_the_events_shown() {
        let r = route("#/timeline?range=2014-2019");
        let w = window_of(&r);
        let shown = super::super::visible_events(&r.facets, r.range);
        assert!(shown.len() > 5);
        for e in &shown {
            let y = e.date.as_year_f64();
            assert!(w.from <= y && y <= w.to, "{} outside {w:?}", e.title);
        }
        assert!(w.from >= 2012.0 && w.to <= 2021.0, "{w:?}");
        // the fitted window is the default, so the URL stays short; the
        // whole century is then a choice the URL keeps
        assert_eq!(to_url_window(&r, w), None);
        assert_eq!(to_url_window(&r, Window::FULL), Some((1920, 2026)));
        // a window in the URL wins
        assert_eq!(
            window_of(&route("#/timeline?range=2014-2019&win=1990-2000")),
            Window::clamped(1990.0, 2000.0)
        );
        // a theme alone narrows it too, where its events do
        let t = route("#/timeline?theme=technology-cyber");
        let first = super::super::visible_events(&t.facets, t.range)[0];
        assert!(window_of(&t).from <= first.date.as_year_f64());
        assert!(window_of(&t).from > 1930.0, "{:?}", window_of(&t));
    }

    #[test]
    fn filtered_to_nothing_the_band_shows_every_year() {
        let r = route("#/timeline?range=1920-1921");
        assert!(super::super::visible_events(&r.facets, r.range).is_empty());
        assert_eq!(window_of(&r), Window::FULL);
    }

    #[test]
    fn arrows_follow_the_reading_direction() {
        assert_eq!(arrow_step("ArrowRight", false), Some(1));
        assert_eq!(arrow_step("ArrowLeft", false), Some(-1));
        assert_eq!(arrow_step("ArrowLeft", true), Some(1));
        assert_eq!(arrow_step("ArrowRight", true), Some(-1));
        assert_eq!(arrow_step("ArrowDown", true), Some(1));
        assert_eq!(arrow_step("Home", true), None);
    }
}
