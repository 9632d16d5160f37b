//! The bundle's language. Each language is its own build (`EXPLAINER_LANG`,
//! see `build.rs`), so a learner downloads only the language shown: the
//! content, the interface catalogue (`ui`) and the language's rules for
//! plurals, dates and numbers are all compiled in for that one language.

pub mod bidi;
pub mod format;
pub mod plural;

include!(concat!(env!("OUT_DIR"), "/content/lang.rs"));

/// The interface catalogue, from `content/<lang>/ui.toml`.
pub mod ui {
    pub use super::plural::Plural;
    include!(concat!(env!("OUT_DIR"), "/content/ui.rs"));
}

/// The language of primary references and the essays' headings, which
/// stay in their original English: marked on them in other bundles, so that
/// screen readers switch voice (WCAG 3.1.2).
pub const REF_LANG: Option<&str> = if matches!(LANG.as_bytes(), b"en") {
    None
} else {
    Some("en")
};

/// Whether the bundle reads right to left.
pub const RTL: bool = matches!(DIR.as_bytes(), b"rtl");

/// `{name}` placeholders filled in order of the pairs given.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (k, v) in args {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}

/// A count with its noun, in the bundle's language: `3 cards`, `3 карточки`.
pub fn count(p: &ui::Plural, n: usize) -> String {
    fill(p.pick(LANG, n as u64), &[("n", &format::number(n as i64))])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_every_placeholder() {
        assert_eq!(
            fill(
                "{d} {month} {y}",
                &[("d", "1"), ("month", "May"), ("y", "2001")]
            ),
            "1 May 2001"
        );
    }
}
