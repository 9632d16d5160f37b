//! The SCORM runtime, when an LMS provides one: found by walking up
//! `window.parent` (and the opener), as SCORM 1.2 (`API`) or 2004
//! (`API_1484_11`). Without one every call is a no-op and the app runs as
//! normal. Values come from `progress::lms_values` and, for each answered
//! question, `interactions::fields`.

use crate::completion::Completion;
use crate::interactions::{duration_2004, fields, timespan_12, Attempt};
use crate::progress::{lms_values, Progress, ScormVersion};

#[cfg(target_arch = "wasm32")]
mod web {
    use super::*;
    use js_sys::{Function, Reflect};
    use wasm_bindgen::{JsCast, JsValue};

    pub struct Lms {
        pub version: ScormVersion,
        api: JsValue,
        /// Index of the next interaction to write. Interactions are a
        /// journal (write-only in 1.2): each attempt is written once, after
        /// those the LMS already holds, so a relaunch never repeats them.
        next: std::cell::Cell<usize>,
    }

    fn is_true(r: &JsValue) -> bool {
        r.as_string().as_deref() == Some("true") || r.as_bool() == Some(true)
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
                        let next = std::cell::Cell::new(0);
                        return Some(Lms { version, api, next });
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
            let ok = is_true(&self.call("LMSInitialize", "Initialize", &["".into()]));
            if ok {
                let count = self.get("cmi.interactions._count");
                self.next.set(count.trim().parse().unwrap_or(0));
            }
            ok
        }

        pub fn get(&self, key: &str) -> String {
            self.call("LMSGetValue", "GetValue", &[key.into()])
                .as_string()
                .unwrap_or_default()
        }

        fn set(&self, key: &str, value: &str) -> bool {
            is_true(&self.call("LMSSetValue", "SetValue", &[key.into(), value.into()]))
        }

        /// Writes the progress and every pending attempt, then commits.
        /// False when the LMS refused something: attempts not written stay
        /// in `pending` and go with the next report.
        pub fn report(&self, p: &Progress, rule: Completion, pending: &mut Vec<Attempt>) -> bool {
            let mut ok = true;
            for (k, v) in lms_values(p, rule, self.version) {
                ok &= self.set(k, &v);
            }
            while let Some(a) = pending.first() {
                let n = self.next.get();
                if !fields(a, n, self.version)
                    .iter()
                    .all(|(k, v)| self.set(k, v))
                {
                    ok = false;
                    break;
                }
                self.next.set(n + 1);
                pending.remove(0);
            }
            ok & is_true(&self.call("LMSCommit", "Commit", &["".into()]))
        }

        /// Session time and exit, a last commit, and the end of the session.
        /// Exit is "suspend" so that the LMS offers the learner's progress
        /// again at the next launch.
        pub fn finish(&self, session_s: f64) {
            match self.version {
                ScormVersion::V12 => {
                    self.set("cmi.core.session_time", &timespan_12(session_s));
                    self.set("cmi.core.exit", "suspend");
                }
                ScormVersion::V2004 => {
                    self.set("cmi.session_time", &duration_2004(session_s));
                    self.set("cmi.exit", "suspend");
                }
            }
            self.call("LMSCommit", "Commit", &["".into()]);
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
    /// Same signature as in the browser (it drains `pending` there).
    #[allow(clippy::ptr_arg)]
    pub fn report(&self, p: &Progress, rule: Completion, pending: &mut Vec<Attempt>) -> bool {
        let _ = lms_values(p, rule, self.version);
        let _ = pending.first().map(|a| fields(a, 0, self.version));
        true
    }
    pub fn finish(&self, session_s: f64) {
        let _ = (timespan_12(session_s), duration_2004(session_s));
    }
}
