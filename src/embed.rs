//! Living inside an LMS iframe: the embed snippet, and auto-height messages
//! to the parent page in the two formats LMS pages already listen to (H5P's
//! resizer and Canvas's `lti.frameResize`). Incoming messages are checked
//! for shape and source before anything is done with them.

use crate::route::{Route, View};

/// Height an embedded view starts with before auto-height adjusts it.
pub fn default_height(view: View) -> u32 {
    match view {
        View::Cards => 900,
        View::Timeline => 850,
        View::Map => 950,
        View::Scenarios => 1000,
        View::Quiz => 1200,
        View::About => 900,
        View::Teachers => 1400,
    }
}

fn html_attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The address of the bundle's page that has `view` drawn ahead of time
/// (`View::page`), beside `page` (an address without its fragment, whose
/// query is kept): an embedded timeline then loads its own page, not the
/// start page only to be sent on. Any other page (the single file, a
/// renamed copy) has every view itself, and stays.
pub fn view_page_url(page: &str, view: View) -> String {
    let (path, query) = page.split_once('?').unwrap_or((page, ""));
    let cut = path.rfind('/').map_or(0, |i| i + 1);
    let (dir, file) = path.split_at(cut);
    let ours = ["", "index.html"]
        .into_iter()
        .chain(View::ALL.map(View::page))
        .any(|f| f == file);
    if !ours {
        return page.to_string();
    }
    let query = if query.is_empty() {
        String::new()
    } else {
        format!("?{query}")
    };
    format!("{dir}{}{query}", view.page())
}

/// A ready-to-paste iframe for the current view and state. `base` is the
/// page URL without its fragment.
pub fn iframe_snippet(base: &str, route: &Route) -> String {
    let mut r = route.clone();
    r.embed = true;
    let src = format!("{}{}", view_page_url(base, route.view), r.format());
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{}\" loading=\"lazy\" allow=\"fullscreen\" style=\"border:0;max-width:100%\"></iframe>",
        html_attr(&src),
        html_attr(&format!("{}: {}", crate::i18n::ui::shell::EMBED_TITLE, route.view.label())),
        default_height(route.view)
    )
}

/// What the parent said, reduced to what we act on.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Incoming {
    /// H5P resizer greeting: answer with our size.
    H5pHello,
    /// H5P resizer is ready for the real height.
    H5pResizePrepared,
    Ignore,
}

/// Classify a message by its `context` and `action` fields (already checked
/// to be strings; anything else arrives as `None`).
pub fn classify(context: Option<&str>, action: Option<&str>) -> Incoming {
    match (context, action) {
        (Some("h5p"), Some("hello")) => Incoming::H5pHello,
        (Some("h5p"), Some("resizePrepared")) => Incoming::H5pResizePrepared,
        _ => Incoming::Ignore,
    }
}

#[cfg(target_arch = "wasm32")]
mod web {
    use super::*;
    use js_sys::{Object, Reflect};
    use std::cell::Cell;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    fn parent() -> Option<web_sys::Window> {
        let w = web_sys::window()?;
        let p = w.parent().ok()??;
        // the top window is its own parent
        (JsValue::from(&p) != JsValue::from(&w)).then_some(p)
    }

    pub fn is_framed() -> bool {
        parent().is_some()
    }

    fn height() -> f64 {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body())
            .map_or(0.0, |b| b.scroll_height() as f64)
    }

    fn post(fields: &[(&str, JsValue)]) {
        let Some(p) = parent() else { return };
        let o = Object::new();
        for (k, v) in fields {
            let _ = Reflect::set(&o, &JsValue::from_str(k), v);
        }
        // Only a height is sent: nothing private, so any parent may read it.
        let _ = p.post_message(&o, "*");
    }

    fn post_h5p(action: &str) {
        let h = height();
        post(&[
            ("context", "h5p".into()),
            ("action", action.into()),
            ("scrollHeight", h.into()),
            ("clientHeight", h.into()),
        ]);
    }

    fn post_height() {
        post_h5p("resize");
        post(&[
            ("subject", "lti.frameResize".into()),
            ("height", height().into()),
        ]);
    }

    fn string_field(o: &JsValue, key: &str) -> Option<String> {
        Reflect::get(o, &JsValue::from_str(key)).ok()?.as_string()
    }

    thread_local! {
        static LAST: Cell<f64> = const { Cell::new(-1.0) };
    }

    /// Report the height now and whenever it changes; answer the H5P
    /// resizer. Does nothing when not framed.
    pub fn start_auto_height() {
        if !is_framed() {
            return;
        }
        let Some(win) = web_sys::window() else { return };
        let on_message =
            Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
                // from our parent only, and only plain objects with string fields
                let from_parent = match (ev.source(), parent()) {
                    (Some(s), Some(p)) => JsValue::from(s) == JsValue::from(p),
                    _ => false,
                };
                let data = ev.data();
                if !from_parent || !data.is_object() {
                    return;
                }
                let context = string_field(&data, "context");
                let action = string_field(&data, "action");
                match classify(context.as_deref(), action.as_deref()) {
                    Incoming::H5pHello => post_h5p("prepareResize"),
                    Incoming::H5pResizePrepared => post_h5p("resize"),
                    Incoming::Ignore => {}
                }
            });
        let _ =
            win.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
        on_message.forget(); // lives as long as the page

        let on_resize = Closure::<dyn Fn()>::new(move || {
            let h = height();
            if LAST.with(|l| l.replace(h)) != h {
                post_height();
            }
        });
        if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
            if let Some(body) = win.document().and_then(|d| d.body()) {
                observer.observe(&body);
            }
            std::mem::forget(observer);
        }
        on_resize.forget();
        // greet an H5P resizer if there is one
        post_h5p("hello");
        post_height();
    }
}

#[cfg(target_arch = "wasm32")]
pub use web::{is_framed, start_auto_height};

#[cfg(not(target_arch = "wasm32"))]
pub fn is_framed() -> bool {
    false
}
#[cfg(not(target_arch = "wasm32"))]
pub fn start_auto_height() {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_carries_state_title_and_attributes() {
        let mut r = Route::new(View::Map);
        r.query = "a\"b<c".into();
        let s = iframe_snippet("https://school.example/ct/", &r);
        assert!(
            s.starts_with(
                "<iframe src=\"https://school.example/ct/map.html#/map?q=a%22b%3Cc&amp;embed=1\""
            ),
            "{s}"
        );
        assert!(s.contains("title=\"Counterterrorism cooperation explainer: Map\""));
        assert!(
            s.contains("loading=\"lazy\"")
                && s.contains("allow=\"fullscreen\"")
                && s.contains("height=\"950\"")
        );
        assert!(!s.contains("\"b<c"), "no raw markup from state");
    }

    #[test]
    fn the_snippet_names_the_page_that_has_the_view_drawn() {
        let at = |page: &str, v: View| view_page_url(page, v);
        let ct = "https://school.example/ct/";
        assert_eq!(
            at(ct, View::Timeline),
            "https://school.example/ct/timeline.html"
        );
        assert_eq!(at(ct, View::Cards), ct);
        assert_eq!(
            at("https://s.example/ct/map.html", View::About),
            ct.replace("school", "s")
        );
        assert_eq!(
            at("https://s.example/ct/index.html?tour=1", View::Map),
            "https://s.example/ct/map.html?tour=1"
        );
        // the single file has every view
        let single = "file:///c/explainer.html";
        assert_eq!(at(single, View::Map), single);
    }

    #[test]
    fn only_known_h5p_messages_are_acted_on() {
        assert_eq!(classify(Some("h5p"), Some("hello")), Incoming::H5pHello);
        assert_eq!(
            classify(Some("h5p"), Some("resizePrepared")),
            Incoming::H5pResizePrepared
        );
        assert_eq!(classify(Some("h5p"), Some("resize")), Incoming::Ignore);
        assert_eq!(classify(None, Some("hello")), Incoming::Ignore);
        assert_eq!(classify(Some("lti"), None), Incoming::Ignore);
    }
}
