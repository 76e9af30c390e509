//! A figure's value as a reader should see it, hedge included: "more than 700,000",
//! "超过70万", "约1.7亿", "54%", "×3", "75 days", "No. 1". Numbers go through `Intl`, so cards,
//! charts, tables and the overview all read the same.

use crate::model::records::{Figure, Lang, Precision, Text, Unit};
use crate::query::figures::figure_text;
use crate::view::intl;

/// What a unit counts, in words.
pub fn unit_label(unit: Unit) -> Text {
    match unit {
        Unit::Users => Text::new("users", "用户"),
        Unit::MonthlyActiveUsers => Text::new("monthly active users", "月活跃用户"),
        Unit::DailyActiveUsers => Text::new("daily active users", "日活跃用户"),
        Unit::NewUsers => Text::new("new users", "新增用户"),
        Unit::Views => Text::new("views", "浏览量"),
        Unit::Notes => Text::new("notes (posts)", "笔记（帖子）"),
        Unit::Rank => Text::new(
            "chart position (lower is better)",
            "榜单排名（数字越小越靠前）",
        ),
        Unit::Percent => Text::new("percent", "百分比"),
        Unit::PercentChange => Text::new("percent change", "增减百分比"),
        Unit::Factor => Text::new("multiple", "倍数"),
        Unit::Days => Text::new("days", "天数"),
    }
}

/// A number in `unit` without hedge: "170 million", "54%", "×3", "75 days", "No. 1".
pub fn bare_value(value: f64, unit: Unit, lang: Lang) -> String {
    figure_text::bare_value(&intl::Intl, value, unit, lang)
}

/// A figure's value with the source's hedge: "about 170 million", "超过70万", "nearly ×3".
pub fn value_text(figure: &Figure, lang: Lang) -> String {
    figure_text::value_text(&intl::Intl, figure, lang)
}

/// A short date for chart labels: "Jan 13" for days, "December 2023" for months.
pub fn short_date(figure: &Figure, lang: Lang) -> String {
    match figure.as_of.precision {
        Precision::Day | Precision::Approximate => intl::short_day(figure.as_of.date, lang),
        p => intl::date(figure.as_of.date, p, lang),
    }
}
