//! The timeline's paging: whole days until an event budget is met, and the budget that brings a
//! given day into view.
#![cfg(not(target_arch = "wasm32"))]

use xhs_explainer::data::dataset;
use xhs_explainer::model::records::Date;
use xhs_explainer::query::timeline::{
    day_groups, days_for_events, events_through, DayGroup, EVENT_PAGE,
};

fn groups(sizes: &[usize]) -> Vec<DayGroup> {
    let mut next = 0;
    sizes
        .iter()
        .enumerate()
        .map(|(i, &n)| {
            let events = (next..next + n).collect();
            next += n;
            DayGroup {
                before: false,
                date: Date::new(2025, 1, i as u8 + 1),
                events,
            }
        })
        .collect()
}

#[test]
fn whole_days_until_the_budget_is_met() {
    // (events per day, budget, days shown)
    let cases: &[(&[usize], usize, usize)] = &[
        (&[], 10, 0),
        (&[3, 3, 3], 0, 0),
        (&[3, 3, 3], 1, 1),
        (&[3, 3, 3], 3, 1),
        (&[3, 3, 3], 4, 2),
        (&[3, 3, 3], 6, 2),
        (&[3, 3, 3], 7, 3),
        (&[3, 3, 3], 100, 3),
        (&[50, 1, 1], 10, 1),
    ];
    for (sizes, budget, want) in cases {
        assert_eq!(
            days_for_events(&groups(sizes), *budget),
            *want,
            "{sizes:?} budget {budget}"
        );
    }
}

#[test]
fn the_budget_through_a_day_shows_that_day() {
    let g = groups(&[2, 5, 1, 4]);
    for day in 0..g.len() {
        let budget = events_through(&g, day);
        assert_eq!(
            budget,
            g[..=day].iter().map(|d| d.events.len()).sum::<usize>()
        );
        assert_eq!(days_for_events(&g, budget), day + 1, "day {day}");
    }
}

#[test]
fn the_real_dataset_fits_on_the_first_page() {
    let data = dataset();
    let all: Vec<usize> = (0..data.events.len()).collect();
    let g = day_groups(data, &all);
    assert!(data.events.len() <= EVENT_PAGE);
    assert_eq!(days_for_events(&g, EVENT_PAGE), g.len());
}
