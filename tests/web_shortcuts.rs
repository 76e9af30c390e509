//! Browser tests of the keyboard shortcuts: "/" goes to the search box (from the overview, it
//! opens the timeline first), "?" shows and hides the list, Escape hides it, and none of them acts
//! while the reader types in a field.
#![cfg(target_arch = "wasm32")]

#[path = "common/dom.rs"]
mod dom;

use dom::*;
use wasm_bindgen_test::*;
use xhs_explainer::embed::config::EmbedConfig;

wasm_bindgen_test_configure!(run_in_browser);

fn focused_id(host: &web_sys::Element) -> String {
    focused(host).map(|e| e.id()).unwrap_or_default()
}

#[wasm_bindgen_test]
async fn slash_goes_to_the_search_and_question_mark_lists_the_shortcuts() {
    let (host, _w) = open(EmbedConfig::default()).await;
    let tab = find(&host, "#xhs-tab-overview").unwrap();
    press(&tab, "/", false);
    wait_for("the search box to take focus", 2000, || {
        focused_id(&host) == "xhs-search-input"
    })
    .await;
    assert_eq!(
        find(&host, "#xhs-tab-timeline")
            .unwrap()
            .get_attribute("aria-selected")
            .as_deref(),
        Some("true"),
        "the overview has no search, so the timeline opens"
    );

    // Typed into the search box, "?" and "/" are text, not shortcuts.
    let input = find(&host, "#xhs-search-input").unwrap();
    press(&input, "?", true);
    press(&input, "/", false);
    rendered().await;
    assert!(find(&host, ".xhs-shortcuts").is_none());

    let tab = find(&host, "#xhs-tab-timeline").unwrap();
    press(&tab, "?", true);
    wait_for("the shortcuts", 2000, || {
        find(&host, ".xhs-shortcuts").is_some()
    })
    .await;
    assert_eq!(text(&host, ".xhs-shortcuts__title"), "Keyboard shortcuts");
    assert_eq!(find_all(&host, ".xhs-shortcuts__list dt").len(), 4);
    press(&tab, "?", true);
    wait_for("the shortcuts to hide", 2000, || {
        find(&host, ".xhs-shortcuts").is_none()
    })
    .await;
    press(&tab, "?", true);
    wait_for("the shortcuts again", 2000, || {
        find(&host, ".xhs-shortcuts").is_some()
    })
    .await;
    press(&tab, "Escape", false);
    wait_for("Escape to hide them", 2000, || {
        find(&host, ".xhs-shortcuts").is_none()
    })
    .await;
    // The footer's button shows them too, for readers who do not know the key.
    click(&host, ".xhs-shortcuts__open");
    wait_for("the button to show them", 2000, || {
        find(&host, ".xhs-shortcuts").is_some()
    })
    .await;
}
