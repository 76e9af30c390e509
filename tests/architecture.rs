//! The layers hold: `model/` and `query/` never reach for Yew or the browser, and `view/` never
//! imports the embed layer (the view does not know how it is hosted). Read off the source files,
//! so a new import that breaks a layer fails `cargo test` with the file and line.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

/// Every `.rs` file under `src/<dir>` (and `src/<dir>.rs` itself), recursively.
fn sources(dir: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = vec![root.join(format!("{dir}.rs"))];
    let mut stack = vec![root.join(dir)];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap_or_else(|e| panic!("{}: {e}", d.display())) {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out
}

/// `file:line: text` for every line of code (comments skipped) in `dir` that names one of
/// `forbidden` as a path.
fn offending_lines(dir: &str, forbidden: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for path in sources(dir) {
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for f in forbidden {
                let hit = code.contains(&format!("{f}::"))
                    || code.contains(&format!("use {f};"))
                    || code.contains(&format!("{f}!"));
                if hit {
                    let name = path.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap();
                    out.push(format!("{}:{}: {}", name.display(), n + 1, line.trim()));
                }
            }
        }
    }
    out
}

const BROWSER: [&str; 6] = ["yew", "web_sys", "wasm_bindgen", "js_sys", "gloo", "html"];

#[test]
fn model_and_query_know_nothing_of_yew_or_the_browser() {
    for dir in ["model", "query"] {
        let bad = offending_lines(dir, &BROWSER);
        assert!(
            bad.is_empty(),
            "src/{dir} must stay headless (no yew, web_sys, wasm_bindgen, js_sys, gloo):\n{}",
            bad.join("\n")
        );
    }
}

#[test]
fn the_view_never_imports_the_embed_layer() {
    let bad = offending_lines("view", &["crate::embed", "super::embed"]);
    assert!(
        bad.is_empty(),
        "src/view must not import the embed layer (move the type to view/ or query/):\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_check_sees_the_files_it_guards() {
    // A guard over no files would pass for nothing.
    assert!(sources("query").len() > 20);
    assert!(sources("view").len() > 20);
    assert!(sources("model").len() >= 5);
}
