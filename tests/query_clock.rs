//! World-clock arithmetic: offsets around the US DST transitions, local times, and the shared
//! awake hours of the 24-hour strip. Instants were checked against the IANA tz database.
#![cfg(not(target_arch = "wasm32"))]

use xhs_explainer::model::records::Date;
use xhs_explainer::query::clock::{
    is_awake, local_hour, local_time, offset_minutes, shared_awake_hours, us_dst_days, utc_seconds,
    weekday, LocalTime, Zone, AWAKE_FROM_HOUR, AWAKE_UNTIL_HOUR,
};

/// 2025-03-09 07:00 UTC: 02:00 EST becomes 03:00 EDT in New York.
const NY_DST_START_2025: i64 = 1_741_503_600;
/// 2025-11-02 06:00 UTC: 02:00 EDT becomes 01:00 EST in New York.
const NY_DST_END_2025: i64 = 1_762_063_200;

#[test]
fn offsets_around_transitions() {
    use Zone::*;
    let h = 3600;
    let cases: &[(Zone, i64, i32)] = &[
        (NewYork, NY_DST_START_2025 - 1, -300),
        (NewYork, NY_DST_START_2025, -240),
        (NewYork, NY_DST_END_2025 - 1, -240),
        (NewYork, NY_DST_END_2025, -300),
        // Each zone switches at 02:00 of its own local time.
        (Chicago, NY_DST_START_2025 + h - 1, -360),
        (Chicago, NY_DST_START_2025 + h, -300),
        (Denver, NY_DST_START_2025 + 2 * h - 1, -420),
        (Denver, NY_DST_START_2025 + 2 * h, -360),
        (LosAngeles, NY_DST_START_2025 + 3 * h - 1, -480),
        (LosAngeles, NY_DST_START_2025 + 3 * h, -420),
        (LosAngeles, NY_DST_END_2025 + 3 * h - 1, -420),
        (LosAngeles, NY_DST_END_2025 + 3 * h, -480),
        // Beijing never changes.
        (Beijing, NY_DST_START_2025, 480),
        (Beijing, NY_DST_END_2025 - 1, 480),
        // The 1987–2006 rule: 2006-04-02 07:00 UTC and 2006-10-29 06:00 UTC in New York.
        (NewYork, 1_143_961_200 - 1, -300),
        (NewYork, 1_143_961_200, -240),
        (NewYork, 1_162_101_600 - 1, -240),
        (NewYork, 1_162_101_600, -300),
    ];
    for &(zone, utc, expected) in cases {
        assert_eq!(offset_minutes(zone, utc), expected, "{zone:?} at {utc}");
    }
}

#[test]
fn local_times_at_transitions() {
    let at = |zone, utc| {
        let local = local_time(zone, utc);
        (local.date, local.hour, local.minute, local.second)
    };
    let mar9 = Date::new(2025, 3, 9);
    assert_eq!(at(Zone::NewYork, NY_DST_START_2025 - 1), (mar9, 1, 59, 59));
    assert_eq!(at(Zone::NewYork, NY_DST_START_2025), (mar9, 3, 0, 0));
    let nov2 = Date::new(2025, 11, 2);
    assert_eq!(at(Zone::NewYork, NY_DST_END_2025 - 1), (nov2, 1, 59, 59));
    assert_eq!(at(Zone::NewYork, NY_DST_END_2025), (nov2, 1, 0, 0));
}

#[test]
fn january_offsets() {
    // 2025-01-15 12:00 UTC.
    let utc = utc_seconds(Date::new(2025, 1, 15), 12, 0);
    assert_eq!(utc, 1_736_942_400);
    let beijing = local_time(Zone::Beijing, utc);
    assert_eq!(
        beijing,
        LocalTime {
            date: Date::new(2025, 1, 15),
            hour: 20,
            minute: 0,
            second: 0
        }
    );
    assert_eq!(local_hour(Zone::NewYork, utc), 7);
    assert_eq!(local_hour(Zone::Chicago, utc), 6);
    assert_eq!(local_hour(Zone::Denver, utc), 5);
    assert_eq!(local_hour(Zone::LosAngeles, utc), 4);
    // Beijing is 13 hours ahead of New York in January, 12 in July.
    let diff = |utc| offset_minutes(Zone::Beijing, utc) - offset_minutes(Zone::NewYork, utc);
    assert_eq!(diff(utc), 13 * 60);
    assert_eq!(diff(utc_seconds(Date::new(2025, 7, 1), 0, 0)), 12 * 60);
    // Crossing midnight: 02:00 UTC is the previous evening in Los Angeles.
    let local = local_time(Zone::LosAngeles, utc_seconds(Date::new(2025, 1, 1), 2, 0));
    assert_eq!((local.date, local.hour), (Date::new(2024, 12, 31), 18));
}

#[test]
fn dst_days_and_weekdays() {
    let cases: &[(u16, Date, Date)] = &[
        (2024, Date::new(2024, 3, 10), Date::new(2024, 11, 3)),
        (2025, Date::new(2025, 3, 9), Date::new(2025, 11, 2)),
        (2026, Date::new(2026, 3, 8), Date::new(2026, 11, 1)),
        (2006, Date::new(2006, 4, 2), Date::new(2006, 10, 29)),
    ];
    for &(year, start, end) in cases {
        let (s, e) = us_dst_days(year);
        assert_eq!(Date::from_days_since_epoch(s), start, "{year}");
        assert_eq!(Date::from_days_since_epoch(e), end, "{year}");
        assert_eq!(weekday(s), 0);
        assert_eq!(weekday(e), 0);
    }
    assert_eq!(weekday(Date::new(1970, 1, 1).days_since_epoch()), 4);
    assert_eq!(weekday(Date::new(2025, 1, 13).days_since_epoch()), 1); // a Monday
}

fn shared(day: Date, zones: &[Zone]) -> Vec<u8> {
    shared_awake_hours(day, zones)
        .into_iter()
        .filter(|slot| slot.all_awake())
        .map(|slot| slot.utc_hour)
        .collect()
}

#[test]
fn shared_awake_hours_table() {
    use Zone::*;
    let jan = Date::new(2025, 1, 15);
    let jul = Date::new(2025, 7, 15);
    let cases: &[(Date, &[Zone], &[u8])] = &[
        (jan, &[Beijing, NewYork], &[0, 1, 2, 3, 13, 14]),
        (jul, &[Beijing, NewYork], &[0, 1, 2, 12, 13, 14]),
        (jan, &[Beijing, LosAngeles], &[0, 1, 2, 3, 4, 5, 6]),
        (jan, &[Beijing, NewYork, LosAngeles], &[0, 1, 2, 3]),
        (
            jan,
            &[Beijing],
            &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
        ),
    ];
    for &(day, zones, expected) in cases {
        assert_eq!(shared(day, zones), expected, "{day:?} {zones:?}");
    }
}

#[test]
fn hour_slots_are_a_full_utc_day() {
    let day = Date::new(2025, 1, 18);
    let zones = [Zone::Beijing, Zone::Denver];
    let slots = shared_awake_hours(day, &zones);
    assert_eq!(slots.len(), 24);
    for (h, slot) in slots.iter().enumerate() {
        assert_eq!(slot.utc_hour as usize, h);
        assert_eq!(slot.start, utc_seconds(day, h as u8, 0));
        assert_eq!(slot.awake.len(), zones.len());
        for (z, &zone) in zones.iter().enumerate() {
            let hour = local_hour(zone, slot.start);
            assert_eq!(
                slot.awake[z],
                (AWAKE_FROM_HOUR..AWAKE_UNTIL_HOUR).contains(&hour)
            );
            assert_eq!(slot.awake[z], is_awake(zone, slot.start));
        }
    }
    assert!(slots.iter().any(|s| s.awake[0]) && slots.iter().any(|s| !s.awake[0]));
}

#[test]
fn zone_metadata() {
    assert_eq!(Zone::ALL.len(), 5);
    assert_eq!(Zone::NewYork.iana(), "America/New_York");
    assert_eq!(Zone::Beijing.label().zh, "北京");
    assert!(!Zone::Beijing.observes_us_dst());
    assert!(Zone::Denver.observes_us_dst());
}
