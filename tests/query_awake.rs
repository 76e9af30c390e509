#![cfg(not(target_arch = "wasm32"))]
//! Who is awake with whom for "早C晚A": the overlap at one instant, the first shared hour, the
//! day the strip opens on, the reader's day and hour, and the clock arithmetic the section shows
//! (hours behind Beijing, the days either side of the US clock change).

#[path = "common/fixture.rs"]
mod fixture;

use xhs_explainer::data::dataset;
use xhs_explainer::model::records::Date;
use xhs_explainer::query::awake::{
    chosen_day, chosen_hour, default_day, first_shared_hour, overlap, Overlap, FALLBACK_DAY,
    PHRASE_EVENT_ID,
};
use xhs_explainer::query::clock::{
    dst_neighbours, is_awake, minutes_behind_beijing, shared_awake_hours, us_dst_days, utc_seconds,
    HourSlot, Zone,
};

#[test]
fn an_instant_is_classified_by_who_is_awake_beijing_first() {
    use Overlap::*;
    let (t, f) = (true, false);
    let cases: &[(&[bool], Overlap)] = &[
        (&[t, t, t, t, t], Everyone),
        (&[t, f, f, f, f], ChinaOnly),
        (&[f, t, t, t, t], UsOnly),
        (&[t, t, f, f, f], ChinaAndSomeUs(1)),
        (&[t, t, t, t, f], ChinaAndSomeUs(3)),
        (&[f, f, t, f, f], SomeUs(1)),
        (&[f, t, t, t, f], SomeUs(3)),
        (&[f, f, f, f, f], Nobody),
        (&[], Nobody),
        // With Beijing alone, Beijing awake is everyone.
        (&[t], Everyone),
    ];
    for &(awake, expected) in cases {
        assert_eq!(overlap(awake), expected, "{awake:?}");
    }
}

#[test]
fn the_strips_real_hours_hold_early_c_and_late_a() {
    // On the day of the surge every kind of hour the phrase speaks of occurs.
    let day = default_day(dataset());
    let mut seen = Vec::new();
    for slot in shared_awake_hours(day, &Zone::ALL) {
        let awake: Vec<bool> = Zone::ALL.iter().map(|&z| is_awake(z, slot.start)).collect();
        assert_eq!(awake, slot.awake, "hour {}", slot.utc_hour);
        let kind = overlap(&awake);
        assert_eq!(
            kind == Overlap::Everyone,
            slot.all_awake(),
            "hour {}",
            slot.utc_hour
        );
        if !seen.contains(&kind) {
            seen.push(kind);
        }
    }
    for kind in [Overlap::Everyone, Overlap::ChinaOnly, Overlap::UsOnly] {
        assert!(seen.contains(&kind), "{kind:?} never happens: {seen:?}");
    }
}

fn slot(utc_hour: u8, awake: &[bool]) -> HourSlot {
    HourSlot {
        utc_hour,
        start: utc_hour as i64 * 3600,
        awake: awake.to_vec(),
    }
}

#[test]
fn the_slider_starts_on_the_first_shared_hour() {
    let cases: Vec<(Vec<HourSlot>, u8)> = vec![
        (
            vec![
                slot(0, &[true, false]),
                slot(1, &[true, true]),
                slot(2, &[true, true]),
            ],
            1,
        ),
        (vec![slot(5, &[false]), slot(9, &[true])], 9),
        // Nobody shares an hour: the strip's first hour.
        (vec![slot(0, &[true, false]), slot(1, &[false, true])], 0),
        (vec![], 0),
    ];
    for (slots, expected) in cases {
        assert_eq!(first_shared_hour(&slots), expected, "{slots:?}");
    }
    // On the real strip, the first shared hour is one where all five zones are awake.
    let slots = shared_awake_hours(default_day(dataset()), &Zone::ALL);
    let h = first_shared_hour(&slots);
    assert!(slots[h as usize].all_awake());
    assert!(slots[..h as usize].iter().all(|s| !s.all_awake()));
}

#[test]
fn the_strip_opens_on_the_day_the_phrase_was_reported() {
    let data = dataset();
    let event = data.event(PHRASE_EVENT_ID).expect("the phrase's event");
    assert_eq!(default_day(data), event.when.date);
    assert_eq!(default_day(data), Date::new(2025, 1, 14));
    // Without the event, the surge.
    assert!(fixture::DATA.event(PHRASE_EVENT_ID).is_none());
    assert_eq!(default_day(&fixture::DATA), FALLBACK_DAY);
}

#[test]
fn only_a_whole_day_moves_the_strip() {
    let cases: &[(&str, Option<Date>)] = &[
        ("2025-03-10", Some(Date::new(2025, 3, 10))),
        ("2024-02-29", Some(Date::new(2024, 2, 29))),
        // Partial or impossible input while the reader types keeps the day.
        ("2025-03", None),
        ("2025", None),
        ("", None),
        ("2025-02-29", None),
        ("2025-3-10", None),
        ("not a day", None),
        // Typed past the picker's bounds (China's clock before 1992 is not modelled).
        ("1991-12-31", None),
        ("1992-01-01", Some(Date::new(1992, 1, 1))),
        ("2100-12-31", Some(Date::new(2100, 12, 31))),
        ("2101-01-01", None),
    ];
    for &(value, expected) in cases {
        assert_eq!(chosen_day(value), expected, "{value:?}");
    }
}

#[test]
fn the_hour_is_capped_at_23() {
    let cases: &[(&str, Option<u8>)] = &[
        ("0", Some(0)),
        ("13", Some(13)),
        ("23", Some(23)),
        ("24", Some(23)),
        ("255", Some(23)),
        ("256", None),
        ("-1", None),
        ("", None),
        ("1.5", None),
    ];
    for &(value, expected) in cases {
        assert_eq!(chosen_hour(value), expected, "{value:?}");
    }
}

#[test]
fn us_zones_are_an_hour_closer_to_beijing_after_the_clock_change() {
    let jan = utc_seconds(Date::new(2025, 1, 14), 13, 0);
    let mar = utc_seconds(Date::new(2025, 3, 10), 13, 0);
    let cases: &[(Zone, i64, i32)] = &[
        (Zone::Beijing, jan, 0),
        (Zone::NewYork, jan, 13 * 60),
        (Zone::Chicago, jan, 14 * 60),
        (Zone::Denver, jan, 15 * 60),
        (Zone::LosAngeles, jan, 16 * 60),
        (Zone::Beijing, mar, 0),
        (Zone::NewYork, mar, 12 * 60),
        (Zone::LosAngeles, mar, 15 * 60),
    ];
    for &(zone, utc, expected) in cases {
        assert_eq!(
            minutes_behind_beijing(zone, utc),
            expected,
            "{zone:?} at {utc}"
        );
    }
}

#[test]
fn the_presets_sit_either_side_of_the_clock_change() {
    let cases: &[(u16, Date, Date)] = &[
        // 9 March 2025, 10 March 2024, 11 March 2007: the second Sunday of March.
        (2025, Date::new(2025, 3, 8), Date::new(2025, 3, 10)),
        (2024, Date::new(2024, 3, 9), Date::new(2024, 3, 11)),
        (2007, Date::new(2007, 3, 10), Date::new(2007, 3, 12)),
        // 2 April 2006: the first Sunday of April, under the old rule.
        (2006, Date::new(2006, 4, 1), Date::new(2006, 4, 3)),
    ];
    for &(year, before, after) in cases {
        assert_eq!(dst_neighbours(year), (before, after), "{year}");
        // The day before keeps standard time all day; the day after is on daylight time.
        let ny_noon = |d: Date| utc_seconds(d, 17, 0);
        assert_eq!(
            minutes_behind_beijing(Zone::NewYork, ny_noon(before)),
            13 * 60
        );
        assert_eq!(
            minutes_behind_beijing(Zone::NewYork, ny_noon(after)),
            12 * 60
        );
        assert_eq!(before.days_since_epoch() + 1, us_dst_days(year).0, "{year}");
    }
}
