//! Writes `src/graph/baked/<lang>.rs` for the language named by
//! `EXPLAINER_LANG` (English by default): the map layout computed natively
//! from that language's labels, so that the browser does not run the
//! spring layout at start-up. Run it for every shipped language after
//! changing the map's nodes, relations, groups or their short names;
//! `--check` fails instead of writing when the file is stale
//! (`scripts/test.sh` checks every language so).

use ct_explainer::graph::layout::bake_source;
use ct_explainer::i18n::LANG;

fn main() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src/graph/baked")
        .join(format!("{LANG}.rs"));
    let source = bake_source();
    if std::env::args().any(|a| a == "--check") {
        if std::fs::read_to_string(&path).ok().as_deref() != Some(source.as_str()) {
            eprintln!(
                "{} is stale: run `EXPLAINER_LANG={LANG} cargo run --bin bake-layout`",
                path.display()
            );
            std::process::exit(1);
        }
        println!("{} is current", path.display());
        return;
    }
    std::fs::write(&path, source).unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
    println!("wrote {}", path.display());
}
