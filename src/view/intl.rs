//! Numbers and dates formatted by the browser's `Intl`, never by hand: "170 million" in English,
//! "1.7亿" in Chinese, and dates in each language's own order.
//!
//! Formatters are costly to build, so each (language, style) pair is built once and kept.

use crate::model::records::{Date, Lang, Precision, When};
use crate::query::figures::figure_text::{self, Formats};
use js_sys::{Array, Function, Object, Reflect};
use std::cell::RefCell;
use wasm_bindgen::JsValue;

/// The formatting styles the explainer uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    /// 3,400,000 / 3,400,000
    Number,
    /// 170 million / 1.7亿
    Compact,
    /// 54% (the value is given in percent, not as a fraction)
    Percent,
    /// January 13, 2025 / 2025年1月13日
    Day,
    /// January 2025 / 2025年1月
    Month,
    /// 2025 / 2025年
    Year,
    /// Jan 13 / 1月13日 (axis ticks)
    ShortDay,
    /// Hour and minute in a named IANA time zone; the zone is part of the key.
    Clock(&'static str),
}

thread_local! {
    // A few dozen formatters at most: a list is smaller in the wasm than a hash map.
    static CACHE: RefCell<Vec<((Lang, Style), Function)>> = const { RefCell::new(Vec::new()) };
}

fn set(object: &Object, key: &str, value: &str) {
    let _ = Reflect::set(object, &JsValue::from_str(key), &JsValue::from_str(value));
}

fn formatter(lang: Lang, style: Style) -> Function {
    let key = (lang, style);
    if let Some(found) = CACHE.with(|c| {
        c.borrow()
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, f)| f.clone())
    }) {
        return found;
    }
    let made = {
        let locales = Array::of1(&JsValue::from_str(lang.tag()));
        let options = Object::new();
        match style {
            Style::Number => {
                set(&options, "maximumFractionDigits", "1");
                js_sys::Intl::NumberFormat::new(&locales, &options).format()
            }
            Style::Compact => {
                set(&options, "notation", "compact");
                set(&options, "compactDisplay", "long");
                set(&options, "maximumFractionDigits", "1");
                js_sys::Intl::NumberFormat::new(&locales, &options).format()
            }
            Style::Percent => {
                set(&options, "style", "percent");
                set(&options, "maximumFractionDigits", "1");
                js_sys::Intl::NumberFormat::new(&locales, &options).format()
            }
            Style::Day | Style::Month | Style::Year | Style::ShortDay => {
                set(&options, "timeZone", "UTC");
                set(&options, "year", "numeric");
                match style {
                    Style::Day => {
                        set(&options, "month", "long");
                        set(&options, "day", "numeric");
                    }
                    Style::Month => set(&options, "month", "long"),
                    Style::ShortDay => {
                        let _ = Reflect::delete_property(&options, &"year".into());
                        set(&options, "month", "short");
                        set(&options, "day", "numeric");
                    }
                    _ => {}
                }
                js_sys::Intl::DateTimeFormat::new(&locales, &options).format()
            }
            Style::Clock(zone) => {
                set(&options, "timeZone", zone);
                set(&options, "hour", "2-digit");
                set(&options, "minute", "2-digit");
                set(&options, "hourCycle", "h23");
                js_sys::Intl::DateTimeFormat::new(&locales, &options).format()
            }
        }
    };
    CACHE.with(|c| c.borrow_mut().push((key, made.clone())));
    made
}

fn call(lang: Lang, style: Style, arg: &JsValue) -> String {
    formatter(lang, style)
        .call1(&JsValue::NULL, arg)
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// A number with grouping: 3,400,000.
pub fn number(value: f64, lang: Lang) -> String {
    call(lang, Style::Number, &JsValue::from_f64(value))
}

/// A large number in words: "170 million", "1.7亿".
pub fn compact(value: f64, lang: Lang) -> String {
    call(lang, Style::Compact, &JsValue::from_f64(value))
}

/// A percentage given in percent units (54 → "54%").
pub fn percent(value: f64, lang: Lang) -> String {
    call(lang, Style::Percent, &JsValue::from_f64(value / 100.0))
}

fn js_date(date: Date) -> JsValue {
    let month = if date.month == 0 {
        0
    } else {
        date.month as i32 - 1
    };
    let day = if date.day == 0 { 1 } else { date.day as i32 };
    let ms = js_sys::Date::utc(date.year as f64, month as f64) + (day as f64 - 1.0) * 86_400_000.0;
    js_sys::Date::new(&JsValue::from_f64(ms)).into()
}

/// A date at the precision it is known: day, month or year; approximate and "before" dates as
/// far as they are known (the hedge is added by [`when`]).
pub fn date(day: Date, precision: Precision, lang: Lang) -> String {
    figure_text::date(&Intl, day, precision, lang)
}

/// A [`When`] with its hedge: "around January 13, 2025" / "2025年1月13日前后"; "before …" / "…前".
pub fn when(when: When, lang: Lang) -> String {
    figure_text::when(&Intl, when, lang)
}

/// The browser's `Intl`, for the wording in `query::figures::figure_text`.
pub struct Intl;

impl Formats for Intl {
    fn number(&self, value: f64, lang: Lang) -> String {
        number(value, lang)
    }

    fn compact(&self, value: f64, lang: Lang) -> String {
        compact(value, lang)
    }

    fn percent(&self, value: f64, lang: Lang) -> String {
        percent(value, lang)
    }

    fn date(&self, day: Date, precision: Precision, lang: Lang) -> String {
        let style = match precision {
            Precision::Month => Style::Month,
            Precision::Year => Style::Year,
            _ => Style::Day,
        };
        call(lang, style, &js_date(day))
    }
}

/// A short day for axis ticks: "Jan 13" / "1月13日".
pub fn short_day(day: Date, lang: Lang) -> String {
    call(lang, Style::ShortDay, &js_date(day))
}

/// Local clock time ("21:00") of a UTC instant in an IANA zone, by the browser's tz database.
pub fn clock(utc_seconds: i64, zone: &'static str, lang: Lang) -> String {
    let v = js_sys::Date::new(&JsValue::from_f64(utc_seconds as f64 * 1000.0));
    call(lang, Style::Clock(zone), &v.into())
}

/// `YYYY-MM-DD` for `datetime` attributes and date inputs.
pub fn iso(day: Date) -> String {
    crate::query::iso_date::format_date(day)
}

/// A [`When`] with its optional last day: "around January 12, 2025 to January 16, 2025" /
/// "2025年1月12日前后至2025年1月16日".
pub fn span(when: When, until: Option<When>, lang: Lang) -> String {
    let mut out = self::when(when, lang);
    if let Some(u) = until {
        out.push_str(crate::view::strings::labels::UNTIL.get(lang));
        out.push_str(&self::when(u, lang));
    }
    out
}
