//! The section tabs, keyboard-operable as WAI-ARIA tabs: arrows move between tabs, Home and End
//! jump to the ends, and only the selected tab is in the Tab order. On a narrow widget the bar
//! scrolls sideways (with a visible cue) and keeps the selected tab in view.

use crate::model::records::Lang;
use crate::query::section::{next_section, Section};
use crate::view::labels;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The tab bar in `lang`, with `current` selected; `on_select` gets the section a reader picks.
pub fn section_tabs(lang: Lang, current: Section, on_select: &Callback<Section>) -> Html {
    let onkeydown = {
        let on_select = on_select.clone();
        Callback::from(move |e: KeyboardEvent| {
            if let Some(next) = next_section(current, &e.key()) {
                e.prevent_default();
                on_select.emit(next);
                // Move focus with the selection, as the tabs pattern expects.
                let list = e
                    .current_target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
                if let Some(Ok(Some(tab))) =
                    list.map(|list| list.query_selector(&format!("#xhs-tab-{}", next.name())))
                {
                    if let Ok(tab) = tab.dyn_into::<web_sys::HtmlElement>() {
                        let _ = tab.focus();
                    }
                }
            }
        })
    };
    let tabs = Section::ALL.iter().map(|(name, s)| {
        let selected = current == *s;
        let onclick = {
            let on_select = on_select.clone();
            let s = *s;
            Callback::from(move |_| on_select.emit(s))
        };
        html! {
            <button type="button" role="tab" class="xhs-tab" id={format!("xhs-tab-{name}")}
                aria-selected={selected.to_string()} aria-controls={format!("xhs-panel-{name}")}
                tabindex={if selected { "0" } else { "-1" }} {onclick}>
                { labels::section(*s).get(lang) }
            </button>
        }
    });
    html! {
        <nav class="xhs-nav" part="tabs" aria-label={labels::SECTIONS_NAV.get(lang)}>
            <div role="tablist" class="xhs-tabs" aria-label={labels::SECTIONS_NAV.get(lang)} {onkeydown}>
                { for tabs }
            </div>
        </nav>
    }
}

/// Scrolls the tab bar, never the page, so that the tab of `current` is fully in view (after a
/// click near the edge, a link, the tour or the host changed the section).
pub fn reveal(frame: &NodeRef, current: Section) {
    let Some(app) = frame.cast::<web_sys::Element>() else {
        return;
    };
    let tab = app.query_selector(&format!("#xhs-tab-{}", current.name()));
    let (Ok(Some(list)), Ok(Some(tab))) = (app.query_selector(".xhs-tabs"), tab) else {
        return;
    };
    let Ok(tab) = tab.dyn_into::<web_sys::HtmlElement>() else {
        return;
    };
    // The tab list is positioned, so it is the tabs' offset parent.
    let (left, width) = (tab.offset_left(), tab.offset_width());
    let (scroll, view) = (list.scroll_left(), list.client_width());
    if left < scroll {
        list.set_scroll_left(left);
    } else if left + width > scroll + view {
        list.set_scroll_left(left + width - view);
    }
}
