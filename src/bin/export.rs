//! Writes `data/` (JSON and CSV) for the release bundle. Run by trunk's
//! post-build hook with the staging directory as argument.

fn main() -> std::io::Result<()> {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "dist/data".into());
    std::fs::create_dir_all(&dir)?;
    for (name, body) in ct_explainer::export::files() {
        std::fs::write(std::path::Path::new(&dir).join(name), body)?;
    }
    println!("wrote data files to {dir}");
    Ok(())
}
