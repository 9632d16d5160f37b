fn main() {
    ct_explainer::fatal::install_panic_hook();
    if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
        boot.remove();
    }
    leptos::mount::mount_to_body(ct_explainer::shell::App);
}
