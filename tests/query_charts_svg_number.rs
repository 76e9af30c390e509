//! Numbers for SVG attributes and exports, written without Rust's float formatting: the same text
//! that `Display` gave where it matters (whole numbers, short decimals), rounding elsewhere.
#![cfg(not(target_arch = "wasm32"))]

use xhs_explainer::query::svg_number::{coord, fixed, plain, polygon, polyline, trimmed};

#[test]
fn fixed_writes_exactly_the_decimals_asked_for() {
    for (x, decimals, want) in [
        (3.0, 3, "3.000"),
        (97.0, 3, "97.000"),
        (50.123456, 3, "50.123"),
        (0.0005, 3, "0.001"),
        (2.5, 0, "3"),
        (-1.25, 1, "-1.2"),
        (-0.04, 1, "0.0"),
        (f64::NAN, 2, "0.00"),
    ] {
        assert_eq!(fixed(x, decimals), want, "fixed({x}, {decimals})");
    }
}

#[test]
fn coordinates_drop_trailing_zeros_like_display_did() {
    for (x, want) in [
        (40.0, "40"),
        (12.5, "12.5"),
        (0.0, "0"),
        (-0.001, "0"),
        (1.0 / 3.0, "0.33"),
        (-7.25, "-7.25"),
        (199.996, "200"),
    ] {
        assert_eq!(coord(x), want, "coord({x})");
        if x == (x * 100.0).round() / 100.0 {
            assert_eq!(
                coord(x),
                format!("{x}").replace("-0", "0"),
                "same as Display for {x}"
            );
        }
    }
    assert_eq!(trimmed(2.0, 0), "2");
}

#[test]
fn data_values_are_exact_for_whole_numbers_and_source_decimals() {
    for (x, want) in [
        (300_000_000.0, "300000000"),
        (60_000_000_000.0, "60000000000"),
        (1.7, "1.7"),
        (0.5, "0.5"),
        (61.25, "61.25"),
        (-3.0, "-3"),
    ] {
        assert_eq!(plain(x), want, "plain({x})");
        assert_eq!(plain(x), format!("{x}"), "same as Display for {x}");
    }
}

#[test]
fn paths_join_points() {
    assert_eq!(polyline(&[(1.0, 2.5), (3.25, 4.0)]), "M1 2.5L3.25 4");
    assert_eq!(
        polygon(&[(0.0, 0.0), (1.0, 0.0), (0.0, 1.0)]),
        "M0 0L1 0L0 1Z"
    );
    assert_eq!(polyline(&[]), "");
}
