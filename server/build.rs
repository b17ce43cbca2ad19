//! Embeds the repository's knowledge-base articles (`articles/*.md`) in the server, so the
//! binary loads them at start wherever it runs from.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let folder = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets it"))
        .join("articles");
    println!("cargo:rerun-if-changed={}", folder.display());
    let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
        .map(|entries| {
            entries
                .filter_map(|entry| entry.ok().map(|entry| entry.path()))
                .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut code = String::from(
        "/// The repository's articles: (file name without `.md`, its text).\npub const FILES: &[(&str, &str)] = &[\n",
    );
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let slug = path
            .file_stem()
            .and_then(|stem| stem.to_str())
            .expect("article file names are UTF-8");
        let _ = writeln!(
            code,
            "    ({slug:?}, include_str!({:?})),",
            path.display().to_string()
        );
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets it"));
    std::fs::write(out.join("articles.rs"), code).expect("OUT_DIR is writable");
}
