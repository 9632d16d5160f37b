//! Fetching the parts in the browser. The text is checked against the
//! length the build wrote, kept for the page's life, and announced through
//! one signal that the shell's view reads.

use super::Part;
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::XmlHttpRequest;

#[derive(Clone, Copy, PartialEq)]
enum Status {
    Asked,
    Failed,
}

/// Past this, a request for a part counts as failed: a few kilobytes,
/// which slow 3G brings in well under it.
const TIMEOUT_MS: u32 = 20_000;

/// Callbacks, each with the parts it waits on.
type Waiting = Vec<(Vec<&'static Part>, Box<dyn FnOnce()>)>;

thread_local! {
    /// Parts asked for and not yet arrived, or failed (by file).
    static STATUS: RefCell<Vec<(&'static str, Status)>> = const { RefCell::new(Vec::new()) };
    /// Bumped when a part arrives or fails: what `ready` and `failed` track.
    static CHANGED: ArcRwSignal<u32> = ArcRwSignal::new(0);
    /// Callbacks waiting on parts (`when_ready`).
    static WAITING: RefCell<Waiting> = RefCell::new(Vec::new());
}

fn status(p: &Part) -> Option<Status> {
    STATUS.with(|s| s.borrow().iter().find(|x| x.0 == p.file).map(|x| x.1))
}

fn set_status(p: &Part, to: Option<Status>) {
    STATUS.with(|s| {
        let mut s = s.borrow_mut();
        s.retain(|x| x.0 != p.file);
        if let Some(to) = to {
            s.push((p.file, to));
        }
    });
}

impl Part {
    /// The text, which the shell has waited for. Read before it arrived (a
    /// view reading a part `needs` does not list), it is fetched at once,
    /// blocking, and the slip is logged as an error, which the browser tests
    /// fail on: never a blank page.
    pub fn text(&'static self) -> &'static str {
        if let Some(t) = self.got.get() {
            return t;
        }
        web_sys::console::error_1(&JsValue::from_str(&format!(
            "content part {} read before it was loaded",
            self.file
        )));
        let t = inline(self)
            .or_else(|| fetch_now(self))
            .unwrap_or_else(|| panic!("content part {} could not be loaded", self.file));
        self.keep(t)
    }

    pub fn touch(&'static self) {}

    fn keep(&'static self, text: String) -> &'static str {
        self.got.get_or_init(|| text.leak())
    }

    fn here(&self) -> bool {
        self.got.get().is_some()
    }
}

/// The single file's copy (`window.__ctParts[file]`).
fn inline(p: &Part) -> Option<String> {
    let all = js_sys::Reflect::get(&window(), &JsValue::from_str("__ctParts")).ok()?;
    let t = js_sys::Reflect::get(&all, &JsValue::from_str(p.file))
        .ok()?
        .as_string()?;
    p.fits(&t).then_some(t)
}

fn url(p: &Part) -> String {
    format!("parts/{}", p.file)
}

fn fetch_now(p: &Part) -> Option<String> {
    let xhr = XmlHttpRequest::new().ok()?;
    xhr.open_with_async("GET", &url(p), false).ok()?;
    xhr.send().ok()?;
    let t = xhr.response_text().ok()??;
    (xhr.status().ok()? == 200 && p.fits(&t)).then_some(t)
}

/// Whether every part in `parts` is here (tracked).
pub fn ready(parts: &[&'static Part]) -> bool {
    CHANGED.with(|c| c.track());
    all_here(parts)
}

/// Whether a part in `parts` failed to arrive (tracked).
pub fn failed(parts: &[&'static Part]) -> bool {
    CHANGED.with(|c| c.track());
    any_failed(parts)
}

fn all_here(parts: &[&'static Part]) -> bool {
    parts.iter().all(|p| p.here())
}

fn any_failed(parts: &[&'static Part]) -> bool {
    parts.iter().any(|p| status(p) == Some(Status::Failed))
}

/// What a `when_ready` callback waits for: every part here, or one failed.
fn settled(parts: &[&'static Part]) -> bool {
    all_here(parts) || any_failed(parts)
}

/// Asks for each part of `parts` not here or on its way; one that failed
/// is asked again (a view opened again after a dropped connection, or its
/// "Try again").
pub fn load(parts: &[&'static Part]) {
    let mut changed = false;
    for &p in parts {
        if p.here() || status(p) == Some(Status::Asked) {
            continue;
        }
        if status(p) == Some(Status::Failed) {
            set_status(p, None);
            changed = true;
        }
        if let Some(t) = inline(p) {
            p.keep(t);
            changed = true;
            continue;
        }
        set_status(p, Some(Status::Asked));
        if ask(p).is_err() {
            arrived(p, None);
        }
    }
    if changed {
        CHANGED.with(|c| c.update(|n| *n += 1));
    }
    settle();
}

/// Calls `f` once every part of `parts` is here, or one has failed (the
/// view then says so).
pub fn when_ready(parts: &[&'static Part], f: impl FnOnce() + 'static) {
    load(parts);
    if settled(parts) {
        f();
    } else {
        WAITING.with(|w| w.borrow_mut().push((parts.to_vec(), Box::new(f))));
    }
}

fn ask(p: &'static Part) -> Result<(), JsValue> {
    let xhr = XmlHttpRequest::new()?;
    xhr.open("GET", &url(p))?;
    // a stalled request fails, and the view offers a retry
    xhr.set_timeout(TIMEOUT_MS);
    let x = xhr.clone();
    let done = Closure::once_into_js(move || {
        let ok = x.status().ok() == Some(200);
        let text = x.response_text().ok().flatten().filter(|t| ok && p.fits(t));
        arrived(p, text);
    });
    // one handler for load, error and abort: `loadend` fires after each
    xhr.set_onloadend(Some(done.unchecked_ref()));
    xhr.send()
}

fn arrived(p: &'static Part, text: Option<String>) {
    match text {
        Some(t) => {
            p.keep(t);
            set_status(p, None);
        }
        None => set_status(p, Some(Status::Failed)),
    }
    settle();
    CHANGED.with(|c| c.update(|n| *n += 1));
}

/// Runs the callbacks whose parts are all here, or one failed.
fn settle() {
    let due: Vec<Box<dyn FnOnce()>> = WAITING.with(|w| {
        let mut w = w.borrow_mut();
        let (due, keep): (Waiting, Waiting) = std::mem::take(&mut *w)
            .into_iter()
            .partition(|(ps, _)| settled(ps));
        *w = keep;
        due.into_iter().map(|(_, f)| f).collect()
    });
    for f in due {
        f();
    }
}
