//! The Timeline section: the visible events on a time axis and as a list grouped by day, with
//! date-range presets and inputs that drive the one shared filter.
//!
//! The overview strip is an SVG whose marks are placed with percentage coordinates in SVG
//! attributes (never `style=`, which a strict CSP blocks): the strip stretches to any width while
//! its text and marks keep their size, which a scaled `viewBox` would shrink to illegibility at
//! 320 px. The strip is a picture (`role="img"` with a summary); the day list below it is the
//! accessible, keyboard-operable path to every event.

use crate::model::records::{Dataset, Date, Lang, Precision, Text, When};
use crate::query::action::Action;
use crate::query::facet::Facet;
use crate::query::item::Kind;
use crate::query::plural;
use crate::query::section::Section;
use crate::query::span::DaySpan;
use crate::query::state::Query;
use crate::query::strip::{mark_top, width_of, x_at, BASELINE};
use crate::query::timeline::{
    day_groups, days_for_events, events_through, in_surge, precision_of, range_preset, surge_span,
    Axis, DayGroup, EVENT_PAGE, RANGE_PRESETS, SURGE_PRESET,
};
use crate::view::context::use_view;
use crate::view::intl;
use crate::view::labels::{self, t};
use wasm_bindgen::JsCast;
use yew::prelude::*;

const INTRO: Text = t(
    "From the April 2024 divest-or-ban law, through the January 2025 surge of “TikTok refugees” to Xiaohongshu, to what came after. Select an event to read what its sources say.",
    "时间线从2024年4月的“不卖就禁”法案讲起，经2025年1月“TikTok难民”涌入小红书的高峰，延续至此后的进展。选择一个事件，可查看来源原文。",
);
const RANGE: Text = t("Jump to dates", "按日期查看");
const SURGE: Text = t("Surge", "涌入高峰");
const MONTH_ONLY: Text = t("only the month is known", "具体日期不详");
const YEAR_ONLY: Text = t("only the year is known", "具体日期不详");
const UNDATED: Text = t("date not given; shown first", "具体日期不详，列于最前");
const EMPTY: Text = t(
    "No events match the current filters.",
    "没有符合当前筛选条件的事件。",
);
const ACTIVE: Text = t("Active filters:", "当前筛选：");
const DATES: Text = t("Dates", "日期范围");
const SEARCH: Text = t("Search", "搜索");

/// Vertical layout of the strip, in CSS px (with query::strip::BASELINE). keep in sync with
/// .xhs-axis in 20-timeline.css
const STRIP_HEIGHT: u32 = 80;
const SURGE_LABEL_Y: u32 = 12;
const BAND_TOP: u32 = 18;
const TICK_END: u32 = 60;
const LABEL_Y: u32 = 74;

#[function_component(Timeline)]
pub fn timeline() -> Html {
    let ctx = use_view();
    let l = ctx.lang;
    let data = ctx.data;
    // All events, so the axis stays put while the reader filters.
    let axis = use_memo((), move |_| {
        let all: Vec<usize> = (0..data.events.len()).collect();
        Axis::of_events(data, &all)
    });
    // Keyed on the shared Rc: unchanged filters compare by pointer, with no copy of the indices.
    let groups = use_memo(ctx.visible.clone(), move |visible| {
        day_groups(data, &visible.events)
    });
    let list_ref = use_node_ref();
    // How many events the list renders; whole days up to it. Back to one page on every new
    // filter, so a large selection never renders thousands of rows at once.
    let budget = use_state(|| EVENT_PAGE);
    {
        let budget = budget.clone();
        use_effect_with(ctx.query.clone(), move |_| budget.set(EVENT_PAGE));
    }
    // A day picked on the strip, to focus once the list has rendered it.
    let pending_focus = use_state(|| None::<String>);
    {
        let pending_focus = pending_focus.clone();
        let list_ref = list_ref.clone();
        use_effect_with((*pending_focus).clone(), move |iso| {
            if let Some(iso) = iso {
                focus_day(&list_ref, iso);
                pending_focus.set(None);
            }
        });
    }
    let on_mark = {
        let budget = budget.clone();
        let pending_focus = pending_focus.clone();
        let groups = groups.clone();
        Callback::from(move |day: usize| {
            budget.set((*budget).max(events_through(&groups, day)));
            pending_focus.set(Some(intl::iso(groups[day].date)));
        })
    };
    let on_more = {
        let budget = budget.clone();
        Callback::from(move |_| budget.set(*budget + EVENT_PAGE))
    };
    let days_shown = days_for_events(&groups, *budget);
    let days_left = groups.len() - days_shown;

    let surge = surge_span();

    let shown = ctx.visible.events.len();
    let total = data.events.len();

    html! {
        <div class="xhs-timeline">
            <h3 class="xhs-section-title">{ labels::section(Section::Timeline).get(l) }</h3>
            <p class="xhs-timeline__intro">{ INTRO.get(l) }</p>
            { range_controls(&ctx.query, &ctx.dispatch, l) }
            if let Some(axis) = *axis {
                { strip(axis, &groups, &ctx.query, surge, &on_mark, l) }
            }
            <p class="xhs-timeline__count">
                { labels::shown_of_total(shown, total, Kind::Event, l) }
                { day_count(groups.len(), l) }
            </p>
            if groups.is_empty() {
                { empty_state(data, &ctx.query, &ctx.dispatch, l) }
            } else {
                <ol class="xhs-timeline__days" ref={list_ref}>
                    { for groups.iter().take(days_shown).map(|g| day(data, g, !g.before && in_surge(surge, g.date), &ctx.open_event, l)) }
                </ol>
                if days_left > 0 {
                    <button type="button" class="xhs-timeline__more" onclick={on_more}>
                        { more_days(days_left, l) }
                    </button>
                }
            }
        </div>
    }
}

/// The preset buttons; the from/to inputs are the filter bar's, shared by every section.
fn range_controls(query: &Query, dispatch: &Callback<Action>, l: Lang) -> Html {
    let presets = RANGE_PRESETS.iter().map(|p| {
        let onclick = {
            let dispatch = dispatch.clone();
            let action = p.action();
            Callback::from(move |_| dispatch.emit(action.clone()))
        };
        html! {
            <li>
                <button type="button" class="xhs-timeline__preset" data-preset={p.id}
                    aria-pressed={p.is_active(query).to_string()} {onclick}>
                    { p.label.get(l) }
                </button>
            </li>
        }
    });
    html! {
        <div class="xhs-timeline__range" role="group" aria-labelledby="xhs-timeline-range">
            <p class="xhs-timeline__range-label" id="xhs-timeline-range">{ RANGE.get(l) }</p>
            <ul class="xhs-timeline__presets">{ for presets }</ul>
        </div>
    }
}

/// The overview strip: month ticks, the surge band, the chosen range, and a mark per day.
fn strip(
    axis: Axis,
    groups: &[DayGroup],
    query: &Query,
    surge: Option<DaySpan>,
    on_mark: &Callback<usize>,
    l: Lang,
) -> Html {
    let ticks = axis.month_starts().into_iter().map(|m| {
        let x = x_at(axis.fraction_of(m));
        // Years label every January; quarters get a label only where there is room (CSS).
        let (label, class) = match m.month {
            1 => (
                intl::date(m, Precision::Year, l),
                "xhs-axis__label xhs-axis__label--year",
            ),
            4 | 7 | 10 => (
                intl::date(m, Precision::Month, l),
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
        let label = range_preset(SURGE_PRESET).map_or(SURGE, |p| p.label);
        html! {
            <g class="xhs-axis__surge">
                <rect class="xhs-axis__surge-band" x={x_at(start)}
                    y={BAND_TOP.to_string()} width={width_of(axis, s)}
                    height={(BASELINE - BAND_TOP).to_string()} />
                <text class="xhs-axis__surge-label" x={x_at(centre)} y={SURGE_LABEL_Y.to_string()}
                    text-anchor="middle">{ label.get(l) }</text>
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
        let n = g.events.len() as u32;
        let top = mark_top(n as usize);
        let in_surge = in_surge(surge, g.date);
        let iso = intl::iso(g.date);
        let colon = match l {
            Lang::En => ": ",
            Lang::Zh => "：",
        };
        let tip = format!(
            "{}{colon}{}",
            intl::date(g.date, precision_of(g.date), l),
            event_count(n as usize, l)
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

    let summary = strip_summary(axis, groups.len(), surge, l);
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
fn strip_summary(axis: Axis, days: usize, surge: Option<DaySpan>, l: Lang) -> String {
    let first = intl::date(axis.first_date(), Precision::Month, l);
    let last = intl::date(axis.last_date(), Precision::Month, l);
    let surge = surge.map(|s| {
        (
            intl::date(Date::from_days_since_epoch(s.first), Precision::Day, l),
            intl::date(Date::from_days_since_epoch(s.last), Precision::Day, l),
        )
    });
    match (l, surge) {
        (Lang::En, Some((a, b))) => format!(
            "Time axis from {first} to {last} with {days} marked dates; the surge, {a} to {b}, is highlighted. The list below names each event shown."
        ),
        (Lang::En, None) => format!(
            "Time axis from {first} to {last} with {days} marked dates. The list below names each event shown."
        ),
        (Lang::Zh, Some((a, b))) => format!(
            "时间轴：{first}至{last}，标出{days}个日期；{a}至{b}的涌入高峰已突出显示。下方列表列出当前显示的每个事件。"
        ),
        (Lang::Zh, None) => {
            format!("时间轴：{first}至{last}，标出{days}个日期。下方列表列出当前显示的每个事件。")
        }
    }
}

/// "Show more days (12 left)" / "显示更多（还有12个日期）": some groups are whole months.
fn more_days(left: usize, l: Lang) -> String {
    match l {
        Lang::En => format!("Show more days ({left} left)"),
        Lang::Zh => format!("显示更多（还有{left}个日期）"),
    }
}

/// Moves focus to the first event of the day `iso` in the list, scrolling it into view.
fn focus_day(list_ref: &NodeRef, iso: &str) {
    let Some(list) = list_ref.cast::<web_sys::Element>() else {
        return;
    };
    let selector = format!("[data-day=\"{iso}\"] .xhs-timeline__open");
    if let Ok(Some(button)) = list.query_selector(&selector) {
        button.scroll_into_view_with_bool(false);
        if let Ok(button) = button.dyn_into::<web_sys::HtmlElement>() {
            let _ = button.focus();
        }
    }
}

/// One day: its date heading and its events as buttons that open the event dialog.
fn day(
    data: &'static Dataset,
    g: &DayGroup,
    in_surge: bool,
    open_event: &Callback<usize>,
    l: Lang,
) -> Html {
    let precision = if g.before {
        Precision::Before
    } else {
        precision_of(g.date)
    };
    let iso = intl::iso(g.date);
    let note = match precision {
        Precision::Month => Some(MONTH_ONLY),
        Precision::Year => Some(YEAR_ONLY),
        Precision::Before => Some(UNDATED),
        _ => None,
    };
    let events = g.events.iter().map(|&ix| {
        let e = &data.events[ix];
        let onclick = {
            let open_event = open_event.clone();
            Callback::from(move |_| open_event.emit(ix))
        };
        // The heading gives the date; an event says more only where its date is hedged or spans
        // several days, so precision is never overstated.
        let hedge = (e.when.precision == Precision::Approximate || e.until.is_some())
            .then(|| intl::span(e.when, e.until, l));
        let cites = source_count(e.citations.len(), l);
        html! {
            <li class="xhs-timeline__event">
                <button type="button" class="xhs-timeline__open" aria-haspopup="dialog"
                    data-event={e.id} {onclick}>
                    <span class="xhs-timeline__title">{ e.title.get(l) }</span>
                    <span class="xhs-timeline__meta">
                        if let Some(h) = hedge {
                            <span class="xhs-timeline__hedge">{ h }</span>
                            <span aria-hidden="true">{ " · " }</span>
                        }
                        <span>{ cites }</span>
                    </span>
                </button>
            </li>
        }
    });
    html! {
        <li class={classes!("xhs-timeline__day", in_surge.then_some("xhs-timeline__day--surge"))}
            data-day={iso.clone()}>
            <h4 class="xhs-timeline__date">
                <time datetime={iso}>{ intl::when(When { date: g.date, precision }, l) }</time>
                if let Some(note) = note {
                    <span class="xhs-timeline__note">{ labels::in_brackets(note.get(l), l) }</span>
                }
                if in_surge {
                    <span class="xhs-badge xhs-timeline__surge">{ SURGE.get(l) }</span>
                }
            </h4>
            <ul class="xhs-timeline__events">{ for events }</ul>
        </li>
    }
}

fn source_count(n: usize, l: Lang) -> String {
    let n_text = intl::number(n as f64, l);
    match l {
        Lang::En => format!("{n_text} {}", plural::en(n, "source", "sources")),
        Lang::Zh => format!("{n_text}个来源"),
    }
}

fn event_count(n: usize, l: Lang) -> String {
    let n_text = intl::number(n as f64, l);
    match l {
        Lang::En => format!("{n_text} {}", plural::en(n, "event", "events")),
        Lang::Zh => format!("{n_text}个事件"),
    }
}

fn day_count(n: usize, l: Lang) -> String {
    let n_text = intl::number(n as f64, l);
    match l {
        Lang::En => format!(", on {n_text} {}", plural::en(n, "date", "dates")),
        Lang::Zh => format!("，分布在{n_text}个日期"),
    }
}

/// "January 1, 2025 to March 1, 2025", "from January 1, 2025", "until March 1, 2025".
fn range_text(from: Option<Date>, to: Option<Date>, l: Lang) -> Option<String> {
    let text = |d: Date| intl::date(d, precision_of(d), l);
    Some(match (from, to, l) {
        (None, None, _) => return None,
        (Some(a), Some(b), _) => format!("{}{}{}", text(a), labels::UNTIL.get(l), text(b)),
        (Some(a), None, Lang::En) => format!("from {}", text(a)),
        (Some(a), None, Lang::Zh) => format!("{}起", text(a)),
        (None, Some(b), Lang::En) => format!("until {}", text(b)),
        (None, Some(b), Lang::Zh) => format!("截至{}", text(b)),
    })
}

/// No event passes: say which filters are on, and offer to reset them.
fn empty_state(data: &Dataset, query: &Query, dispatch: &Callback<Action>, l: Lang) -> Html {
    let mut active: Vec<(String, String)> = Vec::new();
    if let Some(range) = range_text(query.from(), query.to(), l) {
        active.push((DATES.get(l).to_string(), range));
    }
    if !query.needle().is_empty() {
        active.push((
            SEARCH.get(l).to_string(),
            format!("“{}”", query.text().trim()),
        ));
    }
    // Only the facets that can hide events; a chosen perspective never does.
    for facet in Facet::ALL.into_iter().filter(|f| f.carried_by(Kind::Event)) {
        let terms: Vec<&str> = query
            .selection(facet)
            .iter()
            .filter_map(|ix| facet.term_label(data, ix, l))
            .collect();
        if !terms.is_empty() {
            let sep = if l == Lang::Zh { "、" } else { ", " };
            active.push((labels::facet(facet).get(l).to_string(), terms.join(sep)));
        }
    }
    let onclick = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::Reset))
    };
    html! {
        <div class="xhs-empty xhs-timeline__empty">
            <p class="xhs-timeline__empty-title">{ EMPTY.get(l) }</p>
            if !active.is_empty() {
                <p class="xhs-timeline__empty-label">{ ACTIVE.get(l) }</p>
                <dl class="xhs-timeline__active">
                    { for active.into_iter().map(|(k, v)| html! {
                        <div><dt>{ k }</dt><dd>{ v }</dd></div>
                    }) }
                </dl>
            }
            <button type="button" class="xhs-timeline__reset" {onclick}>{ labels::RESET.get(l) }</button>
        </div>
    }
}
