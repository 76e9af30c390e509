//! A [`standalone`] chart painted onto a canvas for the PNG download, element by element with
//! canvas calls, not by loading the SVG as an image: a host's CSP (`img-src 'self'`) would
//! refuse the `blob:` URL.
//!
//! It draws rects, circles, lines, paths and text, and passes over groups and titles; any
//! other element, or a transform other than a key mark's `translate(x y)`, is an error that
//! names it, so a new kind of mark cannot silently go missing from the PNG.
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

/// The elements the painter draws, and those it passes over (they carry no paint of their own).
const DRAWN: [&str; 5] = ["rect", "circle", "line", "path", "text"];
const PASSED: [&str; 2] = ["g", "title"];

/// Paints a [`standalone`] chart onto a canvas at [`PNG_SCALE`]: every rect, circle, line, path
/// and text, with the paint its attributes carry. An error names what it cannot draw.
pub fn paint(image: &Element) -> Result<HtmlCanvasElement, String> {
    let view_box = attr(image, "viewBox");
    let bounds: Vec<f64> = view_box.split(' ').map(js_sys::parse_float).collect();
    let [x0, y0, w, h] = bounds[..] else {
        return Err([
            "the image's viewBox \"",
            &view_box,
            "\" is not four numbers",
        ]
        .concat());
    };
    let all = image
        .query_selector_all("*")
        .map_err(|_| "the image's elements cannot be listed".to_string())?;
    // Every element is checked before anything is drawn.
    let mut shifts = Vec::new();
    for i in 0..all.length() {
        let Some(e) = all.item(i) else { continue };
        let e: Element = e.unchecked_into();
        let tag = e.tag_name();
        if !DRAWN.contains(&tag.as_str()) && !PASSED.contains(&tag.as_str()) {
            return Err(["the PNG painter does not draw <", &tag, ">"].concat());
        }
        // A group's transform would have to move its children too: none is drawn so.
        let transform = attr(&e, "transform");
        let shift = translation(&transform)
            .filter(|_| tag != "g" || transform.is_empty())
            .ok_or_else(|| {
                [
                    "the PNG painter does not draw <",
                    &tag,
                    " transform=\"",
                    &transform,
                    "\">",
                ]
                .concat()
            })?;
        shifts.push((e, shift));
    }
    let canvas: HtmlCanvasElement = gloo::utils::document()
        .create_element("canvas")
        .map_err(|_| "no canvas".to_string())?
        .unchecked_into();
    canvas.set_width((w * PNG_SCALE).ceil() as u32);
    canvas.set_height((h * PNG_SCALE).ceil() as u32);
    let ctx: CanvasRenderingContext2d = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .ok_or_else(|| "no 2D canvas context".to_string())?
        .unchecked_into();
    let _ = ctx.scale(PNG_SCALE, PNG_SCALE);
    let _ = ctx.translate(-x0, -y0);
    for (e, (dx, dy)) in shifts {
        let _ = ctx.translate(dx, dy);
        paint_element(&ctx, &e);
        let _ = ctx.translate(-dx, -dy);
    }
    Ok(canvas)
}

/// The shift of a `transform` attribute: none for no transform, `translate(x y)` (a key mark
/// moved into place); `None` for anything else.
fn translation(transform: &str) -> Option<(f64, f64)> {
    if transform.is_empty() {
        return Some((0.0, 0.0));
    }
    let inside = transform.strip_prefix("translate(")?.strip_suffix(')')?;
    let numbers: Vec<f64> = inside
        .split([' ', ','])
        .filter(|n| !n.is_empty())
        .map(js_sys::parse_float)
        .collect();
    match numbers[..] {
        [dx, dy] if dx.is_finite() && dy.is_finite() => Some((dx, dy)),
        _ => None,
    }
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
        // `paint` lets through only what is drawn here or carries no paint (g, title).
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
