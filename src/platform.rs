//! Where the code runs. The same components draw the page in the browser
//! and, natively at build time, the HTML shipped before any script runs
//! (`shell::static_page`). Browser-only work (listeners, storage, timers,
//! measuring) is skipped when drawing ahead of time.

/// True in the browser; false when the page is drawn ahead of time.
pub const IN_BROWSER: bool = cfg!(target_arch = "wasm32");
