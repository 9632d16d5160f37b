fn main() {
    ct_explainer::fatal::install_panic_hook();
    let doc = leptos::prelude::document();
    if let Some(boot) = doc.get_element_by_id("boot") {
        boot.remove();
    }
    leptos::mount::mount_to_body(ct_explainer::shell::App);
    // The app now draws what the page drawn ahead of time showed; swapping
    // in the same task means no frame shows both, or neither.
    if let Some(pre) = doc.get_element_by_id(ct_explainer::shell::static_page::ROOT_ID) {
        pre.remove();
    }
    if let Some(html) = doc.document_element() {
        let _ = html.remove_attribute("data-pre");
    }
}
