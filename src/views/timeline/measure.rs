//! Label widths for the band's layout, measured once with the page's own
//! font (a canvas `measureText`), so the layout and the drawing agree.

use crate::model::Event;
use std::cell::RefCell;
use std::collections::HashMap;

/// Must match `.tl-label` in style/timeline.css.
const DATE_FONT: &str = "700 12px";
const TITLE_FONT: &str = "13px";
/// Horizontal padding and border of a label, plus a pixel of slack.
const CHROME: f64 = 2.0 * 8.0 + 2.0 + 2.0;
/// Must match `.tl-era-label`.
const ERA_FONT: &str = "600 12px";

thread_local! {
    static CACHE: RefCell<HashMap<String, f64>> = RefCell::new(HashMap::new());
}

/// Width of the label box of an event: its date above its title.
pub fn label_width(e: &Event) -> f64 {
    let date = text_width(&e.date.human(), DATE_FONT);
    let title = text_width(e.title, TITLE_FONT);
    date.max(title).ceil() + CHROME
}

/// Width an era's name needs.
pub fn era_width(label: &'static str) -> f64 {
    text_width(label, ERA_FONT).ceil() + 8.0
}

fn text_width(text: &str, font: &str) -> f64 {
    let key = format!("{font}|{text}");
    if let Some(w) = CACHE.with(|c| c.borrow().get(&key).copied()) {
        return w;
    }
    let w = measure(text, font).unwrap_or_else(|| estimate(text, font));
    CACHE.with(|c| c.borrow_mut().insert(key, w));
    w
}

/// Generous when no canvas is at hand (wide fonts are about 0.62 em).
fn estimate(text: &str, font: &str) -> f64 {
    // Whole pixels, as the fonts above are: parsing a float would bring
    // core's decimal-to-float tables (20 KB of wasm data) for this alone.
    let px = font
        .split_whitespace()
        .find_map(|p| p.strip_suffix("px")?.parse::<u16>().ok())
        .map_or(13.0, f64::from);
    text.chars().count() as f64 * px * 0.62
}

#[cfg(target_arch = "wasm32")]
fn measure(text: &str, font: &str) -> Option<f64> {
    use wasm_bindgen::JsCast;
    thread_local! {
        static CTX: Option<(web_sys::CanvasRenderingContext2d, String)> = {
            let doc = leptos::prelude::document();
            let canvas: web_sys::HtmlCanvasElement = doc.create_element("canvas").ok()?.dyn_into().ok()?;
            let ctx = canvas.get_context("2d").ok()??.dyn_into().ok()?;
            let family = leptos::prelude::window()
                .get_computed_style(&doc.body()?.into())
                .ok()??
                .get_property_value("font-family")
                .ok()?;
            Some((ctx, family))
        };
    }
    CTX.with(|c| {
        let (ctx, family) = c.as_ref()?;
        ctx.set_font(&format!("{font} {family}"));
        let w = ctx.measure_text(text).ok()?.width();
        (w > 0.0).then_some(w)
    })
}

#[cfg(not(target_arch = "wasm32"))]
fn measure(_: &str, _: &str) -> Option<f64> {
    None
}
