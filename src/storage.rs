//! Key-value persistence that survives sandboxed iframes: `localStorage`
//! throws there (no same origin), so every access is guarded and values fall
//! back to memory. `persistent()` tells the page whether to warn the user.

use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    static MEMORY: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
}

#[cfg(target_arch = "wasm32")]
fn local() -> Option<web_sys::Storage> {
    // Both the getter and the property access can throw in a sandbox.
    let storage = web_sys::window()?.local_storage().ok()??;
    // Some browsers hand out a storage object whose writes throw.
    storage.set_item("__probe", "1").ok()?;
    let _ = storage.remove_item("__probe");
    Some(storage)
}

#[cfg(not(target_arch = "wasm32"))]
fn local() -> Option<()> {
    None
}

/// Whether values outlive the page.
pub fn persistent() -> bool {
    local().is_some()
}

pub fn get(key: &str) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    if let Some(s) = local() {
        return s.get_item(key).ok().flatten();
    }
    MEMORY.with(|m| m.borrow().get(key).cloned())
}

pub fn set(key: &str, value: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(s) = local() {
        if s.set_item(key, value).is_ok() {
            return;
        }
    }
    MEMORY.with(|m| m.borrow_mut().insert(key.to_string(), value.to_string()));
}

pub fn remove(key: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(s) = local() {
        let _ = s.remove_item(key);
    }
    MEMORY.with(|m| m.borrow_mut().remove(key));
}

#[cfg(test)]
mod tests {
    #[test]
    fn memory_fallback_round_trips() {
        assert!(!super::persistent());
        super::set("k", "v");
        assert_eq!(super::get("k").as_deref(), Some("v"));
        super::remove("k");
        assert_eq!(super::get("k"), None);
    }
}
