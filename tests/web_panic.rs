//! Browser test: a panic inside the widget leaves the host page working and its fallback
//! content visible. Alone in its binary, because a panic aborts the wasm instance.
#![cfg(target_arch = "wasm32")]

#[path = "common/dom.rs"]
mod dom;

use dom::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;
use xhs_explainer::embed::config::EmbedConfig;
use xhs_explainer::embed::mount::mount_into;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn a_panic_reveals_the_fallback_and_the_page_keeps_working() {
    // The test runner has put its own panic hook in place by now; mounting puts the guard
    // back in front of it, as it would in front of any host's hook.
    let host = fresh_host();
    host.set_inner_html("<p id=fallback>The explainer could not run; here is a summary.</p>");
    let _m = mount_into(&host, EmbedConfig::default()).expect("mounts");
    wait_for("the widget", 2000, || find(&host, ".xhs-title").is_some()).await;
    let fallback: HtmlElement = gloo::utils::document()
        .get_element_by_id("fallback")
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(fallback.offset_height(), 0, "hidden while the widget runs");

    // A real panic, in a task of its own as a Yew callback would be.
    wasm_bindgen_futures::spawn_local(async { panic!("a bug in the widget") });

    wait_for("the fallback", 2000, || find(&host, "slot").is_some()).await;
    assert!(
        find(&host, ".xhs-app").is_none(),
        "the broken widget is gone"
    );
    assert!(fallback.offset_height() > 0, "the fallback shows again");
    assert_eq!(
        host.get_attribute("data-xhs-error").as_deref(),
        Some("panic")
    );

    // The host page still works: its own DOM and events are untouched.
    let button: HtmlElement = gloo::utils::document()
        .create_element("button")
        .unwrap()
        .dyn_into()
        .unwrap();
    gloo::utils::body().append_child(&button).unwrap();
    let clicked = std::rc::Rc::new(std::cell::Cell::new(false));
    let flag = clicked.clone();
    let listener = gloo::events::EventListener::new(&button, "click", move |_| flag.set(true));
    button.click();
    assert!(clicked.get());
    drop(listener);
    button.remove();
    // The broken app is already gone; only the host is left to remove.
    host.remove();
}
