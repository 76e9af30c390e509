//! The timeline's overview strip: month ticks, the surge band, the chosen date range and a mark
//! per dated day, as an SVG picture with a text summary (the day list is the accessible path).
//!
//! Marks are placed with percentage coordinates in SVG attributes (never `style=`, which a strict
//! CSP blocks): the strip stretches to any width while its text and marks keep their size.

use crate::model::records::{Date, Lang, Precision};
use crate::query::filters::span::DaySpan;
use crate::query::filters::state::Query;
use crate::query::punctuation;
use crate::query::strip::{mark_top, width_of, x_at, BASELINE};
use crate::query::timeline::{in_surge, precision_of, range_preset, Axis, DayGroup, SURGE_PRESET};
use crate::strings::timeline_strip as words;
use crate::view::intl;
use crate::view::labels;
use yew::prelude::*;

/// Vertical layout of the strip, in CSS px (with query::strip::BASELINE). keep in sync with
/// .xhs-axis in 20-timeline.css
const STRIP_HEIGHT: u32 = 80;
const SURGE_LABEL_Y: u32 = 12;
const BAND_TOP: u32 = 18;
const TICK_END: u32 = 60;
const LABEL_Y: u32 = 74;

/// The overview strip: month ticks, the surge band, the chosen range, and a mark per day.
pub fn strip(
    axis: Axis,
    groups: &[DayGroup],
    query: &Query,
    surge: Option<DaySpan>,
    on_mark: &Callback<usize>,
    lang: Lang,
) -> Html {
    let ticks = axis.month_starts().into_iter().map(|m| {
        let x = x_at(axis.fraction_of(m));
        // Years label every January; quarters get a label only where there is room (CSS).
        let (label, class) = match m.month {
            1 => (
                intl::date(m, Precision::Year, lang),
                "xhs-axis__label xhs-axis__label--year",
            ),
            4 | 7 | 10 => (
                intl::date(m, Precision::Month, lang),
                "xhs-axis__label xhs-axis__label--quarter",
            ),
            _ => (String::new(), "xhs-axis__label"),
        };
        let major = m.month == 1;
        html! {
            <g>
                <line class={classes!("xhs-axis__tick", major.then_some("xhs-axis__tick--major"))}
                    x1={x.clone()} x2={x.clone()} y1={BASELINE.to_string()}
                    y2={if major { (TICK_END + 4).to_string() } else { TICK_END.to_string() }} />
                if !label.is_empty() {
                    <text class={class} x={x} y={LABEL_Y.to_string()} text-anchor="middle">{ label }</text>
                }
            </g>
        }
    });

    let band = surge.and_then(|s| axis.clip(s)).map(|s| {
        let (start, end) = axis.span_fractions(s);
        let centre = (start + end) / 2.0;
        let label = range_preset(SURGE_PRESET).map_or(labels::SURGE, |p| p.label);
        html! {
            <g class="xhs-axis__surge">
                <rect class="xhs-axis__surge-band" x={x_at(start)}
                    y={BAND_TOP.to_string()} width={width_of(axis, s)}
                    height={(BASELINE - BAND_TOP).to_string()} />
                <text class="xhs-axis__surge-label" x={x_at(centre)} y={SURGE_LABEL_Y.to_string()}
                    text-anchor="middle">{ label.get(lang) }</text>
            </g>
        }
    });

    let range = (query.from().is_some() || query.to().is_some())
        .then(|| query.range())
        .and_then(|r| axis.clip(r))
        .map(|r| {
            html! {
                <rect class="xhs-axis__range" x={x_at(axis.fraction(r.first))}
                    y={(BAND_TOP - 4).to_string()} width={width_of(axis, r)}
                    height={(BASELINE - BAND_TOP + 4).to_string()} />
            }
        });

    // An undated group has no place on the axis; the list shows it first.
    let marks = groups.iter().enumerate().filter(|(_, g)| !g.before).map(|(i, g)| {
        let x = x_at(axis.fraction_of(g.date));
        let count = g.events.len() as u32;
        let top = mark_top(count as usize);
        let in_surge = in_surge(surge, g.date);
        let iso = intl::iso(g.date);
        let colon = punctuation::of(lang).colon;
        let tip = format!(
            "{}{colon}{}",
            intl::date(g.date, precision_of(g.date), lang),
            labels::events_count(count as usize, lang)
        );
        // A pointer shortcut to the day in the list; keyboard readers use the list itself.
        let onclick = on_mark.reform(move |_| i);
        html! {
            <g class={classes!("xhs-axis__mark", in_surge.then_some("xhs-axis__mark--surge"))}
                data-day={iso} {onclick}>
                <title>{ tip }</title>
                <line class="xhs-axis__hit" x1={x.clone()} x2={x.clone()} y1={BAND_TOP.to_string()}
                    y2={BASELINE.to_string()} />
                <line class="xhs-axis__stem" x1={x.clone()} x2={x.clone()} y1={top.to_string()}
                    y2={BASELINE.to_string()} />
                <circle class="xhs-axis__dot" cx={x} cy={top.to_string()} r="3.5" />
            </g>
        }
    });

    let summary = strip_summary(
        axis,
        groups.iter().filter(|g| !g.before).count(),
        surge,
        lang,
    );
    html! {
        <svg class="xhs-axis" role="img" aria-label={summary} width="100%"
            height={STRIP_HEIGHT.to_string()} xmlns="http://www.w3.org/2000/svg">
            { for band }
            { for range }
            <line class="xhs-axis__baseline" x1={x_at(0.0)} x2={x_at(1.0)}
                y1={BASELINE.to_string()} y2={BASELINE.to_string()} />
            { for ticks }
            { for marks }
        </svg>
    }
}

/// What the strip shows, for screen readers (the list below holds the detail).
fn strip_summary(axis: Axis, days: usize, surge: Option<DaySpan>, lang: Lang) -> String {
    let first = intl::date(axis.first_date(), Precision::Month, lang);
    let last = intl::date(axis.last_date(), Precision::Month, lang);
    let surge = surge.map(|s| {
        (
            intl::date(Date::from_days_since_epoch(s.first), Precision::Day, lang),
            intl::date(Date::from_days_since_epoch(s.last), Precision::Day, lang),
        )
    });
    let days = days.to_string();
    match surge {
        Some((a, b)) => words::axis_surge(lang, &first, &last, &days, &a, &b),
        None => words::axis(lang, &first, &last, &days),
    }
}
