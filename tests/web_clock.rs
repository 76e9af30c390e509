//! Browser tests of the 早C晚A clock: a 24-column strip, a slider that moves the local times,
//! and the browser's time-zone database agreeing with the strip across the US clock change.
#![cfg(target_arch = "wasm32")]

#[path = "common/dom.rs"]
mod dom;

use dom::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};
use xhs_explainer::embed::config::Section;
use xhs_explainer::model::records::Date;
use xhs_explainer::query::clock::{shared_awake_hours, Zone};

wasm_bindgen_test_configure!(run_in_browser);

const BEIJING: &str = "Asia/Shanghai";
const NEW_YORK: &str = "America/New_York";

// ---------------------------------------------------------------- helpers of this file

async fn open_clock() -> (Element, Widget) {
    open_section(Section::Clock).await
}

fn local_time(host: &Element, zone: &str) -> String {
    text(
        host,
        &format!(".xhs-zone[data-zone='{zone}'] .xhs-zone__time"),
    )
}

/// The hour of an "HH:MM" reading.
fn hour_of(time: &str) -> i32 {
    time.split(':').next().unwrap().trim().parse().unwrap()
}

/// How many hours the zone's shown time is behind Beijing's, 0–23.
fn shown_hours_behind(host: &Element, zone: &str) -> i32 {
    (hour_of(&local_time(host, BEIJING)) - hour_of(&local_time(host, zone))).rem_euclid(24)
}

// ---------------------------------------------------------------- the reader's script

#[wasm_bindgen_test]
async fn the_strip_has_an_hour_column_for_every_hour_of_the_day() {
    let (host, _m) = open_clock().await;
    assert_eq!(find_all(&host, ".xhs-strip__hour").len(), 24);
    let rows = find_all(&host, ".xhs-strip tbody tr[data-zone]");
    assert_eq!(rows.len(), Zone::ALL.len());
    for row in &rows {
        assert_eq!(row.query_selector_all("td").unwrap().length(), 24);
    }
    // The shared hours are exactly where the headless clock says everyone is awake.
    let expected = shared_awake_hours(Date::new(2025, 1, 14), &Zone::ALL)
        .iter()
        .filter(|s| s.all_awake())
        .count();
    assert!(expected > 0);
    assert_eq!(find_all(&host, ".xhs-strip__cell--all").len(), expected);
    // Beijing at 00 UTC is 8 in the morning.
    assert_eq!(
        text(
            &host,
            &format!(".xhs-strip tr[data-zone='{BEIJING}'] td:first-of-type")
        )
        .split_whitespace()
        .next(),
        Some("8")
    );
    assert!(find_all(&host, "[style]").is_empty());
}

#[wasm_bindgen_test]
async fn moving_the_slider_changes_the_local_times() {
    let (host, _m) = open_clock().await;
    let before = local_time(&host, BEIJING);
    assert!(!before.is_empty());
    let slider: HtmlInputElement = find(&host, ".xhs-clock__hour").unwrap().dyn_into().unwrap();
    let next = (slider.value().parse::<u32>().unwrap() + 5) % 24;
    set_value(&host, ".xhs-clock__hour", &next.to_string(), "input");
    wait_for("the Beijing time to move", 2000, || {
        local_time(&host, BEIJING) != before
    })
    .await;
    assert_eq!(
        hour_of(&local_time(&host, BEIJING)),
        (hour_of(&before) + 5).rem_euclid(24)
    );
    let column = find(&host, ".xhs-strip__hour.xhs-strip__col--on").unwrap();
    assert_eq!(column.get_attribute("data-hour"), Some(next.to_string()));
}

#[wasm_bindgen_test]
async fn new_york_is_thirteen_hours_behind_beijing_in_january_and_twelve_after_the_clock_change() {
    let (host, _m) = open_clock().await;
    let day: HtmlInputElement = find(&host, ".xhs-clock__day").unwrap().dyn_into().unwrap();
    assert_eq!(day.value(), "2025-01-14", "opens on the day of the surge");

    set_value(&host, ".xhs-clock__hour", "13", "input");
    wait_for("13:00 UTC", 2000, || local_time(&host, BEIJING) == "21:00").await;
    assert_eq!(local_time(&host, NEW_YORK), "08:00");
    assert_eq!(shown_hours_behind(&host, NEW_YORK), 13);
    let diff = text(
        &host,
        &format!(".xhs-zone[data-zone='{NEW_YORK}'] .xhs-zone__diff"),
    );
    assert_eq!(diff, "13 hours behind Beijing");

    set_value(&host, ".xhs-clock__day", "2025-03-10", "input");
    wait_for("the day after the US clock change", 2000, || {
        local_time(&host, NEW_YORK) == "09:00"
    })
    .await;
    assert_eq!(local_time(&host, BEIJING), "21:00");
    assert_eq!(shown_hours_behind(&host, NEW_YORK), 12);
    let diff = text(
        &host,
        &format!(".xhs-zone[data-zone='{NEW_YORK}'] .xhs-zone__diff"),
    );
    assert_eq!(diff, "12 hours behind Beijing");

    // The day before the change, New York is back to 13 hours: the preset button says so.
    click(&host, ".xhs-clock__preset[data-day='2025-03-08']");
    wait_for("the day before the change", 2000, || {
        local_time(&host, NEW_YORK) == "08:00"
    })
    .await;
    assert_eq!(shown_hours_behind(&host, NEW_YORK), 13);
}

#[wasm_bindgen_test]
async fn the_summary_and_the_phrase_are_explained_in_both_languages() {
    let (host, _m) = open_clock().await;
    let summary = text(&host, ".xhs-clock__summary");
    assert!(
        summary.contains("Beijing") && summary.contains("New York"),
        "{summary}"
    );
    assert!(text(&host, ".xhs-clock").contains("early C, late A"));
    // The phrase is credited to its source, from the dataset's own event.
    let credit = text(&host, ".xhs-clock__source");
    assert!(credit.contains("carrying Lianhe Zaobao"), "{credit}");
    assert!(!credit.to_lowercase().contains("seed"), "{credit}");

    click(&host, ".xhs-lang");
    wait_for("the Chinese summary", 2000, || {
        text(&host, ".xhs-clock__summary").contains("北京")
    })
    .await;
    assert!(text(&host, ".xhs-clock__summary").contains("纽约"));
    assert_eq!(
        text(
            &host,
            ".xhs-zone[data-zone='Asia/Shanghai'] .xhs-zone__name"
        ),
        "北京"
    );
}
