//! A hand-drawn horizontal bar chart of figures in one unit: one labelled bar per figure, a value
//! label on each bar, light gridlines at nice ticks, and the same figures as a table below.
//!
//! Geometry lives in small pure functions at the top (scale, ticks, label fit) so they can move
//! to `query/` with native tests; the component only draws them. Colours come from CSS classes,
//! sizes from the viewBox, so the chart scales with its container and carries no `style=`.

use crate::model::records::{Lang, Text, Unit};
use crate::view::context::use_view;
use crate::view::data_table::{platform_name, short_date, DataTable, KeyedFigure};
use crate::view::figure_value::{bare_value, value_text};
use crate::view::intl;
use crate::view::labels::t;
use yew::prelude::*;

const BAR_CHART: Text = t("Bar chart", "条形图");
const DATA_OF: Text = t("Data of the chart", "图表数据");

// ---------------------------------------------------------------- geometry (pure)

/// Width of the viewBox, in user units. Chosen so 13-unit text stays ≥ 12 px on a 288 px wide
/// phone column; keep in sync with `.xhs-chart__svg { max-width }` in 30-numbers.css.
pub const WIDTH: f64 = 300.0;
/// Font size of chart text in user units; keep in sync with `.xhs-chart__svg text`.
pub const FONT: f64 = 13.0;
/// Font size of tick labels; keep in sync with `.xhs-chart__ticklabel`.
const TICK_FONT: f64 = 12.0;
const TOP: f64 = 4.0;
const ROW: f64 = 46.0;
const LABEL_BASELINE: f64 = 13.0;
const BAR_OFFSET: f64 = 19.0;
const BAR_HEIGHT: f64 = 16.0;
const AXIS: f64 = 24.0;
const LEFT: f64 = 1.0;
const RIGHT: f64 = 8.0;
const GAP: f64 = 5.0;

/// The step between ticks for a domain `0..max` with about `count` ticks: 1, 2 or 5 × 10ⁿ,
/// the step nearest the raw step (the rule of d3's `tickIncrement`).
pub fn tick_step(max: f64, count: usize) -> f64 {
    if max.is_nan() || max <= 0.0 || count == 0 {
        return 1.0;
    }
    let raw = max / count as f64;
    let power = 10f64.powf(raw.log10().floor());
    let err = raw / power;
    let factor = if err >= 50f64.sqrt() {
        10.0
    } else if err >= 10f64.sqrt() {
        5.0
    } else if err >= 2f64.sqrt() {
        2.0
    } else {
        1.0
    };
    factor * power
}

/// Ticks from 0 up to the first multiple of the step at or above `max`; the last tick is the
/// domain's end, so the longest bar never touches the edge unless it sits on a tick.
pub fn nice_ticks(max: f64, count: usize) -> Vec<f64> {
    let step = tick_step(max, count);
    let n = if max > 0.0 {
        (max / step - 1e-9).ceil().max(1.0) as usize
    } else {
        1
    };
    (0..=n).map(|i| i as f64 * step).collect()
}

/// Label every `n`th tick, the smallest `n` that leaves `min_gap` between the widest labels
/// (ticks are `spacing` apart). Centred labels need one width between ticks; the last label is
/// end-anchored, so it needs half a width more. The unlabelled ticks keep their gridlines.
pub fn tick_label_stride(spacing: f64, widest_label: f64, min_gap: f64) -> usize {
    if spacing <= 0.0 {
        return 1;
    }
    ((1.5 * widest_label + min_gap) / spacing).ceil().max(1.0) as usize
}

/// A linear scale from `0..domain_max` to `0..range` (pixels); values outside are clamped.
pub fn scale(value: f64, domain_max: f64, range: f64) -> f64 {
    if domain_max.is_nan() || domain_max <= 0.0 {
        return 0.0;
    }
    (value / domain_max).clamp(0.0, 1.0) * range
}

/// A rough rendered width of `text` at font size `font`: CJK characters are one em wide, Latin
/// letters and digits about 0.6 em, spaces and punctuation less. Good enough to decide whether a
/// label fits beside a bar; never used to position text exactly.
pub fn approx_text_width(text: &str, font: f64) -> f64 {
    text.chars()
        .map(|c| {
            if c as u32 >= 0x2E80 {
                1.0
            } else if c == ' ' || c == '.' || c == ',' || c == ':' {
                0.3
            } else if c.is_ascii_uppercase() || c == '×' || c == '%' {
                0.68
            } else {
                0.58
            }
        })
        .sum::<f64>()
        * font
}

/// Where a bar's value label goes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum LabelFit {
    /// After the bar's end, in the text colour.
    Outside,
    /// Inside the bar's end, in the background colour.
    Inside,
}

/// Outside when the label fits between the bar's end and the right edge; otherwise inside.
pub fn label_fit(bar_end: f64, label_width: f64, width: f64) -> LabelFit {
    if bar_end + GAP + label_width <= width || bar_end < label_width + 2.0 * GAP {
        LabelFit::Outside
    } else {
        LabelFit::Inside
    }
}

/// The height of the viewBox for `rows` bars.
pub fn height(rows: usize) -> f64 {
    TOP + rows as f64 * ROW + AXIS
}

// ---------------------------------------------------------------- view

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

/// A tick's text: the unit's own form, but days and zero as plain numbers.
fn tick_text(value: f64, unit: Unit, lang: Lang) -> String {
    if value == 0.0 || unit == Unit::Days {
        intl::number(value, lang)
    } else {
        bare_value(value, unit, lang)
    }
}

/// The stable key of a unit, for `data-unit` attributes and element ids.
pub fn unit_key(unit: Unit) -> &'static str {
    Unit::ALL
        .iter()
        .find(|(_, u)| *u == unit)
        .map_or("", |(k, _)| *k)
}

#[derive(Properties, PartialEq)]
pub struct BarChartProps {
    /// Unique within the widget; prefixes the ids of the chart's parts.
    pub id: AttrValue,
    pub caption: AttrValue,
    pub unit: Unit,
    /// The figures to draw, all in `unit`, in the order of their bars.
    pub figures: Vec<KeyedFigure>,
}

#[function_component(BarChart)]
pub fn bar_chart(props: &BarChartProps) -> Html {
    let ctx = use_view();
    let l = ctx.lang;
    let data = ctx.data;
    let figures: Vec<_> = props
        .figures
        .iter()
        .filter_map(|k| data.figures.get(k.ix).map(|f| (k.key, f)))
        .collect();
    let max = figures.iter().map(|(_, f)| f.value).fold(0.0, f64::max);
    let ticks = nice_ticks(max, 3);
    let domain = ticks.last().copied().unwrap_or(1.0);
    let plot = WIDTH - LEFT - RIGHT;
    let h = height(figures.len());
    let plot_bottom = TOP + figures.len() as f64 * ROW;
    let (colon, sep, comma) = match l {
        Lang::En => (": ", "; ", ", "),
        Lang::Zh => ("：", "；", "，"),
    };

    let tick_labels: Vec<String> = ticks.iter().map(|&v| tick_text(v, props.unit, l)).collect();
    let widest = tick_labels
        .iter()
        .map(|s| approx_text_width(s, TICK_FONT))
        .fold(0.0, f64::max);
    let spacing = if ticks.len() > 1 {
        plot / (ticks.len() - 1) as f64
    } else {
        plot
    };
    let stride = tick_label_stride(spacing, widest, 2.0 * GAP);
    let last = ticks.len().saturating_sub(1);
    let grid = ticks.iter().zip(tick_labels).enumerate().map(|(i, (&v, label))| {
        let x = LEFT + scale(v, domain, plot);
        let anchor = if i == 0 {
            "start"
        } else if i == last {
            "end"
        } else {
            "middle"
        };
        // The last tick is the domain's end: label it when the stride lands on it.
        let labelled = i % stride == 0;
        html! {
            <g class="xhs-chart__tick">
                <line class={if i == 0 { "xhs-chart__baseline" } else { "xhs-chart__grid" }}
                    x1={x.to_string()} x2={x.to_string()} y1={TOP.to_string()} y2={plot_bottom.to_string()} />
                if labelled {
                    <text class="xhs-chart__ticklabel" x={x.to_string()} y={(h - 7.0).to_string()}
                        text-anchor={anchor}>{ label }</text>
                }
            </g>
        }
    });

    let bars = figures.iter().enumerate().map(|(i, (key, f))| {
        let row = TOP + i as f64 * ROW;
        let w = scale(f.value, domain, plot).max(1.0);
        let end = LEFT + w;
        let value = value_text(f, l);
        let fit = label_fit(end, approx_text_width(&value, FONT), WIDTH);
        let (vx, anchor, vclass) = match fit {
            LabelFit::Outside => (end + GAP, "start", "xhs-chart__value"),
            LabelFit::Inside => (end - GAP, "end", "xhs-chart__value xhs-chart__value--inside"),
        };
        let platform_id = data.platforms.get(f.platform as usize).map_or("", |p| p.id);
        let label = format!(
            "{key} · {} · {}",
            platform_name(data, f, l),
            short_date(f, l)
        );
        html! {
            <g class="xhs-chart__row" key={f.id}>
                <text class="xhs-chart__label" x={LEFT.to_string()}
                    y={(row + LABEL_BASELINE).to_string()}>{ label }</text>
                <rect class={classes!("xhs-chart__mark", "xhs-chart__bar", series_class(platform_id))}
                    data-figure={f.id} data-value={f.value.to_string()}
                    x={LEFT.to_string()} y={(row + BAR_OFFSET).to_string()}
                    width={w.to_string()} height={BAR_HEIGHT.to_string()} />
                <text class={vclass} x={vx.to_string()}
                    y={(row + BAR_OFFSET + BAR_HEIGHT - 4.0).to_string()}
                    text-anchor={anchor}>{ value }</text>
            </g>
        }
    });

    let summary = format!(
        "{}{comma}{}{colon}{}",
        BAR_CHART.get(l),
        props.caption,
        figures
            .iter()
            .map(|(key, f)| format!(
                "{key}{comma}{}{comma}{}",
                platform_name(data, f, l),
                value_text(f, l)
            ))
            .collect::<Vec<_>>()
            .join(sep)
    );
    let title_id = format!("{}-title", props.id);

    html! {
        <figure class="xhs-chart xhs-chart--bar" data-unit={unit_key(props.unit)}>
            <figcaption class="xhs-chart__caption">{ props.caption.clone() }</figcaption>
            <svg class="xhs-chart__svg" role="img" aria-labelledby={title_id.clone()}
                viewBox={format!("0 0 {WIDTH} {h}")} focusable="false">
                <title id={title_id}>{ summary }</title>
                { for grid }
                { for bars }
            </svg>
            <DataTable id={format!("{}-table", props.id)}
                caption={format!("{}{colon}{}", DATA_OF.get(l), props.caption)}
                figures={props.figures.clone()} />
        </figure>
    }
}
