//! The build's data validator on broken fixtures: each case names file, item and field exactly.
#![cfg(not(target_arch = "wasm32"))]

use xhs_explainer::model::validate::{validate, FILES};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/valid-data");

/// The valid fixture, with `edit` applied to one file's text.
fn problems_after(file: &str, edit: impl Fn(&str) -> String) -> Vec<String> {
    let files: Vec<(&str, String)> = FILES
        .iter()
        .map(|name| {
            let text = std::fs::read_to_string(format!("{FIXTURE}/{name}")).unwrap();
            let text = if *name == file { edit(&text) } else { text };
            assert!(*name != file || !text.is_empty() || file == "none");
            (*name, text)
        })
        .collect();
    let borrowed: Vec<(&str, &str)> = files.iter().map(|(n, t)| (*n, t.as_str())).collect();
    match validate(&borrowed) {
        Ok(_) => vec![],
        Err(p) => p.iter().map(ToString::to_string).collect(),
    }
}

fn replace(from: &'static str, to: &'static str) -> impl Fn(&str) -> String {
    move |t: &str| {
        assert!(t.contains(from), "fixture does not contain {from:?}");
        t.replacen(from, to, 1)
    }
}

#[test]
fn the_valid_fixture_passes() {
    assert_eq!(
        problems_after("none", |t| t.to_string()),
        Vec::<String>::new()
    );
}

/// A change to one fixture file's text.
type Edit = Box<dyn Fn(&str) -> String>;

#[test]
fn malformed_cases_name_file_item_and_field() {
    let cases: Vec<(&str, Edit, &str)> = vec![
        (
            "events.toml",
            Box::new(replace("2025-01-13", "2025-02-30")),
            r#"data/events.toml: event "rank-jump": field `date`: "2025-02-30": day 30 does not exist in that month"#,
        ),
        (
            "events.toml",
            Box::new(replace(r#"precision = "day""#, r#"precision = "month""#)),
            r#"data/events.toml: event "rank-jump": field `date`: "2025-01-13" does not fit precision "month" (expected YYYY-MM)"#,
        ),
        (
            "events.toml",
            Box::new(replace(r#"precision = "day""#, r#"precision = "week""#)),
            r#"data/events.toml: event "rank-jump": field `precision`: "week" is not one of day, month, year, approximate, before"#,
        ),
        (
            "events.toml",
            Box::new(replace(
                r#"themes = ["surge"]"#,
                r#"themes = ["surge", "sports"]"#,
            )),
            r#"data/events.toml: event "rank-jump": field `themes[2]`: "sports" is not an id in themes.toml"#,
        ),
        (
            "events.toml",
            Box::new(replace(r#", "zh-Hans" = "登顶榜单""#, "")),
            r#"data/events.toml: event "rank-jump": field `title.zh-Hans`: is missing"#,
        ),
        (
            "events.toml",
            Box::new(replace(
                r#"citations = [{ source = "seed-a", excerpt = "jumped 10 places in a day on Monday" }]"#,
                "citations = []",
            )),
            r#"data/events.toml: event "rank-jump": field `citations`: needs at least one citation"#,
        ),
        (
            "events.toml",
            // Approximate, so that the blank excerpt is the only problem.
            Box::new(|t: &str| {
                replace(r#"precision = "day""#, r#"precision = "approximate""#)(&replace(
                    r#"excerpt = "jumped 10 places in a day on Monday""#,
                    r#"excerpt = "  ""#,
                )(
                    t
                ))
            }),
            r#"data/events.toml: event "rank-jump": field `citations[1].excerpt`: is empty"#,
        ),
        (
            "events.toml",
            Box::new(replace("It rose ten places.", "It rose <b>ten</b> places.")),
            r#"data/events.toml: event "rank-jump": field `summary.en`: contains raw markup "<b>""#,
        ),
        (
            "events.toml",
            Box::new(replace("上升了十位。", "上升了十位&nbsp;。")),
            r#"data/events.toml: event "rank-jump": field `summary.zh-Hans`: contains raw markup "&nbsp;""#,
        ),
        (
            "sources.toml",
            Box::new(replace("https://example.org/b", "ftp://example.org/b")),
            r#"data/sources.toml: source "web-b": field `url`: must use https or http, got "ftp://example.org/b""#,
        ),
        (
            "sources.toml",
            Box::new(replace(r#"id = "web-b""#, r#"id = "seed-a""#)),
            r#"data/sources.toml: source "seed-a": field `id`: duplicates an earlier source id"#,
        ),
        (
            "sources.toml",
            Box::new(replace(r#"id = "web-b""#, r#"id = "Web_B""#)),
            r#"data/sources.toml: source "Web_B": field `id`: must be lowercase kebab-case ([a-z0-9-]+)"#,
        ),
        (
            "figures.toml",
            Box::new(replace(r#"group = "rank""#, r#"group = "ranks""#)),
            r#"data/figures.toml: figure "rank-sunday": field `group`: "ranks" is not an id in figures.toml groups"#,
        ),
        (
            "figures.toml",
            Box::new(replace(r#"unit = "rank""#, r#"unit = "stars""#)),
            r#"data/figures.toml: figure "rank-sunday": field `unit`: "stars" is not one of users, monthly-active-users, daily-active-users, new-users, views, notes, rank, percent, percent-change, factor, days"#,
        ),
        (
            "voices.toml",
            Box::new(replace("verbatim = true\n", "")),
            r#"data/voices.toml: voice "gan-political": field `verbatim`: is missing: say `true` for the source's exact words, `false` for a paraphrase"#,
        ),
        (
            "voices.toml",
            Box::new(replace(
                r#"perspective = "analyst""#,
                r#"perspective = "pundit""#,
            )),
            r#"data/voices.toml: voice "gan-political": field `perspective`: "pundit" is not an id in perspectives.toml"#,
        ),
        (
            "platforms.toml",
            Box::new(replace(r#"feed = "interests""#, r#"feed = "friends""#)),
            r#"data/platforms.toml: platform "xiaohongshu": field `feed`: "friends" is not one of interests, follows, unknown"#,
        ),
        (
            "events.toml",
            Box::new(replace(
                r#"excerpt = "jumped 10 places in a day on Monday""#,
                r#"excerpt = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty Monday b c d e f g h i j k""#,
            )),
            r#"data/events.toml: event "rank-jump": field `citations[1].excerpt`: has 31 words; an excerpt quotes at most 30"#,
        ),
        (
            "meta.toml",
            Box::new(replace(
                r#"as_of = "2025-01-20""#,
                r#"as_of = "20 January""#,
            )),
            r#"data/meta.toml: dataset: field `as_of`: "20 January" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"#,
        ),
        (
            "events.toml",
            Box::new(replace(r#"id = "rank-jump""#, "")),
            r#"data/events.toml: event #1: field `id`: is missing"#,
        ),
    ];
    assert!(cases.len() >= 10);
    for (file, edit, expected) in cases {
        let got = problems_after(file, edit);
        assert_eq!(
            got,
            vec![expected.to_string()],
            "case for {file}: {expected}"
        );
    }
}

#[test]
fn a_syntax_error_names_the_file_and_line() {
    let got = problems_after("themes.toml", replace(r#"id = "law""#, r#"id = "law"#));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].starts_with("data/themes.toml: -: field `-`: not valid: "),
        "{got:?}"
    );
    assert!(
        got[0].contains("line 6, column 10: invalid basic string"),
        "{got:?}"
    );
}

#[test]
fn unknown_fields_are_rejected_not_ignored() {
    let got = problems_after(
        "actors.toml",
        replace(r#"id = "us-users""#, "id = \"us-users\"\nlable = \"x\""),
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].contains("data/actors.toml") && got[0].contains("lable"),
        "{got:?}"
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let got = problems_after("events.toml", |t| {
        t.replace("2025-01-13", "2025-13-01")
            .replace(r#"themes = ["surge"]"#, r#"themes = ["nope"]"#)
            .replace(r#", "zh-Hans" = "上升了十位。""#, "")
    });
    assert_eq!(
        got,
        vec![
            r#"data/events.toml: event "rank-jump": field `date`: "2025-13-01": month 13 does not exist"#,
            r#"data/events.toml: event "rank-jump": field `summary.zh-Hans`: is missing"#,
            r#"data/events.toml: event "rank-jump": field `themes[1]`: "nope" is not an id in themes.toml"#,
        ]
    );
}

#[test]
fn a_missing_file_is_named() {
    let files: Vec<(&str, String)> = FILES
        .iter()
        .filter(|n| **n != "voices.toml")
        .map(|n| {
            (
                *n,
                std::fs::read_to_string(format!("{FIXTURE}/{n}")).unwrap(),
            )
        })
        .collect();
    let borrowed: Vec<(&str, &str)> = files.iter().map(|(n, t)| (*n, t.as_str())).collect();
    let got: Vec<String> = validate(&borrowed)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        got,
        vec!["data/voices.toml: -: field `-`: file is missing".to_string()]
    );
}

#[test]
fn headline_figures_must_exist_and_have_a_short_label() {
    let got = problems_after("meta.toml", |t| {
        format!("{t}headline = [\"rank-sunday\", \"rank-monday\"]\n")
    });
    assert_eq!(
        got,
        vec![
            r#"data/meta.toml: dataset: field `headline[2]`: "rank-monday" is not an id in figures.toml"#.to_string(),
            r#"data/figures.toml: figure "rank-sunday": field `short`: is missing (a headline number needs a short label, en and zh-Hans)"#.to_string(),
        ]
    );
}

#[test]
fn editorial_rules_fail_the_build_naming_file_item_and_field() {
    let cases: Vec<(&str, Edit, &str)> = vec![
        (
            "events.toml",
            Box::new(replace(
                "jumped 10 places in a day on Monday",
                "jumped 10 places",
            )),
            r#"data/events.toml: event "rank-jump": field `date`: "2025-01-13" is given to the day, but no excerpt names a date or weekday: quote one that does, or use precision "approximate""#,
        ),
        (
            "sources.toml",
            Box::new(replace(r#"kind = "news""#, r#"kind = "blog""#)),
            r#"data/sources.toml: source "seed-a": field `kind`: "blog" is not one of wire, news, state-media, company-blog, aggregator, government-record, encyclopedia-mirror, preprint, forum, commentary"#,
        ),
        (
            "sources.toml",
            Box::new(replace(
                r#"title = "Seed A""#,
                r#"title = "Seed A"
description = { en = "A", "zh-Hans" = "甲" }"#,
            )),
            r#"data/sources.toml: source "seed-a": field `title`: give either `title` (the outlet's headline) or `description` (ours), not both"#,
        ),
        (
            "sources.toml",
            Box::new(replace(
                r#"publisher = "Publisher A""#,
                r#"publisher = "Publisher A"
unnamed = true"#,
            )),
            r#"data/sources.toml: source "seed-a": field `publisher`: is given, but `unnamed = true` says there is none"#,
        ),
        (
            "sources.toml",
            Box::new(replace(r#"date = "2025-01-15""#, r#"date = "2025-02-01""#)),
            r#"data/meta.toml: dataset: field `as_of`: is earlier than source "seed-a" (2025-02-01); the as-of date must not precede any source used"#,
        ),
        (
            "corrections.toml",
            Box::new(replace(
                r#"item = "meta/dataset""#,
                r#"item = "events/no-such-event""#,
            )),
            r#"data/corrections.toml: correction #1: field `item`: "events/no-such-event": "no-such-event" is not an id in events.toml"#,
        ),
        (
            "corrections.toml",
            Box::new(replace(r#"item = "meta/dataset""#, r#"item = "tweets/x""#)),
            r#"data/corrections.toml: correction #1: field `item`: "tweets/x": "tweets" is not one of events, figures, voices, sources, platforms, groups, meta"#,
        ),
    ];
    for (file, edit, expected) in cases {
        assert_eq!(
            problems_after(file, edit),
            vec![expected.to_string()],
            "case for {file}"
        );
    }
}

#[test]
fn a_figure_value_must_be_written_in_one_of_its_excerpts() {
    // "11th" states 11; "tens of thousands" states no number at all.
    assert_eq!(
        problems_after("none", |t| t.to_string()),
        Vec::<String>::new()
    );
    let got = problems_after(
        "figures.toml",
        replace(
            r#"excerpt = "ranked 11th on Apple's App Store on Sunday""#,
            r#"excerpt = "ranked among the top apps on Apple's App Store on Sunday""#,
        ),
    );
    assert_eq!(
        got,
        vec![r#"data/figures.toml: figure "rank-sunday": field `value`: 11 is not written in any of its excerpts (looked for "11", "eleven", "eleventh"); a number the source does not give is not a figure: say it in the group's note or an event"#.to_string()]
    );
    let got = problems_after("figures.toml", |t| {
        t.replacen("value = 11", "value = 10000", 1).replacen(
            "ranked 11th on Apple's App Store on Sunday",
            "tens of thousands of users arrived on Sunday",
            1,
        )
    });
    assert_eq!(
        got,
        vec![r#"data/figures.toml: figure "rank-sunday": field `value`: 10000 is not written in any of its excerpts (looked for "10000", "10,000", "10 000", "10\u{a0}000"); a number the source does not give is not a figure: say it in the group's note or an event"#.to_string()]
    );
}

#[test]
fn a_change_must_name_its_baseline() {
    let as_change = |t: &str| t.replacen(r#"unit = "rank""#, r#"unit = "percent-change""#, 1);
    assert_eq!(
        problems_after("figures.toml", as_change),
        vec![r#"data/figures.toml: figure "rank-sunday": field `baseline`: is missing: a change names its baseline ("against the week of 13–19 January"), or says that the source gives none"#.to_string()]
    );
    let with_baseline = move |t: &str| {
        as_change(t).replacen(
            "measure = ",
            "baseline = { en = \"against the week before\", \"zh-Hans\" = \"较前一周\" }\nmeasure = ",
            1,
        )
    };
    assert_eq!(
        problems_after("figures.toml", with_baseline),
        vec![
            r#"data/figures.toml: figure "rank-sunday": field `measure.en`: does not name its baseline "against the week before""#.to_string(),
            r#"data/figures.toml: figure "rank-sunday": field `measure.zh-Hans`: does not name its baseline "较前一周""#.to_string(),
        ]
    );
    let named = move |t: &str| {
        with_baseline(t).replacen(
            r#"measure = { en = "Free-app rank", "zh-Hans" = "免费应用排名" }"#,
            r#"measure = { en = "Free-app rank against the week before", "zh-Hans" = "免费应用排名较前一周" }"#,
            1,
        )
    };
    assert_eq!(problems_after("figures.toml", named), Vec::<String>::new());
    // A stake is not a change: a baseline there is a mistake.
    let stake = |t: &str| {
        t.replacen(
            "measure = ",
            "baseline = { en = \"x\", \"zh-Hans\" = \"x\" }\nmeasure = ",
            1,
        )
    };
    assert_eq!(
        problems_after("figures.toml", stake),
        vec![r#"data/figures.toml: figure "rank-sunday": field `baseline`: is only for a change (unit "percent-change" or "factor")"#.to_string()]
    );
}

#[test]
fn disputes_name_other_figures() {
    let got = problems_after("figures.toml", |t| {
        t.replacen(
            "themes = [\"surge\"]",
            "themes = [\"surge\"]\ndisputes = [\"rank-sunday\", \"no-such-figure\"]",
            1,
        )
    });
    assert_eq!(
        got,
        vec![
            r#"data/figures.toml: figure "rank-sunday": field `disputes[2]`: "no-such-figure" is not an id in figures.toml"#.to_string(),
            r#"data/figures.toml: figure "rank-sunday": field `disputes`: names the figure itself"#.to_string(),
        ]
    );
}

#[test]
fn before_and_approximate_months_are_valid_precisions() {
    let got = problems_after("events.toml", |t| {
        t.replacen(r#"date = "2025-01-13""#, r#"date = "2025-01""#, 1)
            .replacen(r#"precision = "day""#, r#"precision = "before""#, 1)
    });
    assert_eq!(got, Vec::<String>::new());
    let got = problems_after("events.toml", |t| {
        t.replacen(r#"date = "2025-01-13""#, r#"date = "2025-01""#, 1)
            .replacen(r#"precision = "day""#, r#"precision = "approximate""#, 1)
    });
    assert_eq!(got, Vec::<String>::new());
}

#[test]
fn a_bad_tour_step_fails_the_build_naming_the_step_and_field() {
    let cases: Vec<(Edit, Vec<&str>)> = vec![
        (
            Box::new(replace(r#"section = "timeline""#, r#"section = "map""#)),
            vec![
                r#"data/tour.toml: step "the-surge": field `section`: "map" is not one of overview, timeline, numbers, platforms, voices, clock, sources"#,
            ],
        ),
        (
            Box::new(replace(r#"themes = ["surge"]"#, r#"themes = ["surges"]"#)),
            vec![r#"data/tour.toml: step "the-surge": field `themes[1]`: "surges" is not an id in themes.toml"#],
        ),
        (
            Box::new(replace(r#"to = "2025-01-16""#, r#"to = "2025-01-02""#)),
            vec![r#"data/tour.toml: step "the-surge": field `to`: must not be before `from`"#],
        ),
        (
            Box::new(replace(r#"from = "2025-01-12""#, r#"from = "2025-13-12""#)),
            vec![r#"data/tour.toml: step "the-surge": field `from`: "2025-13-12": month 13 does not exist"#],
        ),
        (
            Box::new(replace(
                r#"caption = { en = "A fixture step.", "zh-Hans" = "测试步骤。" }"#,
                r#"caption = { en = "A fixture step." }"#,
            )),
            vec![r#"data/tour.toml: step "the-surge": field `caption.zh-Hans`: is missing"#],
        ),
        (
            Box::new(replace("citations = [{ source = \"seed-a\", excerpt = \"jumped 10 places in a day on Monday\" }]", "citations = []")),
            vec![r#"data/tour.toml: step "the-surge": field `citations`: needs at least one citation"#],
        ),
    ];
    for (edit, want) in cases {
        assert_eq!(problems_after("tour.toml", edit), want);
    }
}
