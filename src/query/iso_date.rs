//! ISO 8601 calendar dates as written in links and exports: `YYYY-MM-DD`, or `YYYY-MM` and `YYYY`
//! for dates known only to the month or year (day or month 0 in
//! [`Date`](crate::model::records::Date)).

use crate::model::records::Date;

/// `date` as `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
pub fn format_date(date: Date) -> String {
    let mut out = String::with_capacity(10);
    push_date(date, &mut out);
    out
}

/// Appends [`format_date`]'s text to `out`.
pub fn push_date(date: Date, out: &mut String) {
    push_padded(date.year as u32, 4, out);
    if date.month != 0 {
        out.push('-');
        push_padded(date.month as u32, 2, out);
        if date.day != 0 {
            out.push('-');
            push_padded(date.day as u32, 2, out);
        }
    }
}

fn push_padded(count: u32, width: usize, out: &mut String) {
    let digits = count.to_string();
    for _ in digits.len()..width {
        out.push('0');
    }
    out.push_str(&digits);
}

/// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` through [`Date::parse_iso`], the one date reader the
/// build's validator uses too; `None` for anything it refuses.
pub fn parse_date(text: &str) -> Option<Date> {
    Date::parse_iso(text).ok()
}
