//! A figure's value and a date in the words a reader reads: "more than 700,000", "超过70万",
//! "×3", "No. 1", "around January 13, 2025", "2025年1月13日前后". The wording is here, shared by
//! the widget and the static summary; the digits come from a [`Formats`]: the browser's `Intl` in
//! the view (`view::intl::Intl`), and `query::figures::plain_format::Plain` at build time.

use crate::model::records::{Date, Figure, Lang, Precision, Qualifier, Text, Unit, When};
use crate::query::figures::number_form::prefers_compact;
use crate::query::timeline::precision_of;
use crate::strings::figure_text as words;
use crate::strings::Count;

/// Digits and calendar dates in a language.
pub trait Formats {
    /// With grouping and at most one decimal: "3,400,000".
    fn number(&self, value: f64, lang: Lang) -> String;
    /// In words, at most one decimal: "170 million", "1.7亿".
    fn compact(&self, value: f64, lang: Lang) -> String;
    /// `value` in percent units: 54 → "54%".
    fn percent(&self, value: f64, lang: Lang) -> String;
    /// A day, month or year (`precision` is one of those three): "January 14, 2025".
    fn date(&self, day: Date, precision: Precision, lang: Lang) -> String;
}

/// The source's hedge before a value.
pub fn qualifier(qualifier: Qualifier) -> Text {
    match qualifier {
        Qualifier::Exact => Text::new("", ""),
        Qualifier::About => Text::new("about ", "约"),
        Qualifier::Nearly => Text::new("nearly ", "近"),
        Qualifier::MoreThan => Text::new("more than ", "超过"),
        Qualifier::FewerThan => Text::new("fewer than ", "不到"),
    }
}

/// A number in `unit` without hedge: "170 million", "54%", "×3", "75 days", "No. 1".
pub fn bare_value(formats: &impl Formats, value: f64, unit: Unit, lang: Lang) -> String {
    let number = || formats.number(value, lang);
    match unit {
        Unit::Percent | Unit::PercentChange => formats.percent(value, lang),
        Unit::Factor => words::factor(lang, &number()),
        // One day is "1 day"; any other span, whole or not, takes the plural.
        Unit::Days => words::days(lang, Count::new(usize::from(value == 1.0), &number())),
        Unit::Rank => words::rank(lang, &number()),
        _ if prefers_compact(value, lang) => formats.compact(value, lang),
        _ => number(),
    }
}

/// A figure's value with the source's hedge: "about 170 million", "超过70万", "nearly ×3".
pub fn value_text(formats: &impl Formats, figure: &Figure, lang: Lang) -> String {
    let value = bare_value(formats, figure.value, figure.unit, lang);
    format!("{}{value}", qualifier(figure.qualifier).get(lang))
}

/// A date at the precision it is known: day, month or year; approximate and "before" dates as
/// far as they are known (the hedge is added by [`when`]).
pub fn date(formats: &impl Formats, day: Date, precision: Precision, lang: Lang) -> String {
    let shown = match precision {
        Precision::Month | Precision::Year => precision,
        Precision::Day | Precision::Approximate | Precision::Before => precision_of(day),
    };
    formats.date(day, shown, lang)
}

/// A [`When`] with its hedge: "around January 13, 2025" / "2025年1月13日前后"; "before …" / "…前".
pub fn when(formats: &impl Formats, when: When, lang: Lang) -> String {
    let text = date(formats, when.date, when.precision, lang);
    match when.precision {
        Precision::Approximate => words::around(lang, &text),
        Precision::Before => words::before(lang, &text),
        _ => text,
    }
}
