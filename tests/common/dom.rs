//! Browser-test helpers: fresh host elements, waiting for conditions, reading the shadow DOM.
#![allow(dead_code)] // each test file uses a different subset

use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ShadowRoot};

/// A new, empty element appended to `<body>`, with a unique id.
pub fn fresh_host() -> Element {
    thread_local!(static N: std::cell::Cell<u32> = const { std::cell::Cell::new(0) });
    let n = N.with(|c| {
        c.set(c.get() + 1);
        c.get()
    });
    let doc = gloo::utils::document();
    let el = doc.create_element("div").unwrap();
    el.set_id(&format!("host-{n}"));
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

/// Polls `cond` every 10 ms until it holds; panics with `what` after `ms` milliseconds.
pub async fn wait_for(what: &str, ms: u32, mut cond: impl FnMut() -> bool) {
    let mut waited = 0;
    while !cond() {
        assert!(waited < ms, "timed out after {ms} ms waiting for: {what}");
        TimeoutFuture::new(10).await;
        waited += 10;
    }
}

pub fn shadow(host: &Element) -> ShadowRoot {
    host.shadow_root().expect("host has a shadow root")
}

pub fn find(host: &Element, selector: &str) -> Option<Element> {
    shadow(host).query_selector(selector).unwrap()
}

pub fn find_all(host: &Element, selector: &str) -> Vec<Element> {
    let list = shadow(host).query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

/// The visible text of the first match, trimmed; empty if nothing matches.
pub fn text(host: &Element, selector: &str) -> String {
    find(host, selector)
        .and_then(|e| e.text_content())
        .unwrap_or_default()
        .trim()
        .to_string()
}

pub fn click(host: &Element, selector: &str) {
    find(host, selector)
        .unwrap_or_else(|| panic!("nothing to click at {selector}"))
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}
