//! The SCORM runtime, when an LMS provides one: found by walking up
//! `window.parent` (and the opener), as SCORM 1.2 (`API`) or 2004
//! (`API_1484_11`). Without one every call is a no-op and the app runs as
//! normal. Values come from `progress::lms_values`.

use crate::progress::{lms_values, Progress, ScormVersion};

#[cfg(target_arch = "wasm32")]
mod web {
    use super::*;
    use js_sys::{Function, Reflect};
    use wasm_bindgen::{JsCast, JsValue};

    pub struct Lms {
        pub version: ScormVersion,
        api: JsValue,
    }

    fn prop(obj: &JsValue, key: &str) -> Option<JsValue> {
        // cross-origin windows throw on access: treat as absent
        Reflect::get(obj, &JsValue::from_str(key))
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
    }

    fn api_in(win: &JsValue) -> Option<(ScormVersion, JsValue)> {
        if let Some(a) = prop(win, "API_1484_11") {
            return Some((ScormVersion::V2004, a));
        }
        prop(win, "API").map(|a| (ScormVersion::V12, a))
    }

    impl Lms {
        /// Look in this window, up to 10 parents, then the opener's chain.
        pub fn find() -> Option<Lms> {
            let me: JsValue = web_sys::window()?.into();
            let mut starts = vec![me.clone()];
            if let Some(op) = prop(&me, "opener") {
                starts.push(op);
            }
            for start in starts {
                let mut w = start;
                for _ in 0..10 {
                    if let Some((version, api)) = api_in(&w) {
                        return Some(Lms { version, api });
                    }
                    match prop(&w, "parent") {
                        Some(p) if p != w => w = p,
                        _ => break,
                    }
                }
            }
            None
        }

        fn call(&self, name12: &str, name2004: &str, args: &[JsValue]) -> JsValue {
            let name = match self.version {
                ScormVersion::V12 => name12,
                ScormVersion::V2004 => name2004,
            };
            let Some(f) = prop(&self.api, name).and_then(|f| f.dyn_into::<Function>().ok()) else {
                return JsValue::UNDEFINED;
            };
            let r = match args {
                [] => f.call0(&self.api),
                [a] => f.call1(&self.api, a),
                [a, b, ..] => f.call2(&self.api, a, b),
            };
            r.unwrap_or(JsValue::UNDEFINED)
        }

        pub fn initialize(&self) -> bool {
            let r = self.call("LMSInitialize", "Initialize", &["".into()]);
            r.as_string().as_deref() == Some("true") || r.as_bool() == Some(true)
        }

        pub fn get(&self, key: &str) -> String {
            self.call("LMSGetValue", "GetValue", &[key.into()])
                .as_string()
                .unwrap_or_default()
        }

        pub fn report(&self, p: &Progress) {
            for (k, v) in lms_values(p, self.version) {
                self.call("LMSSetValue", "SetValue", &[k.into(), v.into()]);
            }
            self.call("LMSCommit", "Commit", &["".into()]);
        }

        pub fn finish(&self) {
            self.call("LMSFinish", "Terminate", &["".into()]);
        }
    }
}

#[cfg(target_arch = "wasm32")]
pub use web::Lms;

/// Native stand-in: there is never an LMS outside the browser.
#[cfg(not(target_arch = "wasm32"))]
pub struct Lms {
    pub version: ScormVersion,
}

#[cfg(not(target_arch = "wasm32"))]
impl Lms {
    pub fn find() -> Option<Lms> {
        None
    }
    pub fn initialize(&self) -> bool {
        false
    }
    pub fn get(&self, _: &str) -> String {
        String::new()
    }
    pub fn report(&self, p: &Progress) {
        let _ = lms_values(p, self.version);
    }
    pub fn finish(&self) {}
}
