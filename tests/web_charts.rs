//! Browser tests of a chart as something to reuse and to explore by keyboard: the line under it
//! names its sources and dates, the arrow keys move through its points (each saying its value,
//! date and source), and the SVG and PNG downloads carry the title and the source line, in the
//! reader's language and the widget's theme.
#![cfg(target_arch = "wasm32")]

#[path = "common/blobs.rs"]
mod blobs;
#[path = "common/dom.rs"]
mod dom;

use blobs::{blob_text, CapturedBlobs};
use dom::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, Element, HtmlCanvasElement, HtmlElement};
use xhs_explainer::data::dataset;
use xhs_explainer::embed::config::{EmbedConfig, Section};
use xhs_explainer::model::records::{Figure, Lang};
use xhs_explainer::query::charts::chart_frame::{frame, Frame, Parts, KEY_MARK, MARGIN};
use xhs_explainer::query::sources::source_label::{lead_publisher, publisher_names};
use xhs_explainer::view::app::theme::Theme;
use xhs_explainer::view::charts::chart_image::standalone;
use xhs_explainer::view::charts::chart_png::paint;
use xhs_explainer::view::charts::chart_shell::image_parts;
use xhs_explainer::view::intl;

wasm_bindgen_test_configure!(run_in_browser);

// ---------------------------------------------------------------- helpers of this file

async fn open_numbers(lang: Lang, theme: Theme) -> (Element, Widget) {
    open(EmbedConfig {
        section: Section::Numbers,
        lang,
        theme,
        ..Default::default()
    })
    .await
}

/// The figures a chart draws, in the order of its marks.
fn drawn(chart: &Element) -> Vec<&'static Figure> {
    within(chart, ".xhs-chart__mark")
        .iter()
        .map(|m| {
            let id = m.get_attribute("data-figure").unwrap();
            dataset().figures.iter().find(|f| f.id == id).unwrap()
        })
        .collect()
}

/// The rank chart (points) and the bar chart with the most bars.
fn rank_and_bar(host: &Element) -> (Element, Element) {
    let bar = find_all(host, ".xhs-chart--bar")
        .into_iter()
        .max_by_key(|c| within(c, ".xhs-chart__mark").len())
        .expect("a bar chart");
    (find(host, ".xhs-chart--rank").expect("a rank chart"), bar)
}

fn computed(el: &Element, property: &str) -> String {
    web_sys::window()
        .unwrap()
        .get_computed_style(el)
        .unwrap()
        .unwrap()
        .get_property_value(property)
        .unwrap()
}

/// "rgb(18, 18, 20)" → [18, 18, 20].
fn rgb(css: &str) -> [u8; 3] {
    let n: Vec<u8> = css
        .trim_start_matches("rgba(")
        .trim_start_matches("rgb(")
        .trim_end_matches(')')
        .split(',')
        .map(|p| p.trim().parse().unwrap())
        .collect();
    [n[0], n[1], n[2]]
}

/// The frame the downloads draw around `chart` (from its caption, key, notes, source line and
/// size), and the chart's own height.
fn frame_of(chart: &Element) -> (Frame, f64) {
    let texts =
        |selector: &str| -> Vec<String> { within(chart, selector).iter().map(text_of).collect() };
    let key = texts(".xhs-chart__legend-item");
    let view_box = within(chart, "svg.xhs-chart__svg")[0]
        .get_attribute("viewBox")
        .unwrap();
    let size: Vec<f64> = view_box.split(' ').map(|n| n.parse().unwrap()).collect();
    let parts = Parts {
        title: &texts(".xhs-chart__caption").join(" "),
        key: &key,
        notes: &texts(".xhs-chart__note").join(" "),
        credit: &texts(".xhs-chart__credit").join(" "),
    };
    (frame(parts, size[2], size[3]), size[3])
}

/// Clicks a chart's download button and waits for the file it hands the browser.
async fn download(chart: &Element, button: &str) -> web_sys::Blob {
    let captured = CapturedBlobs::start();
    within(chart, button)[0]
        .dyn_ref::<HtmlElement>()
        .unwrap()
        .click();
    // The PNG is encoded asynchronously (canvas.toBlob).
    wait_for("the file", 3000, || !captured.blobs.borrow().is_empty()).await;
    let blobs = captured.blobs.borrow().clone();
    assert_eq!(blobs.len(), 1, "one file per click");
    blobs[0].clone()
}

/// The attributes a chart's geometry and structure live in, in the order a golden file lists
/// them; paint (colours, fonts) is left out, since it follows the theme and the browser.
const SHAPE: [&str; 16] = [
    "class",
    "role",
    "viewBox",
    "width",
    "height",
    "x",
    "y",
    "x1",
    "x2",
    "y1",
    "y2",
    "cx",
    "cy",
    "r",
    "d",
    "transform",
];

/// An SVG as one line per element, indented by depth: its tag, its [`SHAPE`] attributes and its
/// own text, so two drawings compare line by line.
fn canonical(e: &Element, depth: usize, out: &mut String) {
    out.push_str(&"  ".repeat(depth));
    out.push_str(&e.tag_name());
    // A text's anchor is where it stands; on anything else it is only inherited.
    let anchor = (e.tag_name() == "text").then_some("text-anchor");
    for name in SHAPE.into_iter().chain(anchor) {
        if let Some(v) = e.get_attribute(name) {
            out.push_str(&format!(" {name}={v:?}"));
        }
    }
    let children = e.children();
    if children.length() == 0 {
        if let Some(t) = e.text_content().filter(|t| !t.is_empty()) {
            out.push_str(&format!(" | {t}"));
        }
    }
    out.push('\n');
    for i in 0..children.length() {
        canonical(&children.item(i).unwrap(), depth + 1, out);
    }
}

/// How the downloadable drawing of `chart`, canonicalised, differs from the golden file `want`
/// (nothing when it equals it), with the whole drawing, to read or to paste into the file.
fn golden_difference(chart: &Element, file: &str, want: &str) -> Option<String> {
    let image = standalone(&image_parts(chart).expect("the chart's parts")).expect("an image");
    let mut got = String::new();
    canonical(&image, 0, &mut got);
    (got != want).then(|| {
        let first = got
            .lines()
            .zip(want.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(got.lines().count().min(want.lines().count()));
        format!(
            "tests/golden/{file} differs from the drawing at line {}:\n  want: {:?}\n  got:  {:?}\nthe whole drawing:\n{got}",
            first + 1,
            want.lines().nth(first).unwrap_or("(end)"),
            got.lines().nth(first).unwrap_or("(end)"),
        )
    })
}

/// A standalone-like `<svg>` holding `inner`, for the painter.
fn image_holding(inner: &str) -> Element {
    let doc = web_sys::DomParser::new()
        .unwrap()
        .parse_from_string(
            &format!(
                r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20" width="40" height="20">{inner}</svg>"#
            ),
            web_sys::SupportedType::ImageSvgXml,
        )
        .unwrap();
    doc.document_element().unwrap()
}

// ---------------------------------------------------------------- the reader's script

#[wasm_bindgen_test]
async fn every_chart_names_its_sources_and_its_dates_under_it() {
    for lang in [Lang::En, Lang::Zh] {
        let (host, _m) = open_numbers(lang, Theme::Auto).await;
        let charts = find_all(&host, ".xhs-chart");
        assert!(charts.len() >= 5);
        for chart in &charts {
            let figures = drawn(chart);
            let credit = text_of(&within(chart, ".xhs-chart__credit")[0]);
            let names = publisher_names(dataset(), figures.iter().flat_map(|f| f.citations), lang);
            assert!(!names.is_empty());
            let label = match (lang, names.len() > 1) {
                (Lang::En, true) => "Sources: ",
                (Lang::En, false) => "Source: ",
                (Lang::Zh, _) => "来源：",
            };
            let sep = if lang == Lang::En { "; " } else { "；" };
            assert!(
                credit.starts_with(&format!("{label}{}", names.join(sep))),
                "{credit}"
            );
            let first = figures
                .iter()
                .map(|f| f.as_of)
                .min_by_key(|w| w.date)
                .unwrap();
            let last = figures
                .iter()
                .map(|f| f.as_of)
                .max_by_key(|w| w.date)
                .unwrap();
            let as_of = if lang == Lang::En {
                "As of: "
            } else {
                "统计时间："
            };
            assert!(
                credit.contains(&format!("{as_of}{}", intl::when(first, lang))),
                "{credit}"
            );
            assert!(credit.ends_with(&intl::when(last, lang)), "{credit}");
            // Both download buttons are described by this chart's own caption, so a list of
            // buttons tells one chart's from another's.
            let caption = &within(chart, ".xhs-chart__caption")[0];
            for button in within(chart, ".xhs-chart__downloads button") {
                let id = button.get_attribute("aria-describedby").unwrap();
                let described = find_all(&host, &format!("[id='{id}']"));
                assert_eq!(described.len(), 1, "{id}");
                assert_eq!(&described[0], caption, "{id}");
            }
        }
    }
}

#[wasm_bindgen_test]
async fn arrow_keys_move_through_a_charts_points_and_each_says_its_value_date_and_source() {
    let (host, _m) = open_numbers(Lang::En, Theme::Auto).await;
    let (rank, bar) = rank_and_bar(&host);
    for chart in [&rank, &bar] {
        let svg = &within(chart, "svg.xhs-chart__svg")[0];
        assert_eq!(svg.get_attribute("role").as_deref(), Some("group"));
        let marks = within(chart, ".xhs-chart__mark");
        let figures = drawn(chart);
        assert!(marks.len() >= 3);
        // One stop in the tab order per chart: its first point.
        let stops: Vec<usize> = (0..marks.len())
            .filter(|&i| marks[i].get_attribute("tabindex").as_deref() == Some("0"))
            .collect();
        assert_eq!(stops, vec![0]);
        for (m, f) in marks.iter().zip(&figures) {
            assert_eq!(m.get_attribute("role").as_deref(), Some("img"));
            let said = m.get_attribute("aria-label").unwrap();
            let source = lead_publisher(dataset(), f.citations, Lang::En);
            assert!(said.ends_with(&format!("; {source}")), "{said}");
            assert!(
                said.contains(&intl::short_day(f.as_of.date, Lang::En)),
                "{said}"
            );
            let shown = m.parent_element().unwrap();
            let value = text_of(&within(&shown, ".xhs-chart__value")[0]);
            assert!(
                said.contains(&format!(": {value};")),
                "{said} lacks {value}"
            );
        }
        let at = || {
            let f = focused(&host).expect("focus in the widget");
            marks.iter().position(|m| *m == f)
        };
        marks[0]
            .unchecked_ref::<web_sys::SvgElement>()
            .focus()
            .unwrap();
        assert_eq!(at(), Some(0));
        press(&marks[0], "ArrowRight", false);
        assert_eq!(at(), Some(1));
        press(&marks[1], "ArrowDown", false);
        assert_eq!(at(), Some(2));
        press(&marks[2], "ArrowLeft", false);
        assert_eq!(at(), Some(1));
        press(&marks[1], "End", false);
        assert_eq!(at(), Some(marks.len() - 1));
        press(&marks[marks.len() - 1], "ArrowRight", false);
        assert_eq!(at(), Some(marks.len() - 1), "no wrapping past the end");
        press(&marks[marks.len() - 1], "Home", false);
        assert_eq!(at(), Some(0));
    }
}

#[wasm_bindgen_test]
async fn the_svg_download_is_the_chart_with_its_title_and_sources_drawn_in() {
    for (lang, theme) in [(Lang::En, Theme::Light), (Lang::Zh, Theme::Dark)] {
        let (host, _m) = open_numbers(lang, theme).await;
        let (rank, bar) = rank_and_bar(&host);
        for chart in [&rank, &bar] {
            let blob = download(chart, ".xhs-chart__svg-download").await;
            assert_eq!(blob.type_(), "image/svg+xml");
            let text = blob_text(&blob).await;
            let doc = web_sys::DomParser::new()
                .unwrap()
                .parse_from_string(&text, web_sys::SupportedType::ImageSvgXml)
                .unwrap();
            assert!(
                doc.get_elements_by_tag_name("parsererror").length() == 0,
                "well-formed SVG: {text}"
            );
            let svg = doc.document_element().unwrap();
            assert_eq!(svg.tag_name(), "svg");
            assert_eq!(
                svg.namespace_uri().as_deref(),
                Some("http://www.w3.org/2000/svg")
            );
            let texts: Vec<String> = (0..svg.get_elements_by_tag_name("text").length())
                .map(|i| {
                    svg.get_elements_by_tag_name("text")
                        .item(i)
                        .unwrap()
                        .text_content()
                        .unwrap()
                })
                .collect();
            // The title, the key's names, the notes and the source line, wrapped as the frame
            // wraps them.
            let (f, _) = frame_of(chart);
            let lines = f.title.iter().chain(&f.notes).chain(&f.credit);
            let names = f.key.iter().map(|(name, _, _)| name);
            for line in lines.map(|(l, _)| l).chain(names) {
                assert!(texts.contains(line), "{line:?} is not drawn in: {texts:?}");
            }
            // Each key name beside a copy of its series' mark, in the mark's colour.
            let legend = within(chart, ".xhs-chart__legend-item .xhs-chart__swatch > *");
            if chart.class_list().contains("xhs-chart--rank") {
                assert!(legend.len() >= 2 && !f.notes.is_empty(), "{:?}", f.key);
            }
            let moved = svg.query_selector_all("[transform^=translate]").unwrap();
            assert_eq!(moved.length() as usize, legend.len());
            for (i, swatch) in legend.iter().enumerate() {
                let copy: Element = moved.item(i as u32).unwrap().unchecked_into();
                assert_eq!(copy.tag_name(), swatch.tag_name());
                assert_eq!(copy.get_attribute("fill"), Some(computed(swatch, "fill")));
            }
            // A picture, not a control: no tab stops or references to the page left in it.
            assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
            assert!(svg.query_selector("[tabindex], [id]").unwrap().is_none());
            assert!(!text.contains("aria-describedby"), "{text}");
            // Every mark, with its paint inlined (the file has no stylesheet).
            let marks = svg.query_selector_all("[data-figure]").unwrap().length();
            assert_eq!(marks as usize, drawn(chart).len());
            let mark = svg.query_selector("[data-figure]").unwrap().unwrap();
            let live = &within(chart, ".xhs-chart__mark")[0];
            assert_eq!(mark.get_attribute("fill"), Some(computed(live, "fill")));
            // The theme's background behind it all.
            let paper = svg.first_element_child().unwrap();
            assert_eq!(paper.tag_name(), "rect");
            let app = find(&host, ".xhs-app").unwrap();
            let bg = computed(&app, "background-color");
            assert_eq!(paper.get_attribute("fill"), Some(bg.clone()));
            let dark = rgb(&bg).iter().map(|&c| c as u32).sum::<u32>() < 200;
            assert_eq!(dark, theme == Theme::Dark, "{bg}");
        }
    }
}

#[wasm_bindgen_test]
async fn the_png_download_is_the_chart_painted_with_its_title_and_sources() {
    for (lang, theme) in [(Lang::En, Theme::Light), (Lang::Zh, Theme::Dark)] {
        let (host, _m) = open_numbers(lang, theme).await;
        let (rank, bar) = rank_and_bar(&host);
        let paper = rgb(&computed(
            &find(&host, ".xhs-app").unwrap(),
            "background-color",
        ));
        for chart in [&rank, &bar] {
            let blob = download(chart, ".xhs-chart__png-download").await;
            assert_eq!(blob.type_(), "image/png");
            let bitmap: web_sys::ImageBitmap = JsFuture::from(
                web_sys::window()
                    .unwrap()
                    .create_image_bitmap_with_blob(&blob)
                    .unwrap(),
            )
            .await
            .expect("a PNG the browser decodes")
            .unchecked_into();

            // Three pixels per unit of the framed chart.
            let (f, chart_height) = frame_of(chart);
            assert_eq!(bitmap.width(), (f.width * 3.0).ceil() as u32);
            assert_eq!(bitmap.height(), (f.height * 3.0).ceil() as u32);

            let canvas: HtmlCanvasElement = gloo::utils::document()
                .create_element("canvas")
                .unwrap()
                .unchecked_into();
            canvas.set_width(bitmap.width());
            canvas.set_height(bitmap.height());
            let ctx: CanvasRenderingContext2d =
                canvas.get_context("2d").unwrap().unwrap().unchecked_into();
            ctx.draw_image_with_image_bitmap(&bitmap, 0.0, 0.0).unwrap();
            let w = bitmap.width();
            // Pixels that are not the background, in a band of rows (image coordinates).
            let ink = |from: f64, to: f64| -> usize {
                let (y0, y1) = ((from * 3.0) as u32, (to * 3.0) as u32);
                let data = ctx
                    .get_image_data(0.0, y0 as f64, w as f64, (y1 - y0) as f64)
                    .unwrap()
                    .data();
                data.chunks(4)
                    .filter(|p| {
                        p.iter()
                            .zip(paper)
                            .take(3)
                            .any(|(a, b)| (*a as i32 - b as i32).abs() > 60)
                    })
                    .count()
            };
            // The corner is the theme's background.
            let corner = ctx.get_image_data(1.0, 1.0, 1.0, 1.0).unwrap().data();
            assert_eq!(
                [corner[0], corner[1], corner[2]],
                paper,
                "{lang:?} {theme:?}"
            );
            // The title above the chart, the marks inside it, the source line below it.
            let top = f.top;
            assert!(ink(0.0, top) > 200, "no title drawn");
            assert!(ink(top, top + chart_height) > 2000, "no chart drawn");
            assert!(
                ink(top + chart_height + 4.0, f.height) > 200,
                "no source line drawn"
            );
            // Each key mark is painted where the frame puts it, in its series' colour.
            let swatches = within(chart, ".xhs-chart__legend-item .xhs-chart__swatch > *");
            for ((name, x, y), swatch) in f.key.iter().zip(&swatches) {
                let (cx, cy) = (MARGIN + x + KEY_MARK.0, f.top + y - KEY_MARK.1);
                let px = ctx
                    .get_image_data((cx * 3.0).round(), (cy * 3.0).round(), 1.0, 1.0)
                    .unwrap()
                    .data();
                let want = rgb(&computed(swatch, "fill"));
                assert!(
                    (0..3).all(|c| (px[c] as i32 - want[c] as i32).abs() < 40),
                    "{name}'s key mark at ({cx}, {cy}) is {:?}, not {want:?}",
                    &px[..3]
                );
            }
            assert_eq!(swatches.len(), f.key.len());
            // Nothing but background between the title and the chart's top.
            assert_eq!(
                ink(top - 10.0, top - 2.0),
                0,
                "text overlaps the chart's top"
            );
        }
    }
}

// ---------------------------------------------------------------- the drawing, pinned

#[wasm_bindgen_test]
async fn the_bar_and_rank_drawings_equal_their_golden_files() {
    let (host, _m) = open_numbers(Lang::En, Theme::Light).await;
    let bar = find(&host, ".xhs-chart--bar").expect("a bar chart");
    let rank = find(&host, ".xhs-chart--rank").expect("a rank chart");
    let differences: Vec<String> = [
        golden_difference(&bar, "chart-bar.txt", include_str!("golden/chart-bar.txt")),
        golden_difference(
            &rank,
            "chart-rank.txt",
            include_str!("golden/chart-rank.txt"),
        ),
    ]
    .into_iter()
    .flatten()
    .collect();
    assert!(differences.is_empty(), "{}", differences.join("\n\n"));
}

#[wasm_bindgen_test]
fn the_png_painter_refuses_what_it_cannot_draw_and_names_it() {
    let drawn = r#"<rect x="1" y="1" width="4" height="4" fill="red"/><g><circle cx="9" cy="9" r="2"/><text x="2" y="18">a</text></g><path d="M0 0L4 4" transform="translate(2 3)"/>"#;
    assert!(
        paint(&image_holding(drawn)).is_ok(),
        "it draws its own kinds"
    );
    for (inner, named) in [
        (r#"<ellipse cx="5" cy="5" rx="3" ry="2"/>"#, "<ellipse>"),
        (
            r#"<g transform="scale(2)"><rect width="4" height="4"/></g>"#,
            "transform=\"scale(2)\"",
        ),
        (
            r#"<rect width="4" height="4" transform="rotate(45)"/>"#,
            "rotate(45)",
        ),
    ] {
        let err = match paint(&image_holding(inner)) {
            Ok(_) => panic!("{inner} was painted"),
            Err(e) => e,
        };
        assert!(err.contains(named), "{err:?} does not name {named}");
    }
}
