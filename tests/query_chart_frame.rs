#![cfg(not(target_arch = "wasm32"))]
//! The frame of a downloaded chart: title and source lines wrapped to the chart's width with
//! nothing lost, and every part placed inside the image, above or below the chart.

use xhs_explainer::query::bar_scale::approx_text_width;
use xhs_explainer::query::chart_frame::{frame, wrap, BOLD, CREDIT_FONT, MARGIN, TITLE_FONT};

#[test]
fn english_wraps_at_spaces_and_keeps_every_word() {
    let text = "Sources: Entering China; NBC News; Reuters; The Guardian · As of: January 13, 2025 to January 16, 2025";
    let lines = wrap(text, CREDIT_FONT, 300.0);
    assert!(lines.len() >= 2, "{lines:?}");
    for l in &lines {
        assert!(
            approx_text_width(l, CREDIT_FONT) <= 300.0,
            "{l:?} is too wide"
        );
        assert_eq!(
            l.trim(),
            l,
            "no line starts or ends with the space it broke at"
        );
    }
    assert_eq!(lines.join(" "), text);
}

#[test]
fn chinese_wraps_between_characters_but_not_before_closing_punctuation() {
    let text = "来源：中国日报；路透社；美联社；联合早报　统计时间：2025年1月13日至2025年1月16日，各条报道均已列出。";
    let lines = wrap(text, TITLE_FONT, 150.0);
    assert!(lines.len() >= 3, "{lines:?}");
    for l in &lines {
        assert!(
            approx_text_width(l, TITLE_FONT) <= 150.0,
            "{l:?} is too wide"
        );
        let first = l.chars().next().unwrap();
        assert!(
            !"，。；：、".contains(first),
            "{l:?} starts with closing punctuation"
        );
    }
    // Nothing added or dropped but the ideographic space a line may break at.
    assert_eq!(
        lines.concat().replace('\u{3000}', ""),
        text.replace('\u{3000}', "")
    );
}

#[test]
fn a_bold_chinese_title_breaks_early_enough_and_never_after_an_opening_bracket() {
    // This caption ran past the right edge of the PNG in Firefox before the em dash counted as
    // one em and the title's bold was allowed for.
    let title = "苹果美国App Store排名攀升——榜单排名（数字越小越靠前）";
    let f = frame(title, "来源：路透社", 300.0, 100.0);
    let lines: Vec<&str> = f.title.iter().map(|(l, _)| l.as_str()).collect();
    assert_eq!(lines.concat(), title);
    assert!(lines.len() == 2, "{lines:?}");
    assert!(!lines[0].ends_with('（'), "{lines:?}");
    assert!(
        approx_text_width(lines[0], TITLE_FONT) * BOLD <= 300.0,
        "{lines:?}"
    );
    // An em dash is as wide as a CJK character.
    assert_eq!(
        approx_text_width("——", 10.0),
        approx_text_width("榜单", 10.0)
    );
    // Where the line is full just after an opening bracket, the bracket moves down with the
    // word it opens.
    let lines = wrap("一二三四（五六）", 14.0, 70.0);
    assert_eq!(lines, vec!["一二三四", "（五六）"]);
}

#[test]
fn a_word_wider_than_the_line_stands_alone() {
    let lines = wrap(
        "a https://example.org/a/very/long/address/that/cannot/break b",
        13.0,
        60.0,
    );
    assert_eq!(lines[0], "a");
    assert_eq!(
        lines[1],
        "https://example.org/a/very/long/address/that/cannot/break"
    );
    assert_eq!(lines[2], "b");
    assert!(wrap("", 13.0, 60.0).is_empty());
}

#[test]
fn the_frame_puts_the_title_above_the_chart_and_the_credit_below() {
    let (w, h) = (300.0, 150.0);
    let f = frame(
        "Downloads in January — Rank among free iPhone apps in the US",
        "Sources: Entering China; NBC News · As of: January 13, 2025 to January 14, 2025",
        w,
        h,
    );
    assert_eq!(f.width, w + 2.0 * MARGIN);
    assert!(!f.title.is_empty() && !f.credit.is_empty());
    // The image runs from -top to height - top; the chart sits at 0..h inside it.
    for (line, y) in &f.title {
        assert!(
            *y - TITLE_FONT >= -f.top && *y < 0.0,
            "{line:?} at {y} is not above the chart"
        );
    }
    for (line, y) in &f.credit {
        assert!(
            *y - CREDIT_FONT > h && *y < f.height - f.top,
            "{line:?} at {y} is not below the chart"
        );
    }
    let ys: Vec<f64> = f.title.iter().chain(&f.credit).map(|(_, y)| *y).collect();
    assert!(
        ys.windows(2).all(|p| p[0] < p[1]),
        "lines in order, none on top of another: {ys:?}"
    );

    let longer = frame(&"A long title ".repeat(8), "Source: Reuters", w, h);
    assert!(longer.title.len() > f.title.len());
    assert!(
        longer.top > f.top && longer.height > f.height,
        "a longer title makes a taller image"
    );
}
