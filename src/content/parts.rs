//! The text of the tables only some views read (the self-check's questions,
//! the scenarios, the map's relations, the lesson plan), kept out of the
//! wasm: each is a file of its own (`parts/<table>-<hash>.txt`), fetched
//! the first time a view that reads it opens. A first visit to the cards or
//! the timeline loads none of them. The shell waits for a view's parts
//! before drawing it (`shell::ViewBody`), and the takeover for the first
//! view's (`main.rs`), so no view ever reads a table it has not got.
//!
//! Natively (the prerender, tests) each part's text is compiled in, and the
//! prerender writes the files (`write_all`). The single file carries them
//! inline (`window.__ctParts`, from `scripts/postbuild.mjs`).

use crate::route::View;

/// One table's text, kept apart.
pub struct Part {
    /// Its file's name under `parts/`; the hash in it changes with the text.
    pub file: &'static str,
    /// Its length in bytes: what arrives is checked against it.
    len: usize,
    /// The text itself, natively; empty in the wasm.
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))]
    text: &'static str,
    #[cfg(target_arch = "wasm32")]
    got: std::sync::OnceLock<&'static str>,
}

impl Part {
    pub const fn new(file: &'static str, len: usize, text: &'static str) -> Self {
        Part {
            file,
            len,
            text,
            #[cfg(target_arch = "wasm32")]
            got: std::sync::OnceLock::new(),
        }
    }

    /// Whether `text` is what the build wrote for this part (a host that
    /// answers a missing file with its start page must not be decoded).
    pub fn fits(&self, text: &str) -> bool {
        text.len() == self.len
    }
}

use super::{
    questions::QUESTIONS_PART, relations::RELATIONS_PART, scenarios::SCENARIOS_PART,
    teaching::LESSON_PART,
};

/// Every part, for the prerender to write and the single file to carry.
pub fn all() -> [&'static Part; 4] {
    [
        &QUESTIONS_PART,
        &SCENARIOS_PART,
        &RELATIONS_PART,
        &LESSON_PART,
    ]
}

/// The parts a view reads when drawn; a test draws each view natively and
/// checks that it reads these and no other (`shell::static_page`).
pub fn needs(v: View) -> &'static [&'static Part] {
    static MAP: [&Part; 1] = [&RELATIONS_PART];
    static SCENARIOS: [&Part; 1] = [&SCENARIOS_PART];
    static QUIZ: [&Part; 1] = [&QUESTIONS_PART];
    static TEACHERS: [&Part; 3] = [&QUESTIONS_PART, &RELATIONS_PART, &LESSON_PART];
    match v {
        View::Cards | View::Timeline => &[],
        View::Map | View::About => &MAP,
        View::Scenarios => &SCENARIOS,
        View::Quiz => &QUIZ,
        View::Teachers => &TEACHERS,
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::Part;
    use std::cell::RefCell;

    thread_local! {
        /// The parts read since `take_read`: how the tests learn what a
        /// view reads.
        static READ: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
    }

    impl Part {
        pub fn text(&'static self) -> &'static str {
            self.text
        }

        /// Called on every read of the table (`codec::One`).
        pub fn touch(&'static self) {
            READ.with(|r| r.borrow_mut().push(self.file));
        }
    }

    /// The files of the parts read since the last call, each once.
    pub fn take_read() -> Vec<&'static str> {
        let mut v = READ.with(|r| std::mem::take(&mut *r.borrow_mut()));
        crate::order::sort(&mut v);
        v.dedup();
        v
    }

    /// Writes every part into `dir` (the built `parts/`).
    pub fn write_all(dir: &std::path::Path) -> std::io::Result<()> {
        std::fs::create_dir_all(dir)?;
        for p in super::all() {
            std::fs::write(dir.join(p.file), p.text)?;
        }
        Ok(())
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub use native::{take_read, write_all};

#[cfg(target_arch = "wasm32")]
mod browser;

#[cfg(target_arch = "wasm32")]
pub use browser::{failed, load, ready, when_ready};

/// Natively every part is there.
#[cfg(not(target_arch = "wasm32"))]
pub fn ready(_: &[&'static Part]) -> bool {
    true
}

#[cfg(not(target_arch = "wasm32"))]
pub fn failed(_: &[&'static Part]) -> bool {
    false
}

#[cfg(not(target_arch = "wasm32"))]
pub fn load(_: &[&'static Part]) {}

#[cfg(not(target_arch = "wasm32"))]
pub fn when_ready(_: &[&'static Part], f: impl FnOnce() + 'static) {
    f()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_part_is_named_for_its_text_and_measured() {
        let mut files: Vec<&str> = all().iter().map(|p| p.file).collect();
        for p in all() {
            assert!(p.fits(p.text()), "{}", p.file);
            assert!(p.file.ends_with(".txt") && p.file.len() > 20, "{}", p.file);
        }
        crate::order::sort(&mut files);
        files.dedup();
        assert_eq!(files.len(), all().len());
    }

    #[test]
    fn a_table_kept_apart_reports_each_read() {
        take_read();
        let _ = super::super::relations::RELATIONS.len();
        assert_eq!(take_read(), vec![RELATIONS_PART.file]);
        let _ = super::super::CARDS.len();
        assert!(take_read().is_empty());
    }
}
