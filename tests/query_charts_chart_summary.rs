#![cfg(not(target_arch = "wasm32"))]
//! Charts in words: the summaries say what the data says, checked against the records.

#[path = "common/rank_figures.rs"]
mod rank_figures;
use rank_figures::real_rank_figures;

use xhs_explainer::data::dataset;
use xhs_explainer::model::records::{Figure, Lang, Unit};
use xhs_explainer::query::charts::chart_summary::{bar_summary, rank_summary};
use xhs_explainer::query::charts::rank_series::{series_of, Series};
use xhs_explainer::query::figures::figure_text::value_text;
use xhs_explainer::query::figures::plain_format::Plain;

#[test]
fn the_rank_chart_says_who_rose_from_where_to_where_and_when() {
    let data = dataset();
    let series = series_of(&real_rank_figures());
    assert_eq!(
        rank_summary(&Plain, data, &series, Lang::En),
        // Two sources for the 13th and the 14th: no "still" joins them. Lemon8's day is not
        // given, so its date keeps the hedge.
        "Xiaohongshu (RedNote, Little Red Book) rose from No. 11 on January 12, 2025 to No. 1 on \
         January 13, 2025, and was No. 1 on January 14, 2025. Lemon8 was No. 2 around January \
         14, 2025."
    );
    assert_eq!(
        rank_summary(&Plain, data, &series, Lang::Zh),
        "小红书从2025年1月12日的第11名升至2025年1月13日的第1名，2025年1月14日排第1名。\
         2025年1月14日前后，Lemon8排第2名。"
    );
}

#[test]
fn a_series_that_falls_or_holds_says_so() {
    let data = dataset();
    let figures = real_rank_figures();
    let by_rank = |r: f64| {
        figures
            .iter()
            .find(|(_, f)| f.value == r && f.platform == figures[0].1.platform)
            .copied()
            .unwrap()
    };
    let (top, eleventh) = (by_rank(1.0), by_rank(11.0));
    let fell = Series {
        platform: top.1.platform,
        points: vec![top, eleventh],
    };
    let en = rank_summary(&Plain, data, std::slice::from_ref(&fell), Lang::En);
    assert!(
        en.contains(" fell from No. 1 on January 13, 2025 to No. 11 on January 12, 2025."),
        "{en}"
    );
    let zh = rank_summary(&Plain, data, &[fell], Lang::Zh);
    assert!(
        zh.contains("从2025年1月13日的第1名降至2025年1月12日的第11名。"),
        "{zh}"
    );
    let held = Series {
        platform: top.1.platform,
        points: vec![top, top],
    };
    let en = rank_summary(&Plain, data, &[held], Lang::En);
    assert!(
        en.ends_with(" was No. 1 from January 13, 2025 to January 13, 2025."),
        "{en}"
    );
}

#[test]
fn every_bar_summary_names_the_lowest_and_the_highest_value_of_its_figures() {
    let data = dataset();
    let mut checked = 0;
    for (g, _) in data.groups.iter().enumerate() {
        for unit in Unit::ALL
            .iter()
            .map(|(_, u)| *u)
            .filter(|u| *u != Unit::Rank)
        {
            let figures: Vec<&Figure> = data
                .figures_in(g as u16)
                .filter(|f| f.unit == unit)
                .collect();
            if figures.is_empty() {
                continue;
            }
            let low = figures
                .iter()
                .min_by(|a, b| a.value.total_cmp(&b.value))
                .unwrap();
            let high = figures
                .iter()
                .max_by(|a, b| a.value.total_cmp(&b.value))
                .unwrap();
            for lang in Lang::ALL {
                let text = bar_summary(&Plain, data, &figures, lang);
                assert!(text.contains(&value_text(&Plain, low, lang)), "{text}");
                assert!(text.contains(&value_text(&Plain, high, lang)), "{text}");
                assert!(text.contains(data.platform_name(high, lang)), "{text}");
                let count = match lang {
                    Lang::En if figures.len() == 1 => "One figure: ".to_string(),
                    Lang::En => format!("{} figures, from ", figures.len()),
                    Lang::Zh if figures.len() == 1 => "一项数据：".to_string(),
                    Lang::Zh => format!("{}项数据，最低", figures.len()),
                };
                assert!(text.starts_with(&count), "{text}");
            }
            checked += 1;
        }
    }
    assert!(checked >= 5, "{checked}");
}
