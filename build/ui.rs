//! The interface catalogue: `content/<lang>/ui.toml`, one table per view,
//! each key a string or, where a number decides the wording, a table of
//! plural forms (`one`, `few`, `other`...). Compiled into `ui.rs`: one Rust
//! module per table and one const per key, so a key the code uses but the
//! catalogue lacks fails the build, and `label(kind, slug)` for facet names.

use std::fmt::Write;
use std::path::Path;
use toml::Value;

/// The plural categories each language needs for whole numbers (CLDR).
pub fn plural_categories(lang: &str) -> &'static [&'static str] {
    match lang {
        "ru" => &["one", "few", "many", "other"],
        "ar" => &["zero", "one", "two", "few", "many", "other"],
        "zh" => &["other"],
        _ => &["one", "other"],
    }
}

const ALL_CATEGORIES: &[&str] = &["zero", "one", "two", "few", "many", "other"];

#[allow(clippy::disallowed_methods)] // build-time code, never in the wasm
fn placeholders(s: &str) -> Vec<String> {
    let mut out: Vec<String> = s
        .split('{')
        .skip(1)
        .filter_map(|x| x.split_once('}').map(|(a, _)| a.to_string()))
        .collect();
    out.sort();
    out.dedup();
    out
}

fn ident(key: &str) -> String {
    key.replace(['-', '.'], "_").to_uppercase()
}

/// Reads and checks one language's catalogue against English; returns the
/// Rust source, or every problem with the file and key named.
pub fn compile_ui(root: &Path, lang: &str) -> Result<String, Vec<String>> {
    let read = |l: &str| -> Result<toml::Table, String> {
        let p = root.join("content").join(l).join("ui.toml");
        let text = std::fs::read_to_string(&p).map_err(|e| format!("content/{l}/ui.toml: {e}"))?;
        text.parse::<toml::Table>()
            .map_err(|e| format!("content/{l}/ui.toml: not valid TOML: {e}"))
    };
    let en = read("en").map_err(|e| vec![e])?;
    let tr = if lang == "en" {
        en.clone()
    } else {
        read(lang).map_err(|e| vec![e])?
    };
    let file = format!("content/{lang}/ui.toml");
    let mut errors = Vec::new();
    let mut rust = String::new();
    let mut labels = String::new();
    for (section, en_t) in &en {
        let Some(en_t) = en_t.as_table() else {
            errors.push(format!("content/en/ui.toml: [{section}] should be a table"));
            continue;
        };
        let tr_t = tr.get(section).and_then(Value::as_table);
        if tr_t.is_none() {
            errors.push(format!("{file}: [{section}] is missing"));
        }
        let is_label = section == "label";
        if !is_label {
            writeln!(
                rust,
                "pub mod {} {{\n    #[allow(unused_imports)]\n    use super::Plural;",
                section.replace('-', "_")
            )
            .unwrap();
        }
        let mut entries: Vec<(String, &Value, Option<&Value>)> = Vec::new();
        if is_label {
            // [label.Theme] tables: one per labelled enum.
            for (e, t) in en_t {
                for (slug, v) in t.as_table().into_iter().flatten() {
                    let tv = tr_t.and_then(|x| x.get(e)).and_then(|x| x.get(slug));
                    entries.push((format!("{e}.{slug}"), v, tv));
                }
            }
        } else {
            for (k, v) in en_t {
                entries.push((k.clone(), v, tr_t.and_then(|x| x.get(k))));
            }
        }
        for (key, en_v, tr_v) in entries {
            let at = format!("{file}: {section}.{key}");
            let Some(tr_v) = tr_v else {
                if tr_t.is_some() {
                    errors.push(format!("{at}: is missing"));
                }
                continue;
            };
            match (en_v, tr_v) {
                (Value::String(e), Value::String(t)) => {
                    if t.trim().is_empty() {
                        errors.push(format!("{at}: is empty"));
                    }
                    if placeholders(e) != placeholders(t) {
                        errors.push(format!(
                            "{at}: should use the placeholders {:?}",
                            placeholders(e)
                        ));
                    }
                    if is_label {
                        let (e_name, slug) = key.split_once('.').unwrap();
                        writeln!(labels, "        ({e_name:?}, {slug:?}) => {t:?},").unwrap();
                    } else {
                        writeln!(rust, "    pub const {}: &str = {t:?};", ident(&key)).unwrap();
                    }
                }
                (Value::Table(e), Value::Table(t)) if !is_label => {
                    let want = plural_categories(lang);
                    let en_ph = e
                        .get("other")
                        .and_then(Value::as_str)
                        .map(placeholders)
                        .unwrap_or_default();
                    let mut forms = Vec::new();
                    for c in ALL_CATEGORIES {
                        match t.get(*c).and_then(Value::as_str) {
                            Some(s) => {
                                if placeholders(s).iter().any(|p| !en_ph.contains(p)) {
                                    errors.push(format!(
                                        "{at}.{c}: uses a placeholder the English lacks"
                                    ));
                                }
                                forms.push(format!("{c}: Some({s:?})"));
                            }
                            None if want.contains(c) => {
                                errors.push(format!("{at}: lacks the plural form `{c}`"));
                                forms.push(format!("{c}: None"));
                            }
                            None => forms.push(format!("{c}: None")),
                        }
                    }
                    for k in t.keys() {
                        if !ALL_CATEGORIES.contains(&k.as_str()) {
                            errors.push(format!("{at}: `{k}` is not a plural category"));
                        }
                    }
                    writeln!(
                        rust,
                        "    pub const {}: Plural = Plural {{ {} }};",
                        ident(&key),
                        forms.join(", ")
                    )
                    .unwrap();
                }
                _ => errors.push(format!(
                    "{at}: should be text, or a table of plural forms like the English"
                )),
            }
        }
        if !is_label {
            rust.push_str("}\n");
        }
    }
    for (section, t) in &tr {
        match en.get(section) {
            None => errors.push(format!(
                "{file}: [{section}] is not in the English catalogue"
            )),
            Some(e) => {
                for k in t.as_table().into_iter().flatten().map(|x| x.0) {
                    if e.get(k).is_none() {
                        errors.push(format!(
                            "{file}: {section}.{k}: is not in the English catalogue"
                        ));
                    }
                }
            }
        }
    }
    writeln!(
        rust,
        "/// The name of a facet value (`label(\"Theme\", slug)`).\npub fn label(kind: &str, slug: &str) -> &'static str {{\n    match (kind, slug) {{\n{labels}        _ => \"?\",\n    }}\n}}"
    )
    .unwrap();
    if errors.is_empty() {
        Ok(rust)
    } else {
        Err(errors)
    }
}
