//! The build's `rem` rewrite: every length in rem becomes a multiple of the widget's own root
//! size, and nothing else in the stylesheet changes.
#![cfg(not(target_arch = "wasm32"))]

use xhs_explainer::model::root_units::root_relative;

/// The stylesheet as the build wrote it for the widget (build.rs).
const STYLESHEET: &str = include_str!(concat!(env!("OUT_DIR"), "/explainer.css"));

#[test]
fn rem_lengths_become_multiples_of_the_root_size() {
    let cases = [
        (
            "a{padding:0.5rem 1rem}",
            "a{padding:calc(0.5*var(--xhs-r)) calc(1*var(--xhs-r))}",
        ),
        ("a{margin:-.25rem}", "a{margin:calc(-.25*var(--xhs-r))}"),
        (
            "a{width:calc(100% - 2.5rem)}",
            "a{width:calc(100% - calc(2.5*var(--xhs-r)))}",
        ),
        ("a{gap:1rem;}", "a{gap:calc(1*var(--xhs-r));}"),
    ];
    for (css, want) in cases {
        assert_eq!(root_relative(css), want, "for {css:?}");
    }
}

#[test]
fn conditions_of_at_rules_keep_a_unit_they_can_hold() {
    // var() is not allowed in a media or container condition: written there, the rule would
    // never apply (the phone layout was lost that way once).
    let cases = [
        (
            "@media (max-width:40rem){a{padding:1rem}}",
            "@media (max-width:40rem){a{padding:calc(1*var(--xhs-r))}}",
        ),
        (
            "@container xhs-nav (max-width:56rem){a{gap:.5rem}}",
            "@container xhs-nav (max-width:896px){a{gap:calc(.5*var(--xhs-r))}}",
        ),
        (
            "@container (min-width:48.5rem){a{b:c}}",
            "@container (min-width:776px){a{b:c}}",
        ),
    ];
    for (css, want) in cases {
        assert_eq!(root_relative(css), want, "for {css:?}");
    }
}

#[test]
fn names_that_contain_rem_are_left_alone() {
    for css in [
        ".xhs-rem{color:red}",
        ".a1rem{x:y}",
        "a{--x-1rem:0}",
        "a{font-size:2remx}",
        "a{content:'rem'}",
        "@media (prefers-reduced-motion:reduce){a{b:c}}",
    ] {
        assert_eq!(root_relative(css), css);
    }
}

#[test]
fn the_widget_stylesheet_has_no_rem_left() {
    // Anything still in rem would follow the host page's <html> font size.
    // A media condition keeps its rem, which there is the browser's initial size.
    let left: Vec<_> = STYLESHEET
        .match_indices("rem")
        .filter(|(i, _)| STYLESHEET[..*i].ends_with(|c: char| c.is_ascii_digit() || c == '.'))
        .filter(|(i, _)| {
            let open = STYLESHEET[..*i].rfind(['{', '}', ';']).unwrap_or(0);
            !STYLESHEET[open..*i].contains("@media")
        })
        .map(|(i, _)| &STYLESHEET[i.saturating_sub(20)..(i + 3).min(STYLESHEET.len())])
        .collect();
    assert!(left.is_empty(), "still in rem: {left:?}");
    assert!(STYLESHEET.contains("--xhs-r:var(--xhs-font-size,16px)"));
    assert!(STYLESHEET.contains("all:initial"));
    assert!(
        !STYLESHEET.contains("@media (max-width:calc("),
        "a media condition with var()"
    );
}
