//! A hand-drawn horizontal bar chart of figures in one unit: one labelled bar per figure, a value
//! label on each bar, light gridlines at nice ticks, and the same figures as a table below.
//!
//! The geometry (scale, ticks, label fit) is `query::charts::bar_scale`'s; the component only draws
//! the marks, and [`chart_shell`] the figure around them.
//! Colours come from CSS classes, sizes from the viewBox, so the chart scales with its container
//! and carries no `style=`.

use crate::model::records::{Lang, Unit};
use crate::query::charts::bar_scale::{
    approx_text_width, bar_width, height, label_fit, nice_ticks, row_top, scale, tick_label_stride,
    tick_spacing, LabelFit, BAR_HEIGHT, BAR_OFFSET, FONT, GAP, LABEL_BASELINE, LEFT, PLOT,
    TICK_FONT, TOP, WIDTH,
};
use crate::query::charts::chart_summary::bar_summary;
use crate::query::figures::figure_groups::KeyedFigure;
use crate::query::svg_number::{coord, plain};
use crate::view::app::context::ViewContext;
use crate::view::charts::chart_credit::chart_credit;
use crate::view::charts::chart_point::point_label;
use crate::view::charts::chart_shell::{chart_shell, class, series_class, Chart, ChartKind};
use crate::view::figures::figure_value::short_date;
use crate::view::figures::figure_value::{bare_value, value_text};
use crate::view::intl;
use yew::prelude::*;

/// A tick's text: the unit's own form, but days and zero as plain numbers.
fn tick_text(value: f64, unit: Unit, lang: Lang) -> String {
    if value == 0.0 || unit == Unit::Days {
        intl::number(value, lang)
    } else {
        bare_value(value, unit, lang)
    }
}

/// What the figure group hands the chart.
pub struct BarChartSpec {
    /// Unique within the widget; prefixes the ids of the chart's parts.
    pub id: AttrValue,
    pub caption: AttrValue,
    pub unit: Unit,
    /// The figures to draw, all in `unit`, in the order of their bars.
    pub figures: Vec<KeyedFigure>,
}

pub fn bar_chart(ctx: &ViewContext, props: &BarChartSpec) -> Html {
    let lang = ctx.lang;
    let data = ctx.data;
    let figures: Vec<_> = props
        .figures
        .iter()
        .filter_map(|k| data.figures.get(k.ix).map(|f| (k.key, f)))
        .collect();
    let max = figures.iter().map(|(_, f)| f.value).fold(0.0, f64::max);
    let ticks = nice_ticks(max, 3);
    let domain = ticks.last().copied().unwrap_or(1.0);
    let h = height(figures.len());
    let plot_bottom = row_top(figures.len());

    let tick_labels: Vec<String> = ticks
        .iter()
        .map(|&v| tick_text(v, props.unit, lang))
        .collect();
    let widest = tick_labels
        .iter()
        .map(|s| approx_text_width(s, TICK_FONT))
        .fold(0.0, f64::max);
    let stride = tick_label_stride(tick_spacing(ticks.len()), widest, 2.0 * GAP);
    let last = ticks.len().saturating_sub(1);
    let grid = ticks
        .iter()
        .zip(tick_labels)
        .enumerate()
        .map(|(i, (&v, label))| {
            let x = LEFT + scale(v, domain, PLOT);
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
                <g class="xhs-chart__tick" aria-hidden="true">
                    <line class={if i == 0 { "xhs-chart__baseline" } else { "xhs-chart__grid" }}
                        x1={coord(x)} x2={coord(x)} y1={coord(TOP)} y2={coord(plot_bottom)} />
                    if labelled {
                        <text class="xhs-chart__ticklabel" x={coord(x)} y={coord(h - 7.0)}
                            text-anchor={anchor}>{ label }</text>
                    }
                </g>
            }
        });

    let bars = figures.iter().enumerate().map(|(i, (key, f))| {
        let row = row_top(i);
        let w = bar_width(f.value, domain);
        let end = LEFT + w;
        let value = value_text(f, lang);
        let fit = label_fit(end, approx_text_width(&value, FONT), WIDTH);
        let (vx, anchor, vclass) = match fit {
            LabelFit::Outside => (end + GAP, "start", "xhs-chart__value"),
            LabelFit::Inside => (
                end - GAP,
                "end",
                "xhs-chart__value xhs-chart__value--inside",
            ),
        };
        let platform_id = data.platforms.get(f.platform as usize).map_or("", |p| p.id);
        let label = format!(
            "{key} · {} · {}",
            data.platform_name(f, lang),
            short_date(f, lang)
        );
        let said = point_label(ctx, &label, &value, f);
        html! {
            <g class="xhs-chart__row" key={f.id}>
                <text class="xhs-chart__label" x={coord(LEFT)} aria-hidden="true"
                    y={coord(row + LABEL_BASELINE)}>{ label }</text>
                <rect class={classes!(class::MARK, "xhs-chart__bar", series_class(platform_id))}
                    role="img" aria-label={said} tabindex={if i == 0 { "0" } else { "-1" }}
                    data-figure={f.id} data-value={plain(f.value)}
                    x={coord(LEFT)} y={coord(row + BAR_OFFSET)}
                    width={coord(w)} height={coord(BAR_HEIGHT)} />
                <text class={vclass} x={coord(vx)} aria-hidden="true"
                    y={coord(row + BAR_OFFSET + BAR_HEIGHT - 4.0)}
                    text-anchor={anchor}>{ value }</text>
            </g>
        }
    });

    let drawn: Vec<_> = figures.iter().map(|(_, f)| *f).collect();
    chart_shell(
        ctx,
        Chart {
            id: props.id.clone(),
            kind: ChartKind::Bar,
            unit: props.unit.name(),
            caption: props.caption.clone(),
            said: bar_summary(&intl::Intl, data, &drawn, lang),
            key: Vec::new(),
            size: (WIDTH, h),
            marks: html! { <>{ for grid }{ for bars }</> },
            notes: Vec::new(),
            credit: chart_credit(ctx, &drawn),
            figures: props.figures.clone(),
        },
    )
}
