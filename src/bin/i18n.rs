//! What each language still lacks: `cargo run --bin i18n` lists, per
//! language, the entries with no translation and those whose English
//! changed since they were translated (their `source` fingerprint differs).
//! It also checks each interface catalogue (`content/<lang>/ui.toml`).
//! `cargo run --bin i18n -- template <lang>` writes, under
//! `target/i18n/<lang>/`, the English text of what that language lacks or
//! has stale, laid out as its files are, for a translator to start from.

#[path = "../../build/content.rs"]
#[allow(dead_code)]
mod content;
#[path = "../../build/ui.rs"]
#[allow(dead_code)]
mod ui;

use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("template") => {
            let lang = args.get(1).expect("template <lang>");
            let dir = root.join("target/i18n").join(lang);
            std::fs::create_dir_all(&dir).unwrap();
            let (missing, stale) = gaps(root, lang);
            let todo: Vec<String> = missing.into_iter().chain(stale).collect();
            for file in content::files() {
                let exists = content::content_dir(root, lang)
                    .join(format!("{file}.toml"))
                    .exists();
                let pick = |label: &str| {
                    !exists
                        || todo.iter().any(|t| {
                            // "content/fr/cards.toml: card fatf" names entry "fatf"
                            t.split_once(&format!("/{file}.toml: "))
                                .is_some_and(|(_, rest)| {
                                    rest == label || rest.ends_with(&format!(" {label}"))
                                })
                        })
                };
                let text = content::template(root, file, Some(&pick)).unwrap();
                if !text.trim().is_empty() {
                    std::fs::write(dir.join(format!("{file}.toml")), text).unwrap();
                }
            }
            println!("wrote {}", dir.display());
        }
        _ => {
            let mut clean = true;
            for (lang, name, _) in content::LANGUAGES.iter().filter(|l| l.0 != "en") {
                let (missing, stale) = gaps(root, lang);
                let mut errors: Vec<String> = match content::compile(root, lang) {
                    Ok(_) => vec![],
                    Err(r) => r
                        .errors
                        .into_iter()
                        .filter(|e| {
                            !e.ends_with("has no translation") && !e.contains("No such file")
                        })
                        .collect(),
                };
                // the interface catalogue: every key, placeholder and plural form
                if let Err(e) = ui::compile_ui(root, lang) {
                    errors.extend(e);
                }
                println!(
                    "{lang} ({name}): {} untranslated, {} stale, {} other problems",
                    missing.len(),
                    stale.len(),
                    errors.len()
                );
                for (what, list) in [
                    ("untranslated", &missing),
                    ("stale", &stale),
                    ("problem", &errors),
                ] {
                    for m in list.iter().take(20) {
                        println!("  {what}: {m}");
                    }
                    if list.len() > 20 {
                        println!("  ... {} more {what}", list.len() - 20);
                    }
                }
                clean &= missing.is_empty() && stale.is_empty() && errors.is_empty();
            }
            if !clean {
                std::process::exit(1);
            }
        }
    }
}

/// Untranslated and stale entries of one language, as `file: entry` lines.
fn gaps(root: &Path, lang: &str) -> (Vec<String>, Vec<String>) {
    let mut missing = Vec::new();
    for file in content::files() {
        let p = content::content_dir(root, lang).join(format!("{file}.toml"));
        if !p.exists() {
            missing.push(format!("content/{lang}/{file}.toml: (whole file)"));
        }
    }
    let r = match content::compile(root, lang) {
        Ok((_, r)) | Err(r) => r,
    };
    missing.extend(r.missing);
    (missing, r.stale)
}
