//! Key-value persistence that survives sandboxed iframes: `localStorage`
//! throws there (no same origin), so every access is guarded and values fall
//! back to memory. Storage that refuses writes (a full quota) still reads
//! what it kept. `persistent()` tells the page whether to warn the user.

use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    static MEMORY: RefCell<HashMap<String, Option<String>>> = RefCell::new(HashMap::new());
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// Whether a write to `localStorage` worked, tried once: a write on
    /// every read would cost each start-up several synchronous writes.
    static WRITABLE: std::cell::Cell<Option<bool>> = const { std::cell::Cell::new(None) };
}

#[cfg(target_arch = "wasm32")]
fn readable() -> Option<web_sys::Storage> {
    // Both the getter and the property access can throw in a sandbox.
    web_sys::window()?.local_storage().ok()?
}

#[cfg(target_arch = "wasm32")]
fn local() -> Option<web_sys::Storage> {
    let storage = readable()?;
    // Some browsers hand out a storage object whose writes throw.
    let writable = WRITABLE.with(|w| match w.get() {
        Some(ok) => ok,
        None => {
            let ok = storage.set_item("__probe", "1").is_ok();
            let _ = storage.remove_item("__probe");
            w.set(Some(ok));
            ok
        }
    });
    writable.then_some(storage)
}

#[cfg(not(target_arch = "wasm32"))]
fn local() -> Option<()> {
    None
}

/// Whether values outlive the page.
pub fn persistent() -> bool {
    local().is_some()
}

/// What this page wrote where storage refused it (None: removed), newer
/// than anything storage holds.
fn in_memory(key: &str) -> Option<Option<String>> {
    MEMORY.with(|m| m.borrow().get(key).cloned())
}

pub fn get(key: &str) -> Option<String> {
    if let Some(v) = in_memory(key) {
        return v;
    }
    // A read needs no probe: it works or throws. Storage that refuses
    // writes still reads what it kept before.
    #[cfg(target_arch = "wasm32")]
    if let Some(Ok(v)) = readable().map(|s| s.get_item(key)) {
        return v;
    }
    None
}

pub fn set(key: &str, value: &str) {
    write(key, Some(value));
}

pub fn remove(key: &str) {
    write(key, None);
}

/// Writes `value` (None: removes the key) to storage, or, where storage
/// refuses, to memory, which `get` then reads first.
fn write(key: &str, value: Option<&str>) {
    #[cfg(target_arch = "wasm32")]
    if local().is_some_and(|s| {
        match value {
            Some(v) => s.set_item(key, v),
            None => s.remove_item(key),
        }
        .is_ok()
    }) {
        MEMORY.with(|m| m.borrow_mut().remove(key));
        return;
    }
    MEMORY.with(|m| {
        m.borrow_mut()
            .insert(key.to_string(), value.map(str::to_string))
    });
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
