//! Keeps one widget's whole view (filters, section, open event, tour step) in the page's URL
//! hash, under its own key, so a link restores it and two widgets on a page never overwrite each
//! other's part.

use std::cell::{Cell, RefCell};

use gloo::timers::callback::Timeout;

use crate::model::records::Dataset;
use crate::query::links::hash::{instance_state, with_instance_state};
use crate::query::links::view_link::{decode_view, encode_view, DecodedView, ViewLink};

/// The view stored for `key` in the current location hash, if any; warnings go to the console.
pub fn read(key: &str, data: &Dataset) -> Option<DecodedView> {
    let hash = gloo::utils::window().location().hash().ok()?;
    let fragment = hash.strip_prefix('#').unwrap_or(&hash);
    let state = instance_state(fragment, key)?;
    let decoded = decode_view(state, data);
    for w in &decoded.warnings {
        gloo::console::warn!(format!("xhs-explainer: URL hash part \"{key}\": {w}"));
    }
    Some(decoded)
}

/// Writes `view` under `key` with `history.replaceState`: no history entry per keystroke, no
/// scroll jump, and the other parts of the hash are kept as they were.
///
/// Browsers limit how often a page may replace its URL (WebKit throws after 100 times in ten
/// seconds, Firefox after 200; Chromium drops them). A write the address did not take stays
/// pending and is tried again each second, always with the widget's latest view, so fast typing
/// or a host that also writes the address never leaves an old view in a copied link.
pub fn write(key: &str, view: &ViewLink, data: &Dataset) {
    PENDING.with_borrow_mut(|p| {
        p.retain(|(k, _)| k != key);
        p.push((key.to_owned(), encode_view(view, data)));
    });
    flush();
}

/// Pause between two tries of a write the address did not take.
const RETRY_MS: u32 = 1000;

thread_local! {
    /// Each widget's view not yet in the address, by hash key, and whether a try is due.
    static PENDING: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
    static ARMED: Cell<bool> = const { Cell::new(false) };
}

/// Tries every pending write once; arms the next try while any is left.
fn flush() {
    let left = PENDING.with_borrow_mut(|p| {
        p.retain(|(key, state)| !replace(key, state));
        !p.is_empty()
    });
    if left && !ARMED.replace(true) {
        Timeout::new(RETRY_MS, || {
            ARMED.set(false);
            flush();
        })
        .forget();
    }
}

/// Puts `state` under `key` in the address; whether the address now holds it.
fn replace(key: &str, state: &str) -> bool {
    let window = gloo::utils::window();
    let location = window.location();
    let current = || {
        let hash = location.hash().unwrap_or_default();
        hash.strip_prefix('#').unwrap_or(&hash).to_owned()
    };
    let fragment = current();
    let next = with_instance_state(&fragment, key, state);
    if next == fragment {
        return true;
    }
    // Absolute, so a host page's <base href> cannot move the address elsewhere; without a
    // fragment, no bare "#" stays behind.
    let href = location.href().unwrap_or_default();
    let page = href.split('#').next().unwrap_or_default();
    let url = if next.is_empty() {
        page.to_owned()
    } else {
        format!("{page}#{next}")
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
    current() == next
}
