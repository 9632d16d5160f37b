//! Writes `src/graph/baked.rs`: the map layout computed natively, so that
//! the browser does not run the spring layout at start-up. Run it after
//! changing the map's nodes, relations or groups (a native test says when).

fn main() -> std::io::Result<()> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/graph/baked.rs");
    std::fs::write(&path, ct_explainer::graph::layout::bake_source())?;
    println!("wrote {}", path.display());
    Ok(())
}
