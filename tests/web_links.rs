//! Browser tests of the links footer (`view::links`): "Share…" is offered exactly where the
//! browser has `navigator.share` (WebKitGTK, and Chromium and Firefox on Linux, have none of
//! their own: each test sets or hides it), and it hands the share sheet this view's address and
//! the explainer's title.
#![cfg(target_arch = "wasm32")]

#[path = "common/dom.rs"]
mod dom;

use dom::*;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;
use xhs_explainer::data::dataset;
use xhs_explainer::embed::config::EmbedConfig;
use xhs_explainer::model::records::Lang;

wasm_bindgen_test_configure!(run_in_browser);

/// `navigator.share` as this test sets it: a function that records each `{url, title}` it is
/// given (`Some`), or `undefined` (`None`), hiding any the browser has. Dropping it takes the
/// property away again.
struct Share {
    calls: Rc<RefCell<Vec<(String, String)>>>,
    _function: Option<Closure<dyn Fn(JsValue) -> js_sys::Promise>>,
}

impl Share {
    fn install(present: bool) -> Share {
        let calls: Rc<RefCell<Vec<(String, String)>>> = Rc::default();
        let function = present.then(|| {
            let calls = calls.clone();
            Closure::<dyn Fn(JsValue) -> js_sys::Promise>::new(move |data: JsValue| {
                let field = |name: &str| {
                    js_sys::Reflect::get(&data, &name.into())
                        .ok()
                        .and_then(|v| v.as_string())
                        .unwrap_or_default()
                };
                calls.borrow_mut().push((field("url"), field("title")));
                js_sys::Promise::resolve(&JsValue::UNDEFINED)
            })
        });
        let descriptor = js_sys::Object::new();
        let value = function
            .as_ref()
            .map_or(JsValue::UNDEFINED, |f| f.as_ref().clone());
        js_sys::Reflect::set(&descriptor, &"value".into(), &value).unwrap();
        js_sys::Reflect::set(&descriptor, &"configurable".into(), &JsValue::TRUE).unwrap();
        let navigator = gloo::utils::window().navigator();
        js_sys::Object::define_property(&navigator, &"share".into(), &descriptor);
        Share {
            calls,
            _function: function,
        }
    }
}

impl Drop for Share {
    fn drop(&mut self) {
        let navigator = gloo::utils::window().navigator();
        let _ = js_sys::Reflect::delete_property(&navigator, &"share".into());
    }
}

fn linkable() -> EmbedConfig {
    EmbedConfig {
        hash_key: "lnk".into(),
        ..EmbedConfig::default()
    }
}

#[wasm_bindgen_test]
async fn with_navigator_share_the_footer_offers_share_and_hands_it_the_view() {
    let share = Share::install(true);
    let (host, _w) = open(linkable()).await;
    let button = find(&host, ".xhs-share__share").expect("a Share button");
    assert_eq!(text_of(&button), "Share…");
    button.unchecked_ref::<HtmlElement>().click();
    let calls = share.calls.borrow().clone();
    let here = gloo::utils::window().location().href().unwrap();
    assert_eq!(
        calls,
        vec![(here, dataset().title.get(Lang::En).to_string())],
        "one share, of this page's address (which holds the view) and the title"
    );
    set_hash("");
}

#[wasm_bindgen_test]
async fn without_navigator_share_only_copying_is_offered() {
    let _share = Share::install(false);
    let (host, _w) = open(linkable()).await;
    assert!(find(&host, ".xhs-share__copy").is_some());
    assert!(find(&host, ".xhs-share__share").is_none());
    set_hash("");
}
