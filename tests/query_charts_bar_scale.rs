#![cfg(not(target_arch = "wasm32"))]
//! Bar-chart geometry: nice ticks, the value→x scale, tick-label thinning, label fitting and the
//! viewBox height, on hand-picked cases and on every bar chart the real data draws.

use xhs_explainer::data::dataset;
use xhs_explainer::model::records::Unit;
use xhs_explainer::query::charts::bar_scale::{
    approx_text_width, bar_width, height, label_fit, nice_ticks, row_top, scale, tick_label_stride,
    tick_spacing, tick_step, LabelFit, AXIS, GAP, PLOT, ROW, TOP, WIDTH,
};
use xhs_explainer::query::figures::figure_groups::{chart_plan, keyed, visible_groups};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

#[test]
fn tick_steps_are_one_two_or_five_times_a_power_of_ten() {
    let cases: &[(f64, usize, f64)] = &[
        // raw 3.33…: √10 ≤ 3.33 < √50, so 5.
        (10.0, 3, 5.0),
        // raw 2: √2 ≤ 2 < √10, so 2.
        (10.0, 5, 2.0),
        // raw 1: below √2, so 1.
        (10.0, 10, 1.0),
        // raw 233,333: 2.33 × 10⁵, so 2 × 10⁵.
        (700_000.0, 3, 200_000.0),
        // raw 56.67 million: 5.67 × 10⁷, so 5 × 10⁷.
        (170_000_000.0, 3, 50_000_000.0),
        // raw 8: ≥ √50, so the next power of ten.
        (24.0, 3, 10.0),
        // Fractions work the same way: raw 0.0333 → 0.05.
        (0.1, 3, 0.05),
        // Degenerate domains fall back to 1.
        (0.0, 3, 1.0),
        (-5.0, 3, 1.0),
        (f64::NAN, 3, 1.0),
        (10.0, 0, 1.0),
    ];
    for &(max, count, expected) in cases {
        assert!(
            close(tick_step(max, count), expected),
            "tick_step({max}, {count}) = {}, expected {expected}",
            tick_step(max, count)
        );
    }
}

#[test]
fn nice_ticks_start_at_zero_and_end_at_or_just_above_the_maximum() {
    let cases: &[(f64, &[f64])] = &[
        (
            700_000.0,
            &[0.0, 200_000.0, 400_000.0, 600_000.0, 800_000.0],
        ),
        // A maximum on a tick ends the domain there, not one step later.
        (10.0, &[0.0, 5.0, 10.0]),
        (11.0, &[0.0, 5.0, 10.0, 15.0]),
        (1.0, &[0.0, 0.5, 1.0]),
        // Nothing to draw still gives an axis.
        (0.0, &[0.0, 1.0]),
        (f64::NAN, &[0.0, 1.0]),
    ];
    for &(max, expected) in cases {
        let ticks = nice_ticks(max, 3);
        assert_eq!(ticks.len(), expected.len(), "{max}: {ticks:?}");
        for (t, e) in ticks.iter().zip(expected) {
            assert!(close(*t, *e), "{max}: {ticks:?}");
        }
    }
}

#[test]
fn nice_ticks_hold_for_any_maximum() {
    // Every maximum from 0.7 to 7 × 10⁸ in uneven steps: the ticks are evenly spaced by the nice
    // step, the domain covers the maximum, and it overshoots by less than one step.
    let mut max = 0.7;
    while max < 7e8 {
        let step = tick_step(max, 3);
        let ticks = nice_ticks(max, 3);
        assert_eq!(ticks[0], 0.0);
        for pair in ticks.windows(2) {
            assert!(close(pair[1] - pair[0], step), "{max}: {ticks:?}");
        }
        let end = *ticks.last().unwrap();
        assert!(end >= max * (1.0 - 1e-9), "{max}: {ticks:?}");
        assert!(end - max < step, "{max}: {ticks:?}");
        assert!((2..=8).contains(&ticks.len()), "{max}: {ticks:?}");
        max *= 1.37;
    }
}

#[test]
fn the_scale_is_linear_and_clamped() {
    let cases: &[(f64, f64, f64, f64)] = &[
        (0.0, 10.0, 300.0, 0.0),
        (5.0, 10.0, 300.0, 150.0),
        (10.0, 10.0, 300.0, 300.0),
        (15.0, 10.0, 300.0, 300.0),
        (-1.0, 10.0, 300.0, 0.0),
        (5.0, 0.0, 300.0, 0.0),
        (5.0, f64::NAN, 300.0, 0.0),
    ];
    for &(value, domain, range, expected) in cases {
        assert!(
            close(scale(value, domain, range), expected),
            "scale({value}, {domain}, {range})"
        );
    }
    // A bar is at least one unit wide, so a tiny value still shows.
    assert_eq!(bar_width(0.0, 10.0), 1.0);
    assert!(close(bar_width(5.0, 10.0), PLOT / 2.0));
    assert!(close(bar_width(10.0, 10.0), PLOT));
}

#[test]
fn tick_labels_are_thinned_until_they_do_not_touch() {
    let cases: &[(f64, f64, f64, usize)] = &[
        // 1.5 × 20 + 10 = 40 fits in 100.
        (100.0, 20.0, 10.0, 1),
        // 1.5 × 40 + 10 = 70 needs three gaps of 30.
        (30.0, 40.0, 10.0, 3),
        // Exactly enough room.
        (40.0, 20.0, 10.0, 1),
        (0.0, 20.0, 10.0, 1),
        (-5.0, 20.0, 10.0, 1),
    ];
    for &(spacing, widest, gap, expected) in cases {
        assert_eq!(
            tick_label_stride(spacing, widest, gap),
            expected,
            "stride({spacing}, {widest}, {gap})"
        );
    }
    assert!(close(tick_spacing(5), PLOT / 4.0));
    assert_eq!(tick_spacing(1), PLOT);
    assert_eq!(tick_spacing(0), PLOT);
}

#[test]
fn text_width_grows_with_the_script() {
    let cases: &[(&str, f64)] = &[
        ("", 0.0),
        ("中文", 2.0),
        ("A", 0.68),
        ("a", 0.58),
        ("1,000", 0.58 * 4.0 + 0.3),
        ("×3", 0.68 + 0.58),
        ("No. 1", 0.68 + 0.58 + 0.3 + 0.3 + 0.58),
    ];
    for &(text, ems) in cases {
        assert!(
            close(approx_text_width(text, 10.0), ems * 10.0),
            "{text:?}: {}",
            approx_text_width(text, 10.0)
        );
    }
    assert!(approx_text_width("70万", 13.0) > approx_text_width("700", 13.0));
}

#[test]
fn value_labels_go_outside_unless_the_bar_is_long_and_the_edge_near() {
    use LabelFit::*;
    let cases: &[(f64, f64, LabelFit)] = &[
        // Room after the bar.
        (100.0, 50.0, Outside),
        (WIDTH - GAP - 50.0, 50.0, Outside),
        // No room after the bar, and the bar can hold the label.
        (WIDTH - GAP - 49.0, 50.0, Inside),
        (WIDTH, 50.0, Inside),
        // No room after the bar, but the bar is too short to hold it either: outside anyway.
        (60.0, 280.0, Outside),
    ];
    for &(bar_end, label, expected) in cases {
        assert_eq!(
            label_fit(bar_end, label, WIDTH),
            expected,
            "bar end {bar_end}, label {label}"
        );
    }
}

#[test]
fn the_view_box_grows_by_one_row_per_bar() {
    assert_eq!(height(0), TOP + AXIS);
    for rows in 0..6 {
        assert!(close(height(rows + 1) - height(rows), ROW));
        assert!(close(height(rows), row_top(rows) + AXIS));
    }
    assert_eq!(row_top(0), TOP);
}

#[test]
fn every_real_bar_chart_has_a_domain_over_its_figures_and_bars_in_the_plot() {
    let data = dataset();
    let all: Vec<usize> = (0..data.figures.len()).collect();
    let mut charts = 0;
    for (_, figures) in visible_groups(data, &all) {
        for (unit, ks) in chart_plan(data, &keyed(&figures)) {
            if unit == Unit::Rank {
                continue;
            }
            charts += 1;
            let values: Vec<f64> = ks.iter().map(|k| data.figures[k.ix].value).collect();
            let max = values.iter().copied().fold(0.0, f64::max);
            let ticks = nice_ticks(max, 3);
            let domain = *ticks.last().unwrap();
            // The domain covers the longest bar without squashing it into half the plot.
            assert!(domain >= max && max / domain > 0.5, "{unit:?}: {ticks:?}");
            for v in values {
                let w = bar_width(v, domain);
                assert!((1.0..=PLOT).contains(&w), "{unit:?} {v}: {w}");
            }
        }
    }
    assert!(charts > 0, "the data draws no bar chart");
}
