//! Writes the page drawn ahead of time into a built `index.html`, in place
//! of its `<div id="boot">` placeholder, with the stylesheet that carries
//! its positions (see `shell::static_page`).
//!
//!     prerender dist/index.html

use ct_explainer::shell::static_page::{insert, lift_styles, page, view_rules};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::Path;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "dist/index.html".into());
    let html = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
    let (page, styles) = lift_styles(&page());
    let css = view_rules() + &styles;
    let mut h = DefaultHasher::new();
    css.hash(&mut h);
    let css_name = format!("ahead-{:016x}.css", h.finish());
    let dir = Path::new(&path).parent().unwrap_or(Path::new("."));
    std::fs::write(dir.join(&css_name), css).unwrap_or_else(|e| panic!("writing {css_name}: {e}"));
    let link = format!(r#"<link rel="stylesheet" href="./{css_name}"/>"#);
    let out = insert(&html, &page)
        .map(|h| h.replacen("</head>", &format!("{link}\n</head>"), 1))
        .unwrap_or_else(|e| panic!("{path}: {e}"));
    std::fs::write(&path, out).unwrap_or_else(|e| panic!("writing {path}: {e}"));
}
