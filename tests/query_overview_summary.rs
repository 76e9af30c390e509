//! The static summary: what it says (from the data, in both languages), that its HTML escapes
//! everything, that its JSON is what the loader draws, and that the build-time number and date
//! forms match what `Intl` writes (the browser test `web_summary` checks every figure).
#![cfg(not(target_arch = "wasm32"))]

use xhs_explainer::data::dataset;
use xhs_explainer::model::records::{Date, Lang, Precision};
use xhs_explainer::query::figures::figure_text::{value_text, when, Formats};
use xhs_explainer::query::figures::plain_format::Plain;
use xhs_explainer::query::overview_summary::{sources_list, summary, Node};

#[test]
fn numbers_and_dates_read_as_intl_writes_them() {
    let cases: &[(f64, Lang, &str)] = &[
        (170_000_000.0, Lang::En, "170 million"),
        (3_400_000.0, Lang::En, "3.4 million"),
        (999_960.0, Lang::En, "1 million"),
        (170_000_000.0, Lang::Zh, "1.7亿"),
        (700_000.0, Lang::Zh, "70万"),
        (3_400_000.0, Lang::Zh, "340万"),
        (2_500_000_000_000.0, Lang::Zh, "2.5万亿"),
        (60_000_000.0, Lang::Zh, "6000万"),
    ];
    for &(value, lang, want) in cases {
        assert_eq!(Plain.compact(value, lang), want, "{value} in {lang:?}");
    }
    assert_eq!(Plain.number(700_000.0, Lang::En), "700,000");
    assert_eq!(Plain.number(1234.56, Lang::Zh), "1,234.6");
    assert_eq!(Plain.number(11.0, Lang::En), "11");
    assert_eq!(Plain.percent(54.0, Lang::En), "54%");
    assert_eq!(Plain.percent(19.9, Lang::Zh), "19.9%");
    let day = Date {
        year: 2025,
        month: 1,
        day: 14,
    };
    assert_eq!(
        Plain.date(day, Precision::Day, Lang::En),
        "January 14, 2025"
    );
    assert_eq!(Plain.date(day, Precision::Month, Lang::En), "January 2025");
    assert_eq!(Plain.date(day, Precision::Day, Lang::Zh), "2025年1月14日");
    assert_eq!(Plain.date(day, Precision::Year, Lang::Zh), "2025年");
}

fn texts(node: &Node, out: &mut String) {
    match node {
        Node::Text(t) => out.push_str(t),
        Node::Element { children, .. } => children.iter().for_each(|c| texts(c, out)),
    }
}

#[test]
fn the_summary_carries_the_lede_the_headline_numbers_and_the_key_dates() {
    let data = dataset();
    assert_eq!(data.key_dates.len(), 7);
    for lang in Lang::ALL {
        let mut text = String::new();
        texts(&summary(data, lang, &Plain, "#x"), &mut text);
        assert!(text.contains(data.title.get(lang)));
        assert!(text.contains(data.lede.get(lang)));
        assert!(text.contains(data.lede_more.get(lang)));
        for &ix in data.headline {
            let figure = &data.figures[ix as usize];
            assert!(
                text.contains(&value_text(&Plain, figure, lang)),
                "{}",
                figure.id
            );
            assert!(text.contains(figure.measure.get(lang)), "{}", figure.id);
        }
        for &ix in data.key_dates {
            let event = &data.events[ix as usize];
            assert!(text.contains(event.title.get(lang)), "{}", event.id);
            assert!(
                text.contains(&when(&Plain, event.when, lang)),
                "{}",
                event.id
            );
        }
    }
    let mut en = String::new();
    texts(&summary(data, Lang::En, &Plain, "#x"), &mut en);
    // Hard-coded, in the reader's words: a headline number, its hedge and its dispute.
    assert!(en.contains("more than 700,000"), "{en}");
    assert!(
        en.contains("Disputed. Other reports give: more than 700,000 (Entering China"),
        "{en}"
    );
    assert!(en.contains("April 24, 2024: "), "{en}");
    let mut zh = String::new();
    texts(&summary(data, Lang::Zh, &Plain, "#x"), &mut zh);
    assert!(zh.contains("超过70万"), "{zh}");
    assert!(zh.contains("2024年4月24日："), "{zh}");
}

#[test]
fn html_escapes_and_json_draws_the_same_tree() {
    let node = Node::Element {
        tag: "p",
        attributes: vec![("title", "\"><img src=x onerror=alert(1)>".into())],
        children: vec![Node::Text("<script>&'</script>\u{2028}".into())],
    };
    assert_eq!(
        node.to_html(),
        "<p title=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\">&lt;script&gt;&amp;&#39;&lt;/script&gt;\u{2028}</p>"
    );
    // Read back by JSON.parse in the e2e tests (the loader draws it); here, byte for byte.
    assert_eq!(
        node.to_json(),
        r#"["p",{"title":"\">\u003cimg src=x onerror=alert(1)>"},"\u003cscript>&'\u003c/script>\u2028"]"#
    );
}

#[test]
fn the_fallback_lists_every_source() {
    let data = dataset();
    let html = sources_list(data, Lang::En, &Plain).to_html();
    assert_eq!(html.matches("<li>").count(), data.sources.len());
    assert!(html.contains("id=\"xhs-sources\""));
    assert!(html.contains("Copy on file with the editors; no public link"));
}
