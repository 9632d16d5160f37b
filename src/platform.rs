//! Where the code runs. The same components draw the page in the browser
//! and, natively at build time, the HTML shipped before any script runs
//! (`shell::static_page`). Browser-only work (listeners, storage, timers,
//! measuring) is skipped when drawing ahead of time.

/// True in the browser; false when the page is drawn ahead of time.
pub const IN_BROWSER: bool = cfg!(target_arch = "wasm32");

/// Calls `f` on each resize of the window while the calling component is
/// mounted. A listener left behind when its view unmounts would read the
/// view's disposed signals on the next resize (a phone turned after leaving
/// the timeline) and bring the app down.
pub fn on_resize(f: impl Fn() + 'static) {
    if IN_BROWSER {
        let h = leptos::prelude::window_event_listener(leptos::ev::resize, move |_| f());
        leptos::prelude::on_cleanup(move || h.remove());
    }
}

/// The window's size in CSS px; drawn ahead of time, a laptop's (CSS
/// shows phones what is theirs).
pub fn viewport() -> (f64, f64) {
    #[cfg(target_arch = "wasm32")]
    {
        let w = leptos::prelude::window();
        let px = |v: Result<wasm_bindgen::JsValue, _>, or: f64| {
            v.ok().and_then(|v| v.as_f64()).unwrap_or(or)
        };
        (px(w.inner_width(), 1024.0), px(w.inner_height(), 800.0))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        (1280.0, 800.0)
    }
}

/// Milliseconds since the epoch from the browser's clock; 0 when drawing
/// ahead of time (nothing is timed then).
pub fn now_ms() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Date::now()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0.0
    }
}

/// The browser's clock as a UTC wall-clock time, for LMS reports.
pub fn utc_now() -> Option<crate::interactions::Stamp> {
    #[cfg(target_arch = "wasm32")]
    {
        let d = js_sys::Date::new_0();
        Some(crate::interactions::Stamp {
            year: d.get_utc_full_year() as i32,
            month: d.get_utc_month() as u8 + 1,
            day: d.get_utc_date() as u8,
            hour: d.get_utc_hours() as u8,
            minute: d.get_utc_minutes() as u8,
            second: d.get_utc_seconds() as u8,
        })
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}

/// The page address's query string (`?scenarios=2`), where a plain link
/// carries the teacher's completion setting; empty when drawing ahead.
pub fn page_query() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        String::new()
    }
}
