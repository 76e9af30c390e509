//! Writes the static summary into a built bundle; Trunk's post-build step runs it
//! (`scripts/post-build.sh`), or by hand: `cargo run --example summary -- dist`.
//!
//! - `fallback.en.html` and `fallback.zh-Hans.html`: the summary and every source as plain HTML,
//!   for pages without JavaScript (paste it inside `<xhs-explainer>…</xhs-explainer>`);
//! - `embed.js`: its `var SUMMARY = null;` becomes both languages' summaries as element trees
//!   plus the part of the stylesheet they need, so the loader shows the story at once.
//!
//! Exits non-zero, naming the file, if the folder lacks embed.js or its placeholder.

// Build-time only: the wasm target (which `cargo clippy --all-targets` also checks) gets an
// empty program.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    build_time::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod build_time {
    use std::path::Path;
    use xhs_explainer::data::dataset;
    use xhs_explainer::model::minify_css::minify_css;
    use xhs_explainer::model::records::Lang;
    use xhs_explainer::model::root_units::root_relative;
    use xhs_explainer::query::overview_summary::{sources_list, summary, SOURCES_ID};
    use xhs_explainer::query::plain_format::Plain;

    const PLACEHOLDER: &str = "var SUMMARY = null;";
    /// The stylesheet files the summary's classes come from (`www/styles/`).
    const STYLES: [&str; 3] = ["00-base.css", "05-summary.css", "11-overview.css"];

    fn fail(message: String) -> ! {
        eprintln!("summary: {message}");
        std::process::exit(1)
    }

    pub fn main() {
        let dir = std::env::args()
            .nth(1)
            .unwrap_or_else(|| fail("usage: summary <folder of a built bundle>".into()));
        let dir = Path::new(&dir);
        let data = dataset();

        let mut trees = Vec::new();
        for lang in Lang::ALL {
            let file = format!("fallback.{}.html", lang.tag());
            let html = format!(
                "<!-- xhs-explainer: the explainer's summary for pages without JavaScript. Paste it inside \
                 <xhs-explainer lang=\"{tag}\">…</xhs-explainer>. Generated; do not edit. -->\n{}\n{}\n",
                summary(data, lang, &Plain, &format!("#{SOURCES_ID}")).to_html(),
                sources_list(data, lang, &Plain).to_html(),
                tag = lang.tag(),
            );
            let path = dir.join(&file);
            std::fs::write(&path, html)
                .unwrap_or_else(|e| fail(format!("{}: cannot be written: {e}", path.display())));
            let tree = summary(data, lang, &Plain, &format!("{file}#{SOURCES_ID}")).to_json();
            trees.push(format!("\"{}\":{tree}", lang.tag()));
        }

        let styles = Path::new(env!("CARGO_MANIFEST_DIR")).join("www/styles");
        let mut css = String::new();
        for name in STYLES {
            let path = styles.join(name);
            css.push_str(
                &std::fs::read_to_string(&path)
                    .unwrap_or_else(|e| fail(format!("{}: cannot be read: {e}", path.display()))),
            );
        }
        let css = json_literal(&root_relative(&minify_css(&css)));

        let embed = dir.join("embed.js");
        let loader = std::fs::read_to_string(&embed)
            .unwrap_or_else(|e| fail(format!("{}: cannot be read: {e}", embed.display())));
        if loader.matches(PLACEHOLDER).count() != 1 {
            fail(format!(
                "{}: expected `{PLACEHOLDER}` once (already stamped, or the loader changed)",
                embed.display()
            ));
        }
        let stamped = loader.replace(
            PLACEHOLDER,
            &format!("var SUMMARY = {{{},\"css\":{css}}};", trees.join(",")),
        );
        std::fs::write(&embed, stamped)
            .unwrap_or_else(|e| fail(format!("{}: cannot be written: {e}", embed.display())));
    }

    /// A JSON string literal (quotes, backslashes, control characters and `<` escaped).
    fn json_literal(value: &str) -> String {
        xhs_explainer::query::overview_summary::Node::Text(value.to_string()).to_json()
    }
}
