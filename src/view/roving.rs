//! Arrow-key focus within a list of controls (the timeline's events, a chart's points): the keys
//! of [`crate::query::roving`] move focus to the next or previous control, which announces
//! itself.

use crate::query::roving::next_index;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

/// Moves focus among the `item` matches inside the focused item's closest `list` when the key
/// is a list-navigation key; the page does not scroll by the key then.
///
/// The list is found from the event's target, not its `currentTarget`: Yew delegates events
/// from the widget's root, so `currentTarget` is the root, where `item` would match the items
/// of every list (every chart's points) at once.
pub fn on_list_keys(list: &'static str, item: &'static str) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        let focused = e.target();
        let Some(Ok(Some(list))) = focused
            .clone()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .map(|t| t.closest(list))
        else {
            return;
        };
        let Ok(items) = list.query_selector_all(item) else {
            return;
        };
        let current = (0..items.length())
            .find(|&i| items.item(i).map(JsValue::from) == focused.clone().map(JsValue::from));
        let Some(current) = current else {
            return;
        };
        let next = next_index(current as usize, items.length() as usize, &e.key());
        if let Some(item) = next.and_then(|i| items.item(i as u32)) {
            // `focus` is looked up on the item itself, so SVG marks (a chart's points) move too.
            e.prevent_default();
            let _ = item.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    })
}
