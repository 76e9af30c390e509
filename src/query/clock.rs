//! World-clock arithmetic for "早C晚A" (mornings with Chinese users, evenings with Americans):
//! local time in Beijing and four US zones, and which UTC hours of a day both sides are awake.
//!
//! No time-zone database: Beijing is UTC+8 all year (China has had no DST since 1991), and the US
//! zones follow the federal DST rule — since 2007 from 02:00 local on the second Sunday of March to
//! 02:00 local on the first Sunday of November; from 1987 to 2006 from the first Sunday of April to
//! the last Sunday of October (used for every year before 2007, which is exact from 1987).

use crate::model::records::{Date, Text};

const SECONDS_PER_DAY: i64 = 86_400;

/// A time zone of the explainer's clocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Zone {
    Beijing,
    NewYork,
    Chicago,
    Denver,
    LosAngeles,
}

impl Zone {
    pub const ALL: [Zone; 5] = [
        Zone::Beijing,
        Zone::NewYork,
        Zone::Chicago,
        Zone::Denver,
        Zone::LosAngeles,
    ];

    /// The IANA name, for `Intl.DateTimeFormat` if the view wants to cross-check.
    pub const fn iana(self) -> &'static str {
        match self {
            Zone::Beijing => "Asia/Shanghai",
            Zone::NewYork => "America/New_York",
            Zone::Chicago => "America/Chicago",
            Zone::Denver => "America/Denver",
            Zone::LosAngeles => "America/Los_Angeles",
        }
    }

    pub const fn label(self) -> Text {
        match self {
            Zone::Beijing => Text {
                en: "Beijing",
                zh: "北京",
            },
            Zone::NewYork => Text {
                en: "New York",
                zh: "纽约",
            },
            Zone::Chicago => Text {
                en: "Chicago",
                zh: "芝加哥",
            },
            Zone::Denver => Text {
                en: "Denver",
                zh: "丹佛",
            },
            Zone::LosAngeles => Text {
                en: "Los Angeles",
                zh: "洛杉矶",
            },
        }
    }

    /// Offset from UTC outside DST, in minutes (east positive).
    pub const fn standard_offset_minutes(self) -> i32 {
        match self {
            Zone::Beijing => 8 * 60,
            Zone::NewYork => -5 * 60,
            Zone::Chicago => -6 * 60,
            Zone::Denver => -7 * 60,
            Zone::LosAngeles => -8 * 60,
        }
    }

    pub const fn observes_us_dst(self) -> bool {
        !matches!(self, Zone::Beijing)
    }
}

/// The offset from UTC of `zone` at the instant `utc` (unix seconds), in minutes.
pub fn offset_minutes(zone: Zone, utc: i64) -> i32 {
    let standard = zone.standard_offset_minutes();
    if zone.observes_us_dst() && is_us_dst(utc, standard) {
        standard + 60
    } else {
        standard
    }
}

/// How far `zone` is behind Beijing at `utc`, in minutes (positive: behind).
pub fn minutes_behind_beijing(zone: Zone, utc: i64) -> i32 {
    offset_minutes(Zone::Beijing, utc) - offset_minutes(zone, utc)
}

/// Whether US DST is in effect at `utc` in a zone whose standard offset is `standard_minutes`.
pub fn is_us_dst(utc: i64, standard_minutes: i32) -> bool {
    let year = civil(utc).0.year;
    let (start_day, end_day) = us_dst_days(year);
    let two_am = 2 * 3600;
    let std = standard_minutes as i64 * 60;
    // 02:00 standard time, and 02:00 daylight time (= 01:00 standard), expressed in UTC.
    let start = start_day as i64 * SECONDS_PER_DAY + two_am - std;
    let end = end_day as i64 * SECONDS_PER_DAY + two_am - (std + 3600);
    start <= utc && utc < end
}

/// The days (since the epoch) on which US DST starts and ends in `year`.
pub fn us_dst_days(year: u16) -> (i32, i32) {
    if year >= 2007 {
        (nth_sunday(year, 3, 2), nth_sunday(year, 11, 1))
    } else {
        (nth_sunday(year, 4, 1), last_sunday(year, 10))
    }
}

/// The days either side of the start of US daylight saving time in `year`: the strip's presets,
/// one with the old offsets and one with the new.
pub fn dst_neighbours(year: u16) -> (Date, Date) {
    let (start, _) = us_dst_days(year);
    (
        Date::from_days_since_epoch(start - 1),
        Date::from_days_since_epoch(start + 1),
    )
}

/// 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday.
pub const fn weekday(days_since_epoch: i32) -> u8 {
    (days_since_epoch + 4).rem_euclid(7) as u8
}

fn nth_sunday(year: u16, month: u8, nth: i32) -> i32 {
    let first = Date::new(year, month, 1).days_since_epoch();
    let first_sunday = first + (7 - weekday(first) as i32) % 7;
    first_sunday + 7 * (nth - 1)
}

fn last_sunday(year: u16, month: u8) -> i32 {
    let (y, m) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    let last = Date::new(y, m, 1).days_since_epoch() - 1;
    last - weekday(last) as i32
}

/// A wall-clock reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LocalTime {
    pub date: Date,
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
}

/// The calendar date and seconds into that day of a unix instant read with no offset.
fn civil(seconds: i64) -> (Date, i64) {
    let days = seconds.div_euclid(SECONDS_PER_DAY);
    let rest = seconds.rem_euclid(SECONDS_PER_DAY);
    (Date::from_days_since_epoch(days as i32), rest)
}

/// The wall-clock time in `zone` at the instant `utc`.
pub fn local_time(zone: Zone, utc: i64) -> LocalTime {
    let (date, rest) = civil(utc + offset_minutes(zone, utc) as i64 * 60);
    LocalTime {
        date,
        hour: (rest / 3600) as u8,
        minute: (rest % 3600 / 60) as u8,
        second: (rest % 60) as u8,
    }
}

pub fn local_hour(zone: Zone, utc: i64) -> u8 {
    local_time(zone, utc).hour
}

/// Unix seconds of `date` at `hour:minute` UTC (a month- or year-precision date at its first day).
pub fn utc_seconds(date: Date, hour: u8, minute: u8) -> i64 {
    date.days_since_epoch() as i64 * SECONDS_PER_DAY + hour as i64 * 3600 + minute as i64 * 60
}

/// The first local hour counted as awake. Keep in sync with the strip's legend text.
pub const AWAKE_FROM_HOUR: u8 = 8;
/// The first local hour counted as asleep again: awake is 08:00 to 22:59.
pub const AWAKE_UNTIL_HOUR: u8 = 23;

/// Whether people in `zone` are awake at `utc` (local hour in `AWAKE_FROM_HOUR..AWAKE_UNTIL_HOUR`).
pub fn is_awake(zone: Zone, utc: i64) -> bool {
    (AWAKE_FROM_HOUR..AWAKE_UNTIL_HOUR).contains(&local_hour(zone, utc))
}

/// One column of the 24-hour strip.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct HourSlot {
    /// 0–23: the UTC hour this slot starts at.
    pub utc_hour: u8,
    /// Unix seconds at the start of the slot.
    pub start: i64,
    /// Per requested zone, in the order given: awake at the start of the slot.
    pub awake: Vec<bool>,
}

impl HourSlot {
    /// Whether every requested zone is awake (the shared hours to highlight).
    pub fn all_awake(&self) -> bool {
        self.awake.iter().all(|&a| a)
    }
}

/// The 24 UTC hours of `day` (a UTC calendar date), each with which of `zones` are awake then.
/// All the zones here have whole-hour offsets, so sampling each hour's start is exact.
pub fn shared_awake_hours(day: Date, zones: &[Zone]) -> Vec<HourSlot> {
    (0..24u8)
        .map(|utc_hour| {
            let start = utc_seconds(day, utc_hour, 0);
            HourSlot {
                utc_hour,
                start,
                awake: zones.iter().map(|&z| is_awake(z, start)).collect(),
            }
        })
        .collect()
}
