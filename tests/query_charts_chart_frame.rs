#![cfg(not(target_arch = "wasm32"))]
//! The frame of a downloaded chart: title and source lines wrapped to the chart's width with
//! nothing lost, and every part placed inside the image, above or below the chart.

use xhs_explainer::query::charts::bar_scale::approx_text_width;
use xhs_explainer::query::charts::chart_frame::{
    frame, wrap, Parts, BOLD, CREDIT_FONT, KEY_NAME, MARGIN, TITLE_FONT,
};

/// A chart's surroundings with no key and no notes.
fn plain<'a>(title: &'a str, credit: &'a str) -> Parts<'a> {
    Parts {
        title,
        key: &[],
        notes: "",
        credit,
    }
}

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
    let f = frame(plain(title, "来源：路透社"), 300.0, 100.0);
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
        plain(
            "Downloads in January — Rank among free iPhone apps in the US",
            "Sources: Entering China; NBC News · As of: January 13, 2025 to January 14, 2025",
        ),
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

    let title = "A long title ".repeat(8);
    let longer = frame(plain(&title, "Source: Reuters"), w, h);
    assert!(longer.title.len() > f.title.len());
    assert!(
        longer.top > f.top && longer.height > f.height,
        "a longer title makes a taller image"
    );
}

#[test]
fn a_line_may_break_after_an_ideographic_space_before_latin_text_at_any_width() {
    // The ideographic space is three bytes: the next line starts after all three.
    let text = "来源：路透社\u{3000}As of: 2025-01-13 to 2025-01-16";
    for width in 5..200 {
        let lines = wrap(text, CREDIT_FONT, width as f64);
        assert_eq!(
            lines.concat().replace([' ', '\u{3000}'], ""),
            text.replace([' ', '\u{3000}'], ""),
            "at width {width}: {lines:?}"
        );
    }
}

#[test]
fn leading_and_doubled_spaces_make_no_empty_lines() {
    let lines = wrap(
        "  a  https://example.org/long/enough/to/break  b ",
        13.0,
        60.0,
    );
    assert!(
        lines.iter().all(|l| !l.trim().is_empty() && l.trim() == l),
        "{lines:?}"
    );
    assert_eq!(lines.join(" ").split_whitespace().count(), 3);
}

#[test]
fn the_key_sits_between_the_title_and_the_chart_and_the_notes_above_the_sources() {
    let (w, h) = (300.0, 150.0);
    let key: Vec<String> = ["Xiaohongshu", "Lemon8", "RedNote", "Douyin", "Kuaishou"]
        .map(String::from)
        .to_vec();
    let notes =
        "Ringed: Xiaohongshu is reported at No. 1 on Jan 13 and Jan 14; every report is shown.";
    let f = frame(
        Parts {
            title: "Climbing Apple's US App Store chart — chart position (lower is better)",
            key: &key,
            notes,
            credit: "Sources: Reuters · As of: January 12, 2025 to around January 14, 2025",
        },
        w,
        h,
    );
    // Every name, in order, each item inside the chart's width, rows wrapping.
    let names: Vec<&str> = f.key.iter().map(|(n, _, _)| n.as_str()).collect();
    assert_eq!(
        names,
        ["Xiaohongshu", "Lemon8", "RedNote", "Douyin", "Kuaishou"]
    );
    for (name, x, _) in &f.key {
        assert!(
            *x >= 0.0 && x + KEY_NAME + approx_text_width(name, CREDIT_FONT) <= w,
            "{name:?} at {x} runs past the edge"
        );
    }
    let rows = f.key.iter().filter(|(_, x, _)| *x == 0.0).count();
    assert!(
        rows >= 2,
        "five names do not fit one 300-unit row: {:?}",
        f.key
    );
    // Title, key rows, notes and sources top to bottom, none on another; the key above the
    // chart's top (0), the notes below its foot (h).
    let last_title = f.title.last().unwrap().1;
    let ys: Vec<f64> = f.key.iter().map(|(_, _, y)| *y).collect();
    assert!(
        ys.iter()
            .all(|y| *y >= last_title + CREDIT_FONT && *y < -CREDIT_FONT / 2.0),
        "{ys:?}"
    );
    assert_eq!(
        f.notes
            .iter()
            .map(|(l, _)| l.as_str())
            .collect::<Vec<_>>()
            .join(" "),
        notes
    );
    let below: Vec<f64> = f.notes.iter().chain(&f.credit).map(|(_, y)| *y).collect();
    assert!(below[0] - CREDIT_FONT > h, "{below:?}");
    assert!(
        below.windows(2).all(|p| p[1] - p[0] >= CREDIT_FONT),
        "{below:?}"
    );
    assert!(*below.last().unwrap() < f.height - f.top);
    // The key and the notes make the image taller than the plain frame.
    let plain = frame(
        plain(
            "Climbing Apple's US App Store chart — chart position (lower is better)",
            "Sources: Reuters · As of: January 12, 2025 to around January 14, 2025",
        ),
        w,
        h,
    );
    assert!(f.top > plain.top && f.height > plain.height + 2.0 * CREDIT_FONT);
    assert!(plain.key.is_empty() && plain.notes.is_empty());
}
