//! The timeline model: grouping by day, the axis and its fractions, and date-range presets.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/fixture.rs"]
mod fixture;

use fixture::*;
use xhs_explainer::model::records::Date;
use xhs_explainer::query::filters::action::Action;
use xhs_explainer::query::filters::facet::Facet;
use xhs_explainer::query::filters::search::SearchIndex;
use xhs_explainer::query::filters::state::Query;
use xhs_explainer::query::timeline::{
    active_range_preset, day_groups, range_preset, Axis, DayGroup, RANGE_PRESETS,
};

fn all_events() -> Vec<usize> {
    (0..DATA.events.len()).collect()
}

#[test]
fn groups_by_date_sorted() {
    let groups = day_groups(&DATA, &all_events());
    let expected = vec![
        DayGroup {
            before: false,
            date: Date::new(2024, 3, 13),
            events: vec![E_HOUSE],
        },
        DayGroup {
            before: false,
            date: Date::new(2024, 4, 24),
            events: vec![E_SIGNED],
        },
        // "January 2025" sorts before its first day.
        DayGroup {
            before: false,
            date: Date::new(2025, 1, 0),
            events: vec![E_LEMON8_MONTH],
        },
        DayGroup {
            before: false,
            date: Date::new(2025, 1, 13),
            events: vec![E_REFUGEES, E_XHS_TOP],
        },
        DayGroup {
            before: false,
            date: Date::new(2025, 1, 17),
            events: vec![E_COURT],
        },
        DayGroup {
            before: false,
            date: Date::new(2025, 1, 18),
            events: vec![E_DARK],
        },
    ];
    assert_eq!(groups, expected);
    // Input order is kept within a group; groups are sorted whatever the input order.
    let reversed: Vec<usize> = all_events().into_iter().rev().collect();
    let groups = day_groups(&DATA, &reversed);
    let dates: Vec<Date> = groups.iter().map(|g| g.date).collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted);
    assert_eq!(groups[3].events, [E_XHS_TOP, E_REFUGEES]);
    assert!(day_groups(&DATA, &[]).is_empty());
}

#[test]
fn groups_of_a_filtered_list() {
    let index = SearchIndex::new(&DATA);
    let query = Query::default().reduce(Action::Toggle(Facet::Platform, P_XHS));
    let groups = day_groups(&DATA, &query.visible(&DATA, &index).events);
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0].events, [E_REFUGEES, E_XHS_TOP]);
}

#[test]
fn axis_extent_and_fractions() {
    let axis = Axis::of_events(&DATA, &all_events()).unwrap();
    assert_eq!(axis.first_date(), Date::new(2024, 3, 13));
    // The month-precision event reaches to the end of January, past tiktok-dark's `until`.
    assert_eq!(axis.last_date(), Date::new(2025, 1, 31));
    let days = |y, m, d| Date::new(y, m, d).days_since_epoch();
    let len = (days(2025, 1, 31) - days(2024, 3, 13)) as f64;
    let cases: &[(i32, f64)] = &[
        (days(2024, 3, 13), 0.0),
        (days(2025, 1, 31), 1.0),
        (
            days(2024, 4, 24),
            (days(2024, 4, 24) - days(2024, 3, 13)) as f64 / len,
        ),
        (days(2023, 1, 1), 0.0),
        (days(2026, 1, 1), 1.0),
    ];
    for &(day, expected) in cases {
        assert!((axis.fraction(day) - expected).abs() < 1e-12, "{day}");
    }
    assert_eq!(
        axis.fraction_of(Date::new(2025, 1, 0)),
        axis.fraction(days(2025, 1, 1))
    );
    let f = axis.fraction(days(2024, 9, 1));
    assert!(0.0 < f && f < 1.0);

    let dark = Axis::of_events(&DATA, &[E_DARK]).unwrap();
    assert_eq!(dark.fraction(days(2025, 1, 18)), 0.0);
    assert_eq!(dark.fraction(days(2025, 1, 19)), 1.0);
    let court = Axis::of_events(&DATA, &[E_COURT]).unwrap();
    assert_eq!(court.fraction(days(2025, 1, 17)), 0.5);
    assert_eq!(Axis::of_events(&DATA, &[]), None);
}

#[test]
fn month_ticks() {
    let axis = Axis::of_events(&DATA, &all_events()).unwrap();
    let ticks = axis.month_starts();
    assert_eq!(ticks.first(), Some(&Date::new(2024, 4, 1)));
    assert_eq!(ticks.last(), Some(&Date::new(2025, 1, 1)));
    assert_eq!(ticks.len(), 10);
    let jan = Axis::of_events(&DATA, &[E_LEMON8_MONTH]).unwrap();
    assert_eq!(jan.month_starts(), [Date::new(2025, 1, 1)]);
}

#[test]
fn presets_are_data_and_drive_the_query() {
    let ids: Vec<&str> = RANGE_PRESETS.iter().map(|p| p.id).collect();
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "ids are unique");
    for p in RANGE_PRESETS {
        if let (Some(from), Some(to)) = (p.from, p.to) {
            assert!(from <= to, "{}", p.id);
        }
        assert!(!p.label.en.is_empty() && !p.label.zh.is_empty());
    }

    let index = SearchIndex::new(&DATA);
    let cases: &[(&str, &[usize], &[usize])] = &[
        (
            "surge",
            &[E_COURT, E_REFUGEES, E_LEMON8_MONTH, E_DARK, E_XHS_TOP],
            &[F_XHS_NEW, F_LEMON8_RANK],
        ),
        ("law-2024", &[E_HOUSE, E_SIGNED], &[F_TIKTOK_MAU]),
        ("after-return", &[E_LEMON8_MONTH, E_DARK], &[]),
        ("all", &[0, 1, 2, 3, 4, 5, 6], &[0, 1, 2]),
    ];
    for &(id, events, figures) in cases {
        let preset = range_preset(id).unwrap();
        let query = Query::default()
            .reduce(Action::SetRange(Some(Date::new(1999, 1, 1)), None))
            .reduce(preset.action());
        assert_eq!(active_range_preset(&query).map(|p| p.id), Some(id));
        let visible = query.visible(&DATA, &index);
        assert_eq!(visible.events, events, "{id}");
        assert_eq!(visible.figures, figures, "{id}");
    }
    assert_eq!(
        range_preset("surge").unwrap().from,
        Some(Date::new(2025, 1, 12))
    );
    assert_eq!(
        range_preset("surge").unwrap().to,
        Some(Date::new(2025, 1, 22))
    );
    assert!(range_preset("nope").is_none());
    let custom = Query::default().reduce(Action::SetFrom(Some(Date::new(2025, 1, 2))));
    assert!(active_range_preset(&custom).is_none());
    assert_eq!(
        active_range_preset(&Query::default()).map(|p| p.id),
        Some("all")
    );
}

#[test]
fn an_undated_event_leads_the_timeline_in_a_group_of_its_own() {
    let data = xhs_explainer::data::dataset();
    let all: Vec<usize> = (0..data.events.len()).collect();
    let groups = day_groups(data, &all);
    let first = &groups[0];
    assert!(first.before, "{first:?}");
    let ids: Vec<&str> = first.events.iter().map(|&i| data.events[i].id).collect();
    assert_eq!(ids, ["federal-device-ban"]);
    // Its date (the blog post's) also holds dated events, which stay in their own group.
    let same_day = groups.iter().filter(|g| g.date == first.date).count();
    assert_eq!(same_day, 2);
    assert!(groups[1..].iter().all(|g| !g.before));
    assert!(groups[1..].windows(2).all(|w| w[0].date < w[1].date));
}

#[test]
fn the_strip_places_marks_and_spans_across_the_axis() {
    use xhs_explainer::query::filters::span::DaySpan;
    use xhs_explainer::query::strip::{mark_top, width_of, x_at, BASELINE};
    for (fraction, want) in [(0.0, "3.000%"), (0.5, "50.000%"), (1.0, "97.000%")] {
        assert_eq!(x_at(fraction), want);
    }
    let axis = Axis {
        span: DaySpan { first: 0, last: 99 },
    };
    // A span across the whole axis is the axis' width; a single day never vanishes.
    assert_eq!(width_of(axis, DaySpan { first: 0, last: 99 }), "94.000%");
    assert_eq!(
        width_of(
            axis,
            DaySpan {
                first: 10,
                last: 10
            }
        ),
        "0.949%"
    );
    let tiny = Axis {
        span: DaySpan {
            first: 0,
            last: 9999,
        },
    };
    assert_eq!(width_of(tiny, DaySpan { first: 5, last: 5 }), "0.400%");
    // One event stands 15 px tall, five or more 35 px.
    for (events, height) in [(1, 15), (2, 20), (5, 35), (40, 35)] {
        assert_eq!(BASELINE - mark_top(events), height, "{events} events");
    }
}
