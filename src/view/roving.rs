//! Arrow-key focus within a list of controls (the timeline's events): the keys of
//! [`crate::query::roving`] move focus to the next or previous control, which announces itself.

use crate::query::roving::next_index;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

/// Moves focus among the `selector` matches inside the event's current target when the key is
/// a list-navigation key; the page does not scroll by the key then.
pub fn on_list_keys(selector: &'static str) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        let Some(list) = e
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let Ok(items) = list.query_selector_all(selector) else {
            return;
        };
        let focused = e.target();
        let current = (0..items.length())
            .find(|&i| items.item(i).map(JsValue::from) == focused.clone().map(JsValue::from));
        let Some(current) = current else {
            return;
        };
        let next = next_index(current as usize, items.length() as usize, &e.key());
        if let Some(item) = next.and_then(|i| items.item(i as u32)) {
            if let Ok(item) = item.dyn_into::<web_sys::HtmlElement>() {
                e.prevent_default();
                let _ = item.focus();
            }
        }
    })
}
