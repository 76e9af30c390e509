//! A chart as a file to reuse: the drawn chart copied into a standalone SVG with its title, key,
//! notes, source line and date drawn in, saved as SVG or, painted by [`crate::view::charts::chart_png`],
//! as PNG, in the reader's language and the widget's current theme. The parts come from the
//! chart's shell ([`crate::view::charts::chart_shell::image_parts`]).
//!
//! The copy carries each element's computed paint and font as presentation attributes, so it
//! looks the same outside the page.

use crate::query::charts::chart_frame::{
    frame, Parts, CREDIT_FONT, KEY_MARK, KEY_NAME, MARGIN, TITLE_FONT,
};
use crate::query::svg_number::coord;
use wasm_bindgen::JsCast;
use web_sys::Element;

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

/// What a download copies from a drawn chart, read by
/// [`image_parts`](crate::view::charts::chart_shell::image_parts).
pub struct ImageParts {
    /// The drawn `<svg>`.
    pub svg: Element,
    /// The caption's text, drawn as the image's title.
    pub title: String,
    /// Each key item's name and its swatch's mark.
    pub key: Vec<(String, Option<Element>)>,
    /// The notes' text, one paragraph.
    pub notes: String,
    /// The first note, whose colour the notes are drawn in.
    pub first_note: Option<Element>,
    /// The source line's text.
    pub credit: String,
    /// The `<figure>` around it all, for the ink and the font.
    pub figure: Element,
}

/// A drawn chart as a standalone `<svg>`: its marks with their computed paint, a background in
/// the theme's colour, the caption and the key above, the notes and the source line below. The
/// copy is a picture, not a control: no tab stops, no references to the page.
pub fn standalone(parts: &ImageParts) -> Option<Element> {
    let (svg, figure) = (&parts.svg, &parts.figure);
    let image: Element = svg.clone_node_with_deep(true).ok()?.unchecked_into();
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
    let key: Vec<String> = parts.key.iter().map(|(name, _)| name.clone()).collect();
    let view_box = svg.get_attribute("viewBox").unwrap_or_default();
    let mut size = view_box.split(' ').skip(2).map(js_sys::parse_float);
    let (w, h) = (size.next()?, size.next()?);
    let f = frame(
        Parts {
            title: &parts.title,
            key: &key,
            notes: &parts.notes,
            credit: &parts.credit,
        },
        w,
        h,
    );
    let colour_of = |e: Option<&Element>| {
        e.and_then(style_of)
            .and_then(|s| s.get_property_value("color").ok())
            .unwrap_or_default()
    };
    let ink = colour_of(Some(figure));
    let muted = colour_of(parts.first_note.as_ref());
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
    let (width, height) = (coord(f.width), coord(f.height));
    add(
        &image,
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
        add_text(&image, text, (x, y), (size, weight, &font), colour);
    };
    for (text, y) in &f.title {
        text_at(text, 0.0, *y, TITLE_FONT, "700", &ink);
    }
    // Each key item: a copy of its swatch's mark, moved to the item, and its name.
    for ((name, x, y), (_, mark)) in f.key.iter().zip(&parts.key) {
        let Some(mark) = mark else {
            continue;
        };
        if let Ok(copy) = mark.clone_node() {
            let copy: Element = copy.unchecked_into();
            inline_paint(mark, &copy);
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

/// The computed style of `e`, if the browser gives one.
fn style_of(e: &Element) -> Option<web_sys::CssStyleDeclaration> {
    gloo::utils::window().get_computed_style(e).ok().flatten()
}

/// Writes the computed paint of `from` onto its copy `to`, which stops being a tab stop. Out of
/// line: both the chart's elements and the key marks go through it.
#[inline(never)]
fn inline_paint(from: &Element, to: &Element) {
    let Some(style) = style_of(from) else { return };
    for p in PAINT {
        let _ = to.set_attribute(p, &style.get_property_value(p).unwrap_or_default());
    }
    let _ = to.remove_attribute("tabindex");
}

/// Adds an SVG element `tag` with `attrs` and `text` to `image`, first or last.
#[inline(never)]
fn add(image: &Element, tag: &str, attrs: &[(&str, &str)], text: &str, first: bool) {
    let Ok(e) = gloo::utils::document().create_element_ns(Some(SVG_NS), tag) else {
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
}

/// Adds one line of text at `(x, y)` in `(size, weight, family)` and `colour`: the title, a key
/// name, a note or the source line. Out of line: four kinds of line share it.
#[inline(never)]
fn add_text(
    image: &Element,
    text: &str,
    (x, y): (f64, f64),
    font: (f64, &str, &str),
    colour: &str,
) {
    let (size, weight, family) = font;
    add(
        image,
        "text",
        &[
            ("x", &coord(x)),
            ("y", &coord(y)),
            ("fill", colour),
            ("font-family", family),
            ("font-size", &[coord(size).as_str(), "px"].concat()),
            ("font-weight", weight),
        ],
        text,
        false,
    );
}
