//! The timeline model, without pixels: visible events grouped by day, the axis extent, positions
//! along it as fractions, and the date-range presets the reader can jump to.

use crate::model::records::{Dataset, Date, Precision, Text};

use super::filters::action::Action;
use super::filters::span::{range_span, DaySpan};
use super::filters::state::Query;

/// Events sharing one date, as written in the data. A month-precision date ("January 2025",
/// day 0) is its own group, sorted before the month's first day. Events known only to have
/// happened before a date (precision `before`) form groups of their own at the very start:
/// they cannot be placed on the axis.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DayGroup {
    /// `true`: undated, known only to be earlier than `date`.
    pub before: bool,
    pub date: Date,
    /// Indices into [`Dataset::events`], in the order given.
    pub events: Vec<usize>,
}

/// The precision a bare date is written at: day 0 means the month is known, month 0 the year.
pub fn precision_of(date: Date) -> Precision {
    if date.month == 0 {
        Precision::Year
    } else if date.day == 0 {
        Precision::Month
    } else {
        Precision::Day
    }
}

/// Groups `events` (indices into [`Dataset::events`], e.g. `Visible::events`) by their `when`
/// date, groups sorted by date. Events keep their given order within a group.
pub fn day_groups(data: &Dataset, events: &[usize]) -> Vec<DayGroup> {
    let mut groups: Vec<DayGroup> = Vec::new();
    for &ix in events {
        let when = data.events[ix].when;
        let before = when.precision == Precision::Before;
        // Undated groups first (`!before` is false for them), then by date.
        let key = (!before, when.date);
        match groups.binary_search_by(|g| (!g.before, g.date).cmp(&key)) {
            Ok(at) => groups[at].events.push(ix),
            Err(at) => groups.insert(
                at,
                DayGroup {
                    before,
                    date: when.date,
                    events: vec![ix],
                },
            ),
        }
    }
    groups
}

/// The time axis: the days from the earliest to the latest day the given events may cover
/// (including `until`, and whole months for month-precision dates).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Axis {
    pub span: DaySpan,
}

impl Axis {
    /// The axis over `events`; `None` if there are none. Pass *all* events (not the visible
    /// ones) for an axis that stays put while the reader filters.
    pub fn of_events(data: &Dataset, events: &[usize]) -> Option<Axis> {
        events
            .iter()
            .map(|&ix| {
                let event = &data.events[ix];
                DaySpan::of_interval(event.when, event.until)
            })
            .reduce(|a, b| DaySpan {
                first: a.first.min(b.first),
                last: a.last.max(b.last),
            })
            .map(|span| Axis { span })
    }

    /// The first and last day as dates.
    pub fn first_date(self) -> Date {
        Date::from_days_since_epoch(self.span.first)
    }

    pub fn last_date(self) -> Date {
        Date::from_days_since_epoch(self.span.last)
    }

    /// Where day `days` lies along the axis: 0.0 at the first day, 1.0 at the last, clamped
    /// outside. A one-day axis puts everything at 0.5.
    pub fn fraction(self, days: i32) -> f64 {
        let DaySpan { first, last } = self.span;
        if last <= first {
            return 0.5;
        }
        let fraction = (days as f64 - first as f64) / (last as f64 - first as f64);
        fraction.clamp(0.0, 1.0)
    }

    /// [`Axis::fraction`] of a date (a month- or year-precision date at its first day).
    pub fn fraction_of(self, date: Date) -> f64 {
        self.fraction(date.days_since_epoch())
    }

    /// The part of `span` on the axis; `None` if it lies entirely off it.
    pub fn clip(self, span: DaySpan) -> Option<DaySpan> {
        span.overlaps(self.span).then(|| DaySpan {
            first: span.first.max(self.span.first),
            last: span.last.min(self.span.last),
        })
    }

    /// Where the whole days of `span` begin and end along the axis: the start of its first day
    /// and the start of the day after its last, as [`Axis::fraction`]s (so clamped to 0..=1).
    pub fn span_fractions(self, span: DaySpan) -> (f64, f64) {
        (
            self.fraction(span.first),
            self.fraction(span.last.saturating_add(1)),
        )
    }

    /// The first day of every month that begins within the axis, for tick marks.
    pub fn month_starts(self) -> Vec<Date> {
        let mut out = Vec::new();
        let first = self.first_date();
        let (mut year, mut month) = if first.day == 1 {
            (first.year, first.month)
        } else if first.month == 12 {
            (first.year + 1, 1)
        } else {
            (first.year, first.month + 1)
        };
        loop {
            let date = Date::new(year, month, 1);
            if date.days_since_epoch() > self.span.last {
                return out;
            }
            out.push(date);
            (year, month) = if month == 12 {
                (year + 1, 1)
            } else {
                (year, month + 1)
            };
        }
    }
}

/// A named date range the reader can jump to. `None` bounds are open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RangePreset {
    /// Stable id (for `data-` attributes and tests).
    pub id: &'static str,
    pub label: Text,
    pub from: Option<Date>,
    pub to: Option<Date>,
}

impl RangePreset {
    /// The action that selects this range.
    pub const fn action(&self) -> Action {
        Action::SetRange(self.from, self.to)
    }

    /// The days the preset covers; an open bound reaches to the end of time.
    pub const fn span(&self) -> DaySpan {
        range_span(self.from, self.to)
    }

    /// Whether `query`'s range is exactly this preset's.
    pub fn is_active(&self, query: &Query) -> bool {
        query.from() == self.from && query.to() == self.to
    }
}

/// The presets, in the order shown.
pub const RANGE_PRESETS: &[RangePreset] = &[
    RangePreset {
        id: "all",
        label: Text {
            en: "All dates",
            zh: "全部日期",
        },
        from: None,
        to: None,
    },
    RangePreset {
        // The divest-or-ban law: passed and signed (April 2024) and challenged in court.
        id: "law-2024",
        label: Text {
            en: "2024: the law",
            zh: "2024年：法案",
        },
        from: Some(Date::new(2024, 1, 1)),
        to: Some(Date::new(2024, 12, 31)),
    },
    RangePreset {
        id: SURGE_PRESET,
        label: Text {
            en: "The surge",
            zh: "涌入高峰",
        },
        from: Some(Date::new(2025, 1, 12)),
        to: Some(Date::new(2025, 1, 22)),
    },
    RangePreset {
        // TikTok restored US service on 19 January 2025, a day after going dark.
        id: "after-return",
        label: Text {
            en: "After TikTok's return",
            zh: "TikTok恢复之后",
        },
        from: Some(Date::new(2025, 1, 19)),
        to: None,
    },
];

/// The id of the surge preset, whose days the timeline highlights on its axis and in its list.
pub const SURGE_PRESET: &str = "surge";

/// The days of the surge, as its preset gives them.
pub fn surge_span() -> Option<DaySpan> {
    range_preset(SURGE_PRESET).map(RangePreset::span)
}

/// Whether a day falls within `surge`. A date known only to the month or year never does: it
/// may lie outside, and highlighting it would overstate what the sources say.
pub fn in_surge(surge: Option<DaySpan>, date: Date) -> bool {
    date.day != 0 && surge.is_some_and(|s| s.contains(date.days_since_epoch()))
}

/// The preset with id `id`.
pub fn range_preset(id: &str) -> Option<&'static RangePreset> {
    RANGE_PRESETS.iter().find(|p| p.id == id)
}

/// The preset whose range `query` has, if any (for `aria-pressed`).
pub fn active_range_preset(query: &Query) -> Option<&'static RangePreset> {
    RANGE_PRESETS.iter().find(|p| p.is_active(query))
}

/// How many events the timeline lists at first, and adds per "show more": whole days are shown
/// until at least this many events are, so a large dataset never renders thousands of rows at
/// once while the real one (46 events) shows in full.
pub const EVENT_PAGE: usize = 120;

/// The number of day groups to render so that at least `events` events show (whole days only).
pub fn days_for_events(groups: &[DayGroup], events: usize) -> usize {
    let mut shown = 0;
    let mut days = 0;
    for g in groups {
        if shown >= events {
            break;
        }
        shown += g.events.len();
        days += 1;
    }
    days
}

/// The number of events on the days up to and including `day` (an index into `groups`): the
/// event budget that brings that day into view.
pub fn events_through(groups: &[DayGroup], day: usize) -> usize {
    groups.iter().take(day + 1).map(|g| g.events.len()).sum()
}
