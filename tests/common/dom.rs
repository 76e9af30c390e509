//! Browser-test helpers: fresh host elements, waiting for conditions, reading the shadow DOM.
#![allow(dead_code)] // each test file uses a different subset

use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ShadowRoot};
use xhs_explainer::embed::config::{EmbedConfig, Section};
use xhs_explainer::embed::mount::mount_into;

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
pub async fn wait_for(what: &str, ms: u32, cond: impl FnMut() -> bool) {
    wait_explained(ms, cond, || what.to_owned()).await;
}

/// [`wait_for`], with the panic's words made only when it times out (`explain` may read the
/// page to say what it shows instead).
///
/// Yew's queued renders finish before each look, and their time is not counted: `ms` bounds
/// the wait for what the test waits on (a timer, the browser), not how fast a debug build
/// renders. In a fresh-clone run, a 1,000 ms wait for the Sources tab timed out in WebKit,
/// and that one timeout stopped every later test in the binary (a panic inside the futures
/// queue leaves it unpolled).
pub async fn wait_explained(ms: u32, mut cond: impl FnMut() -> bool, explain: impl Fn() -> String) {
    let mut waited = 0;
    rendered().await;
    while !cond() {
        assert!(
            waited < ms,
            "timed out after {ms} ms waiting for: {}",
            explain()
        );
        TimeoutFuture::new(10).await;
        rendered().await;
        waited += 10;
    }
}

/// Waits until Yew has rendered everything queued so far, however many tasks that takes (Yew
/// yields to the browser after 16 ms of rendering). Timers the widget set are not waited for.
pub async fn rendered() {
    yew::scheduler::flush().await;
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

/// Every element under `el` matching `selector`.
pub fn within(el: &Element, selector: &str) -> Vec<Element> {
    let list = el.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

/// An element's text, trimmed.
pub fn text_of(el: &Element) -> String {
    el.text_content().unwrap_or_default().trim().to_string()
}

/// Sets an input's value and fires `event` ("input" or "change") as a user's edit would.
pub fn set_value(host: &Element, selector: &str, value: &str, event: &str) {
    // An <input> or a <select>: both take `value` as a property.
    let input = find(host, selector).unwrap_or_else(|| panic!("no input at {selector}"));
    js_sys::Reflect::set(&input, &"value".into(), &value.into()).unwrap();
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let ev = web_sys::Event::new_with_event_init_dict(event, &init).unwrap();
    input.dispatch_event(&ev).unwrap();
}

/// Presses `key` (with Shift if `shift`) on `target`, as a keydown that bubbles.
pub fn press(target: &Element, key: &str, shift: bool) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_shift_key(shift);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

/// The focused element inside the widget's shadow root.
pub fn focused(host: &Element) -> Option<Element> {
    shadow(host).active_element()
}

/// Replaces the page's URL hash (a widget reads its part once, when it mounts).
pub fn set_hash(fragment: &str) {
    let window = gloo::utils::window();
    let loc = window.location();
    let url = format!(
        "{}{}{}",
        loc.pathname().unwrap(),
        loc.search().unwrap(),
        fragment
    );
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        .unwrap();
}

/// What shows that a section is on screen: its root (the clock's strip, the sources' list).
fn ready_selector(section: Section) -> &'static str {
    match section {
        Section::Overview => ".xhs-overview",
        Section::Timeline => ".xhs-timeline",
        Section::Numbers => ".xhs-numbers",
        Section::Platforms => ".xhs-platforms",
        Section::Voices => ".xhs-voices",
        Section::Clock => ".xhs-strip",
        Section::Sources => ".xhs-sources",
    }
}

/// Mounts the widget with `config` into a fresh host and waits for its first section. Returns the
/// host and a guard that unmounts the widget and removes the host when the test ends; widgets
/// that an earlier, failed test left behind are removed first.
pub async fn open(config: EmbedConfig) -> (Element, Widget) {
    remove_leftovers();
    let host = fresh_host();
    let ready = ready_selector(config.section);
    let mounted = Some(mount_into(&host, config).expect("mounts"));
    // On a timeout, what the widget shows instead and how many apps wait in the pool: a widget
    // that never renders is then told apart from one that rendered something else.
    wait_explained(
        3000,
        || find(&host, ready).is_some(),
        || {
            let shown = shadow(&host).inner_html();
            format!(
                "{ready}; {} apps parked; the shadow root holds {} characters: {}",
                xhs_explainer::embed::app_pool::parked(),
                shown.len(),
                shown.chars().take(300).collect::<String>()
            )
        },
    )
    .await;
    (host.clone(), Widget { host, mounted })
}

/// Mounts into `host` (which a test may have given fallback content or a width first) and guards
/// it like [`open`], without waiting.
pub fn mount_guarded(host: &Element, config: EmbedConfig) -> Widget {
    remove_leftovers();
    Widget {
        host: host.clone(),
        mounted: Some(mount_into(host, config).expect("mounts")),
    }
}

/// [`open`] on one section, with the other settings at their defaults.
pub async fn open_section(section: Section) -> (Element, Widget) {
    open(EmbedConfig {
        section,
        ..EmbedConfig::default()
    })
    .await
}

/// The widget shows the dataset's title in `lang`, and its root carries that `lang` attribute.
pub fn assert_in_language(host: &Element, lang: xhs_explainer::model::records::Lang) {
    let title = xhs_explainer::data::dataset().title.get(lang);
    assert_eq!(text(host, ".xhs-title"), title);
    let root = find(host, ".xhs-app").expect("the widget's root");
    assert_eq!(root.get_attribute("lang").as_deref(), Some(lang.tag()));
}

/// A mounted widget that unmounts and removes its host when dropped.
pub struct Widget {
    pub host: Element,
    pub mounted: Option<xhs_explainer::embed::mount::Mounted>,
}

impl Drop for Widget {
    fn drop(&mut self) {
        if let Some(m) = self.mounted.take() {
            m.unmount();
        }
        self.host.remove();
    }
}

/// Removes widgets a failed test left behind: a failing test aborts without running `Drop`, and
/// an open modal dialog would make every later test's page inert.
pub fn remove_leftovers() {
    for el in within(
        &gloo::utils::document().document_element().unwrap(),
        "[data-xhs-mounted]",
    ) {
        el.remove();
    }
}
