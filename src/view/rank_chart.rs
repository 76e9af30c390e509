//! A hand-drawn chart of chart positions over time: x is the date, y the rank with No. 1 at the
//! top (lower is better), one marked series per platform, every point labelled. When a series
//! is reported at its best rank on several days (Xiaohongshu's "No. 1 on 13 or 14 January"),
//! every report is drawn and ringed, and a note under the chart says so: none is preferred.
//!
//! The geometry is pure functions at the top, ready to move to `query/` with native tests.

use crate::model::records::{Date, Figure, Lang, Text, VocabIx};
use crate::view::bar_chart::series_class;
use crate::view::context::use_view;
use crate::view::data_table::{DataTable, KeyedFigure};
use crate::view::figure_value::bare_value;
use crate::view::intl;
use crate::view::labels::t;
use yew::prelude::*;

const RANK_CHART: Text = t("Rank chart", "排名图");
const DATA_OF: Text = t("Data of the chart", "图表数据");
const SERIES: Text = t("Series", "图例");
const ON: Text = t(" on ", "，");
const AND: Text = t(" and ", "和");

// ---------------------------------------------------------------- geometry (pure)

/// viewBox size in user units; keep the width in sync with the bar chart's (same CSS rule).
pub const WIDTH: f64 = 300.0;
const LEFT: f64 = 58.0;
const RIGHT: f64 = 20.0;
const TOP: f64 = 30.0;
const PLOT_HEIGHT: f64 = 180.0;
const BOTTOM: f64 = 28.0;
pub const HEIGHT: f64 = TOP + PLOT_HEIGHT + BOTTOM;
/// Space kept between the outermost dates and the plot's edges, so labels are not clipped.
const X_PAD: f64 = 36.0;
const POINT: f64 = 5.0;

/// Rank ticks for ranks `1..=max_rank`: every rank up to 5, otherwise 1 and multiples of a step
/// of 5, 10, 25… that keeps about four ticks.
pub fn rank_ticks(max_rank: u32) -> Vec<u32> {
    let max_rank = max_rank.max(1);
    if max_rank <= 5 {
        return (1..=max_rank).collect();
    }
    let step = [5u32, 10, 25, 50, 100, 250, 500, 1000]
        .into_iter()
        .find(|s| max_rank / s <= 3)
        .unwrap_or(1000);
    std::iter::once(1)
        .chain((1..=max_rank / step).map(|i| i * step))
        .collect()
}

/// The bottom of the rank domain: the worst rank shown, at least 2 so rank 1 is not alone.
pub fn rank_domain(max_rank: u32) -> u32 {
    max_rank.max(2)
}

/// y of `rank` in a plot from `top` down `height`: rank 1 at the top, `worst` at the bottom.
pub fn rank_y(rank: f64, worst: u32, top: f64, height: f64) -> f64 {
    let span = (worst.max(2) - 1) as f64;
    top + ((rank - 1.0) / span).clamp(0.0, 1.0) * height
}

/// x of a day (days since the epoch) in a plot from `left` across `width`, the first and last
/// days `pad` in from the edges; a single day sits in the middle.
pub fn day_x(day: i32, first: i32, last: i32, left: f64, width: f64, pad: f64) -> f64 {
    if last <= first {
        return left + width / 2.0;
    }
    left + pad + (day - first) as f64 / (last - first) as f64 * (width - 2.0 * pad)
}

/// Where a point's label sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LabelPlace {
    Above,
    /// Another point on the same day sits up to two ranks better: a label above would collide.
    Below,
    /// The series climbs to its next point, so its line leaves the point up and to the right.
    Left,
}

/// The label place of the point (`day`, `rank`), given the series' next point and every point.
pub fn label_place(
    day: i32,
    rank: f64,
    next: Option<(i32, f64)>,
    all: &[(i32, f64)],
) -> LabelPlace {
    if all
        .iter()
        .any(|&(d, r)| d == day && r < rank && rank - r <= 2.0)
    {
        LabelPlace::Below
    } else if next.is_some_and(|(d, r)| d > day && r < rank) {
        LabelPlace::Left
    } else {
        LabelPlace::Above
    }
}

/// The indices (into `ranks`) of a series' points that share its best rank, when there is more
/// than one; empty otherwise.
pub fn repeated_best(ranks: &[f64]) -> Vec<usize> {
    let best = ranks.iter().copied().fold(f64::INFINITY, f64::min);
    let at_best: Vec<usize> = (0..ranks.len()).filter(|&i| ranks[i] == best).collect();
    if at_best.len() > 1 {
        at_best
    } else {
        Vec::new()
    }
}

// ---------------------------------------------------------------- view

/// The figures of one platform, by date.
struct Series {
    platform: VocabIx,
    points: Vec<(char, &'static Figure)>,
}

/// Groups figures by platform in first-appearance order; points by date, then data order.
fn series_of(figures: &[(char, &'static Figure)]) -> Vec<Series> {
    let mut out: Vec<Series> = Vec::new();
    for &(key, f) in figures {
        match out.iter_mut().find(|s| s.platform == f.platform) {
            Some(s) => s.points.push((key, f)),
            None => out.push(Series {
                platform: f.platform,
                points: vec![(key, f)],
            }),
        }
    }
    for s in &mut out {
        s.points
            .sort_by_key(|(_, f)| f.as_of.date.days_since_epoch());
    }
    out
}

/// A point's mark: circle, square, diamond or triangle by series, so series differ by more
/// than colour.
fn mark(shape: usize, x: f64, y: f64, class: Classes, f: &Figure) -> Html {
    let rank = f.value.to_string();
    let date = intl::iso(f.as_of.date);
    match shape % 4 {
        0 => html! {
            <circle class={class} data-figure={f.id} data-rank={rank} data-date={date}
                cx={x.to_string()} cy={y.to_string()} r={POINT.to_string()} />
        },
        1 => html! {
            <rect class={class} data-figure={f.id} data-rank={rank} data-date={date}
                x={(x - POINT).to_string()} y={(y - POINT).to_string()}
                width={(2.0 * POINT).to_string()} height={(2.0 * POINT).to_string()} />
        },
        2 => {
            let r = POINT * 1.3;
            html! {
                <path class={class} data-figure={f.id} data-rank={rank} data-date={date}
                    d={format!("M{x} {}L{} {y}L{x} {}L{} {y}Z", y - r, x + r, y + r, x - r)} />
            }
        }
        _ => {
            let r = POINT * 1.2;
            html! {
                <path class={class} data-figure={f.id} data-rank={rank} data-date={date}
                    d={format!("M{x} {}L{} {}L{} {}Z", y - r, x + r, y + r * 0.8, x - r, y + r * 0.8)} />
            }
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct RankChartProps {
    /// Unique within the widget; prefixes the ids of the chart's parts.
    pub id: AttrValue,
    pub caption: AttrValue,
    /// Figures in `Unit::Rank`.
    pub figures: Vec<KeyedFigure>,
}

#[function_component(RankChart)]
pub fn rank_chart(props: &RankChartProps) -> Html {
    let ctx = use_view();
    let l = ctx.lang;
    let data = ctx.data;
    let figures: Vec<(char, &'static Figure)> = props
        .figures
        .iter()
        .filter_map(|k| {
            let all: &'static [Figure] = data.figures;
            all.get(k.ix).map(|f| (k.key, f))
        })
        .collect();
    let series = series_of(&figures);
    let days: Vec<i32> = {
        let mut d: Vec<i32> = figures
            .iter()
            .map(|(_, f)| f.as_of.date.days_since_epoch())
            .collect();
        d.sort_unstable();
        d.dedup();
        d
    };
    let (first, last) = (
        days.first().copied().unwrap_or(0),
        days.last().copied().unwrap_or(0),
    );
    let worst = rank_domain(
        figures
            .iter()
            .map(|(_, f)| f.value.ceil().max(1.0) as u32)
            .max()
            .unwrap_or(1),
    );
    let plot_w = WIDTH - LEFT - RIGHT;
    let x_of = |f: &Figure| {
        day_x(
            f.as_of.date.days_since_epoch(),
            first,
            last,
            LEFT,
            plot_w,
            X_PAD,
        )
    };
    let y_of = |rank: f64| rank_y(rank, worst, TOP, PLOT_HEIGHT);
    let all_points: Vec<(i32, f64)> = figures
        .iter()
        .map(|(_, f)| (f.as_of.date.days_since_epoch(), f.value))
        .collect();
    let (colon, sep, comma) = match l {
        Lang::En => (": ", "; ", ", "),
        Lang::Zh => ("：", "；", "，"),
    };
    let name_of = |p: VocabIx| data.platforms.get(p as usize).map_or("", |p| p.name.get(l));
    let id_of = |p: VocabIx| data.platforms.get(p as usize).map_or("", |p| p.id);

    let y_ticks = rank_ticks(worst).into_iter().map(|r| {
        let y = y_of(r as f64);
        html! {
            <g class="xhs-chart__tick">
                <line class="xhs-chart__grid" x1={LEFT.to_string()} x2={(WIDTH - RIGHT).to_string()}
                    y1={y.to_string()} y2={y.to_string()} />
                <text class="xhs-chart__ticklabel" x={(LEFT - 8.0).to_string()}
                    y={(y + 4.5).to_string()} text-anchor="end">
                    { bare_value(r as f64, crate::model::records::Unit::Rank, l) }
                </text>
            </g>
        }
    });
    let x_ticks = days.iter().map(|&d| {
        let x = day_x(d, first, last, LEFT, plot_w, X_PAD);
        html! {
            <text class="xhs-chart__ticklabel" x={x.to_string()} y={(HEIGHT - 8.0).to_string()}
                text-anchor="middle">{ intl::short_day(Date::from_days_since_epoch(d), l) }</text>
        }
    });

    let mut notes: Vec<String> = Vec::new();
    let drawn = series.iter().enumerate().map(|(si, s)| {
        let class = series_class(id_of(s.platform));
        let ranks: Vec<f64> = s.points.iter().map(|(_, f)| f.value).collect();
        let ringed = repeated_best(&ranks);
        if !ringed.is_empty() {
            let dates: Vec<String> = ringed
                .iter()
                .map(|&i| intl::short_day(s.points[i].1.as_of.date, l))
                .collect();
            let best = bare_value(ranks[ringed[0]], crate::model::records::Unit::Rank, l);
            notes.push(match l {
                Lang::En => format!(
                    "Ringed: {} is reported at {best} on {}; every report is shown.",
                    name_of(s.platform),
                    dates.join(AND.en)
                ),
                Lang::Zh => format!(
                    "带圈的点：{}在{}都被报道为{best}，各报道都列出。",
                    name_of(s.platform),
                    dates.join(AND.zh)
                ),
            });
        }
        let line = (s.points.len() > 1).then(|| {
            let d = s
                .points
                .iter()
                .enumerate()
                .map(|(i, (_, f))| {
                    format!("{}{} {}", if i == 0 { "M" } else { "L" }, x_of(f), y_of(f.value))
                })
                .collect::<String>();
            html! { <path class={classes!("xhs-rank__line", class)} d={d} /> }
        });
        let points = s.points.iter().enumerate().map(|(i, (_, f))| {
            let (x, y) = (x_of(f), y_of(f.value));
            let day = f.as_of.date.days_since_epoch();
            let next = s
                .points
                .get(i + 1)
                .map(|(_, n)| (n.as_of.date.days_since_epoch(), n.value));
            let (lx, ly, anchor) = match label_place(day, f.value, next, &all_points) {
                LabelPlace::Above => (x, y - 14.0, "middle"),
                LabelPlace::Below => (x, y + 22.0, "middle"),
                LabelPlace::Left => (x - 12.0, y + 4.5, "end"),
            };
            html! {
                <g class="xhs-rank__point" key={f.id}>
                    if ringed.contains(&i) {
                        <circle class="xhs-rank__ring" cx={x.to_string()} cy={y.to_string()} r="9.5" />
                    }
                    { mark(si, x, y, classes!("xhs-chart__mark", "xhs-rank__mark", class), f) }
                    <text class="xhs-chart__value" x={lx.to_string()} y={ly.to_string()}
                        text-anchor={anchor}>{ bare_value(f.value, f.unit, l) }</text>
                </g>
            }
        });
        html! {
            <g class="xhs-rank__series" data-platform={id_of(s.platform)}>
                { for line }
                { for points }
            </g>
        }
    });
    let drawn: Vec<Html> = drawn.collect();

    let legend = series.iter().enumerate().map(|(si, s)| {
        let class = series_class(id_of(s.platform));
        html! {
            <li class="xhs-chart__legend-item">
                <svg class="xhs-chart__swatch" viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">
                    { mark(si, 0.0, 0.0, classes!("xhs-rank__mark", class), s.points[0].1) }
                </svg>
                { name_of(s.platform) }
            </li>
        }
    });

    let summary = format!(
        "{}{comma}{}{colon}{}",
        RANK_CHART.get(l),
        props.caption,
        series
            .iter()
            .map(|s| format!(
                "{}{colon}{}",
                name_of(s.platform),
                s.points
                    .iter()
                    .map(|(_, f)| format!(
                        "{}{}{}",
                        bare_value(f.value, f.unit, l),
                        ON.get(l),
                        intl::short_day(f.as_of.date, l)
                    ))
                    .collect::<Vec<_>>()
                    .join(comma)
            ))
            .collect::<Vec<_>>()
            .join(sep)
    );
    let title_id = format!("{}-title", props.id);

    html! {
        <figure class="xhs-chart xhs-chart--rank xhs-rank" data-unit="rank">
            <figcaption class="xhs-chart__caption">{ props.caption.clone() }</figcaption>
            <ul class="xhs-chart__legend" aria-label={SERIES.get(l)}>{ for legend }</ul>
            <svg class="xhs-chart__svg" role="img" aria-labelledby={title_id.clone()}
                viewBox={format!("0 0 {WIDTH} {HEIGHT}")} focusable="false">
                <title id={title_id}>{ summary }</title>
                { for y_ticks }
                { for x_ticks }
                { for drawn }
            </svg>
            { for notes.iter().map(|n| html! { <p class="xhs-chart__note">{ n.clone() }</p> }) }
            <DataTable id={format!("{}-table", props.id)}
                caption={format!("{}{colon}{}", DATA_OF.get(l), props.caption)}
                figures={props.figures.clone()} />
        </figure>
    }
}
