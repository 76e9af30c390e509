//! The events a host page hears, read as a host's own code would read them: each `detail` decoded
//! into the exact shape `docs/embedding.md` and `www/xhs-explainer.d.ts` promise (no field more,
//! none missing), with `serde-wasm-bindgen`, and its figures equal to what the widget shows.
#![cfg(target_arch = "wasm32")]

#[path = "common/dom.rs"]
mod dom;

use dom::*;
use gloo::events::EventListener;
use serde::Deserialize;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use xhs_explainer::embed::config::EmbedConfig;

wasm_bindgen_test_configure!(run_in_browser);

#[derive(Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
struct Empty {}

#[derive(Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
struct Count {
    shown: u32,
    total: u32,
}

#[derive(Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
struct Shown {
    events: Count,
    figures: Count,
    quotes: Count,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct FilterChange {
    filter: String,
    shown: Shown,
}

#[derive(Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
struct SectionChange {
    section: String,
}

#[derive(Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
struct LangChange {
    lang: String,
}

/// Every `xhs-*` event that reaches the document, in order, as (type, detail).
type Heard = Rc<RefCell<Vec<(String, JsValue)>>>;

fn listen() -> (Heard, Vec<EventListener>) {
    let heard: Heard = Rc::default();
    let document = gloo::utils::document();
    let listeners = [
        "xhs-ready",
        "xhs-filterchange",
        "xhs-sectionchange",
        "xhs-langchange",
    ]
    .map(|name| {
        let heard = heard.clone();
        EventListener::new(&document, name, move |event| {
            let event: &web_sys::CustomEvent = event.unchecked_ref();
            heard.borrow_mut().push((event.type_(), event.detail()));
        })
    })
    .into();
    (heard, listeners)
}

/// The last event of type `name` heard, decoded as a host would decode it.
fn last<T: for<'de> Deserialize<'de>>(heard: &Heard, name: &str) -> T {
    let detail = heard
        .borrow()
        .iter()
        .rev()
        .find(|(t, _)| t == name)
        .map(|(_, d)| d.clone())
        .unwrap_or_else(|| panic!("no {name} was heard"));
    serde_wasm_bindgen::from_value(detail)
        .unwrap_or_else(|e| panic!("{name}'s detail is not the documented shape: {e}"))
}

#[wasm_bindgen_test]
async fn the_host_hears_each_change_in_the_documented_shape() {
    let (heard, _listeners) = listen();
    let (host, _w) = open(EmbedConfig::default()).await;
    wait_for("xhs-ready", 3000, || {
        heard.borrow().iter().any(|(t, _)| t == "xhs-ready")
    })
    .await;
    let _: Empty = last(&heard, "xhs-ready");

    set_value(&host, ".xhs-search__input", "Lemon8", "input");
    rendered().await;
    wait_for("xhs-filterchange", 3000, || {
        heard.borrow().iter().any(|(t, _)| t == "xhs-filterchange")
    })
    .await;
    let change: FilterChange = last(&heard, "xhs-filterchange");
    assert_eq!(change.filter, "q=Lemon8");
    let Shown {
        events,
        figures,
        quotes,
    } = change.shown;
    // The same figures as the live count the reader sees.
    assert_eq!(
        text(&host, "[role=status].xhs-status"),
        format!(
            "{} of {} events · {} of {} figures · {} of {} quotes",
            events.shown, events.total, figures.shown, figures.total, quotes.shown, quotes.total
        )
    );
    assert!(events.shown < events.total);

    click(&host, "#xhs-tab-numbers");
    rendered().await;
    let section: SectionChange = last(&heard, "xhs-sectionchange");
    assert_eq!(section.section, "numbers");

    click(&host, ".xhs-lang");
    rendered().await;
    let lang: LangChange = last(&heard, "xhs-langchange");
    assert_eq!(lang.lang, "zh-Hans");
}
