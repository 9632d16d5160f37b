//! A panic must never leave a blank page: log it, then show a readable
//! message with a way out.

#[cfg(target_arch = "wasm32")]
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show(&info.to_string());
    }));
}

#[cfg(target_arch = "wasm32")]
fn show(detail: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = doc.body() else { return };
    let Ok(box_) = doc.create_element("div") else {
        return;
    };
    box_.set_id("fatal");
    let _ = box_.set_attribute("role", "alert");
    let _ = box_.set_attribute("class", "fatal");
    let msg = doc.create_element("p").ok();
    if let Some(p) = &msg {
        p.set_text_content(Some(
            "Sorry, something went wrong in the explainer. Reloading the page usually helps; \
             if the link you followed is old, try the explainer's start page.",
        ));
        let _ = box_.append_child(p);
    }
    if let Ok(pre) = doc.create_element("pre") {
        pre.set_text_content(Some(detail));
        let _ = box_.append_child(&pre);
    }
    let _ = body.prepend_with_node_1(&box_);
}

#[cfg(not(target_arch = "wasm32"))]
pub fn install_panic_hook() {}

/// Lets the browser tests check that a panic shows the error message rather
/// than a blank page. Harmless to call: it only does what any bug would.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = selfTestPanic)]
pub fn self_test_panic() {
    panic!("self-test: a deliberate panic");
}
