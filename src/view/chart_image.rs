//! A chart as a file to reuse: the drawn chart copied into a standalone SVG with its title, source
//! line and date drawn in, or painted onto a canvas as a PNG, in the reader's language and the
//! widget's current theme.
//!
//! The copy carries each element's computed paint and font as presentation attributes, so it
//! looks the same outside the page. The PNG is painted from that copy with canvas calls, not by
//! loading the SVG as an image: a host's CSP (`img-src 'self'`) would refuse the `blob:` URL.

use crate::model::records::Lang;
use crate::query::chart_frame::{frame, CREDIT_FONT, MARGIN, TITLE_FONT};
use crate::query::svg_number::coord;
use crate::view::download::{save_blob, save_text};
use crate::view::strings::chart_image::{PNG, SVG};
use std::f64::consts::TAU;
use wasm_bindgen::{prelude::Closure, JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, Element, HtmlCanvasElement, Path2d};
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
/// PNG pixels per user unit: a 300-unit chart becomes 972 pixels wide.
const PNG_SCALE: f64 = 3.0;

/// The two download buttons under a chart; `stem` names the files.
pub fn download_buttons(stem: &str, lang: Lang) -> Html {
    let on_svg = on_download(format!("{stem}.svg"), false);
    let on_png = on_download(format!("{stem}.png"), true);
    html! {
        <p class="xhs-chart__downloads">
            <button type="button" class="xhs-chart__svg-download" onclick={on_svg}>{ SVG.get(lang) }</button>
            <button type="button" class="xhs-chart__png-download" onclick={on_png}>{ PNG.get(lang) }</button>
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
/// background in the theme's colour, the caption above and the source line below.
pub fn standalone(figure: &Element) -> Option<Element> {
    let svg = figure.query_selector(".xhs-chart__svg").ok()??;
    let image: Element = svg.clone_node_with_deep(true).ok()?.unchecked_into();
    let window = gloo::utils::window();
    let style_of = |e: &Element| window.get_computed_style(e).ok().flatten();
    let (from, to) = (
        svg.query_selector_all("*").ok()?,
        image.query_selector_all("*").ok()?,
    );
    for i in 0..from.length() {
        let (Some(a), Some(b)) = (from.item(i), to.item(i)) else {
            continue;
        };
        let (Some(style), b) = (style_of(a.unchecked_ref()), b.unchecked_ref::<Element>()) else {
            continue;
        };
        for p in PAINT {
            let _ = b.set_attribute(p, &style.get_property_value(p).unwrap_or_default());
        }
    }
    let text_of = |selector: &str| {
        figure
            .query_selector(selector)
            .ok()
            .flatten()
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    };
    let view_box = svg.get_attribute("viewBox").unwrap_or_default();
    let mut size = view_box.split(' ').skip(2).map(js_sys::parse_float);
    let (w, h) = (size.next()?, size.next()?);
    let f = frame(
        &text_of(".xhs-chart__caption"),
        &text_of(".xhs-chart__credit"),
        w,
        h,
    );
    let fig = style_of(figure)?;
    let ink = fig.get_property_value("color").unwrap_or_default();
    let font = fig.get_property_value("font-family").unwrap_or_default();
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
    let lines = f
        .title
        .iter()
        .map(|l| (l, TITLE_FONT, "700"))
        .chain(f.credit.iter().map(|l| (l, CREDIT_FONT, "400")));
    for ((text, y), size, weight) in lines {
        add(
            "text",
            &[
                ("x", "0"),
                ("y", &coord(*y)),
                ("fill", &ink),
                ("font-family", &font),
                ("font-size", &format!("{}px", coord(size))),
                ("font-weight", weight),
            ],
            text,
            false,
        );
    }
    Some(image)
}

/// An attribute's text, empty when absent.
#[inline(never)]
fn attr(e: &Element, name: &str) -> String {
    e.get_attribute(name).unwrap_or_default()
}

/// An attribute's number (`parseFloat`: "1.5px" is 1.5), NaN when absent.
#[inline(never)]
fn num(e: &Element, name: &str) -> f64 {
    js_sys::parse_float(&attr(e, name))
}

/// Paints a [`standalone`] chart onto a canvas at [`PNG_SCALE`]: every rect, circle, line, path
/// and text, with the paint its attributes carry.
pub fn paint(image: &Element) -> Option<HtmlCanvasElement> {
    let view_box = attr(image, "viewBox");
    let bounds: Vec<f64> = view_box.split(' ').map(js_sys::parse_float).collect();
    let [x0, y0, w, h] = bounds[..] else {
        return None;
    };
    let canvas: HtmlCanvasElement = gloo::utils::document()
        .create_element("canvas")
        .ok()?
        .unchecked_into();
    canvas.set_width((w * PNG_SCALE).ceil() as u32);
    canvas.set_height((h * PNG_SCALE).ceil() as u32);
    let ctx: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.unchecked_into();
    let _ = ctx.scale(PNG_SCALE, PNG_SCALE);
    let _ = ctx.translate(-x0, -y0);
    let all = image.query_selector_all("*").ok()?;
    for i in 0..all.length() {
        let Some(e) = all.item(i) else { continue };
        let e: &Element = e.unchecked_ref();
        let tag = e.tag_name();
        let fill = attr(e, "fill");
        let filled = fill != "none" && tag != "line";
        let stroke = attr(e, "stroke");
        let stroke_width = num(e, "stroke-width");
        let stroked = stroke != "none" && !stroke.is_empty() && stroke_width > 0.0;
        ctx.set_fill_style_str(&fill);
        ctx.set_stroke_style_str(&stroke);
        ctx.set_line_width(stroke_width);
        ctx.set_line_join(&attr(e, "stroke-linejoin"));
        let dashes = js_sys::Array::new();
        for d in attr(e, "stroke-dasharray").split(',') {
            let d = js_sys::parse_float(d);
            if d > 0.0 {
                dashes.push(&JsValue::from_f64(d));
            }
        }
        let _ = ctx.set_line_dash(&dashes);
        let path = match tag.as_str() {
            "path" => Path2d::new_with_path_string(&attr(e, "d")).ok(),
            "rect" | "circle" | "line" => Path2d::new().ok(),
            "text" => {
                ctx.set_font(&format!(
                    "{} {} {}",
                    attr(e, "font-weight"),
                    attr(e, "font-size"),
                    attr(e, "font-family")
                ));
                ctx.set_text_align(match attr(e, "text-anchor").as_str() {
                    "middle" => "center",
                    "end" => "right",
                    _ => "left",
                });
                let text = e.text_content().unwrap_or_default();
                let (x, y) = (num(e, "x"), num(e, "y"));
                if stroked && attr(e, "paint-order").starts_with("stroke") {
                    let _ = ctx.stroke_text(&text, x, y);
                }
                if filled {
                    let _ = ctx.fill_text(&text, x, y);
                }
                None
            }
            _ => None,
        };
        let Some(path) = path else { continue };
        match tag.as_str() {
            "rect" => path.rect(num(e, "x"), num(e, "y"), num(e, "width"), num(e, "height")),
            "circle" => {
                let _ = path.arc(num(e, "cx"), num(e, "cy"), num(e, "r"), 0.0, TAU);
            }
            "line" => {
                path.move_to(num(e, "x1"), num(e, "y1"));
                path.line_to(num(e, "x2"), num(e, "y2"));
            }
            _ => {}
        }
        if filled {
            ctx.fill_with_path_2d(&path);
        }
        if stroked {
            ctx.stroke_with_path(&path);
        }
    }
    Some(canvas)
}
