//! The reducer: each action's effect on the filter state, and the state's invariants.
#![cfg(not(target_arch = "wasm32"))]

use xhs_explainer::model::records::Date;
use xhs_explainer::query::filters::action::Action;
use xhs_explainer::query::filters::facet::Facet;
use xhs_explainer::query::filters::selection::Selection;
use xhs_explainer::query::filters::state::Query;

fn d(year: u16, month: u8, day: u8) -> Option<Date> {
    Some(Date::new(year, month, day))
}

#[test]
fn toggles_keep_selections_sorted_and_distinct() {
    let query = Query::from_actions([
        Action::Toggle(Facet::Theme, 3),
        Action::Toggle(Facet::Theme, 1),
        Action::Toggle(Facet::Theme, 2),
        Action::Toggle(Facet::Theme, 1),
        Action::Toggle(Facet::Actor, 0),
    ]);
    assert_eq!(query.selection(Facet::Theme).as_slice(), [2, 3]);
    assert_eq!(query.selection(Facet::Actor).as_slice(), [0]);
    assert!(query.selection(Facet::Source).is_empty());
    assert!(query.is_selected(Facet::Theme, 3) && !query.is_selected(Facet::Theme, 1));
    assert_eq!(query.selected_count(), 3);
}

#[test]
fn clear_facet_clears_only_that_facet() {
    let query = Query::from_actions([
        Action::Toggle(Facet::Theme, 0),
        Action::Toggle(Facet::Platform, 1),
        Action::ClearFacet(Facet::Theme),
    ]);
    assert!(query.selection(Facet::Theme).is_empty());
    assert_eq!(query.selection(Facet::Platform).as_slice(), [1]);
}

#[test]
fn date_bound_actions_table() {
    // (actions, expected from, expected to): the bound set last wins, the other follows.
    type Case = (Vec<Action>, Option<Date>, Option<Date>);
    let cases: Vec<Case> = vec![
        (vec![Action::SetFrom(d(2025, 1, 13))], d(2025, 1, 13), None),
        (vec![Action::SetTo(d(2025, 1, 20))], None, d(2025, 1, 20)),
        (
            vec![
                Action::SetFrom(d(2025, 1, 13)),
                Action::SetTo(d(2025, 1, 20)),
            ],
            d(2025, 1, 13),
            d(2025, 1, 20),
        ),
        (
            vec![
                Action::SetTo(d(2025, 1, 20)),
                Action::SetFrom(d(2025, 1, 25)),
            ],
            d(2025, 1, 25),
            d(2025, 1, 25),
        ),
        (
            vec![
                Action::SetFrom(d(2025, 1, 13)),
                Action::SetTo(d(2025, 1, 1)),
            ],
            d(2025, 1, 1),
            d(2025, 1, 1),
        ),
        (
            vec![
                Action::SetFrom(d(2025, 1, 13)),
                Action::SetTo(d(2025, 1, 13)),
            ],
            d(2025, 1, 13),
            d(2025, 1, 13),
        ),
        (
            // A month-precision `to` ends with its month: 20 January is not after it.
            vec![
                Action::SetTo(d(2025, 1, 0)),
                Action::SetFrom(d(2025, 1, 20)),
            ],
            d(2025, 1, 20),
            d(2025, 1, 0),
        ),
        (
            vec![Action::SetFrom(d(2025, 1, 13)), Action::SetFrom(None)],
            None,
            None,
        ),
        (
            vec![Action::SetRange(d(2025, 1, 22), d(2025, 1, 12))],
            d(2025, 1, 12),
            d(2025, 1, 22),
        ),
        (
            vec![Action::SetRange(d(2024, 1, 1), None)],
            d(2024, 1, 1),
            None,
        ),
    ];
    for (actions, from, to) in cases {
        let query = Query::from_actions(actions.clone());
        assert_eq!((query.from(), query.to()), (from, to), "{actions:?}");
        assert!(query.range().first <= query.range().last, "{actions:?}");
    }
}

#[test]
fn set_text_keeps_text_and_parses_needle() {
    let query = Query::default().reduce(Action::SetText("  ＴｉｋＴｏｋ  Café ".into()));
    assert_eq!(query.text(), "  ＴｉｋＴｏｋ  Café ");
    assert_eq!(query.needle().terms(), ["tiktok", "cafe"]);
    let query = query.reduce(Action::SetText(String::new()));
    assert!(query.needle().is_empty());
    assert!(query.is_default());
}

#[test]
fn empty_versus_default() {
    let blank = Query::default().reduce(Action::SetText("   ".into()));
    assert!(blank.is_empty(), "whitespace hides nothing");
    assert!(!blank.is_default(), "but it is not the default state");

    let cases: Vec<Action> = vec![
        Action::Toggle(Facet::Perspective, 0),
        Action::SetFrom(d(2025, 1, 1)),
        Action::SetTo(d(2025, 1, 1)),
        Action::SetText("x".into()),
    ];
    for action in cases {
        let query = Query::default().reduce(action.clone());
        assert!(!query.is_empty(), "{action:?}");
        assert!(!query.is_default(), "{action:?}");
        assert!(query.reduce(Action::Reset).is_default(), "{action:?}");
    }
    assert!(Query::default().is_empty() && Query::default().is_default());
}

#[test]
fn reset_clears_everything() {
    let query = Query::from_actions([
        Action::Toggle(Facet::Source, 2),
        Action::SetRange(d(2025, 1, 12), d(2025, 1, 22)),
        Action::SetText("难民".into()),
        Action::Reset,
    ]);
    assert_eq!(query, Query::default());
}

#[test]
fn selection_set_operations() {
    let mut s: Selection = [5u16, 1, 5, 3].into_iter().collect();
    assert_eq!(s.as_slice(), [1, 3, 5]);
    s.insert(3);
    s.insert(0);
    assert_eq!(s.as_slice(), [0, 1, 3, 5]);
    s.toggle(1);
    assert_eq!(s.iter().collect::<Vec<_>>(), [0, 3, 5]);
    assert_eq!(s.len(), 3);
    s.clear();
    assert!(s.is_empty());
}

#[test]
fn arrow_keys_home_and_end_move_between_sections() {
    use xhs_explainer::query::section::{next_section, Section};
    let cases = [
        (Section::Overview, "ArrowRight", Some(Section::Timeline)),
        (Section::Overview, "ArrowDown", Some(Section::Timeline)),
        (Section::Overview, "ArrowLeft", Some(Section::Sources)),
        (Section::Sources, "ArrowRight", Some(Section::Overview)),
        (Section::Numbers, "ArrowUp", Some(Section::Timeline)),
        (Section::Voices, "Home", Some(Section::Overview)),
        (Section::Voices, "End", Some(Section::Sources)),
        (Section::Voices, "Enter", None),
        (Section::Voices, "a", None),
    ];
    for (from, key, want) in cases {
        assert_eq!(next_section(from, key), want, "{from:?} {key}");
    }
}
