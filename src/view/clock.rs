//! Section "早C晚A": who is awake when, in Beijing and the four US zones, over one UTC day. A
//! 24-column strip marks each zone's waking hours and the hours everyone shares; a date picker
//! makes the US clock changes visible, and an hour slider reads the local times off the browser's
//! time-zone database.
//!
//! The hour arithmetic is `query::clock`'s and who is awake with whom `query::awake`'s; the local
//! times shown for the chosen hour come from `Intl` (`intl::clock`), so the two cross-check each
//! other.

use crate::model::records::{Date, Lang};
use crate::query::awake::{
    chosen_day, chosen_hour, default_day, first_shared_hour, overlap, Overlap, FIRST_DAY, LAST_DAY,
    PHRASE_EVENT_ID,
};
use crate::query::clock::{
    dst_neighbours, is_awake, shared_awake_hours, us_dst_days, utc_seconds, Zone, AWAKE_FROM_HOUR,
    AWAKE_UNTIL_HOUR,
};
use crate::query::punctuation;
use crate::query::section::Section;
use crate::view::app::context::use_section;
use crate::view::clock_strip::hour_strip;
use crate::view::clock_zones::zones_at;
use crate::view::intl;
use crate::view::labels;
use crate::view::sources::source_line::source_line;
use crate::view::strings::clock::{
    at_lead, awake_range, dst, overlap_china_and_some_us, overlap_some_us, utc_time, AFTER_CHANGE,
    AT_HOUR_HEADING, BEFORE_CHANGE, CONTROLS, DAY_LABEL, FROM_TIMELINE, HOUR_LABEL, LEGEND_A,
    LEGEND_ALL, LEGEND_C, MEANING, MEANING_HEADING, OPEN_EVENT, OVERLAP_CHINA_ONLY,
    OVERLAP_EVERYONE, OVERLAP_NOBODY, OVERLAP_US_ONLY, PRESETS, STRIP_HEADING, SURGE,
};
use yew::prelude::*;

/// The phrase itself, always in Chinese (marked `lang="zh-Hans"` in the English text).
const TERM: &str = "“早C晚A”";

/// A UTC instant's time of day as "13:00 UTC" / "UTC 13:00".
pub(crate) fn utc_text(utc: i64, lang: Lang) -> String {
    utc_time(lang, &intl::clock(utc, "UTC", lang))
}

/// One sentence on who is awake at `utc`, with the local times in Beijing and New York.
fn summary(utc: i64, awake: &[bool], lang: Lang) -> String {
    let at = utc_text(utc, lang);
    let bj = intl::clock(utc, Zone::Beijing.iana(), lang);
    let ny = intl::clock(utc, Zone::NewYork.iana(), lang);
    let number = |k: usize| intl::number(k as f64, lang);
    let rest = match overlap(awake) {
        Overlap::Everyone => OVERLAP_EVERYONE.get(lang).to_string(),
        Overlap::ChinaOnly => OVERLAP_CHINA_ONLY.get(lang).to_string(),
        Overlap::UsOnly => OVERLAP_US_ONLY.get(lang).to_string(),
        Overlap::ChinaAndSomeUs(k) => overlap_china_and_some_us(lang, &number(k)),
        Overlap::SomeUs(k) => overlap_some_us(lang, &number(k)),
        Overlap::Nobody => OVERLAP_NOBODY.get(lang).to_string(),
    };
    at_lead(lang, &at, &bj, &ny) + &rest
}

fn awake_range_text(lang: Lang) -> String {
    let from = intl::clock(
        utc_seconds(Date::new(1970, 1, 1), AWAKE_FROM_HOUR, 0),
        "UTC",
        lang,
    );
    let until = intl::clock(
        utc_seconds(Date::new(1970, 1, 1), AWAKE_UNTIL_HOUR, 0),
        "UTC",
        lang,
    );
    awake_range(lang, &from, &until)
}

fn dst_text(year: u16, lang: Lang) -> String {
    let (start, end) = us_dst_days(year);
    let fmt_day = |days: i32| {
        intl::date(
            Date::from_days_since_epoch(days),
            crate::model::records::Precision::Day,
            lang,
        )
    };
    dst(lang, &fmt_day(start), &fmt_day(end))
}

#[function_component(Clock)]
pub fn clock() -> Html {
    let ctx = use_section(Section::Clock);
    let lang = ctx.lang;
    let data = ctx.data;
    let day = use_state(|| default_day(data));
    let hour = use_state(|| first_shared_hour(&shared_awake_hours(default_day(data), &Zone::ALL)));
    let slots = use_memo(*day, |d| shared_awake_hours(*d, &Zone::ALL));
    let h = (*hour).min(23);
    let utc = utc_seconds(*day, h, 0);
    let awake_now: Vec<bool> = Zone::ALL.iter().map(|&z| is_awake(z, utc)).collect();

    let set_day = |day: UseStateHandle<Date>| {
        move |value: String| {
            if let Some(d) = chosen_day(&value) {
                day.set(d);
            }
        }
    };
    let on_day_input = {
        let set = set_day(day.clone());
        Callback::from(move |e: InputEvent| {
            set(e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value())
        })
    };
    let on_day_change = {
        let set = set_day(day.clone());
        Callback::from(move |e: Event| {
            set(e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value())
        })
    };
    let set_hour = |hour: UseStateHandle<u8>| {
        move |value: String| {
            if let Some(v) = chosen_hour(&value) {
                hour.set(v);
            }
        }
    };
    let on_hour_input = {
        let set = set_hour(hour.clone());
        Callback::from(move |e: InputEvent| {
            set(e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value())
        })
    };
    let on_hour_change = {
        let set = set_hour(hour.clone());
        Callback::from(move |e: Event| {
            set(e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value())
        })
    };

    // The event that reports the phrase, shown in its own words with its sources.
    let event = data
        .events
        .iter()
        .position(|e| e.id == PHRASE_EVENT_ID)
        .map(|ix| {
            let event = &data.events[ix];
            let on_open = ctx.on_open_event.reform(move |_: MouseEvent| ix);
            html! {
                <aside class="xhs-clock__event" aria-labelledby="xhs-clock-event-title">
                    <p class="xhs-clock__kicker">{ FROM_TIMELINE.get(lang) }</p>
                    <p class="xhs-clock__event-title" id="xhs-clock-event-title">
                        <time datetime={intl::iso(event.when.date)}>{ intl::when(event.when, lang) }</time>
                        { punctuation::of(lang).colon }
                        { event.title.get(lang) }
                    </p>
                    <p>{ event.summary.get(lang) }</p>
                    <p class="xhs-clock__source">{ source_line(data, event.citations, lang) }</p>
                    <button type="button" class="xhs-button" onclick={on_open}>{ OPEN_EVENT.get(lang) }</button>
                </aside>
            }
        });

    let (before, after) = dst_neighbours(day.year);
    let presets = [
        (default_day(data), SURGE),
        (before, BEFORE_CHANGE),
        (after, AFTER_CHANGE),
    ]
    .into_iter()
    .map(|(d, what)| {
        let onclick = {
            let day = day.clone();
            Callback::from(move |_: MouseEvent| day.set(d))
        };
        let sep = punctuation::of(lang).colon;
        html! {
            <li>
                <button type="button" class="xhs-button xhs-clock__preset" data-day={intl::iso(d)}
                    aria-pressed={(d == *day).to_string()} {onclick}>
                    { intl::date(d, crate::model::records::Precision::Day, lang) }{ sep }{ what.get(lang) }
                </button>
            </li>
        }
    });

    let on_hour = {
        let hour = hour.clone();
        Callback::from(move |v: u8| hour.set(v))
    };
    html! {
        <div class="xhs-clock">
            <h3 class="xhs-section-title">{ labels::section(Section::Clock).get(lang) }</h3>
            <div class="xhs-clock__intro">
                <div>
                    <h4 class="xhs-subtitle">{ MEANING_HEADING.get(lang) }</h4>
                    <p><span lang="zh-Hans">{ TERM }</span>{ MEANING.get(lang) }</p>
                </div>
                { for event }
            </div>

            <fieldset class="xhs-clock__controls">
                <legend>{ CONTROLS.get(lang) }</legend>
                <div class="xhs-clock__field">
                    <label for="xhs-clock-day">{ DAY_LABEL.get(lang) }</label>
                    <input type="date" id="xhs-clock-day" class="xhs-clock__day" min={intl::iso(FIRST_DAY)} max={intl::iso(LAST_DAY)}
                        value={intl::iso(*day)} oninput={on_day_input} onchange={on_day_change} />
                </div>
                <div class="xhs-clock__field xhs-clock__field--hour">
                    <label for="xhs-clock-hour">{ HOUR_LABEL.get(lang) }</label>
                    <input type="range" id="xhs-clock-hour" class="xhs-clock__hour" min="0" max="23" step="1"
                        value={h.to_string()} aria-valuetext={utc_text(utc, lang)}
                        oninput={on_hour_input} onchange={on_hour_change} />
                    <output for="xhs-clock-hour" class="xhs-clock__hour-value">{ utc_text(utc, lang) }</output>
                </div>
                <div class="xhs-clock__presets">
                    <p id="xhs-clock-presets">{ PRESETS.get(lang) }</p>
                    <ul aria-labelledby="xhs-clock-presets">{ for presets }</ul>
                </div>
                <p class="xhs-clock__dst">{ dst_text(day.year, lang) }</p>
            </fieldset>

            <h4 class="xhs-subtitle">{ AT_HOUR_HEADING.get(lang) }</h4>
            <p class="xhs-clock__summary" aria-live="polite">{ summary(utc, &awake_now, lang) }</p>
            { zones_at(*day, h, utc, &awake_now, lang) }

            <h4 class="xhs-subtitle">{ STRIP_HEADING.get(lang) }</h4>
            <p class="xhs-clock__legend">
                <span class="xhs-clock__key xhs-clock__key--c">{ LEGEND_C.get(lang) }</span>
                <span class="xhs-clock__key xhs-clock__key--a">{ LEGEND_A.get(lang) }</span>
                <span class="xhs-clock__key xhs-clock__key--all">{ LEGEND_ALL.get(lang) }</span>
                <span class="xhs-clock__awake-range">{ awake_range_text(lang) }</span>
            </p>
            { hour_strip(*day, &slots, h, &on_hour, lang) }
        </div>
    }
}
