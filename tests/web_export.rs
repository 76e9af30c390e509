//! Browser test: the download buttons hand the browser exactly what the query layer exports for
//! the current selection, as CSV (with a BOM, for spreadsheet apps) and as JSON.
#![cfg(target_arch = "wasm32")]

#[path = "common/blobs.rs"]
mod blobs;
#[path = "common/dom.rs"]
mod dom;

use blobs::{blob_text, CapturedBlobs};
use dom::*;
use wasm_bindgen_test::*;
use xhs_explainer::data::dataset;
use xhs_explainer::embed::config::EmbedConfig;
use xhs_explainer::model::records::Lang;
use xhs_explainer::query::export::{to_csv, to_json, CSV_BOM};
use xhs_explainer::query::filters::action::Action;
use xhs_explainer::query::filters::search::SearchIndex;
use xhs_explainer::query::filters::state::Query;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn the_download_buttons_export_the_current_selection() {
    let captured = CapturedBlobs::start();
    let host = fresh_host();
    let _m = mount_guarded(&host, EmbedConfig::default());
    wait_for("the filter bar", 2000, || {
        find(&host, ".xhs-export__csv").is_some()
    })
    .await;

    // Narrow the selection first, so the export must follow the filters.
    set_value(&host, ".xhs-search__input", "Lemon8", "input");
    let data = dataset();
    let q = Query::from_actions([Action::SetText("Lemon8".into())]);
    let visible = q.visible(data, &SearchIndex::new(data));
    assert!(!visible.is_empty() && visible.len() < data.events.len() + data.figures.len());
    let shown = format!("{} of {} events", visible.events.len(), data.events.len());
    wait_for("the filtered count", 2000, || {
        text(&host, ".xhs-status").starts_with(&shown)
    })
    .await;

    click(&host, ".xhs-export__csv");
    click(&host, ".xhs-export__json");
    let blobs = captured.blobs.borrow().clone();
    assert_eq!(blobs.len(), 2, "one file per button");
    assert_eq!(blobs[0].type_(), "text/csv;charset=utf-8");
    let csv = to_csv(data, &visible, Lang::En);
    // Blob.text() decodes UTF-8 and drops the BOM; the byte size shows it is there.
    assert_eq!(blobs[0].size() as usize, CSV_BOM.len() + csv.len());
    assert!(
        blob_text(&blobs[0]).await == csv,
        "the CSV differs from query::export"
    );
    assert_eq!(blobs[1].type_(), "application/json");
    assert_eq!(
        blob_text(&blobs[1]).await,
        to_json(data, &visible, Lang::En)
    );
}
