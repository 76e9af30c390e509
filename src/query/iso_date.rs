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

fn push_padded(n: u32, width: usize, out: &mut String) {
    let digits = n.to_string();
    for _ in digits.len()..width {
        out.push('0');
    }
    out.push_str(&digits);
}

/// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with exactly 4, 2 and 2 digits, rejecting year 0,
/// month 0 written out, and days that do not exist (2025-02-29).
pub fn parse_date(s: &str) -> Option<Date> {
    let mut fields = s.split('-');
    let year = digits(fields.next()?, 4)?;
    let month = match fields.next() {
        Some(m) => digits(m, 2).filter(|m| (1..=12).contains(m))?,
        None => 0,
    };
    let day = match fields.next() {
        Some(d) => digits(d, 2).filter(|&d| d >= 1 && d <= days_in_month(year, month))?,
        None => 0,
    };
    if fields.next().is_some() || year == 0 {
        return None;
    }
    Some(Date::new(year, month as u8, day as u8))
}

fn digits(s: &str, len: usize) -> Option<u16> {
    if s.len() != len || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Days in `month` (1–12) of `year`, proleptic Gregorian.
pub fn days_in_month(year: u16, month: u16) -> u16 {
    let (y, m) = if month >= 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    let next = Date::new(y, m as u8, 1).days_since_epoch();
    let this = Date::new(year, month as u8, 1).days_since_epoch();
    (next - this) as u16
}
