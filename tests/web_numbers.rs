//! Browser tests of the Numbers section, read as a reader's script: every group shows its
//! figures as cards (side by side where sources disagree) and charts with matching tables,
//! numbers follow the language, and the rank chart puts No. 1 at the top.
#![cfg(target_arch = "wasm32")]

#[path = "common/dom.rs"]
mod dom;

use dom::*;

use wasm_bindgen_test::*;
use web_sys::Element;
use xhs_explainer::data::dataset;
use xhs_explainer::embed::config::{EmbedConfig, Section};

wasm_bindgen_test_configure!(run_in_browser);

// ---------------------------------------------------------------- helpers of this file

/// Mounts the widget on the Numbers section and waits for its first group.
async fn open_numbers(hash_key: &str) -> (Element, Widget) {
    open(EmbedConfig {
        section: Section::Numbers,
        hash_key: hash_key.to_string(),
        ..Default::default()
    })
    .await
}

fn number_attr(el: &Element, name: &str) -> f64 {
    el.get_attribute(name)
        .unwrap_or_else(|| panic!("no {name} attribute"))
        .parse()
        .unwrap()
}

async fn switch_to_chinese(host: &Element) {
    click(host, ".xhs-lang");
    wait_for("the Chinese interface", 2000, || {
        find(host, ".xhs-app[lang='zh-Hans']").is_some()
    })
    .await;
}

// ---------------------------------------------------------------- the reader's script

#[wasm_bindgen_test]
async fn every_group_shows_its_figures_with_charts_or_side_by_side_cards() {
    let (host, _m) = open_numbers("").await;
    let data = dataset();
    let groups = find_all(&host, ".xhs-fgroup");
    assert_eq!(
        groups.len(),
        data.groups.len(),
        "one block per figure group"
    );

    let mut charts_seen = 0;
    for (gi, (el, group)) in groups.iter().zip(data.groups).enumerate() {
        assert_eq!(el.get_attribute("data-group").as_deref(), Some(group.id));
        let title = text_of(&within(el, "h4")[0]);
        assert_eq!(title, group.title.en);
        let figures = data.figures_in(gi as u16).count();
        assert_eq!(
            within(el, ".xhs-fcard").len(),
            figures,
            "{}: a card per figure",
            group.id
        );
        let charts = within(el, ".xhs-chart");
        let parallel = within(el, ".xhs-fcards--parallel");
        assert!(
            !charts.is_empty() || !parallel.is_empty(),
            "{}: a chart or side-by-side cards",
            group.id
        );
        for chart in &charts {
            let marks = within(chart, ".xhs-chart__mark").len();
            let rows = within(chart, "table tbody tr").len();
            assert!(marks >= 2, "{}: a chart compares at least two", group.id);
            assert_eq!(
                marks, rows,
                "{}: the table lists what the chart draws",
                group.id
            );
            let svg = &within(chart, "svg[role=group]")[0];
            let title_id = svg.get_attribute("aria-labelledby").unwrap();
            let summary = text_of(&within(svg, &format!("#{title_id}"))[0]);
            assert!(!summary.is_empty(), "{}: the chart is summarised", group.id);
            let headers = within(chart, "table thead th[scope=col]").len();
            assert_eq!(headers, 6, "figure, value, unit, as of, platform, source");
            charts_seen += 1;
        }
    }
    assert!(charts_seen >= 5, "most groups have something to chart");
    assert!(
        find_all(&host, "[style]").is_empty(),
        "no style attributes (CSP)"
    );
}

#[wasm_bindgen_test]
async fn conflicting_sign_up_figures_sit_side_by_side() {
    let (host, _m) = open_numbers("").await;
    let group = find(&host, ".xhs-fgroup[data-group='signups-in-two-days']").unwrap();
    let badge = text_of(&within(&group, ".xhs-fgroup__badge .xhs-badge")[0]);
    assert_eq!(badge, "Sources disagree");
    // The same number credited to two sources: two cards, neither preferred. The report that
    // speaks only of "tens of thousands" gives no number, so it is no card, only the note.
    let cards = within(&group, ".xhs-fcards--parallel > .xhs-fcard");
    assert_eq!(cards.len(), 2);
    let texts: Vec<String> = cards.iter().map(text_of).collect();
    assert!(
        texts.iter().all(|t| t.contains("more than 700,000")),
        "{texts:?}"
    );
    assert!(
        texts.iter().any(|t| t.contains("Reuters"))
            && texts.iter().any(|t| t.contains("Entering China")),
        "{texts:?}"
    );
    assert!(!texts.iter().any(|t| t.contains("10,000")), "{texts:?}");
    for t in &texts {
        assert!(t.contains("Source"), "every card names its source: {t}");
        assert!(t.contains("January 14, 2025"), "every card is dated: {t}");
    }
    // The group's note explains the disagreement.
    let note = text_of(&within(&group, ".xhs-fgroup__note")[0]);
    assert!(note.contains("Reuters"));
    assert!(note.contains("tens of thousands"), "{note}");
}

#[wasm_bindgen_test]
async fn numbers_are_written_the_way_each_language_writes_them() {
    let (host, _m) = open_numbers("").await;
    let tiktok = ".xhs-fcard[data-figure='tiktok-us-users-170-million'] .xhs-fcard__value";
    let signups = ".xhs-fcard[data-figure='signups-700k-company-insider'] .xhs-fcard__value";
    assert_eq!(text(&host, tiktok), "about 170 million");
    assert_eq!(text(&host, signups), "more than 700,000");
    assert_eq!(
        text(
            &host,
            ".xhs-fcard[data-figure='downloads-up-194-percent'] .xhs-fcard__value"
        ),
        "194%"
    );
    assert_eq!(
        text(
            &host,
            ".xhs-fcard[data-figure='downloads-nearly-tripled'] .xhs-fcard__value"
        ),
        "nearly ×3"
    );
    assert_eq!(
        text(
            &host,
            ".xhs-fcard[data-figure='pause-75-days'] .xhs-fcard__value"
        ),
        "75 days"
    );

    switch_to_chinese(&host).await;
    let zh = text(&host, tiktok);
    assert!(zh.contains('亿'), "Chinese counts in 亿: {zh}");
    assert!(zh.starts_with('约'), "the hedge is Chinese too: {zh}");
    let zh = text(&host, signups);
    assert!(zh.contains('万'), "Chinese counts in 万: {zh}");
    assert_eq!(
        text(
            &host,
            ".xhs-fcard[data-figure='pause-75-days'] .xhs-fcard__value"
        ),
        "75天"
    );
    assert_eq!(
        text(
            &host,
            ".xhs-fgroup[data-group='signups-in-two-days'] .xhs-fgroup__badge .xhs-badge"
        ),
        "来源说法不一"
    );
    // Chart labels follow the language as well.
    let labels: Vec<String> = find_all(&host, ".xhs-chart__value")
        .iter()
        .map(text_of)
        .collect();
    assert!(labels.iter().any(|t| t.contains('亿') || t.contains('万')));
    assert!(!labels.iter().any(|t| t.contains("million")));
}

#[wasm_bindgen_test]
async fn the_rank_chart_puts_number_one_at_the_top() {
    let (host, _m) = open_numbers("").await;
    let chart = find(&host, ".xhs-fgroup[data-group='app-store-rank'] .xhs-rank").unwrap();
    let point = |id: &str| {
        within(&chart, &format!("circle[data-figure='{id}']"))
            .pop()
            .unwrap_or_else(|| panic!("a point for {id}"))
    };
    let jan12 = point("rank-xiaohongshu-jan-12");
    let jan13 = point("rank-xiaohongshu-jan-13");
    let jan14 = point("rank-xiaohongshu-jan-14");
    assert_eq!(jan12.get_attribute("data-rank").as_deref(), Some("11"));
    assert_eq!(jan13.get_attribute("data-rank").as_deref(), Some("1"));
    assert!(
        number_attr(&jan13, "cy") < number_attr(&jan12, "cy"),
        "rank 1 is drawn above rank 11"
    );
    assert!(number_attr(&jan12, "cx") < number_attr(&jan13, "cx"));
    assert!(number_attr(&jan13, "cx") < number_attr(&jan14, "cx"));
    // Both "No. 1" reports are drawn, ringed and explained; Lemon8 is its own series.
    assert_eq!(number_attr(&jan13, "cy"), number_attr(&jan14, "cy"));
    assert_eq!(within(&chart, ".xhs-rank__ring").len(), 2);
    let note = text_of(&within(&chart, ".xhs-chart__note")[0]);
    assert!(note.contains("Jan 13") && note.contains("Jan 14"), "{note}");
    assert_eq!(within(&chart, ".xhs-rank__series").len(), 2);
    assert!(!within(
        &chart,
        ".xhs-rank__series[data-platform='lemon8'] .xhs-chart__mark"
    )
    .is_empty());
    let labels: Vec<String> = within(&chart, ".xhs-chart__value")
        .iter()
        .map(text_of)
        .collect();
    assert!(labels.contains(&"No. 11".to_string()));
    assert!(labels.contains(&"No. 2".to_string()));
}

#[wasm_bindgen_test]
async fn a_chart_table_opens_with_its_toggle() {
    let (host, _m) = open_numbers("").await;
    let sel = ".xhs-fgroup[data-group='enforcement-pauses'] .xhs-dtable__toggle";
    let toggle = find(&host, sel).unwrap();
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    let body_id = toggle.get_attribute("aria-controls").unwrap();
    let body = find(&host, &format!("#{body_id}")).unwrap();
    assert!(body.has_attribute("hidden"));
    click(&host, sel);
    wait_for("the table to open", 2000, || !body.has_attribute("hidden")).await;
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    let caption = text_of(&within(&body, "caption")[0]);
    assert!(caption.contains("How long each enforcement pause ran"));
    let first = text_of(&within(&body, "tbody tr td")[0]);
    assert_eq!(first, "75 days");
}

#[wasm_bindgen_test]
async fn no_matching_figure_shows_an_empty_state_that_clears_the_filters() {
    set_hash("#numbers-empty=q=zzqxnothingmatches");
    let (host, _m) = open_numbers("numbers-empty").await;
    wait_for("the empty state", 3000, || {
        find(&host, ".xhs-numbers__empty").is_some()
    })
    .await;
    assert!(find(&host, ".xhs-fgroup").is_none());
    click(&host, ".xhs-numbers__empty button");
    wait_for("the groups to come back", 3000, || {
        find_all(&host, ".xhs-fgroup").len() == dataset().groups.len()
    })
    .await;
    set_hash("");
}

#[wasm_bindgen_test]
async fn every_chart_says_in_words_what_its_data_shows_in_both_languages() {
    use xhs_explainer::model::records::{Figure, Lang, Unit};
    use xhs_explainer::query::charts::chart_summary::{bar_summary, rank_summary};
    use xhs_explainer::query::charts::rank_series::series_of;
    use xhs_explainer::view::intl::Intl;

    let (host, _w) = open_numbers("").await;
    let data = dataset();
    for lang in [Lang::En, Lang::Zh] {
        if lang == Lang::Zh {
            switch_to_chinese(&host).await;
        }
        let charts = find_all(&host, "figure.xhs-chart");
        assert!(charts.len() >= 5, "{}", charts.len());
        for chart in charts {
            // The chart's own figures, from its marks' data-figure ids.
            let figures: Vec<&'static Figure> = within(&chart, "[data-figure]")
                .iter()
                .filter_map(|m| m.get_attribute("data-figure"))
                .filter_map(|id| data.figures.iter().find(|f| f.id == id))
                .fold(Vec::new(), |mut seen, f| {
                    if !seen.iter().any(|s: &&Figure| s.id == f.id) {
                        seen.push(f);
                    }
                    seen
                });
            assert!(!figures.is_empty());
            let want = if figures[0].unit == Unit::Rank {
                let keyed: Vec<(char, &'static Figure)> =
                    figures.iter().map(|f| ('?', *f)).collect();
                rank_summary(&Intl, data, &series_of(&keyed), lang)
            } else {
                bar_summary(&Intl, data, &figures, lang)
            };
            let said = within(&chart, ".xhs-chart__summary");
            assert_eq!(said.len(), 1);
            assert_eq!(text_of(&said[0]), want);
            // Assistive technology reads it as the chart's description.
            let svg = within(&chart, "svg.xhs-chart__svg");
            assert_eq!(svg[0].get_attribute("aria-describedby"), Some(said[0].id()));
        }
    }
}
