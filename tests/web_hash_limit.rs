//! Browser tests: a view the address did not take, because the browser limits how often a page
//! may replace its URL, still reaches the address once the browser allows it again. In a file of
//! its own: it uses up the page's allowance, which would slow every other test's address writes.
#![cfg(target_arch = "wasm32")]

#[path = "common/dom.rs"]
mod dom;

use dom::*;
use wasm_bindgen_test::*;
use xhs_explainer::data::dataset;
use xhs_explainer::embed::config::EmbedConfig;
use xhs_explainer::query::filters::action::Action;
use xhs_explainer::query::filters::state::Query;
use xhs_explainer::query::links::hash::{encode, with_instance_state};

wasm_bindgen_test_configure!(run_in_browser);

/// Replaces the URL until the browser refuses (WebKit after 100 times in ten seconds, Firefox
/// after 200); how many it took. Chromium drops writes quietly instead and never refuses.
fn use_up_the_allowance() -> u32 {
    let window = gloo::utils::window();
    let history = window.history().unwrap();
    let path = window.location().pathname().unwrap();
    for n in 0..400 {
        let url = format!("{path}#flood={n}");
        if history
            .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
            .is_err()
        {
            return n;
        }
    }
    400
}

#[wasm_bindgen_test]
async fn a_refused_address_write_lands_once_the_browser_allows_it() {
    set_hash("");
    let key = "lim";
    let (host, _m) = open(EmbedConfig {
        hash_key: key.into(),
        ..EmbedConfig::default()
    })
    .await;
    let refused_after = use_up_the_allowance();
    gloo::console::log!(format!("the address refused writes after {refused_after}"));
    set_value(&host, ".xhs-search__input", "小红书", "input");
    wait_for("the search applied", 3000, || {
        text(&host, ".xhs-status").starts_with("24 of 60 events")
    })
    .await;
    let q = Query::from_actions(vec![Action::SetText("小红书".into())]);
    let part = with_instance_state("", key, &encode(&q, dataset()));
    let hash = || gloo::utils::window().location().hash().unwrap();
    // WebKit and Firefox count writes over the last ten seconds.
    wait_for("the view in the address", 15_000, || {
        hash().trim_start_matches('#').split('&').any(|p| p == part)
    })
    .await;
}
