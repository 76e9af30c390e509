//! Facet and date-range semantics, facet counts and result counts, on the fixture dataset.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/fixture.rs"]
mod fixture;

use fixture::*;
use xhs_explainer::model::records::Date;
use xhs_explainer::query::filters::action::Action;
use xhs_explainer::query::filters::counts::{FacetCounts, ResultCount, ResultCounts};
use xhs_explainer::query::filters::facet::Facet;
use xhs_explainer::query::filters::item::Kind;
use xhs_explainer::query::filters::search::SearchIndex;
use xhs_explainer::query::filters::state::Query;
use xhs_explainer::query::filters::visible::Visible;

const ALL_E: &[usize] = &[0, 1, 2, 3, 4, 5, 6];
const ALL_F: &[usize] = &[0, 1, 2];
const ALL_V: &[usize] = &[0, 1, 2];

fn toggles(pairs: &[(Facet, u16)]) -> Vec<Action> {
    pairs.iter().map(|&(f, ix)| Action::Toggle(f, ix)).collect()
}

fn visible(actions: Vec<Action>) -> Visible {
    let index = SearchIndex::new(&DATA);
    Query::from_actions(actions).visible(&DATA, &index)
}

fn check(name: &str, visible: &Visible, events: &[usize], figures: &[usize], voices: &[usize]) {
    assert_eq!(visible.events, events, "{name}: events");
    assert_eq!(visible.figures, figures, "{name}: figures");
    assert_eq!(visible.voices, voices, "{name}: voices");
}

#[test]
fn facet_semantics_table() {
    use Facet::*;
    type Case = (
        &'static str,
        &'static [(Facet, u16)],
        &'static [usize],
        &'static [usize],
        &'static [usize],
    );
    let cases: &[Case] = &[
        ("nothing selected", &[], ALL_E, ALL_F, ALL_V),
        (
            "one theme",
            &[(Theme, T_LAW)],
            &[E_HOUSE, E_SIGNED, E_COURT, E_DARK],
            &[F_TIKTOK_MAU],
            &[W_OFFICIAL],
        ),
        (
            "OR within a facet",
            &[(Theme, T_LAW), (Theme, T_CULTURE)],
            ALL_E,
            &[F_TIKTOK_MAU, F_LEMON8_RANK],
            &[W_CAT_TAX, W_OFFICIAL],
        ),
        (
            "AND across facets; actor does not constrain figures or voices",
            &[(Theme, T_LAW), (Actor, A_CONGRESS)],
            &[E_HOUSE, E_SIGNED],
            &[F_TIKTOK_MAU],
            &[W_OFFICIAL],
        ),
        (
            "perspective hides no event or figure",
            &[(Perspective, V_CN_USER)],
            ALL_E,
            ALL_F,
            &[W_WELCOME],
        ),
        (
            "platform: events' lists, figures' one platform, voices untouched",
            &[(Platform, P_XHS)],
            &[E_REFUGEES, E_XHS_TOP],
            &[F_XHS_NEW],
            ALL_V,
        ),
        (
            "an event on two platforms matches either",
            &[(Platform, P_TIKTOK)],
            &[E_HOUSE, E_SIGNED, E_COURT, E_REFUGEES, E_DARK],
            &[F_TIKTOK_MAU],
            ALL_V,
        ),
        (
            "source: the sources an item cites",
            &[(Source, S_XINHUA)],
            &[E_DARK],
            &[],
            &[W_WELCOME, W_OFFICIAL],
        ),
        (
            "two sources OR",
            &[(Source, S_BBC), (Source, S_WIRED)],
            &[E_REFUGEES, E_LEMON8_MONTH, E_XHS_TOP],
            &[F_LEMON8_RANK],
            &[W_OFFICIAL],
        ),
        (
            "actor and perspective each constrain only their kind",
            &[(Actor, A_USERS), (Perspective, V_US_USER)],
            &[E_REFUGEES],
            ALL_F,
            &[W_CAT_TAX],
        ),
        (
            "three facets",
            &[(Theme, T_MIGRATION), (Platform, P_XHS), (Source, S_NYT)],
            &[E_REFUGEES],
            &[F_XHS_NEW],
            &[W_CAT_TAX],
        ),
        (
            "unknown theme index selects nothing",
            &[(Theme, 99)],
            &[],
            &[],
            &[],
        ),
        (
            "unknown actor index hides events only",
            &[(Actor, 99)],
            &[],
            ALL_F,
            ALL_V,
        ),
        (
            "toggled twice is off",
            &[(Theme, T_LAW), (Theme, T_LAW)],
            ALL_E,
            ALL_F,
            ALL_V,
        ),
    ];
    for &(name, pairs, e, f, v) in cases {
        check(name, &visible(toggles(pairs)), e, f, v);
    }
}

fn d(year: u16, month: u8, day: u8) -> Option<Date> {
    Some(Date::new(year, month, day))
}

#[test]
fn date_range_table() {
    type Case = (
        &'static str,
        Option<Date>,
        Option<Date>,
        &'static [usize],
        &'static [usize],
        &'static [usize],
    );
    let cases: &[Case] = &[
        (
            "one day: a span's first day, and a month-precision event",
            d(2025, 1, 13),
            d(2025, 1, 13),
            &[E_REFUGEES, E_LEMON8_MONTH, E_XHS_TOP],
            &[],
            &[],
        ),
        (
            "one day inside a span",
            d(2025, 1, 14),
            d(2025, 1, 14),
            &[E_REFUGEES, E_LEMON8_MONTH],
            &[F_XHS_NEW],
            &[W_CAT_TAX],
        ),
        (
            "a span's last day (until is inclusive)",
            d(2025, 1, 15),
            d(2025, 1, 15),
            &[E_REFUGEES, E_LEMON8_MONTH],
            &[F_LEMON8_RANK],
            &[W_WELCOME],
        ),
        (
            "both bounds inclusive",
            d(2025, 1, 16),
            d(2025, 1, 17),
            &[E_COURT, E_LEMON8_MONTH],
            &[],
            &[W_OFFICIAL],
        ),
        (
            "open end; a span ending on the first day overlaps",
            d(2025, 1, 19),
            None,
            &[E_LEMON8_MONTH, E_DARK],
            &[],
            &[],
        ),
        (
            "open start",
            None,
            d(2024, 12, 31),
            &[E_HOUSE, E_SIGNED],
            &[F_TIKTOK_MAU],
            &[],
        ),
        (
            "a month-precision figure covers its month",
            d(2024, 3, 20),
            d(2024, 3, 20),
            &[],
            &[F_TIKTOK_MAU],
            &[],
        ),
        (
            "a month-precision event ends with its month",
            d(2025, 2, 1),
            None,
            &[],
            &[],
            &[],
        ),
        (
            "month-precision bounds cover the whole month",
            d(2025, 1, 0),
            d(2025, 1, 0),
            &[E_COURT, E_REFUGEES, E_LEMON8_MONTH, E_DARK, E_XHS_TOP],
            &[F_XHS_NEW, F_LEMON8_RANK],
            ALL_V,
        ),
        (
            "year-precision bounds cover the whole year",
            d(2024, 0, 0),
            d(2024, 0, 0),
            &[E_HOUSE, E_SIGNED],
            &[F_TIKTOK_MAU],
            &[],
        ),
        ("open both ends", None, None, ALL_E, ALL_F, ALL_V),
    ];
    for &(name, from, to, e, f, v) in cases {
        check(name, &visible(vec![Action::SetRange(from, to)]), e, f, v);
    }
}

#[test]
fn facets_dates_and_search_combine_with_and() {
    let v = visible(vec![
        Action::Toggle(Facet::Theme, T_LAW),
        Action::SetFrom(d(2025, 1, 1)),
        Action::SetText("TikTok".into()),
    ]);
    check("law, 2025, tiktok", &v, &[E_DARK], &[], &[]);

    let v = visible(vec![
        Action::Toggle(Facet::Theme, T_MIGRATION),
        Action::SetText("小红书".into()),
    ]);
    check(
        "migration, 小红书",
        &v,
        &[E_REFUGEES],
        &[F_XHS_NEW],
        &[W_WELCOME],
    );
}

#[test]
fn matches_agree_with_visible() {
    let index = SearchIndex::new(&DATA);
    let query = Query::from_actions(toggles(&[(Facet::Theme, T_MIGRATION)]));
    let visible = query.visible(&DATA, &index);
    for ix in 0..DATA.events.len() {
        assert_eq!(
            query.matches_event(ix, &DATA, &index),
            visible.events.contains(&ix)
        );
    }
    for ix in 0..DATA.figures.len() {
        assert_eq!(
            query.matches_figure(ix, &DATA, &index),
            visible.figures.contains(&ix)
        );
    }
    for ix in 0..DATA.voices.len() {
        assert_eq!(
            query.matches_voice(ix, &DATA, &index),
            visible.voices.contains(&ix)
        );
    }
    assert!(!visible.is_empty() && visible.len() < Visible::all(&DATA).len());
}

#[test]
fn facet_counts_by_hand() {
    let index = SearchIndex::new(&DATA);
    let none = FacetCounts::compute(&Query::default(), &DATA, &index);
    assert_eq!(none.of(Facet::Theme), [6, 1, 4, 5]);
    assert_eq!(none.of(Facet::Actor), [2, 1, 1]);
    assert_eq!(none.of(Facet::Platform), [6, 3, 2]);
    // law-signed cites AP twice and counts once.
    assert_eq!(none.of(Facet::Source), [4, 4, 3, 4, 1]);
    assert_eq!(none.of(Facet::Perspective), [1, 1, 1]);

    let law = Query::from_actions(toggles(&[(Facet::Theme, T_LAW)]));
    let c = FacetCounts::compute(&law, &DATA, &index);
    // The facet's own selection is ignored for its own counts.
    assert_eq!(c.of(Facet::Theme), [6, 1, 4, 5]);
    assert_eq!(c.of(Facet::Actor), [2, 1, 0]);
    assert_eq!(c.of(Facet::Platform), [5, 0, 0]);
    assert_eq!(c.of(Facet::Source), [4, 1, 2, 0, 1]);
    assert_eq!(c.of(Facet::Perspective), [0, 0, 1]);
    assert_eq!(c.get(Facet::Theme, T_COURTS), 1);
    assert_eq!(c.get(Facet::Theme, 99), 0);

    // An item failing two facets counts for neither.
    let two = Query::from_actions(toggles(&[
        (Facet::Theme, T_COURTS),
        (Facet::Platform, P_XHS),
    ]));
    let c = FacetCounts::compute(&two, &DATA, &index);
    // Platform counts: items with theme courts (E_COURT only) per platform.
    assert_eq!(c.of(Facet::Platform), [1, 0, 0]);
    // Theme counts: items on xhs (E_REFUGEES, E_XHS_TOP, F_XHS_NEW) and all voices (which do
    // not carry platforms).
    assert_eq!(c.of(Facet::Theme), [1, 0, 4, 3]);
}

/// The definition, computed the slow way: the items of kinds carrying `facet` that the query
/// shows when `facet`'s selection is replaced by `term` alone.
fn count_by_definition(query: &Query, facet: Facet, term: u16, index: &SearchIndex) -> u32 {
    let query = query
        .clone()
        .reduce(Action::ClearFacet(facet))
        .reduce(Action::Toggle(facet, term));
    let visible = query.visible(&DATA, index);
    Kind::ALL
        .into_iter()
        .filter(|&k| facet.carried_by(k))
        .map(|k| visible.of(k).len() as u32)
        .sum()
}

#[test]
fn facet_counts_match_their_definition() {
    let index = SearchIndex::new(&DATA);
    let queries: Vec<Vec<Action>> = vec![
        vec![],
        toggles(&[(Facet::Theme, T_LAW)]),
        toggles(&[(Facet::Theme, T_LAW), (Facet::Theme, T_MIGRATION)]),
        toggles(&[(Facet::Platform, P_TIKTOK), (Facet::Source, S_AP)]),
        toggles(&[(Facet::Perspective, V_CN_USER), (Facet::Actor, A_USERS)]),
        toggles(&[
            (Facet::Source, S_NYT),
            (Facet::Theme, T_CULTURE),
            (Facet::Platform, P_XHS),
        ]),
        vec![Action::SetRange(d(2025, 1, 13), d(2025, 1, 16))],
        vec![Action::SetText("tiktok".into())],
        vec![
            Action::Toggle(Facet::Theme, T_MIGRATION),
            Action::SetFrom(d(2025, 1, 14)),
            Action::SetText("小红书".into()),
        ],
    ];
    for actions in queries {
        let query = Query::from_actions(actions.clone());
        let counts = FacetCounts::compute(&query, &DATA, &index);
        for facet in Facet::ALL {
            assert_eq!(counts.of(facet).len(), facet.vocab_len(&DATA));
            for term in 0..facet.vocab_len(&DATA) as u16 {
                assert_eq!(
                    counts.get(facet, term),
                    count_by_definition(&query, facet, term, &index),
                    "{actions:?}: {facet:?} term {term}"
                );
            }
        }
    }
}

#[test]
fn result_counts() {
    let index = SearchIndex::new(&DATA);
    let query = Query::from_actions(toggles(&[(Facet::Theme, T_LAW)]));
    let rc = ResultCounts::new(&query.visible(&DATA, &index), &DATA);
    assert_eq!(rc.events, ResultCount { shown: 4, total: 7 });
    assert_eq!(rc.figures, ResultCount { shown: 1, total: 3 });
    assert_eq!(rc.voices, ResultCount { shown: 1, total: 3 });
    assert_eq!(rc.of(Kind::Event), rc.events);
    assert_eq!(
        rc.total(),
        ResultCount {
            shown: 6,
            total: 13
        }
    );
    assert!(rc.events.is_filtered());

    let all = ResultCounts::new(&Query::default().visible(&DATA, &index), &DATA);
    assert_eq!(
        all.total(),
        ResultCount {
            shown: 13,
            total: 13
        }
    );
    assert!(!all.total().is_filtered());
}

#[test]
fn facet_keys_and_vocabularies() {
    let keys: Vec<&str> = Facet::ALL.iter().map(|f| f.key()).collect();
    assert_eq!(keys, ["t", "a", "p", "s", "v"]);
    for f in Facet::ALL {
        assert_eq!(Facet::from_key(f.key()), Some(f));
        for ix in 0..f.vocab_len(&DATA) as u16 {
            let id = f.term_id(&DATA, ix).unwrap();
            assert_eq!(f.term_index(&DATA, id), Some(ix), "{f:?} {id}");
        }
    }
    assert_eq!(Facet::from_key("x"), None);
    assert_eq!(Facet::Theme.term_index(&DATA, "nope"), None);
    assert_eq!(Facet::Platform.term_id(&DATA, 9), None);
    use xhs_explainer::model::records::Lang;
    assert_eq!(
        Facet::Platform.term_label(&DATA, P_XHS, Lang::Zh),
        Some("小红书")
    );
    assert_eq!(
        Facet::Source.term_label(&DATA, S_XINHUA, Lang::En),
        Some("新华社")
    );
}

#[test]
fn a_source_without_a_publisher_is_labelled_by_its_title() {
    use xhs_explainer::model::records::Lang;
    let data = xhs_explainer::data::dataset();
    let mut labels = Vec::new();
    for ix in 0..data.sources.len() {
        let label = Facet::Source.term_label(data, ix as u16, Lang::En).unwrap();
        assert!(
            !label.trim().is_empty(),
            "source {} has an empty chip",
            data.sources[ix].id
        );
        labels.push(label);
    }
    let zaobao = data
        .sources
        .iter()
        .position(|s| s.id == "seed-zaobao-interview")
        .unwrap();
    assert!(
        labels[zaobao].starts_with("Report on"),
        "{}",
        labels[zaobao]
    );
    // The unnamed sites stay apart.
    let rise = data
        .sources
        .iter()
        .position(|s| s.id == "seed-rise-of-xiaohongshu")
        .unwrap();
    let refuge = data
        .sources
        .iter()
        .position(|s| s.id == "seed-social-media-refuge")
        .unwrap();
    assert_ne!(labels[rise], labels[refuge]);
}

#[test]
fn the_empty_state_lists_only_the_filters_that_hide_events() {
    use xhs_explainer::model::records::Lang;
    use xhs_explainer::query::filters::active_filters::ActiveFilters;
    let none = ActiveFilters::of(&DATA, &Query::default(), Lang::En);
    assert_eq!(none.dates, None);
    assert_eq!(none.search, None);
    assert!(none.facets.is_empty());

    let q = Query::from_actions(vec![
        Action::SetFrom(Some(Date::new(2025, 1, 0))),
        Action::SetText("  refugee ".into()),
        Action::Toggle(Facet::Theme, T_CULTURE),
        Action::Toggle(Facet::Theme, T_LAW),
        // A perspective narrows quotes only: it is not listed for events.
        Action::Toggle(Facet::Perspective, V_OFFICIAL),
    ]);
    let zh = ActiveFilters::of(&DATA, &q, Lang::Zh);
    assert_eq!(zh.dates, Some((Some(Date::new(2025, 1, 0)), None)));
    assert_eq!(zh.search.as_deref(), Some("refugee"));
    assert_eq!(zh.facets, vec![(Facet::Theme, vec!["法律", "文化"])]);
}

#[test]
fn a_month_or_year_bound_shows_as_whole_days_in_the_date_inputs() {
    use xhs_explainer::query::filters::active_filters::input_days;
    let cases = [
        (None, None, (None, None)),
        (
            Some(Date::new(2025, 1, 0)),
            Some(Date::new(2025, 2, 0)),
            (Some(Date::new(2025, 1, 1)), Some(Date::new(2025, 2, 28))),
        ),
        (
            Some(Date::new(2024, 0, 0)),
            None,
            (Some(Date::new(2024, 1, 1)), None),
        ),
        (
            None,
            Some(Date::new(2024, 2, 0)),
            (None, Some(Date::new(2024, 2, 29))),
        ),
        (
            Some(Date::new(2025, 1, 13)),
            Some(Date::new(2025, 1, 16)),
            (Some(Date::new(2025, 1, 13)), Some(Date::new(2025, 1, 16))),
        ),
    ];
    for (from, to, want) in cases {
        let q = Query::from_actions(vec![Action::SetFrom(from), Action::SetTo(to)]);
        assert_eq!(input_days(&q), want, "{from:?}..{to:?}");
    }
}
