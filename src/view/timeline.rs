//! The Timeline section: the visible events on a time axis and as a list grouped by day, with
//! date-range presets and inputs that drive the one shared filter.
//!
//! The overview strip is an SVG whose marks are placed with percentage coordinates in SVG
//! attributes (never `style=`, which a strict CSP blocks): the strip stretches to any width while
//! its text and marks keep their size, which a scaled `viewBox` would shrink to illegibility at
//! 320 px. The strip is a picture (`role="img"` with a summary); the day list below it is the
//! accessible, keyboard-operable path to every event.
//!
//! Its parts, in this folder: [`timeline_day`], [`timeline_strip`], [`event_detail`].

/// Dialog: one event with its citations.
pub mod event_detail;
/// One day of the timeline list, with its events.
pub mod timeline_day;
/// The timeline's overview strip (SVG) and its text summary.
pub mod timeline_strip;

use crate::model::records::{Dataset, Date, Lang};
use crate::query::filters::action::Action;
use crate::query::filters::active_filters::ActiveFilters;
use crate::query::filters::item::Kind;
use crate::query::filters::state::Query;
use crate::query::punctuation;
use crate::query::section::Section;
use crate::query::timeline::{
    day_groups, days_for_events, events_through, in_surge, precision_of, surge_span, Axis,
    EVENT_PAGE, RANGE_PRESETS,
};
use crate::view::app::context::use_section;
use crate::view::intl;
use crate::view::labels;
use crate::view::roving;
use crate::view::strings::timeline::{
    from_day, more_days, until_day, ACTIVE, DATES, EMPTY, INTRO, RANGE, SEARCH,
};
use crate::view::timeline::timeline_day::day;
use crate::view::timeline::timeline_strip::strip;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[function_component(Timeline)]
pub fn timeline() -> Html {
    let ctx = use_section(Section::Timeline);
    let lang = ctx.lang;
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
    // How many events the list renders; whole days up to it. It belongs to one filter state: a
    // new query starts again from one page (derived here, not reset by an effect, which would
    // render twice), so a large selection never renders thousands of rows at once.
    let more = use_state(|| (ctx.query.clone(), EVENT_PAGE));
    let budget = if Rc::ptr_eq(&more.0, &ctx.query) {
        more.1
    } else {
        EVENT_PAGE
    };
    // A day picked on the strip, focused once the render that shows it is in the DOM.
    let pending_focus = use_mut_ref(|| None::<String>);
    {
        let pending_focus = pending_focus.clone();
        let list_ref = list_ref.clone();
        use_effect(move || {
            if let Some(iso) = pending_focus.borrow_mut().take() {
                focus_day(&list_ref, &iso);
            }
        });
    }
    let on_mark = {
        let more = more.clone();
        let query = ctx.query.clone();
        let groups = groups.clone();
        Callback::from(move |day: usize| {
            *pending_focus.borrow_mut() = Some(intl::iso(groups[day].date));
            more.set((query.clone(), budget.max(events_through(&groups, day))));
        })
    };
    let on_more = {
        let query = ctx.query.clone();
        Callback::from(move |_| more.set((query.clone(), budget + EVENT_PAGE)))
    };
    let days_shown = days_for_events(&groups, budget);
    let days_left = groups.len() - days_shown;

    let surge = surge_span();

    let shown = ctx.visible.events.len();
    let total = data.events.len();

    html! {
        <div class="xhs-timeline" part="timeline">
            <h3 class="xhs-section-title">{ labels::section(Section::Timeline).get(lang) }</h3>
            <p class="xhs-timeline__intro">{ INTRO.get(lang) }</p>
            { range_controls(&ctx.query, &ctx.on_action, lang) }
            if let Some(axis) = *axis {
                { strip(axis, &groups, &ctx.query, surge, &on_mark, lang) }
            }
            <p class="xhs-timeline__count">
                { labels::shown_of_total(shown, total, Kind::Event, lang) }
                { labels::dates_count(groups.len(), lang) }
            </p>
            if groups.is_empty() {
                { empty_state(data, &ctx.query, &ctx.on_action, lang) }
            } else {
                <ol class="xhs-timeline__days" ref={list_ref}
                    onkeydown={roving::on_list_keys(".xhs-timeline__days", ".xhs-timeline__open")}>
                    { for groups.iter().take(days_shown).map(|g| day(data, g, !g.before && in_surge(surge, g.date), &ctx.on_open_event, lang)) }
                </ol>
                if days_left > 0 {
                    <button type="button" class="xhs-timeline__more" onclick={on_more}>
                        { more_days(lang, &days_left.to_string()) }
                    </button>
                }
            }
        </div>
    }
}

/// The preset buttons; the from/to inputs are the filter bar's, shared by every section.
fn range_controls(query: &Query, on_action: &Callback<Action>, lang: Lang) -> Html {
    let presets = RANGE_PRESETS.iter().map(|p| {
        let onclick = {
            let on_action = on_action.clone();
            let action = p.action();
            Callback::from(move |_| on_action.emit(action.clone()))
        };
        html! {
            <li>
                <button type="button" class="xhs-timeline__preset" data-preset={p.id}
                    aria-pressed={p.is_active(query).to_string()} {onclick}>
                    { p.label.get(lang) }
                </button>
            </li>
        }
    });
    html! {
        <div class="xhs-timeline__range" role="group" aria-labelledby="xhs-timeline-range">
            <p class="xhs-timeline__range-label" id="xhs-timeline-range">{ RANGE.get(lang) }</p>
            <ul class="xhs-timeline__presets">{ for presets }</ul>
        </div>
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

/// "January 1, 2025 to March 1, 2025", "from January 1, 2025", "until March 1, 2025".
fn range_text(from: Option<Date>, to: Option<Date>, lang: Lang) -> String {
    let text = |d: Date| intl::date(d, precision_of(d), lang);
    match (from, to, lang) {
        (None, None, _) => String::new(),
        (Some(a), Some(b), _) => format!("{}{}{}", text(a), labels::UNTIL.get(lang), text(b)),
        (Some(a), None, _) => from_day(lang, &text(a)),
        (None, Some(b), _) => until_day(lang, &text(b)),
    }
}

/// No event passes: say which filters are on, and offer to reset them.
fn empty_state(data: &Dataset, query: &Query, on_action: &Callback<Action>, lang: Lang) -> Html {
    let filters = ActiveFilters::of(data, query, lang);
    let mut active: Vec<(String, String)> = Vec::new();
    if let Some((from, to)) = filters.dates {
        active.push((DATES.get(lang).to_string(), range_text(from, to, lang)));
    }
    if let Some(search) = filters.search {
        active.push((SEARCH.get(lang).to_string(), format!("“{search}”")));
    }
    let sep = punctuation::of(lang).list;
    for (facet, terms) in filters.facets {
        active.push((labels::facet(facet).get(lang).to_string(), terms.join(sep)));
    }
    let onclick = {
        let on_action = on_action.clone();
        Callback::from(move |_| on_action.emit(Action::Reset))
    };
    html! {
        <div class="xhs-empty xhs-timeline__empty">
            <p class="xhs-timeline__empty-title">{ EMPTY.get(lang) }</p>
            if !active.is_empty() {
                <p class="xhs-timeline__empty-label">{ ACTIVE.get(lang) }</p>
                <dl class="xhs-timeline__active">
                    { for active.into_iter().map(|(k, v)| html! {
                        <div><dt>{ k }</dt><dd>{ v }</dd></div>
                    }) }
                </dl>
            }
            <button type="button" class="xhs-timeline__reset" {onclick}>{ labels::RESET.get(lang) }</button>
        </div>
    }
}
