//! Browser tests: the summary written at build time reads exactly as the widget reads. Every
//! figure's value and every event's, figure's and source's date, formatted by hand
//! (`query::figures::plain_format::Plain`) and by the browser's `Intl` (`view::intl::Intl`), in both
//! languages, must be the same text.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;
use xhs_explainer::data::dataset;
use xhs_explainer::model::records::Lang;
use xhs_explainer::query::figures::figure_text::{value_text, when};
use xhs_explainer::query::figures::plain_format::Plain;
use xhs_explainer::view::intl::Intl;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn every_figure_value_reads_the_same_by_hand_and_by_intl() {
    let data = dataset();
    let mut differ = Vec::new();
    for lang in Lang::ALL {
        for figure in data.figures {
            let (plain, intl) = (
                value_text(&Plain, figure, lang),
                value_text(&Intl, figure, lang),
            );
            if plain != intl {
                differ.push(format!(
                    "{} {lang:?}: {plain:?} by hand, {intl:?} by Intl",
                    figure.id
                ));
            }
        }
    }
    assert!(differ.is_empty(), "{}", differ.join("\n"));
}

#[wasm_bindgen_test]
fn every_date_reads_the_same_by_hand_and_by_intl() {
    let data = dataset();
    let dates = data
        .events
        .iter()
        .map(|e| (e.id, e.when))
        .chain(data.figures.iter().map(|f| (f.id, f.as_of)))
        .chain(data.sources.iter().map(|s| (s.id, s.when)));
    let mut differ = Vec::new();
    for (id, date) in dates {
        for lang in Lang::ALL {
            let (plain, intl) = (when(&Plain, date, lang), when(&Intl, date, lang));
            if plain != intl {
                differ.push(format!(
                    "{id} {lang:?}: {plain:?} by hand, {intl:?} by Intl"
                ));
            }
        }
    }
    assert!(differ.is_empty(), "{}", differ.join("\n"));
}
