use ct_explainer::shell::{static_page::ROOT_ID, App};
use leptos::prelude::*;

fn main() {
    ct_explainer::fatal::install_panic_hook();
    if document().get_element_by_id(ROOT_ID).is_some() {
        after_first_paint(60);
    } else {
        take_over();
    }
}

/// Take over once the page drawn ahead of time is on screen: the browser
/// reports its first paint (then the app's identical replacement is not a
/// later "largest paint"), or after `frames` frames at most.
fn after_first_paint(frames: u32) {
    let painted = window()
        .performance()
        .is_some_and(|p| p.get_entries_by_type("paint").length() > 0);
    if painted || frames == 0 {
        take_over();
    } else {
        request_animation_frame(move || after_first_paint(frames - 1));
    }
}

fn take_over() {
    let doc = document();
    if let Some(boot) = doc.get_element_by_id("boot") {
        boot.remove();
    }
    leptos::mount::mount_to_body(App);
    // The app now draws what the page drawn ahead of time showed; swapping
    // in the same task means no frame shows both, or neither.
    if let Some(pre) = doc.get_element_by_id(ROOT_ID) {
        pre.remove();
    }
    if let Some(html) = doc.document_element() {
        let _ = html.remove_attribute("data-pre");
    }
}
