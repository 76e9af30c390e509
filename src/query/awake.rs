//! Who is awake with whom, for the "早C晚A" section: how the five zones' waking hours meet at one
//! instant, the first hour they all share, and the day and hour the reader chooses.
//!
//! The arithmetic underneath (offsets, US DST, waking hours) is [`super::clock`]'s.

use crate::model::records::{Dataset, Date};

use super::clock::HourSlot;
use super::iso_date::parse_date;

/// The event that reports the phrase; its date is the strip's first day.
pub const PHRASE_EVENT_ID: &str = "early-c-late-a";
/// The surge, if the event is missing from the data or not dated to the day.
pub const FALLBACK_DAY: Date = Date::new(2025, 1, 14);

/// How the zones' waking hours meet at one instant. Zones are in `Zone::ALL` order: Beijing
/// first, then the four US zones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlap {
    Everyone,
    /// Beijing awake, every US zone asleep: the "early C".
    ChinaOnly,
    /// Every US zone awake, Beijing asleep: the "late A".
    UsOnly,
    /// Beijing and this many (1–3) of the US zones awake.
    ChinaAndSomeUs(usize),
    /// Beijing asleep and this many (1–3) US zones awake.
    SomeUs(usize),
    Nobody,
}

/// Classifies one instant from who is awake, Beijing first.
pub fn overlap(awake: &[bool]) -> Overlap {
    let Some((&china, us)) = awake.split_first() else {
        return Overlap::Nobody;
    };
    let count = us.iter().filter(|&&a| a).count();
    match (china, count) {
        (true, count) if count == us.len() => Overlap::Everyone,
        (true, 0) => Overlap::ChinaOnly,
        (true, count) => Overlap::ChinaAndSomeUs(count),
        (false, 0) => Overlap::Nobody,
        (false, count) if count == us.len() => Overlap::UsOnly,
        (false, count) => Overlap::SomeUs(count),
    }
}

/// The day the strip opens on: the date of the event that reports the phrase.
pub fn default_day(data: &Dataset) -> Date {
    data.event(PHRASE_EVENT_ID)
        .map(|e| e.when.date)
        .filter(|d| d.month != 0 && d.day != 0)
        .unwrap_or(FALLBACK_DAY)
}

/// The first UTC hour when everyone is awake, else 0: the hour the slider starts on.
pub fn first_shared_hour(slots: &[HourSlot]) -> u8 {
    slots
        .iter()
        .find(|s| s.all_awake())
        .map_or(0, |s| s.utc_hour)
}

/// The earliest day the strip shows: China has kept UTC+8 without DST since 1992, which is what
/// `query::clock` assumes; before that the browser's tz database would disagree with the strip.
pub const FIRST_DAY: Date = Date::new(1992, 1, 1);
/// The latest day the strip shows (the US DST rule is only known so far).
pub const LAST_DAY: Date = Date::new(2100, 12, 31);

/// The day a date input's value names (`YYYY-MM-DD`), within [`FIRST_DAY`]..=[`LAST_DAY`];
/// `None` while it is empty, partial, not a real day or out of range, so the strip keeps its day
/// while the reader types (a browser does not stop a typed date outside `min`/`max`).
pub fn chosen_day(value: &str) -> Option<Date> {
    parse_date(value).filter(|d| d.month != 0 && d.day != 0 && (FIRST_DAY..=LAST_DAY).contains(d))
}

/// The UTC hour an hour slider's value names, capped at 23; `None` if it is not a number.
pub fn chosen_hour(value: &str) -> Option<u8> {
    value.parse::<u8>().ok().map(|v| v.min(23))
}
