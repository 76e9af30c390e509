//! Inclusive day spans: how a date known to the day, month or year, or a multi-day event, meets a
//! date range.
//!
//! A date whose day is 0 ("January 2025") spans its whole month, and one whose month is 0 spans
//! its whole year. An item matches a range if its span *overlaps* it: "January 2025" may well lie
//! within 13–20 January, and hiding it would misstate what the sources say.

use crate::model::records::{Date, When};

/// The days from `first` to `last`, both inclusive, counted as [`Date::days_since_epoch`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DaySpan {
    pub first: i32,
    pub last: i32,
}

impl DaySpan {
    /// A single day.
    pub const fn day(days: i32) -> DaySpan {
        DaySpan {
            first: days,
            last: days,
        }
    }

    /// The days a date may denote: one day, a whole month (day 0) or a whole year (month 0).
    pub const fn of_date(date: Date) -> DaySpan {
        let first = date.days_since_epoch();
        let last = if date.month == 0 {
            Date::new(date.year + 1, 1, 1).days_since_epoch() - 1
        } else if date.day == 0 {
            let (y, m) = if date.month >= 12 {
                (date.year + 1, 1)
            } else {
                (date.year, date.month + 1)
            };
            Date::new(y, m, 1).days_since_epoch() - 1
        } else {
            first
        };
        DaySpan { first, last }
    }

    pub const fn of_when(when: When) -> DaySpan {
        DaySpan::of_date(when.date)
    }

    /// From the first day `start` may denote to the last day `end` may denote (or `start`'s).
    pub const fn of_interval(start: When, end: Option<When>) -> DaySpan {
        let first = DaySpan::of_when(start);
        match end {
            Some(end) => {
                let last = DaySpan::of_when(end).last;
                DaySpan {
                    first: first.first,
                    // A malformed `until` before `when` must not make the span empty.
                    last: if last < first.last { first.last } else { last },
                }
            }
            None => first,
        }
    }

    /// Whether the two spans share at least one day.
    pub const fn overlaps(self, other: DaySpan) -> bool {
        self.first <= other.last && other.first <= self.last
    }

    pub const fn contains(self, days: i32) -> bool {
        self.first <= days && days <= self.last
    }
}

/// The span a user's date range denotes: from the first day `from` may denote to the last day
/// `to` may denote, open where a bound is `None`.
pub const fn range_span(from: Option<Date>, to: Option<Date>) -> DaySpan {
    DaySpan {
        first: match from {
            Some(d) => DaySpan::of_date(d).first,
            None => i32::MIN,
        },
        last: match to {
            Some(d) => DaySpan::of_date(d).last,
            None => i32::MAX,
        },
    }
}
