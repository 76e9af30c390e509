//! A hand-drawn chart of chart positions over time: x is the date, y the rank with No. 1 at the
//! top (lower is better), one marked series per platform, every point labelled. When a series
//! is reported at its best rank on several days (Xiaohongshu's "No. 1 on 13 or 14 January"),
//! every report is drawn and ringed, and a note under the chart says so: none is preferred.
//!
//! The geometry is `query::charts::rank_scale`'s and the series `query::charts::rank_series`'s; the
//! component only draws the marks, and [`chart_shell`] the figure around them.

use crate::model::records::{Date, Figure, Unit, VocabIx};
use crate::query::charts::chart_summary::rank_summary;
use crate::query::charts::rank_scale::{
    label_place, LabelPlace, RankFrame, HEIGHT, LEFT, POINT, RIGHT, WIDTH,
};
use crate::query::charts::rank_series::{day_rank, repeated_best, series_of};
use crate::query::figures::figure_groups::KeyedFigure;
use crate::query::punctuation;
use crate::query::svg_number::{coord, polygon, polyline, trimmed};
use crate::view::app::context::ViewContext;
use crate::view::charts::chart_credit::chart_credit;
use crate::view::charts::chart_point::point_label;
use crate::view::charts::chart_shell::{
    chart_shell, class as shell_class, series_class, Chart, ChartKind,
};
use crate::view::figures::figure_value::{bare_value, value_text};
use crate::view::intl;
use crate::view::strings::rank_chart::ringed as ringed_note;
use yew::prelude::*;

/// A point's mark: circle, square, diamond or triangle by series, so series differ by more
/// than colour.
/// `said` and `tab` make it reachable by keyboard ([`point_label`]; the chart's first point is its
/// one tab stop, and the arrow keys move from there); legend swatches pass `None`.
fn mark(
    shape: usize,
    x: f64,
    y: f64,
    class: Classes,
    f: &Figure,
    said: Option<(String, &'static str)>,
) -> Html {
    let rank = trimmed(f.value, 0);
    let date = intl::iso(f.as_of.date);
    let (said, tab) = said.map_or((None, None), |(s, t)| (Some(s), Some(t)));
    let role = said.as_ref().map(|_| "img");
    match shape % 4 {
        0 => html! {
            <circle class={class} data-figure={f.id} data-rank={rank} data-date={date}
                role={role} aria-label={said} tabindex={tab}
                cx={coord(x)} cy={coord(y)} r={coord(POINT)} />
        },
        1 => html! {
            <rect class={class} data-figure={f.id} data-rank={rank} data-date={date}
                role={role} aria-label={said} tabindex={tab}
                x={coord(x - POINT)} y={coord(y - POINT)}
                width={coord(2.0 * POINT)} height={coord(2.0 * POINT)} />
        },
        2 => {
            let r = POINT * 1.3;
            html! {
                <path class={class} data-figure={f.id} data-rank={rank} data-date={date}
                    role={role} aria-label={said} tabindex={tab}
                    d={polygon(&[(x, y - r), (x + r, y), (x, y + r), (x - r, y)])} />
            }
        }
        _ => {
            let r = POINT * 1.2;
            html! {
                <path class={class} data-figure={f.id} data-rank={rank} data-date={date}
                    role={role} aria-label={said} tabindex={tab}
                    d={polygon(&[(x, y - r), (x + r, y + r * 0.8), (x - r, y + r * 0.8)])} />
            }
        }
    }
}

/// What the figure group hands the chart.
pub struct RankChartSpec {
    /// Unique within the widget; prefixes the ids of the chart's parts.
    pub id: AttrValue,
    pub caption: AttrValue,
    /// Figures in `Unit::Rank`.
    pub figures: Vec<KeyedFigure>,
}

pub fn rank_chart(ctx: &ViewContext, props: &RankChartSpec) -> Html {
    let lang = ctx.lang;
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
    let all_points: Vec<(i32, f64)> = figures.iter().map(|(_, f)| day_rank(f)).collect();
    let frame = RankFrame::of(&all_points);
    let x_of = |f: &Figure| frame.x(f.as_of.date.days_since_epoch());
    let y_of = |rank: f64| frame.y(rank);
    let name_of = |p: VocabIx| {
        data.platforms
            .get(p as usize)
            .map_or("", |p| p.name.get(lang))
    };
    let id_of = |p: VocabIx| data.platforms.get(p as usize).map_or("", |p| p.id);

    let y_ticks = frame.ticks().into_iter().map(|r| {
        let y = y_of(r as f64);
        html! {
            <g class="xhs-chart__tick" aria-hidden="true">
                <line class="xhs-chart__grid" x1={coord(LEFT)} x2={coord(WIDTH - RIGHT)}
                    y1={coord(y)} y2={coord(y)} />
                <text class="xhs-chart__ticklabel" x={coord(LEFT - 8.0)}
                    y={coord(y + 4.5)} text-anchor="end">
                    { bare_value(r as f64, Unit::Rank, lang) }
                </text>
            </g>
        }
    });
    let x_ticks = frame.days.iter().map(|&d| {
        let x = frame.x(d);
        html! {
            <text class="xhs-chart__ticklabel" x={coord(x)} y={coord(HEIGHT - 8.0)}
                text-anchor="middle" aria-hidden="true">{ intl::short_day(Date::from_days_since_epoch(d), lang) }</text>
        }
    });

    let mut notes: Vec<String> = Vec::new();
    let drawn = series.iter().enumerate().map(|(si, s)| {
        let class = series_class(id_of(s.platform));
        let ranks = s.ranks();
        let ringed = repeated_best(&ranks);
        if !ringed.is_empty() {
            let dates: Vec<String> = ringed
                .iter()
                .map(|&i| intl::short_day(s.points[i].1.as_of.date, lang))
                .collect();
            let best = bare_value(ranks[ringed[0]], Unit::Rank, lang);
            notes.push(ringed_note(
                lang,
                name_of(s.platform),
                &best,
                &dates.join(punctuation::of(lang).and),
            ));
        }
        let line = (s.points.len() > 1).then(|| {
            let points: Vec<(f64, f64)> = s
                .points
                .iter()
                .map(|(_, f)| (x_of(f), y_of(f.value)))
                .collect();
            html! { <path class={classes!("xhs-rank__line", class)} d={polyline(&points)} /> }
        });
        let points = s.points.iter().enumerate().map(|(i, (_, f))| {
            let (x, y) = (x_of(f), y_of(f.value));
            let day = f.as_of.date.days_since_epoch();
            let (lx, ly, anchor) = match label_place(day, f.value, s.next_point(i), &all_points) {
                LabelPlace::Above => (x, y - 14.0, "middle"),
                LabelPlace::Below => (x, y + 22.0, "middle"),
                LabelPlace::Left => (x - 12.0, y + 4.5, "end"),
            };
            // With the source's hedge, should a rank ever come with one ("about No. 3").
            let value = value_text(f, lang);
            let head = format!("{} · {}", name_of(s.platform), intl::short_day(f.as_of.date, lang));
            let said = point_label(ctx, &head, &value, f);
            let tab = if si == 0 && i == 0 { "0" } else { "-1" };
            html! {
                <g class="xhs-rank__point" key={f.id}>
                    if ringed.contains(&i) {
                        <circle class="xhs-rank__ring" cx={coord(x)} cy={coord(y)} r="9.5" />
                    }
                    { mark(si, x, y, classes!(shell_class::MARK, "xhs-rank__mark", class), f, Some((said, tab))) }
                    <text class="xhs-chart__value" x={coord(lx)} y={coord(ly)} aria-hidden="true"
                        text-anchor={anchor}>{ value }</text>
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

    let key = series
        .iter()
        .enumerate()
        .map(|(si, s)| {
            let class = series_class(id_of(s.platform));
            let swatch = mark(
                si,
                0.0,
                0.0,
                classes!("xhs-rank__mark", class),
                s.points[0].1,
                None,
            );
            (swatch, name_of(s.platform))
        })
        .collect();
    let drawn_figures: Vec<&Figure> = figures.iter().map(|(_, f)| *f).collect();
    chart_shell(
        ctx,
        Chart {
            id: props.id.clone(),
            kind: ChartKind::Rank,
            unit: Unit::Rank.name(),
            caption: props.caption.clone(),
            said: rank_summary(&intl::Intl, data, &series, lang),
            key,
            size: (WIDTH, HEIGHT),
            marks: html! { <>{ for y_ticks }{ for x_ticks }{ for drawn }</> },
            notes,
            credit: chart_credit(ctx, &drawn_figures),
            figures: props.figures.clone(),
        },
    )
}
