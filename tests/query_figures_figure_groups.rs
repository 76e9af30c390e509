#![cfg(not(target_arch = "wasm32"))]
//! How visible figures are arranged: by group with key letters, by unit into charts, and by
//! platform; plus the unit keys the charts are named by and when a count is written in words.

#[path = "common/fixture.rs"]
mod fixture;

use fixture::*;
use xhs_explainer::data::dataset;
use xhs_explainer::model::records::{Lang, Precision, Qualifier, Unit};
use xhs_explainer::query::figures::figure_groups::{
    chart_plan, figures_of, key_letter, keyed, visible_groups, KeyedFigure,
};
use xhs_explainer::query::figures::number_form::prefers_compact;
use xhs_explainer::query::filters::action::Action;
use xhs_explainer::query::filters::facet::Facet;
use xhs_explainer::query::filters::search::SearchIndex;
use xhs_explainer::query::filters::state::Query;

#[test]
fn key_letters_run_through_both_alphabets() {
    let cases = [
        (0, 'A'),
        (1, 'B'),
        (25, 'Z'),
        (26, 'a'),
        (51, 'z'),
        (52, '?'),
        (1000, '?'),
    ];
    for (n, expected) in cases {
        assert_eq!(key_letter(n), expected, "key_letter({n})");
    }
    assert_eq!(
        keyed(&[7, 3, 9]),
        [
            KeyedFigure { key: 'A', ix: 7 },
            KeyedFigure { key: 'B', ix: 3 },
            KeyedFigure { key: 'C', ix: 9 },
        ]
    );
    assert!(keyed(&[]).is_empty());
}

#[test]
fn fixture_groups_follow_the_visible_figures() {
    let index = SearchIndex::new(&DATA);
    let all: Vec<usize> = (0..DATA.figures.len()).collect();
    assert_eq!(
        visible_groups(&DATA, &all),
        [(0, vec![F_XHS_NEW, F_TIKTOK_MAU, F_LEMON8_RANK])]
    );
    let query = Query::default().reduce(Action::Toggle(Facet::Platform, P_LEMON8));
    let visible = query.visible(&DATA, &index);
    assert_eq!(
        visible_groups(&DATA, &visible.figures),
        [(0, vec![F_LEMON8_RANK])]
    );
    assert!(visible_groups(&DATA, &[]).is_empty());
    // An index past the data is ignored rather than trusted.
    assert!(visible_groups(&DATA, &[99]).is_empty());
}

#[test]
fn a_unit_needs_two_figures_for_a_chart() {
    // The fixture's three figures are in three units: nothing to compare, so no chart.
    let all = keyed(&[F_XHS_NEW, F_TIKTOK_MAU, F_LEMON8_RANK]);
    assert!(chart_plan(&DATA, &all).is_empty());
    assert!(chart_plan(&DATA, &[]).is_empty());
}

#[test]
fn real_groups_partition_the_figures_and_chart_each_comparable_unit() {
    let data = dataset();
    let all: Vec<usize> = (0..data.figures.len()).collect();
    let groups = visible_groups(data, &all);

    // Every figure appears once, under its own group; groups come in data order.
    let mut seen: Vec<usize> = groups.iter().flat_map(|(_, f)| f.clone()).collect();
    seen.sort_unstable();
    assert_eq!(seen, all);
    for (g, figures) in &groups {
        assert!(figures.iter().all(|&ix| data.figures[ix].group == *g));
        assert!(figures.windows(2).all(|w| w[0] < w[1]));
    }
    assert!(groups.windows(2).all(|w| w[0].0 < w[1].0));

    let mut rank_charts = 0;
    for (_, figures) in &groups {
        let keys = keyed(figures);
        let plan = chart_plan(data, &keys);
        // One chart per unit with two or more figures, holding exactly those figures.
        for unit in Unit::ALL.iter().map(|(_, u)| *u) {
            let of_unit: Vec<KeyedFigure> = keys
                .iter()
                .copied()
                .filter(|k| data.figures[k.ix].unit == unit)
                .collect();
            let charts: Vec<_> = plan.iter().filter(|(u, _)| *u == unit).collect();
            if of_unit.len() >= 2 {
                assert_eq!(charts.len(), 1, "{unit:?}");
                assert_eq!(charts[0].1, of_unit, "{unit:?}");
            } else {
                assert!(charts.is_empty(), "{unit:?}");
            }
        }
        rank_charts += plan.iter().filter(|(u, _)| *u == Unit::Rank).count();
    }
    // The App Store positions are charted together.
    assert_eq!(rank_charts, 1);
    let rank_group = data
        .groups
        .iter()
        .position(|g| g.id == "app-store-rank")
        .unwrap();
    let (_, figures) = groups
        .iter()
        .find(|(g, _)| *g as usize == rank_group)
        .unwrap();
    let plan = chart_plan(data, &keyed(figures));
    assert_eq!(plan.len(), 1);
    assert_eq!(plan[0].0, Unit::Rank);
    assert_eq!(plan[0].1.len(), figures.len());
}

#[test]
fn a_platform_lists_only_its_visible_figures() {
    let all: Vec<usize> = (0..DATA.figures.len()).collect();
    let cases: &[(&[usize], u16, &[usize])] = &[
        (&all, P_XHS, &[F_XHS_NEW]),
        (&all, P_TIKTOK, &[F_TIKTOK_MAU]),
        (&all, P_LEMON8, &[F_LEMON8_RANK]),
        (&[F_TIKTOK_MAU, F_LEMON8_RANK], P_XHS, &[]),
        (&[], P_TIKTOK, &[]),
    ];
    for &(visible, platform, expected) in cases {
        assert_eq!(
            figures_of(&DATA, visible, platform as usize),
            expected,
            "platform {platform} of {visible:?}"
        );
    }
    // On the real data, the platforms' lists together are the visible figures.
    let data = dataset();
    let all: Vec<usize> = (0..data.figures.len()).collect();
    let mut seen: Vec<usize> = (0..data.platforms.len())
        .flat_map(|p| figures_of(data, &all, p))
        .collect();
    seen.sort_unstable();
    assert_eq!(seen, all);
}

#[test]
fn counts_switch_to_words_where_each_language_groups_digits() {
    let cases: &[(f64, Lang, bool)] = &[
        (700_000.0, Lang::En, false),
        (999_999.0, Lang::En, false),
        (1_000_000.0, Lang::En, true),
        (170_000_000.0, Lang::En, true),
        (-2_000_000.0, Lang::En, true),
        (9_999.0, Lang::Zh, false),
        (10_000.0, Lang::Zh, true),
        (700_000.0, Lang::Zh, true),
        (-10_000.0, Lang::Zh, true),
        (0.0, Lang::Zh, false),
    ];
    for &(value, lang, expected) in cases {
        assert_eq!(
            prefers_compact(value, lang),
            expected,
            "{value} in {lang:?}"
        );
    }
}

#[test]
fn record_keys_are_the_data_files_words() {
    let units: &[(Unit, &str)] = &[
        (Unit::Rank, "rank"),
        (Unit::MonthlyActiveUsers, "monthly-active-users"),
        (Unit::NewUsers, "new-users"),
        (Unit::Days, "days"),
    ];
    for &(unit, key) in units {
        assert_eq!(unit.name(), key);
    }
    assert_eq!(Precision::Approximate.name(), "approximate");
    assert_eq!(Precision::Day.name(), "day");
    assert_eq!(Qualifier::MoreThan.name(), "more-than");
    assert_eq!(Qualifier::Exact.name(), "exact");
    // Every value has its own key, so ids built from them never clash.
    for (key, unit) in Unit::ALL {
        assert_eq!(unit.name(), key);
    }
    for (key, p) in Precision::ALL {
        assert_eq!(p.name(), key);
    }
    for (key, q) in Qualifier::ALL {
        assert_eq!(q.name(), key);
    }
    let mut keys: Vec<&str> = Unit::ALL.iter().map(|(_, u)| u.name()).collect();
    keys.sort_unstable();
    keys.dedup();
    assert_eq!(keys.len(), Unit::ALL.len());
}

#[test]
fn a_disputed_headline_figure_knows_who_disputes_it() {
    use xhs_explainer::query::figures::disputed::disputing;
    let data = xhs_explainer::data::dataset();
    let ix = |id: &str| data.figures.iter().position(|f| f.id == id).unwrap();
    let ids = |id: &str| -> Vec<&str> {
        disputing(data, ix(id))
            .iter()
            .map(|&j| data.figures[j].id)
            .collect()
    };
    // Views against views only: the notes count is another measure.
    assert_eq!(
        ids("hashtag-views-100-million"),
        ["hashtag-views-60-million"]
    );
    // Same number, other attribution (the vaguer "tens of thousands" is no figure: no number).
    assert_eq!(
        ids("signups-700k-company-insider"),
        ["signups-700k-sensor-tower"]
    );
    // Same group and unit, but another platform's users: not a dispute. And TikTok's own later
    // count (200 million, March 2026) is a later count, not a dispute of January 2025's.
    assert!(ids("tiktok-us-users-170-million").is_empty());
    // Not a conflict group, but another cited page gives the same count another date: named
    // in `disputes`, it counts both ways.
    assert_eq!(
        ids("xiaohongshu-dau-3-4-million"),
        ["xiaohongshu-dau-3-4-million-by-thursday"]
    );
    assert_eq!(
        ids("xiaohongshu-dau-3-4-million-by-thursday"),
        ["xiaohongshu-dau-3-4-million"]
    );
    // The rest of that comparison group (the day before, the falls after) disputes nothing.
    assert!(ids("xiaohongshu-dau-before-surge").is_empty());
}
