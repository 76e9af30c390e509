#![cfg(not(target_arch = "wasm32"))]
//! The guided tour as filter states, and the whole view of an instance in a link.

use xhs_explainer::data::dataset;
use xhs_explainer::query::filters::search::SearchIndex;
use xhs_explainer::query::links::hash::{encode, HashWarning};
use xhs_explainer::query::links::view_link::{decode_view, encode_view, ViewLink};
use xhs_explainer::query::roving::next_index;
use xhs_explainer::query::section::Section;
use xhs_explainer::query::tour::step_query;

#[test]
fn the_tour_has_six_to_ten_steps_and_each_shows_something_in_its_section() {
    let data = dataset();
    assert!((6..=10).contains(&data.tour.len()), "{}", data.tour.len());
    let index = SearchIndex::new(data);
    for step in data.tour {
        let visible = step_query(step).visible(data, &index);
        let shown = match step.section {
            Section::Timeline => visible.events.len(),
            Section::Numbers => visible.figures.len(),
            Section::Voices => visible.voices.len(),
            _ => visible.events.len() + visible.figures.len() + visible.voices.len(),
        };
        assert!(
            shown > 0,
            "step {} shows nothing in {:?}",
            step.id,
            step.section
        );
    }
}

#[test]
fn a_step_query_is_its_themes_platforms_and_days() {
    let data = dataset();
    let surge = data.tour.iter().find(|s| s.id == "the-surge").unwrap();
    assert_eq!(
        encode(&step_query(surge), data),
        "t=surge;from=2025-01-12;to=2025-01-16"
    );
    let voices = data.tour.iter().find(|s| s.id == "voices").unwrap();
    assert!(step_query(voices).is_default());
}

#[test]
fn arrow_keys_home_and_end_move_between_steps_and_stop_at_the_ends() {
    let cases = [
        (0, "ArrowRight", Some(1)),
        (0, "ArrowDown", Some(1)),
        (0, "ArrowLeft", None),
        (3, "ArrowLeft", Some(2)),
        (3, "ArrowUp", Some(2)),
        (7, "ArrowRight", None),
        (3, "Home", Some(0)),
        (3, "End", Some(7)),
        (0, "Home", None),
        (7, "End", None),
        (3, "Enter", None),
    ];
    for (from, key, want) in cases {
        assert_eq!(next_index(from, 8, key), want, "{from} {key}");
    }
    assert_eq!(next_index(0, 0, "ArrowRight"), None);
}

#[test]
fn a_view_link_round_trips_section_event_step_and_filters() {
    let data = dataset();
    for (s, (_, section)) in Section::ALL.iter().enumerate() {
        let step = s % data.tour.len();
        let view = ViewLink {
            query: step_query(&data.tour[step]),
            section: *section,
            event: Some(s * 5 % data.events.len()),
            step: Some(step),
        };
        let link = encode_view(&view, data);
        let back = decode_view(&link, data);
        assert_eq!(back.view, view, "{link}");
        assert!(back.warnings.is_empty(), "{link}");
        assert_eq!(back.has_section, *section != Section::Overview, "{link}");
    }
    // The default view is the empty string, and the parts come in a fixed order.
    assert_eq!(encode_view(&ViewLink::default(), data), "");
    let view = ViewLink {
        section: Section::Timeline,
        event: data
            .events
            .iter()
            .position(|e| e.id == "app-store-number-one"),
        step: Some(1),
        ..ViewLink::default()
    };
    assert_eq!(
        encode_view(&view, data),
        "sec=timeline;ev=app-store-number-one;tour=2"
    );
}

#[test]
fn unknown_sections_events_and_steps_are_skipped_with_a_warning() {
    let data = dataset();
    let beyond = (data.tour.len() + 1).to_string();
    let got = decode_view(
        &format!("t=surge;sec=map;ev=nope;tour={beyond};tour=0;tour=x;q=a%20b"),
        data,
    );
    assert_eq!(got.view.section, Section::Overview);
    assert!(!got.has_section);
    assert_eq!(got.view.event, None);
    assert_eq!(got.view.step, None);
    assert_eq!(encode(&got.view.query, data), "t=surge;q=a%20b");
    let unknown = |key, value: &str| HashWarning::UnknownValue {
        key,
        value: value.to_string(),
    };
    assert_eq!(
        got.warnings,
        vec![
            unknown("sec", "map"),
            unknown("ev", "nope"),
            unknown("tour", &beyond),
            unknown("tour", "0"),
            unknown("tour", "x"),
        ]
    );
    // The filters' own warnings come first, as the filters come first in a link.
    let got = decode_view("zz=1;sec=numbers", data);
    assert_eq!(got.view.section, Section::Numbers);
    assert_eq!(
        got.warnings,
        vec![HashWarning::UnknownKey("zz".to_string())]
    );
}
