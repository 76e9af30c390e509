//! [`Formats`] without a browser, for what is written at build time (the static summary): the
//! same output as the view's `Intl` formats for English (`en`) and Simplified Chinese
//! (`zh-Hans`) in the forms the widget asks for, which a browser test compares figure by figure.

use crate::model::records::{Date, Lang, Precision};
use crate::query::figures::figure_text::Formats;

/// Digits and dates by hand, as `Intl` writes them for `en` and `zh-Hans`.
pub struct Plain;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `value` rounded to at most one decimal, without a trailing ".0", with comma grouping.
fn grouped(value: f64) -> String {
    with_grouping(value, 1_000)
}

/// As [`grouped`], but digits are grouped only from `from` up: compact forms group from five
/// digits, as `Intl` does ("6000万", "12,000亿").
fn with_grouping(value: f64, from: u64) -> String {
    let tenths = (value.abs() * 10.0).round() as u64;
    let (whole, tenth) = (tenths / 10, tenths % 10);
    let digits = whole.to_string();
    let mut out = String::new();
    if value < 0.0 && tenths > 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if whole >= from && i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if tenth > 0 {
        out.push('.');
        out.push(char::from(b'0' + tenth as u8));
    }
    out
}

impl Formats for Plain {
    fn number(&self, value: f64, _lang: Lang) -> String {
        grouped(value)
    }

    fn compact(&self, value: f64, lang: Lang) -> String {
        let scales: &[(f64, &str)] = match lang {
            Lang::En => &[
                (1e12, " trillion"),
                (1e9, " billion"),
                (1e6, " million"),
                (1e3, " thousand"),
            ],
            Lang::Zh => &[(1e12, "万亿"), (1e8, "亿"), (1e4, "万")],
        };
        for &(scale, word) in scales {
            // Rounded first, as Intl does: 999,960 is "1 million", not "1,000 thousand".
            let scaled = (value.abs() / scale * 10.0).round() / 10.0;
            if scaled >= 1.0 {
                let sign = if value < 0.0 { "-" } else { "" };
                return format!("{sign}{}{word}", with_grouping(scaled, 10_000));
            }
        }
        grouped(value)
    }

    fn percent(&self, value: f64, _lang: Lang) -> String {
        format!("{}%", grouped(value))
    }

    fn date(&self, day: Date, precision: Precision, lang: Lang) -> String {
        let month = MONTHS.get(usize::from(day.month).wrapping_sub(1));
        match (lang, precision, month) {
            (Lang::En, Precision::Year, _) | (Lang::En, _, None) => day.year.to_string(),
            (Lang::En, Precision::Month, Some(m)) => format!("{m} {}", day.year),
            (Lang::En, _, Some(m)) => format!("{m} {}, {}", day.day, day.year),
            (Lang::Zh, Precision::Year, _) | (Lang::Zh, _, None) => format!("{}年", day.year),
            (Lang::Zh, Precision::Month, _) => format!("{}年{}月", day.year, day.month),
            (Lang::Zh, _, _) => format!("{}年{}月{}日", day.year, day.month, day.day),
        }
    }
}
