#![cfg(not(target_arch = "wasm32"))]
//! The timeline's surge and whole-day bounds: which days the surge highlights, the precision a
//! bare date is written at, and how a span of days is clipped to the axis and laid along it.

#[path = "common/fixture.rs"]
mod fixture;

use fixture::*;
use xhs_explainer::data::dataset;
use xhs_explainer::model::records::{Date, Precision};
use xhs_explainer::query::filters::span::{range_span, DaySpan};
use xhs_explainer::query::timeline::{
    day_groups, in_surge, precision_of, range_preset, surge_span, Axis, RANGE_PRESETS, SURGE_PRESET,
};

fn days(year: u16, month: u8, day: u8) -> i32 {
    Date::new(year, month, day).days_since_epoch()
}

#[test]
fn a_bare_date_is_as_precise_as_its_nonzero_parts() {
    let cases = [
        (Date::new(2025, 1, 14), Precision::Day),
        (Date::new(2025, 1, 0), Precision::Month),
        (Date::new(2025, 0, 0), Precision::Year),
        (Date::new(2025, 12, 31), Precision::Day),
    ];
    for (date, expected) in cases {
        assert_eq!(precision_of(date), expected, "{date:?}");
    }
}

#[test]
fn the_surge_is_its_presets_days() {
    let preset = range_preset(SURGE_PRESET).expect("a surge preset");
    assert!(RANGE_PRESETS.iter().any(|p| p.id == SURGE_PRESET));
    let surge = surge_span().unwrap();
    assert_eq!(surge, range_span(preset.from, preset.to));
    assert_eq!(surge, preset.span());
    assert_eq!(surge.first, days(2025, 1, 12));
    assert_eq!(surge.last, days(2025, 1, 22));
    // An open preset reaches to the end of time.
    let all = range_preset("all").unwrap().span();
    assert!(all.contains(i32::MIN) && all.contains(i32::MAX));
}

#[test]
fn only_days_within_the_surge_are_highlighted() {
    let surge = surge_span();
    let cases = [
        (Date::new(2025, 1, 12), true),
        (Date::new(2025, 1, 14), true),
        (Date::new(2025, 1, 22), true),
        (Date::new(2025, 1, 11), false),
        (Date::new(2025, 1, 23), false),
        (Date::new(2024, 4, 24), false),
        // "January 2025" may well include the surge, but may not: never highlighted.
        (Date::new(2025, 1, 0), false),
        (Date::new(2025, 0, 0), false),
    ];
    for (date, expected) in cases {
        assert_eq!(in_surge(surge, date), expected, "{date:?}");
        assert!(!in_surge(None, date), "{date:?} without a surge");
    }
    // A span from the first of a month: the month's own first day is in it, the bare month not.
    let new_year = Some(range_span(
        Some(Date::new(2025, 1, 1)),
        Some(Date::new(2025, 1, 5)),
    ));
    let cases = [
        (Date::new(2025, 1, 1), true),
        (Date::new(2025, 1, 0), false),
        (Date::new(2025, 0, 0), false),
    ];
    for (date, expected) in cases {
        assert_eq!(
            in_surge(new_year, date),
            expected,
            "{date:?} in early January"
        );
    }
}

#[test]
fn the_real_surge_days_are_the_groups_dated_12_to_22_january_2025() {
    let data = dataset();
    let all: Vec<usize> = (0..data.events.len()).collect();
    let groups = day_groups(data, &all);
    let surge = surge_span();
    let highlighted: Vec<Date> = groups
        .iter()
        .map(|g| g.date)
        .filter(|&d| in_surge(surge, d))
        .collect();
    assert!(!highlighted.is_empty());
    assert!(highlighted.len() < groups.len());
    for g in &groups {
        let expected =
            g.date.day != 0 && Date::new(2025, 1, 12) <= g.date && g.date <= Date::new(2025, 1, 22);
        assert_eq!(highlighted.contains(&g.date), expected, "{:?}", g.date);
    }
}

#[test]
fn spans_are_clipped_to_the_axis() {
    // The fixture's axis: 13 March 2024 to 31 January 2025.
    let all: Vec<usize> = (0..DATA.events.len()).collect();
    let axis = Axis::of_events(&DATA, &all).unwrap();
    let (first, last) = (axis.span.first, axis.span.last);
    let span = |a: i32, b: i32| DaySpan { first: a, last: b };
    let cases = [
        (span(first + 5, first + 9), Some(span(first + 5, first + 9))),
        (span(first - 10, first + 3), Some(span(first, first + 3))),
        (span(last - 2, last + 40), Some(span(last - 2, last))),
        (span(first - 10, last + 10), Some(axis.span)),
        (range_span(None, None), Some(axis.span)),
        (span(first - 10, first - 1), None),
        (span(last + 1, last + 5), None),
        // Touching one end is overlapping by a day.
        (span(last, last + 5), Some(span(last, last))),
    ];
    for (s, expected) in cases {
        assert_eq!(axis.clip(s), expected, "{s:?}");
    }
    // The surge lies inside the fixture's axis.
    let surge = surge_span().unwrap();
    assert_eq!(axis.clip(surge), Some(surge));
}

#[test]
fn a_span_covers_its_whole_days_along_the_axis() {
    // A ten-day axis: day n starts at n / 10 of the way along.
    let axis = Axis {
        span: DaySpan {
            first: 100,
            last: 110,
        },
    };
    let span = |a: i32, b: i32| DaySpan { first: a, last: b };
    let cases = [
        // One day is a tenth of the axis wide, not zero.
        (span(100, 100), (0.0, 0.1)),
        (span(103, 104), (0.3, 0.5)),
        (span(100, 109), (0.0, 1.0)),
        // The last day's end is past the axis: clamped.
        (span(105, 110), (0.5, 1.0)),
        // Open spans do not overflow.
        (span(i32::MIN, i32::MAX), (0.0, 1.0)),
    ];
    for (s, (a, b)) in cases {
        let (start, end) = axis.span_fractions(s);
        assert!(
            (start - a).abs() < 1e-12 && (end - b).abs() < 1e-12,
            "{s:?}: {start}..{end}"
        );
    }
}
