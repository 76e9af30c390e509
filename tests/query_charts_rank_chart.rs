#![cfg(not(target_arch = "wasm32"))]
//! The rank chart without pixels drawn: rank ticks and domain, rank→y with No. 1 on top, date→x,
//! label placement, series by platform, and the ringed repeated best ranks, on hand-picked cases
//! and on the real App Store rank figures.

#[path = "common/rank_figures.rs"]
mod rank_figures;
use rank_figures::real_rank_figures;

use xhs_explainer::data::dataset;
use xhs_explainer::model::records::Date;
use xhs_explainer::query::charts::rank_scale::{
    day_x, label_place, rank_domain, rank_ticks, rank_y, LabelPlace, RankFrame, LEFT, PLOT_HEIGHT,
    PLOT_WIDTH, TOP, X_PAD,
};
use xhs_explainer::query::charts::rank_series::{day_rank, repeated_best, series_of};

fn day(year: u16, month: u8, day_of_month: u8) -> i32 {
    Date::new(year, month, day_of_month).days_since_epoch()
}

/// The real rank figures with their key letters, as the Numbers section passes them to the chart.
#[test]
fn rank_ticks_list_small_domains_and_step_through_large_ones() {
    let cases: &[(u32, &[u32])] = &[
        (0, &[1]),
        (1, &[1]),
        (3, &[1, 2, 3]),
        (5, &[1, 2, 3, 4, 5]),
        (6, &[1, 5]),
        (11, &[1, 5, 10]),
        (15, &[1, 5, 10, 15]),
        // 16 / 5 is still 3 ticks past 1; 20 / 5 is not, so the step grows.
        (16, &[1, 5, 10, 15]),
        (20, &[1, 10, 20]),
        (40, &[1, 25]),
        (100, &[1, 50, 100]),
        (5000, &[1, 1000, 2000, 3000, 4000, 5000]),
    ];
    for &(max, expected) in cases {
        assert_eq!(rank_ticks(max), expected, "rank_ticks({max})");
    }
}

#[test]
fn the_domain_never_shows_rank_one_alone() {
    for (max, expected) in [(0, 2), (1, 2), (2, 2), (11, 11)] {
        assert_eq!(rank_domain(max), expected, "rank_domain({max})");
    }
}

#[test]
fn rank_one_is_at_the_top_and_the_worst_at_the_bottom() {
    let cases: &[(f64, u32, f64)] = &[
        (1.0, 11, 30.0),
        (11.0, 11, 210.0),
        (6.0, 11, 120.0),
        // Outside the domain: clamped to the plot.
        (0.0, 11, 30.0),
        (20.0, 11, 210.0),
        // A domain of one rank is widened to two.
        (2.0, 1, 210.0),
    ];
    for &(rank, worst, expected) in cases {
        assert_eq!(
            rank_y(rank, worst, 30.0, 180.0),
            expected,
            "{rank} of {worst}"
        );
    }
}

#[test]
fn days_spread_between_the_padded_edges() {
    let cases: &[(i32, i32, i32, f64)] = &[
        (10, 10, 20, 50.0 + 10.0),
        (20, 10, 20, 50.0 + 200.0 - 10.0),
        (15, 10, 20, 50.0 + 100.0),
        // One day only: in the middle.
        (10, 10, 10, 50.0 + 100.0),
        (10, 12, 10, 50.0 + 100.0),
    ];
    for &(d, first, last, expected) in cases {
        assert_eq!(
            day_x(d, first, last, 50.0, 200.0, 10.0),
            expected,
            "{d} in {first}..={last}"
        );
    }
}

#[test]
fn labels_move_out_of_the_way() {
    use LabelPlace::*;
    let all = [(1, 1.0), (1, 2.0), (1, 5.0), (2, 3.0), (3, 1.0), (3, 3.0)];
    type Case = (i32, f64, Option<(i32, f64)>, LabelPlace);
    let cases: &[Case] = &[
        // No. 2 under No. 1 on the same day: below.
        (1, 2.0, None, Below),
        // Alone on its day with no next point: above.
        (2, 3.0, None, Above),
        // Best on its day, next point better: the line climbs to the right, label left.
        (1, 1.0, Some((2, 0.5)), Left),
        // The next point is worse: the line falls, the label stays above.
        (1, 1.0, Some((2, 3.0)), Above),
        // Two ranks apart on the same day still collide; three are room enough above.
        (3, 3.0, None, Below),
        (1, 5.0, None, Above),
        // A collision beats a climb.
        (1, 2.0, Some((2, 1.0)), Below),
    ];
    for &(d, rank, next, expected) in cases {
        assert_eq!(
            label_place(d, rank, next, &all),
            expected,
            "({d}, {rank}) next {next:?}"
        );
    }
}

#[test]
fn repeated_best_ranks_are_ringed_and_a_single_best_is_not() {
    let cases: &[(&[f64], &[usize])] = &[
        (&[11.0, 1.0, 1.0], &[1, 2]),
        (&[1.0, 1.0, 1.0], &[0, 1, 2]),
        (&[3.0, 1.0, 2.0], &[]),
        (&[2.0], &[]),
        (&[], &[]),
        // A repeated rank that is not the best is not ringed.
        (&[4.0, 4.0, 2.0], &[]),
    ];
    for &(ranks, expected) in cases {
        assert_eq!(repeated_best(ranks), expected, "{ranks:?}");
    }
}

#[test]
fn real_ranks_form_one_series_per_platform_by_date() {
    let data = dataset();
    let figures = real_rank_figures();
    assert!(figures.len() >= 2, "the data has no rank chart");
    let series = series_of(&figures);

    // Every figure is drawn once, in the series of its platform.
    let drawn: usize = series.iter().map(|s| s.points.len()).sum();
    assert_eq!(drawn, figures.len());
    for s in &series {
        assert!(s.points.iter().all(|(_, f)| f.platform == s.platform));
        let days: Vec<i32> = s.points.iter().map(|&(_, f)| day_rank(f).0).collect();
        assert!(days.windows(2).all(|w| w[0] <= w[1]), "{days:?}");
    }
    // Series come in order of first appearance.
    let firsts: Vec<usize> = series
        .iter()
        .map(|s| {
            figures
                .iter()
                .position(|(_, f)| f.platform == s.platform)
                .unwrap()
        })
        .collect();
    assert!(firsts.windows(2).all(|w| w[0] < w[1]), "{firsts:?}");

    // Xiaohongshu is reported at No. 1 on two days: both reports are ringed, neither preferred.
    let xhs = data
        .platforms
        .iter()
        .position(|p| p.id == "xiaohongshu")
        .unwrap();
    let s = series.iter().find(|s| s.platform as usize == xhs).unwrap();
    let ringed = repeated_best(&s.ranks());
    let ringed_days: Vec<i32> = ringed.iter().map(|&i| day_rank(s.points[i].1).0).collect();
    assert_eq!(ringed_days, [day(2025, 1, 13), day(2025, 1, 14)]);
    assert!(ringed.iter().all(|&i| s.points[i].1.value == 1.0));
    // The line from 11th on 12 January climbs to No. 1 next.
    assert_eq!(s.next_point(0), Some((day(2025, 1, 13), 1.0)));
    assert_eq!(s.next_point(s.points.len() - 1), None);
}

#[test]
fn the_real_rank_frame_spans_its_days_and_ranks() {
    let figures = real_rank_figures();
    let points: Vec<(i32, f64)> = figures.iter().map(|(_, f)| day_rank(f)).collect();
    let frame = RankFrame::of(&points);

    let mut days: Vec<i32> = points.iter().map(|p| p.0).collect();
    days.sort_unstable();
    days.dedup();
    assert_eq!(frame.days, days);
    let worst = points.iter().map(|p| p.1).fold(0.0, f64::max);
    assert_eq!(frame.worst as f64, worst.ceil().max(2.0));

    // No. 1 at the top of the plot, the worst rank at the bottom, the dates inside the padding.
    assert_eq!(frame.y(1.0), TOP);
    assert_eq!(frame.y(worst), TOP + PLOT_HEIGHT);
    assert_eq!(frame.x(days[0]), LEFT + X_PAD);
    assert_eq!(frame.x(*days.last().unwrap()), LEFT + PLOT_WIDTH - X_PAD);
    assert_eq!(frame.ticks(), rank_ticks(frame.worst));
    assert_eq!(frame.ticks()[0], 1);

    // Between the extremes, a better rank is drawn higher.
    for pair in [(1.0, 2.0), (2.0, 5.0), (5.0, worst)] {
        assert!(frame.y(pair.0) < frame.y(pair.1), "{pair:?}");
    }
}

#[test]
fn an_empty_frame_is_harmless() {
    let frame = RankFrame::of(&[]);
    assert!(frame.days.is_empty());
    assert_eq!(frame.worst, 2);
    assert_eq!(frame.x(0), LEFT + PLOT_WIDTH / 2.0);
    assert_eq!(frame.ticks(), [1, 2]);
}
