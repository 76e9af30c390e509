//! Browser tests of the guided tour and of links to a view: the tour steps forward and back by
//! button and by key, sets each step's section and filters, leaves keeping the view, and lives
//! in the instance's hash part, so a fresh instance opens at the same step; "Copy link" is
//! offered only where the view is in the address.
#![cfg(target_arch = "wasm32")]

#[path = "common/dom.rs"]
mod dom;

use dom::*;
use wasm_bindgen_test::*;
use xhs_explainer::data::dataset;
use xhs_explainer::embed::config::{EmbedConfig, Section};
use xhs_explainer::query::filters::counts::ResultCounts;
use xhs_explainer::query::filters::search::SearchIndex;
use xhs_explainer::query::tour::step_query;

wasm_bindgen_test_configure!(run_in_browser);

/// The live count the status shows for tour step `ix`, from the query layer.
fn count_for_step(ix: usize) -> String {
    let data = dataset();
    let index = SearchIndex::new(data);
    let visible = step_query(&data.tour[ix]).visible(data, &index);
    let counts = ResultCounts::new(&visible, data);
    format!("{} of {} events", counts.events.shown, counts.events.total)
}

/// Waits until the tour panel shows step `ix` (its title, "Step n / total", its section's tab
/// selected and its filters' count in the live status).
async fn at_step(host: &web_sys::Element, ix: usize) {
    let data = dataset();
    let step = &data.tour[ix];
    wait_for(&format!("tour step {}", ix + 1), 2000, || {
        find(host, ".xhs-tour__title").is_some_and(|t| text_of(&t) == step.title.en)
    })
    .await;
    assert!(text(host, ".xhs-tour__progress").starts_with(&format!(
        "Step {} / {}",
        ix + 1,
        data.tour.len()
    )));
    let tab = format!("#xhs-tab-{}", step.section.name());
    wait_for("the step's section", 2000, || {
        find(host, &tab)
            .and_then(|t| t.get_attribute("aria-selected"))
            .as_deref()
            == Some("true")
    })
    .await;
    let want = count_for_step(ix);
    wait_for(&format!("the step's filters: {want}"), 2000, || {
        text(host, ".xhs-status").starts_with(&want)
    })
    .await;
}

#[wasm_bindgen_test]
async fn the_tour_steps_by_button_and_key_and_leaves_keeping_the_view() {
    let (host, _w) = open(EmbedConfig::default()).await;
    let data = dataset();
    assert!(data.tour.len() >= 6);
    assert!(find(&host, ".xhs-tour").is_none());
    click(&host, ".xhs-tour-start");
    at_step(&host, 0).await;
    let previous = find(&host, ".xhs-tour__previous").unwrap();
    assert!(previous.has_attribute("disabled"));
    click(&host, ".xhs-tour__next");
    at_step(&host, 1).await;
    let panel = find(&host, ".xhs-tour").unwrap();
    press(
        &find(&host, ".xhs-tour__next").unwrap(),
        "ArrowRight",
        false,
    );
    at_step(&host, 2).await;
    press(&panel, "ArrowLeft", false);
    at_step(&host, 1).await;
    press(&panel, "End", false);
    at_step(&host, data.tour.len() - 1).await;
    assert_eq!(text(&host, ".xhs-tour__next"), "Finish");
    press(&panel, "Home", false);
    at_step(&host, 0).await;
    // Previous does nothing on the first step.
    click(&host, ".xhs-tour__previous");
    click(&host, ".xhs-tour__next");
    at_step(&host, 1).await;
    // The way out keeps the step's section and filters for free exploration.
    click(&host, ".xhs-tour__exit");
    wait_for("the tour to close", 2000, || {
        find(&host, ".xhs-tour").is_none()
    })
    .await;
    let step = &data.tour[1];
    assert_eq!(
        find(&host, &format!("#xhs-tab-{}", step.section.name()))
            .unwrap()
            .get_attribute("aria-selected")
            .as_deref(),
        Some("true")
    );
    assert!(text(&host, ".xhs-status").starts_with(&count_for_step(1)));
}

#[wasm_bindgen_test]
async fn a_link_opens_a_fresh_instance_at_the_same_step_and_view() {
    set_hash("#host-anchor");
    let (host, w) = open(EmbedConfig {
        hash_key: "tour".into(),
        ..EmbedConfig::default()
    })
    .await;
    click(&host, ".xhs-tour-start");
    at_step(&host, 0).await;
    click(&host, ".xhs-tour__next");
    at_step(&host, 1).await;
    click(&host, ".xhs-tour__next");
    at_step(&host, 2).await;
    let hash = || gloo::utils::window().location().hash().unwrap();
    wait_for("the step in the address", 2000, || {
        hash().ends_with(";tour=3")
    })
    .await;
    assert!(hash().starts_with("#host-anchor&tour="), "{}", hash());
    drop(w);

    // A fresh instance reading the same address opens where the link's author was.
    // (Its settings say "overview"; the link's section wins.)
    let again = fresh_host();
    let _w = mount_guarded(
        &again,
        EmbedConfig {
            hash_key: "tour".into(),
            section: Section::Overview,
            ..EmbedConfig::default()
        },
    );
    assert_ne!(again.id(), host.id());
    at_step(&again, 2).await;
    // Copying the link is offered, since this instance's view is in the address.
    assert!(find(&again, ".xhs-share__copy").is_some());
    assert!(find(&again, ".xhs-share__none").is_none());
    set_hash("");
}

#[wasm_bindgen_test]
async fn without_a_hash_key_the_footer_says_why_there_is_no_link() {
    let (host, _w) = open(EmbedConfig::default()).await;
    assert!(find(&host, ".xhs-share__copy").is_none());
    assert!(text(&host, ".xhs-share__none").starts_with("Links to a view are not available"));
}
