//! Compiles the content files (`content/<lang>/*.toml`) into typed Rust
//! statics for the language named by `EXPLAINER_LANG` (English by default),
//! after checking every shipped language, so that a gap in any of them
//! fails the build with the file and entry named.

#[path = "build/content.rs"]
#[allow(dead_code)]
mod content;
#[path = "build/ui.rs"]
mod ui;

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=content");
    println!("cargo:rerun-if-changed=build");
    println!("cargo:rerun-if-changed=src/content/ids.rs");
    println!("cargo:rerun-if-changed=src/model.rs");
    println!("cargo:rerun-if-env-changed=EXPLAINER_LANG");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let lang = std::env::var("EXPLAINER_LANG").unwrap_or_else(|_| "en".into());
    // which baked map layout `graph::baked` includes (src/graph/baked/<lang>.rs)
    println!("cargo:rustc-env=EXPLAINER_LANG_CODE={lang}");
    let shipped = content::shipped(root).unwrap_or_else(|e| fail(&[e]));
    if !shipped.contains(&lang) {
        fail(&[format!(
            "EXPLAINER_LANG={lang} is not a shipped language (content/languages.toml lists {shipped:?})"
        )]);
    }
    let mut chosen = None;
    let mut chosen_ui = String::new();
    for l in &shipped {
        match content::compile(root, l) {
            Ok((files, _)) if *l == lang => chosen = Some(files),
            Ok(_) => {}
            Err(report) => fail(&report.errors),
        }
        match ui::compile_ui(root, l) {
            Ok(rust) if *l == lang => chosen_ui = rust,
            Ok(_) => {}
            Err(errors) => fail(&errors),
        }
    }
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("content");
    std::fs::create_dir_all(&out).unwrap();
    for (file, rust) in chosen.unwrap() {
        write_if_changed(&out.join(format!("{file}.rs")), &rust);
    }
    write_if_changed(&out.join("decode.rs"), &content::decoders());
    write_if_changed(&out.join("ui.rs"), &chosen_ui);
    let (_, name, dir) = content::LANGUAGES.iter().find(|l| l.0 == lang).unwrap();
    let list: Vec<String> = content::LANGUAGES
        .iter()
        .filter(|l| shipped.iter().any(|s| s == l.0))
        .map(|(c, n, d)| format!("({c:?}, {n:?}, {d:?})"))
        .collect();
    write_if_changed(
        &out.join("lang.rs"),
        &format!(
            "/// The language this bundle was built for.\npub const LANG: &str = {lang:?};\npub const LANG_NAME: &str = {name:?};\npub const DIR: &str = {dir:?};\n/// Every shipped language: code, own name, direction.\npub const LANGUAGES: &[(&str, &str, &str)] = &[{}];\n",
            list.join(", ")
        ),
    );
}

fn write_if_changed(path: &Path, text: &str) {
    if std::fs::read_to_string(path).ok().as_deref() != Some(text) {
        std::fs::write(path, text).unwrap();
    }
}

fn fail(errors: &[String]) -> ! {
    for e in errors.iter().take(40) {
        println!("cargo:warning={e}");
    }
    if errors.len() > 40 {
        println!("cargo:warning=... and {} more", errors.len() - 40);
    }
    eprintln!("content files have {} problem(s):", errors.len());
    for e in errors {
        eprintln!("  {e}");
    }
    std::process::exit(1);
}
