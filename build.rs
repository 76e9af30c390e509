//! Build script: validates `data/*.toml` and compiles it into `$OUT_DIR/data.rs` as `&'static`
//! records, so the wasm carries the dataset with no parsing and no fetch at run time.
//!
//! The schema, validator and generator are the crate's own `src/model/` files, included by path,
//! so the build and the runtime agree on the record types by construction.

// Top-level modules, so that `super::records` inside them means the same as in `crate::model`.
#[allow(dead_code)]
#[path = "src/model/codegen.rs"]
mod codegen;
#[allow(dead_code)]
#[path = "src/model/figure_number.rs"]
mod figure_number;
#[allow(dead_code)]
#[path = "src/model/input.rs"]
mod input;
#[allow(dead_code)]
#[path = "src/model/interface.rs"]
mod interface;
#[allow(dead_code)]
#[path = "src/model/minify_css.rs"]
mod minify_css;
#[allow(dead_code)]
#[path = "src/model/records.rs"]
mod records;
#[path = "src/model/root_units.rs"]
mod root_units;
#[allow(dead_code)]
#[path = "src/model/synthetic.rs"]
mod synthetic;
#[allow(dead_code)]
#[path = "src/model/validate.rs"]
mod validate;

use std::path::Path;
use validate::{read_dir, validate, FILES};

fn main() {
    // XHS_DATA_DIR points the build at another data folder (to try an edit, or a fixture).
    println!("cargo:rerun-if-env-changed=XHS_DATA_DIR");
    let dir = match std::env::var_os("XHS_DATA_DIR") {
        Some(d) => std::path::PathBuf::from(d),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("data"),
    };
    println!("cargo:rerun-if-changed={}", dir.display());
    for name in FILES {
        println!("cargo:rerun-if-changed={}", dir.join(name).display());
    }
    // The model files it includes by #[path] need no line here: cargo rebuilds (and reruns) a
    // build script whenever one of its own source files changes.
    println!("cargo:rerun-if-env-changed={}", synthetic::ENV);

    let files = read_dir(&dir);
    let borrowed: Vec<(&str, &str)> = files.iter().map(|(n, t)| (*n, t.as_str())).collect();
    let checked = match validate(&borrowed) {
        Ok(c) => c,
        Err(problems) => fail(&problems.iter().map(|p| p.to_string()).collect::<Vec<_>>()),
    };
    let checked = match std::env::var(synthetic::ENV) {
        Ok(n) => {
            let n: usize = n.parse().unwrap_or_else(|_| {
                eprintln!("{} must be a whole number, got {n:?}", synthetic::ENV);
                std::process::exit(1)
            });
            synthetic::scale(&checked, n)
        }
        Err(_) => checked,
    };
    let out_dir = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out_dir.join("data.rs"), codegen::generate(&checked))
        .expect("write $OUT_DIR/data.rs");
    write_interface(&out_dir);
    write_stylesheet(&out_dir);
}

/// Stops the build with every problem, one a line.
fn fail(problems: &[String]) -> ! {
    eprintln!("\nxhs-explainer: data/ has {} problem(s):", problems.len());
    for p in problems {
        eprintln!("  {p}");
    }
    eprintln!();
    std::process::exit(1)
}

/// Compiles `data/interface.toml` (always the project's own: `XHS_DATA_DIR` swaps only the
/// content files) into `$OUT_DIR/interface.rs`.
fn write_interface(out_dir: &Path) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data")
        .join(interface::FILE);
    println!("cargo:rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| fail(&[format!("data/{}: cannot be read: {e}", interface::FILE)]));
    match interface::check(&text) {
        Ok(words) => std::fs::write(out_dir.join("interface.rs"), interface::generate(&words))
            .expect("write $OUT_DIR/interface.rs"),
        Err(problems) => fail(&problems.iter().map(|p| p.to_string()).collect::<Vec<_>>()),
    }
}

/// Joins `www/styles/*.css` (one file per component, in name order) into the one stylesheet the
/// widget adopts in its Shadow DOM, minified, with `rem` as the widget's own root size.
fn write_stylesheet(out_dir: &Path) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("www/styles");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("www/styles exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "css"))
        .collect();
    files.sort();
    let mut css = String::new();
    for f in files {
        println!("cargo:rerun-if-changed={}", f.display());
        css.push_str(&std::fs::read_to_string(&f).expect("read a stylesheet"));
        css.push('\n');
    }
    let css = root_units::root_relative(&minify_css::minify_css(&css));
    std::fs::write(out_dir.join("explainer.css"), css).expect("write $OUT_DIR/explainer.css");
}
