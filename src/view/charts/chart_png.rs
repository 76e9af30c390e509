//! A [`standalone`] chart painted onto a canvas for the PNG download, element by element with
//! canvas calls, not by loading the SVG as an image: a host's CSP (`img-src 'self'`) would
//! refuse the `blob:` URL.
//!
//! [`standalone`]: crate::view::charts::chart_image::standalone

use std::f64::consts::TAU;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, Element, HtmlCanvasElement, Path2d};

/// PNG pixels per user unit: a 300-unit chart becomes 972 pixels wide.
const PNG_SCALE: f64 = 3.0;

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
        // A key's mark is moved into place with `translate(x y)`.
        let shift: Vec<f64> = attr(e, "transform")
            .strip_prefix("translate(")
            .map(|t| t.split([' ', ',', ')']).map(js_sys::parse_float).collect())
            .unwrap_or_default();
        let (dx, dy) = match shift[..] {
            [dx, dy, ..] if dx.is_finite() && dy.is_finite() => (dx, dy),
            _ => (0.0, 0.0),
        };
        let _ = ctx.translate(dx, dy);
        paint_element(&ctx, e);
        let _ = ctx.translate(-dx, -dy);
    }
    Some(canvas)
}

/// Paints one element of a [`standalone`] chart with the paint its attributes carry.
fn paint_element(ctx: &CanvasRenderingContext2d, e: &Element) {
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
    // "3px, 2px" as computed; "0" entries are dots and stay.
    for d in attr(e, "stroke-dasharray").split([',', ' ']) {
        let d = js_sys::parse_float(d);
        if d >= 0.0 {
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
    let Some(path) = path else { return };
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
