//! Writes the static summary into a built bundle; Trunk's post-build step runs it
//! (`scripts/post-build.sh`), or by hand: `cargo run --example summary -- dist`.
//!
//! - `fallback.en.html` and `fallback.zh-Hans.html`: the summary and every source as plain HTML,
//!   for pages without JavaScript (paste it inside `<xhs-explainer>…</xhs-explainer>`);
//! - `embed.js`: its `var SUMMARY = null;` becomes both languages' summaries as element trees
//!   plus the part of the stylesheet they need, so the loader shows the story at once;
//! - `frame.html` and `frame.zh-Hans.html`, the iframe form's pages (from the template
//!   `www/frame/frame.html`), with the summary inside for readers without JavaScript; and, when
//!   `XHS_PUBLIC_URL` gives the bundle's public address, `oembed.en.json` and
//!   `oembed.zh-Hans.json` with the pages' discovery tags.
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
    use xhs_explainer::query::figures::plain_format::Plain;
    use xhs_explainer::query::links::frame_form::{
        discovery_link, downloads_note, frame_file, oembed, oembed_file, own_page_link, public_base,
    };
    use xhs_explainer::query::overview_summary::{sources_list, summary, SOURCES_ID};

    const PLACEHOLDER: &str = "var SUMMARY = null;";
    /// Where the frame page template takes the oEmbed discovery tag and the summary.
    const FRAME_OEMBED: &str = "<!-- xhs-frame: oembed -->";
    const FRAME_SUMMARY: &str = "<!-- xhs-frame: summary -->";
    const FRAME_NOTE: &str = "<!-- xhs-frame: note -->";
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

        write_frame_pages(dir);

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

    /// The iframe form's page in each language, and its oEmbed response where the build knows
    /// the bundle's public address.
    fn write_frame_pages(dir: &Path) {
        let data = dataset();
        let template_path = dir.join(frame_file(Lang::En));
        let template = std::fs::read_to_string(&template_path)
            .unwrap_or_else(|e| fail(format!("{}: cannot be read: {e}", template_path.display())));
        for mark in [
            FRAME_OEMBED,
            FRAME_SUMMARY,
            "<html lang=\"en\">",
            "<xhs-explainer ",
        ] {
            if template.matches(mark).count() != 1 {
                fail(format!(
                    "{}: expected `{mark}` once (already written, or the template changed)",
                    template_path.display()
                ));
            }
        }
        let base = std::env::var("XHS_PUBLIC_URL")
            .ok()
            .filter(|v| !v.is_empty())
            .map(|v| public_base(&v).unwrap_or_else(|e| fail(e)));
        if base.is_none() {
            eprintln!("summary: no XHS_PUBLIC_URL, so no oEmbed responses (docs/iframe.md)");
        }
        let notes: String = Lang::ALL.map(|l| downloads_note(l).to_html()).concat();
        for lang in Lang::ALL {
            let tag = lang.tag();
            // The sources stay in the fallback page, where the summary links: 9 KB gzip less.
            let content = format!(
                "{}{}",
                summary(
                    data,
                    lang,
                    &Plain,
                    &format!("fallback.{tag}.html#{SOURCES_ID}")
                )
                .to_html(),
                own_page_link(lang).to_html()
            );
            let oembed_tag = match &base {
                Some(base) => {
                    let path = dir.join(oembed_file(lang));
                    std::fs::write(&path, oembed(data, lang, base)).unwrap_or_else(|e| {
                        fail(format!("{}: cannot be written: {e}", path.display()))
                    });
                    discovery_link(data, lang, base)
                }
                None => "<!-- no oEmbed: built without XHS_PUBLIC_URL -->".to_string(),
            };
            let page = template
                .replace(FRAME_OEMBED, &oembed_tag)
                .replace(FRAME_SUMMARY, &content)
                .replace(FRAME_NOTE, &notes)
                .replace("<html lang=\"en\">", &format!("<html lang=\"{tag}\">"))
                .replace(
                    "<xhs-explainer ",
                    &format!("<xhs-explainer lang=\"{tag}\" "),
                );
            let path = dir.join(frame_file(lang));
            std::fs::write(&path, page)
                .unwrap_or_else(|e| fail(format!("{}: cannot be written: {e}", path.display())));
        }
    }

    /// A JSON string literal (quotes, backslashes, control characters and `<` escaped).
    fn json_literal(value: &str) -> String {
        xhs_explainer::query::overview_summary::Node::Text(value.to_string()).to_json()
    }
}
