//! The project's own files, for the native tests that read code (interface strings, editorial
//! rules): every file under some folders of `src/`, their concept folders included.
//!
//! Included through `#[path = "common/tree.rs"] mod tree;`.

use std::path::PathBuf;

/// Every file under `src/<layer>` for each of `layers`, at any depth.
pub fn files_under(layers: &[&str]) -> Vec<PathBuf> {
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut folders: Vec<PathBuf> = layers.iter().map(|l| src.join(l)).collect();
    let mut files = Vec::new();
    while let Some(dir) = folders.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files
}
