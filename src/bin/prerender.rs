//! Writes the page drawn ahead of time into a built `index.html`, in place
//! of its `<div id="boot">` placeholder, with the stylesheet that carries
//! its positions (see `shell::static_page`); beside it, the other pages
//! that run the app (`timeline.html`, `map.html`: `HOMES`), the plain pages
//! of the views `APART` (`about.html`…) and `explainer.html`, every view
//! whole, which `scripts/postbuild.mjs` makes the single file.
//!
//!     prerender dist/index.html

use ct_explainer::content::parts;
use ct_explainer::i18n::{ui::page as text, DIR, LANG, LANGUAGES};
use ct_explainer::route::View;
use ct_explainer::shell::static_page::{
    apart_file, insert, lift_styles, map_rules, page_file, pages, view_rules, whole_file, HOMES,
};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::Path;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "dist/index.html".into());
    let html = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
    let pages = pages();
    // (file, body, the view it is named for, the view it runs the app for)
    let mut bodies = Vec::new();
    for (v, body) in pages.app {
        let titled = (v != View::default()).then_some(v);
        bodies.push((page_file(v), body, titled, Some(v)));
    }
    bodies.push(("explainer.html".into(), pages.whole, None, None));
    for (v, body) in pages.apart {
        bodies.push((apart_file(v), body, Some(v), None));
    }
    for (v, body) in pages.long {
        bodies.push((whole_file(v), body, Some(v), None));
    }
    // one stylesheet for all: the styles of every body lifted at once, so
    // that equal styles share a rule whichever file they are in
    const CUT: &str = "\u{0}";
    let joined: Vec<&str> = bodies.iter().map(|(_, b, _, _)| b.as_str()).collect();
    let (lifted, styles) = lift_styles(&joined.join(CUT));
    let css = view_rules() + &map_rules() + &styles;
    let mut h = DefaultHasher::new();
    css.hash(&mut h);
    let css_name = format!("ahead-{:016x}.css", h.finish());
    let dir = Path::new(&path).parent().unwrap_or(Path::new("."));
    std::fs::write(dir.join(&css_name), css).unwrap_or_else(|e| panic!("writing {css_name}: {e}"));
    let link = format!(r#"<link rel="stylesheet" href="./{css_name}"/>"#);
    // the text of the tables the wasm does not carry (`content::parts`)
    parts::write_all(&dir.join("parts")).unwrap_or_else(|e| panic!("writing parts/: {e}"));
    let template = localise(&html);
    for ((name, _, titled, home), body) in bodies.iter().zip(lifted.split(CUT)) {
        let mut doc = template.clone();
        if let Some(v) = titled {
            let title = format!("<title>{}</title>", text::TITLE);
            doc = doc.replacen(
                &title,
                &format!("<title>{} · {}</title>", v.label(), text::TITLE),
                1,
            );
        }
        if let Some(home) = home {
            doc = head_script_for(&doc, *home);
            // the text its view reads and the wasm lacks, asked for with the
            // page (the app's request finds it in the preload cache)
            let preload: String = parts::needs(*home)
                .iter()
                .map(|p| format!(r#"<link rel="preload" href="./parts/{}" as="fetch" crossorigin="anonymous"/>"#, p.file))
                .collect();
            doc = doc.replacen("</head>", &format!("{preload}</head>"), 1);
        }
        let out = insert(&doc, body)
            .map(|h| h.replacen("</head>", &format!("{link}\n</head>"), 1))
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        std::fs::write(dir.join(name), out).unwrap_or_else(|e| panic!("writing {name}: {e}"));
    }
}

/// The head script of the page that has `home` drawn whole: that view
/// when the URL names none, and where each other view of `HOMES` is (the
/// rest are in every page: the short views whole, those apart as a link).
fn head_script_for(html: &str, home: View) -> String {
    let elsewhere: Vec<String> = HOMES
        .iter()
        .filter(|&&v| v != home)
        .map(|&v| format!("{:?}:{:?}", v.slug(), page_file(v)))
        .collect();
    let file = home.page();
    let mut h = html.to_string();
    for (from, to) in [
        (r#"/*HOME*/"cards""#, format!("{:?}", home.slug())),
        ("/*ELSEWHERE*/{}", format!("{{{}}}", elsewhere.join(","))),
        (r#"/*FILE*/"""#, format!("{file:?}")),
    ] {
        assert!(h.contains(from), "index.html's head script lacks {from:?}");
        h = h.replacen(from, &to, 1);
    }
    h
}

/// The page around the app in the bundle's language: `lang` and `dir`, the
/// title and the words shown before any script runs, and the languages the
/// head script may send a first visit to.
fn localise(html: &str) -> String {
    let must = |h: String, from: &str, to: &str| {
        assert!(h.contains(from), "index.html lacks {from:?}");
        h.replacen(from, to, 1)
    };
    let langs: Vec<String> = LANGUAGES.iter().map(|l| format!("{:?}", l.0)).collect();
    let mut h = must(
        html.to_string(),
        r#"<html lang="en">"#,
        &format!(r#"<html lang="{LANG}" dir="{DIR}">"#),
    );
    h = must(h, r#"/*LANG*/"en""#, &format!("{LANG:?}"));
    h = must(h, r#"/*LANGS*/["en"]"#, &format!("[{}]", langs.join(",")));
    for (en, to) in [
        ("<title>Counterterrorism cooperation explainer</title>", format!("<title>{}</title>", text::TITLE)),
        ("Loading the explainer…", text::LOADING.to_string()),
        (
            "This explainer needs JavaScript and WebAssembly. Please enable JavaScript, or open it in a current browser.",
            text::NOSCRIPT.to_string(),
        ),
    ] {
        h = must(h, en, &to);
    }
    let d = r#"<meta name="description" content=""#;
    let start = h.find(d).expect("index.html lacks its description") + d.len();
    let end = start + h[start..].find('"').unwrap();
    h.replace_range(start..end, &text::DESCRIPTION.replace('"', "&quot;"));
    h
}
