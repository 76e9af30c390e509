//! Keeps one widget's whole view (filters, section, open event, tour step) in the page's URL
//! hash, under its own key, so a link restores it and two widgets on a page never overwrite each
//! other's part.

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
pub fn write(key: &str, view: &ViewLink, data: &Dataset) {
    let window = gloo::utils::window();
    let location = window.location();
    let Ok(hash) = location.hash() else { return };
    let fragment = hash.strip_prefix('#').unwrap_or(&hash);
    let next = with_instance_state(fragment, key, &encode_view(view, data));
    if next == fragment {
        return;
    }
    let (Ok(path), Ok(search)) = (location.pathname(), location.search()) else {
        return;
    };
    let url = if next.is_empty() {
        format!("{path}{search}")
    } else {
        format!("{path}{search}#{next}")
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
