use ct_explainer::route::{Route, View};
use ct_explainer::shell::{load, static_page::ROOT_ID, when_ready, App};
use ct_explainer::stage;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn main() {
    ct_explainer::fatal::install_panic_hook();
    // the first view's code is asked for before the mount, which would
    // otherwise set the executor up
    let _ = any_spawner::Executor::init_wasm_bindgen();
    // the first view's code and the text it reads, if kept apart, are
    // fetched meanwhile; the app is drawn once they are here, so that view
    // draws whole at once
    let hash = window().location().hash().unwrap_or_default();
    let first = Route::parse(&hash).route.view;
    if document().get_element_by_id(ROOT_ID).is_some() {
        load(first);
        after_first_paint(60, first);
    } else {
        when_ready(first, || {
            if let Some(boot) = document().get_element_by_id("boot") {
                boot.remove();
            }
            leptos::mount::mount_to_body(App);
        });
    }
}

/// Take over once the page drawn ahead of time is on screen: the browser
/// reports its first paint (then the app's identical replacement is not a
/// later "largest paint"), or after `frames` frames at most.
fn after_first_paint(frames: u32, first: View) {
    let painted = window()
        .performance()
        .is_some_and(|p| p.get_entries_by_type("paint").length() > 0);
    if painted || frames == 0 {
        // a task of its own: not the one that instantiated the wasm
        when_ready(first, || set_timeout(take_over, std::time::Duration::ZERO));
    } else {
        request_animation_frame(move || after_first_paint(frames - 1, first));
    }
}

/// Build the app hidden beside the page drawn ahead of time (CSS hides it
/// while `data-pre` is set), a part per task, then swap in one task.
fn take_over() {
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.remove();
    }
    stage::begin();
    leptos::mount::mount_to_body(App);
    stage::run(swap);
}

/// The app draws what the page drawn ahead of time showed; swapping in one
/// task means no frame shows both, or neither.
fn swap() {
    let doc = document();
    let typing = typed_field();
    if let Some(pre) = doc.get_element_by_id(ROOT_ID) {
        pre.remove();
    }
    if let Some(html) = doc.document_element() {
        let _ = html.remove_attribute("data-pre");
    }
    if let Some((id, value)) = typing {
        carry_typing(&id, &value);
    }
    // parts measured while hidden measure again
    if let Ok(ev) = web_sys::Event::new("resize") {
        let _ = window().dispatch_event(&ev);
    }
}

/// The field of the page drawn ahead of time someone is typing in: its id
/// and what they typed.
fn typed_field() -> Option<(String, String)> {
    let el = document().active_element()?;
    el.closest(&format!("#{ROOT_ID}")).ok()??;
    let input = el.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let id = input.id();
    (!id.is_empty()).then(|| (id, input.value()))
}

/// Give the app's field of the same id what was typed, and the focus.
fn carry_typing(id: &str, value: &str) {
    let Some(input) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return;
    };
    let _ = input.focus();
    if !value.is_empty() && input.value() != value {
        input.set_value(value);
        // the app's own handler takes it from here
        if let Ok(ev) = web_sys::Event::new("input") {
            let _ = input.dispatch_event(&ev);
        }
    }
}
