//! The layers hold: `model/` and `query/` never reach for Yew or the browser, and `view/` never
//! imports the embed layer (the view does not know how it is hosted). Read off the source files,
//! so a new import that breaks a layer fails `cargo test` with the file and line.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/tree.rs"]
mod tree;

use std::path::{Path, PathBuf};

/// Every `.rs` file under `src/<dir>` (and `src/<dir>.rs` itself), recursively.
fn sources(dir: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = vec![root.join(format!("{dir}.rs"))];
    out.extend(
        tree::files_under(&[dir])
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "rs")),
    );
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
    assert!(folders("query").len() >= 4 && folders("view").len() >= 4);
}

/// The folders of `src/<layer>`: each a concept, with its module file beside it.
fn folders(layer: &str) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src")
        .join(layer);
    let mut out: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    out.sort();
    out
}

/// Where a view folder reaches into another concept's query folder on purpose, and why.
const CROSSINGS: [(&str, &str, &str); 3] = [
    (
        "app",
        "links",
        "the root alone holds the whole view (filters, section, open event, tour step), so it is \
         what starts from the URL hash and writes the view back into it",
    ),
    (
        "charts",
        "figures",
        "a chart is a picture of figures: it draws the keyed figures the Numbers section groups",
    ),
    (
        "charts",
        "sources",
        "the line under a chart and each point's label name the publishers behind its figures",
    ),
];

#[test]
fn a_view_folder_reads_its_own_concept_the_filters_and_the_model() {
    let query = folders("query");
    let mut bad = Vec::new();
    for concept in folders("view") {
        let mut files = sources(&format!("view/{concept}"));
        files.retain(|p| p.exists());
        for path in files {
            let text = std::fs::read_to_string(&path).unwrap();
            for (n, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or("");
                for other in &query {
                    let allowed = *other == concept
                        || other == "filters"
                        || CROSSINGS
                            .iter()
                            .any(|(v, q, _)| *v == concept && q == other);
                    if !allowed && code.contains(&format!("query::{other}::")) {
                        let name = path.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap();
                        bad.push(format!("{}:{}: {}", name.display(), n + 1, line.trim()));
                    }
                }
            }
        }
    }
    assert!(
        bad.is_empty(),
        "a view folder imports only its own concept's query folder, query::filters and the \
         model (or the crossing is listed, with its reason, in CROSSINGS):\n{}",
        bad.join("\n")
    );
}

#[test]
fn folders_are_one_level_deep_hold_three_files_or_more_and_say_what_they_are() {
    let mut bad = Vec::new();
    for layer in ["model", "query", "view", "embed"] {
        for folder in folders(layer) {
            let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("src")
                .join(layer)
                .join(&folder);
            let entries: Vec<PathBuf> = std::fs::read_dir(&dir)
                .unwrap()
                .map(|e| e.unwrap().path())
                .collect();
            if entries.iter().any(|p| p.is_dir()) {
                bad.push(format!("src/{layer}/{folder}/ has a folder inside"));
            }
            if entries.len() < 3 {
                bad.push(format!("src/{layer}/{folder}/ has {} files", entries.len()));
            }
            let module = dir.with_extension("rs");
            let first = std::fs::read_to_string(&module).unwrap_or_default();
            if !first.starts_with("//! ") {
                bad.push(format!(
                    "{} does not start with a //! line",
                    module.display()
                ));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// `make test` runs the browser tests as `tests/web_*.rs`; a browser test named otherwise would
/// never run in a browser, and a native one named so would be opened in three for nothing.
#[test]
fn browser_tests_and_only_they_are_named_web() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut bad = Vec::new();
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        seen += 1;
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let browser = text.contains("#![cfg(target_arch = \"wasm32\")]");
        let native = text.contains("#![cfg(not(target_arch = \"wasm32\"))]");
        match (name.starts_with("web_"), browser, native) {
            (true, true, false) | (false, false, true) => {}
            _ => bad.push(name),
        }
    }
    assert!(seen > 40, "read {seen} test files");
    assert!(
        bad.is_empty(),
        "browser tests are tests/web_*.rs with #![cfg(target_arch = \"wasm32\")], every other \
         test file has #![cfg(not(target_arch = \"wasm32\"))]: {bad:?}"
    );
}
