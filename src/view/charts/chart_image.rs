//! A chart as a file to reuse: the drawn chart copied into a standalone SVG with its title, key,
//! notes, source line and date drawn in, saved as SVG or, painted by [`crate::view::charts::chart_png`],
//! as PNG, in the reader's language and the widget's current theme.
//!
//! The copy carries each element's computed paint and font as presentation attributes, so it
//! looks the same outside the page.

use crate::model::records::Lang;
use crate::query::charts::chart_frame::{
    frame, Parts, CREDIT_FONT, KEY_MARK, KEY_NAME, MARGIN, TITLE_FONT,
};
use crate::query::svg_number::coord;
use crate::view::charts::chart_png::paint;
use crate::view::download::{save_blob, save_text};
use crate::view::strings::chart_image::{PNG, SVG};
use wasm_bindgen::{prelude::Closure, JsCast};
use web_sys::Element;
use yew::prelude::*;

const SVG_NS: &str = "http://www.w3.org/2000/svg";
/// The computed properties a chart's look depends on (see `www/styles/30-numbers.css`).
const PAINT: [&str; 10] = [
    "fill",
    "stroke",
    "stroke-width",
    "stroke-dasharray",
    "stroke-linejoin",
    "paint-order",
    "font-family",
    "font-size",
    "font-weight",
    "text-anchor",
];

/// The two download buttons under the chart `id`; the files are named after it and `lang`.
/// Each button is described by the chart's caption (`{id}-caption`), so a list of the page's
/// buttons tells one chart's from another's.
pub fn download_buttons(id: &str, lang: Lang) -> Html {
    let stem = format!("{id}-{}", lang.tag());
    let on_svg = on_download(format!("{stem}.svg"), false);
    let on_png = on_download(format!("{stem}.png"), true);
    let caption = format!("{id}-caption");
    html! {
        <p class="xhs-chart__downloads">
            <button type="button" class="xhs-chart__svg-download" aria-describedby={caption.clone()} onclick={on_svg}>{ SVG.get(lang) }</button>
            <button type="button" class="xhs-chart__png-download" aria-describedby={caption} onclick={on_png}>{ PNG.get(lang) }</button>
        </p>
    }
}

fn on_download(name: String, png: bool) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        let Some(figure) = e
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| t.closest("figure").ok().flatten())
        else {
            return;
        };
        let Some(image) = standalone(&figure) else {
            return;
        };
        if png {
            let Some(canvas) = paint(&image) else {
                return;
            };
            let name = name.clone();
            let done = Closure::once_into_js(move |blob: Option<web_sys::Blob>| {
                if let Some(blob) = blob {
                    save_blob(&figure, &name, &blob);
                }
            });
            let _ = canvas.to_blob(done.unchecked_ref());
        } else if let Ok(text) =
            web_sys::XmlSerializer::new().and_then(|s| s.serialize_to_string(&image))
        {
            save_text(&figure, &name, "image/svg+xml", &text);
        }
    })
}

/// The chart in `figure` as a standalone `<svg>`: its marks with their computed paint, a
/// background in the theme's colour, the caption and the key above, the notes and the source
/// line below. The copy is a picture, not a control: no tab stops, no references to the page.
pub fn standalone(figure: &Element) -> Option<Element> {
    let svg = figure.query_selector(".xhs-chart__svg").ok()??;
    let image: Element = svg.clone_node_with_deep(true).ok()?.unchecked_into();
    let window = gloo::utils::window();
    let style_of = |e: &Element| window.get_computed_style(e).ok().flatten();
    let inline_paint = |from: &Element, to: &Element| {
        let Some(style) = style_of(from) else { return };
        for p in PAINT {
            let _ = to.set_attribute(p, &style.get_property_value(p).unwrap_or_default());
        }
        let _ = to.remove_attribute("tabindex");
    };
    let (from, to) = (
        svg.query_selector_all("*").ok()?,
        image.query_selector_all("*").ok()?,
    );
    for i in 0..from.length() {
        if let (Some(a), Some(b)) = (from.item(i), to.item(i)) {
            inline_paint(a.unchecked_ref(), b.unchecked_ref());
        }
    }
    for name in ["aria-labelledby", "aria-describedby"] {
        let _ = image.remove_attribute(name);
    }
    let _ = image.set_attribute("role", "img");
    if let Ok(Some(title)) = image.query_selector("title") {
        let _ = title.remove_attribute("id");
    }
    let all = |selector: &str| -> Vec<Element> {
        let found = figure.query_selector_all(selector).ok();
        let found = found.as_ref();
        (0..found.map_or(0, |l| l.length()))
            .filter_map(|i| found?.item(i)?.dyn_into().ok())
            .collect()
    };
    let text_of = |e: &Element| e.text_content().unwrap_or_default();
    let texts_of = |selector: &str| {
        all(selector)
            .iter()
            .map(text_of)
            .collect::<Vec<_>>()
            .join(" ")
    };
    let legend = all(".xhs-chart__legend-item");
    let key: Vec<String> = legend.iter().map(text_of).collect();
    let view_box = svg.get_attribute("viewBox").unwrap_or_default();
    let mut size = view_box.split(' ').skip(2).map(js_sys::parse_float);
    let (w, h) = (size.next()?, size.next()?);
    let f = frame(
        Parts {
            title: &texts_of(".xhs-chart__caption"),
            key: &key,
            notes: &texts_of(".xhs-chart__note"),
            credit: &texts_of(".xhs-chart__credit"),
        },
        w,
        h,
    );
    let colour_of = |e: Option<&Element>| {
        e.and_then(&style_of)
            .and_then(|s| s.get_property_value("color").ok())
            .unwrap_or_default()
    };
    let ink = colour_of(Some(figure));
    let muted = colour_of(all(".xhs-chart__note").first());
    let font = style_of(figure)?
        .get_property_value("font-family")
        .unwrap_or_default();
    let paper = figure
        .closest(".xhs-app")
        .ok()
        .flatten()
        .and_then(|app| style_of(&app))
        .and_then(|s| s.get_property_value("background-color").ok())
        .unwrap_or_default();
    let (x0, y0) = (coord(-MARGIN), coord(-f.top));
    let _ = image.set_attribute(
        "viewBox",
        &format!("{x0} {y0} {} {}", coord(f.width), coord(f.height)),
    );
    let _ = image.set_attribute("width", &coord(f.width));
    let _ = image.set_attribute("height", &coord(f.height));
    let doc = gloo::utils::document();
    let add = |tag: &str, attrs: &[(&str, &str)], text: &str, first: bool| {
        let Ok(e) = doc.create_element_ns(Some(SVG_NS), tag) else {
            return;
        };
        for (k, v) in attrs {
            let _ = e.set_attribute(k, v);
        }
        if !text.is_empty() {
            e.set_text_content(Some(text));
        }
        let _ = if first {
            image.insert_before(&e, image.first_child().as_ref())
        } else {
            image.append_child(&e)
        };
    };
    let (width, height) = (coord(f.width), coord(f.height));
    add(
        "rect",
        &[
            ("x", &x0),
            ("y", &y0),
            ("width", &width),
            ("height", &height),
            ("fill", &paper),
        ],
        "",
        true,
    );
    let text_at = |text: &str, x: f64, y: f64, size: f64, weight: &str, colour: &str| {
        add(
            "text",
            &[
                ("x", &coord(x)),
                ("y", &coord(y)),
                ("fill", colour),
                ("font-family", &font),
                ("font-size", &format!("{}px", coord(size))),
                ("font-weight", weight),
            ],
            text,
            false,
        );
    };
    for (text, y) in &f.title {
        text_at(text, 0.0, *y, TITLE_FONT, "700", &ink);
    }
    // Each key item: a copy of its swatch's mark, moved to the item, and its name.
    for ((name, x, y), item) in f.key.iter().zip(&legend) {
        let Ok(Some(mark)) = item.query_selector(".xhs-chart__swatch > *") else {
            continue;
        };
        if let Ok(copy) = mark.clone_node() {
            let copy: Element = copy.unchecked_into();
            inline_paint(&mark, &copy);
            let (dx, dy) = KEY_MARK;
            let _ = copy.set_attribute(
                "transform",
                &format!("translate({} {})", coord(x + dx), coord(y - dy)),
            );
            for data in ["data-figure", "data-rank", "data-date"] {
                let _ = copy.remove_attribute(data);
            }
            let _ = image.append_child(&copy);
        }
        text_at(name, x + KEY_NAME, *y, CREDIT_FONT, "400", &ink);
    }
    for (text, y) in &f.notes {
        text_at(text, 0.0, *y, CREDIT_FONT, "400", &muted);
    }
    for (text, y) in &f.credit {
        text_at(text, 0.0, *y, CREDIT_FONT, "400", &ink);
    }
    Some(image)
}
