//! Keeps one widget's whole view (filters, section, open event, tour step) in the page's URL
//! hash, under its own key, so a link restores it and two widgets on a page never overwrite each
//! other's part.

use std::cell::RefCell;

use gloo::timers::callback::Timeout;

use crate::model::records::Dataset;
use crate::query::hash::{instance_state, with_instance_state};
use crate::query::view_link::{decode_view, encode_view, DecodedView, ViewLink};

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
    /// Each widget's view not yet in the address, by hash key, and the timer of the next try.
    static PENDING: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
    static RETRY: RefCell<Option<Timeout>> = const { RefCell::new(None) };
}

/// Tries every pending write once; arms the next try while any is left.
fn flush() {
    let left = PENDING.with_borrow_mut(|p| {
        p.retain(|(key, state)| !replace(key, state));
        !p.is_empty()
    });
    RETRY.with_borrow_mut(|timer| {
        if !left {
            *timer = None;
        } else if timer.is_none() {
            *timer = Some(Timeout::new(RETRY_MS, || {
                RETRY.with_borrow_mut(|t| *t = None);
                flush();
            }));
        }
    });
}

/// Puts `state` under `key` in the address; whether the address now holds it.
fn replace(key: &str, state: &str) -> bool {
    let window = gloo::utils::window();
    let location = window.location();
    let current = || {
        let hash = location.hash().ok()?;
        Some(hash.strip_prefix('#').unwrap_or(&hash).to_owned())
    };
    let Some(fragment) = current() else {
        return false;
    };
    let next = with_instance_state(&fragment, key, state);
    if next == fragment {
        return true;
    }
    let (Ok(path), Ok(search)) = (location.pathname(), location.search()) else {
        return false;
    };
    let url = if next.is_empty() {
        format!("{path}{search}")
    } else {
        format!("{path}{search}#{next}")
    };
    let Ok(history) = window.history() else {
        return false;
    };
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        .is_ok()
        && current().as_deref() == Some(next.as_str())
}
