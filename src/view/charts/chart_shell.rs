//! The one shell every chart is drawn in and read back from: the `<figure>` with its caption,
//! its summary in words, the key, the SVG and its title, the notes, the source line, the
//! download buttons and the data table; the ids and class names of those parts; and the
//! series palette.
//!
//! [`bar_chart`](super::bar_chart) and [`rank_chart`](super::rank_chart) draw only their marks
//! and hand them here; a download reads the drawn parts back through [`image_parts`], by the same
//! class names, so the chart on the page and its file cannot drift apart.

use crate::model::records::Lang;
use crate::query::figures::figure_groups::KeyedFigure;
use crate::query::punctuation;
use crate::query::svg_number::coord;
use crate::view::app::context::ViewContext;
use crate::view::charts::chart_image::{standalone, ImageParts};
use crate::view::charts::chart_png::paint;
use crate::view::charts::data_table::DataTable;
use crate::view::download::{save_blob, save_text};
use crate::view::roving::on_list_keys;
use crate::view::strings::chart_shell::{BAR_CHART, DATA_OF, PNG, RANK_CHART, SERIES, SVG};
use wasm_bindgen::{prelude::Closure, JsCast};
use web_sys::Element;
use yew::prelude::*;

/// The class names of a chart's parts, the CSS's (`www/styles/30-numbers.css`) and the
/// downloads' one vocabulary.
pub mod class {
    pub const CAPTION: &str = "xhs-chart__caption";
    pub const SUMMARY: &str = "xhs-chart__summary";
    pub const LEGEND: &str = "xhs-chart__legend";
    pub const LEGEND_ITEM: &str = "xhs-chart__legend-item";
    pub const SWATCH: &str = "xhs-chart__swatch";
    pub const SVG: &str = "xhs-chart__svg";
    /// Every mark that stands for a figure: a tab stop for the arrow keys.
    pub const MARK: &str = "xhs-chart__mark";
    /// [`MARK`] as a selector.
    pub const MARK_SELECTOR: &str = ".xhs-chart__mark";
    pub const NOTE: &str = "xhs-chart__note";
    pub const CREDIT: &str = "xhs-chart__credit";
}

/// The id of a chart's caption, which its buttons point to (`aria-describedby`).
pub fn caption_id(id: &str) -> String {
    format!("{id}-caption")
}

/// The colour class of a platform's marks: Xiaohongshu red, TikTok blue, Lemon8 green, others
/// brown (the `--xhs-series-*` tokens).
pub fn series_class(platform_id: &str) -> &'static str {
    match platform_id {
        "xiaohongshu" => "xhs-mark--s1",
        "tiktok" => "xhs-mark--s2",
        "lemon8" => "xhs-mark--s3",
        _ => "xhs-mark--s4",
    }
}

/// The kinds of chart: each has its class and its name for assistive technology.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    Bar,
    Rank,
}

/// What a chart hands its shell.
pub struct Chart {
    /// Unique within the widget; prefixes the ids of the chart's parts and names its files.
    pub id: AttrValue,
    pub kind: ChartKind,
    /// The unit of its figures (`data-unit`).
    pub unit: &'static str,
    pub caption: AttrValue,
    /// The chart in words, shown under the caption and read as its description.
    pub said: String,
    /// The key, one item per series: its mark (drawn in a 16-unit swatch centred on 0, 0) and
    /// its name. Empty: no key.
    pub key: Vec<(Html, &'static str)>,
    /// The size of the SVG in user units (its viewBox from 0, 0).
    pub size: (f64, f64),
    /// The marks, ticks and labels inside the SVG.
    pub marks: Html,
    pub notes: Vec<String>,
    /// The source line with its dates.
    pub credit: String,
    /// The figures drawn, for the data table.
    pub figures: Vec<KeyedFigure>,
}

/// A chart in its shell.
pub fn chart_shell(ctx: &ViewContext, chart: Chart) -> Html {
    let lang = ctx.lang;
    let id = chart.id.as_str();
    let (kind_class, name) = match chart.kind {
        ChartKind::Bar => ("xhs-chart--bar", BAR_CHART),
        ChartKind::Rank => ("xhs-chart--rank xhs-rank", RANK_CHART),
    };
    let punctuation::Punctuation { colon, comma, .. } = punctuation::of(lang);
    // The chart's name; what it shows is in its summary, and every value in its table.
    let title = format!("{}{comma}{}", name.get(lang), chart.caption);
    let (title_id, said_id) = (format!("{id}-title"), format!("{id}-summary"));
    let (w, h) = chart.size;
    let key = (!chart.key.is_empty()).then(|| {
        let items = chart.key.into_iter().map(|(mark, name)| {
            html! {
                <li class={class::LEGEND_ITEM}>
                    <svg class={class::SWATCH} viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">
                        { mark }
                    </svg>
                    { name }
                </li>
            }
        });
        html! { <ul class={class::LEGEND} aria-label={SERIES.get(lang)}>{ for items }</ul> }
    });
    html! {
        <figure key={id} class={classes!("xhs-chart", kind_class)} part="chart" data-unit={chart.unit}>
            <figcaption class={class::CAPTION} id={caption_id(id)}>{ chart.caption.clone() }</figcaption>
            <p class={class::SUMMARY} id={said_id.clone()}>{ chart.said }</p>
            { for key }
            <svg class={class::SVG} role="group" aria-labelledby={title_id.clone()} aria-describedby={said_id}
                onkeydown={on_list_keys("svg", class::MARK_SELECTOR)} viewBox={format!("0 0 {} {}", coord(w), coord(h))} focusable="false">
                <title id={title_id}>{ title }</title>
                { chart.marks }
            </svg>
            { for chart.notes.into_iter().map(|n| html! { <p class={class::NOTE}>{ n }</p> }) }
            <p class={class::CREDIT}>{ chart.credit }</p>
            { download_buttons(id, lang) }
            <DataTable id={format!("{id}-table")}
                caption={format!("{}{colon}{}", DATA_OF.get(lang), chart.caption)}
                figures={chart.figures} />
        </figure>
    }
}

/// The two download buttons under the chart `id`; the files are named after it and `lang`.
/// Each button is described by the chart's caption, so a list of the page's buttons tells one
/// chart's from another's.
fn download_buttons(id: &str, lang: Lang) -> Html {
    let stem = format!("{id}-{}", lang.tag());
    let on_svg = on_download(format!("{stem}.svg"), false);
    let on_png = on_download(format!("{stem}.png"), true);
    let caption = caption_id(id);
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
        let Some(image) = image_parts(&figure).and_then(|parts| standalone(&parts)) else {
            return;
        };
        if !png {
            if let Ok(text) =
                web_sys::XmlSerializer::new().and_then(|s| s.serialize_to_string(&image))
            {
                save_text(&figure, &name, "image/svg+xml", &text);
            }
            return;
        }
        let canvas = match paint(&image) {
            Ok(canvas) => canvas,
            // A chart the painter cannot draw whole is not saved as a partial picture.
            Err(why) => {
                gloo::console::error!(["xhs-explainer: no PNG of ", &name, ": ", &why].concat());
                return;
            }
        };
        let name = name.clone();
        let done = Closure::once_into_js(move |blob: Option<web_sys::Blob>| {
            if let Some(blob) = blob {
                save_blob(&figure, &name, &blob);
            }
        });
        let _ = canvas.to_blob(done.unchecked_ref());
    })
}

/// The drawn parts of the chart in `figure`, found by the shell's class names.
pub fn image_parts(figure: &Element) -> Option<ImageParts> {
    let all = |class: &str| -> Vec<Element> {
        let found = figure.query_selector_all(&format!(".{class}")).ok();
        let found = found.as_ref();
        (0..found.map_or(0, |l| l.length()))
            .filter_map(|i| found?.item(i)?.dyn_into().ok())
            .collect()
    };
    let text_of = |e: &Element| e.text_content().unwrap_or_default();
    let texts_of = |class: &str| all(class).iter().map(text_of).collect::<Vec<_>>().join(" ");
    let key = all(class::LEGEND_ITEM)
        .iter()
        .map(|item| {
            let swatch = format!(".{} > *", class::SWATCH);
            (text_of(item), item.query_selector(&swatch).ok().flatten())
        })
        .collect();
    Some(ImageParts {
        svg: all(class::SVG).into_iter().next()?,
        title: texts_of(class::CAPTION),
        key,
        notes: texts_of(class::NOTE),
        first_note: all(class::NOTE).into_iter().next(),
        credit: texts_of(class::CREDIT),
        figure: figure.clone(),
    })
}
