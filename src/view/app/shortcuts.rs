//! Keyboard shortcuts inside the widget: "/" goes to the search box, "?" shows or hides the list
//! of shortcuts, Escape hides it. Keys are heard only while focus is in the widget (never on the
//! host page), and never while the reader types in a field.

use crate::model::records::Lang;
use crate::view::strings::shortcuts::{ARROWS, ESCAPE, OPEN, SEARCH, THIS_LIST, TITLE, TYPING};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What a key press inside the widget asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    Search,
    ToggleHelp,
    CloseHelp,
}

/// The shortcut `e` stands for, unless the reader is typing in a field (or uses a modifier).
pub fn shortcut(e: &KeyboardEvent) -> Option<Shortcut> {
    if e.ctrl_key() || e.meta_key() || e.alt_key() || typing(e) {
        return None;
    }
    match e.key().as_str() {
        "/" => Some(Shortcut::Search),
        "?" => Some(Shortcut::ToggleHelp),
        "Escape" => Some(Shortcut::CloseHelp),
        _ => None,
    }
}

/// Whether the key went to a text field, a select or editable content.
fn typing(e: &KeyboardEvent) -> bool {
    let Some(el) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return false;
    };
    matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || el.is_content_editable()
}

/// The list of shortcuts, as a small non-modal panel with a heading.
pub fn help(lang: Lang) -> Html {
    let rows = [
        ("/", SEARCH),
        ("?", THIS_LIST),
        ("← →", ARROWS),
        ("Esc", ESCAPE),
    ]
    .into_iter()
    .map(|(keys, what)| {
        html! { <><dt><kbd>{ keys }</kbd></dt><dd>{ what.get(lang) }</dd></> }
    });
    html! {
        <section class="xhs-shortcuts" part="shortcuts" aria-labelledby="xhs-shortcuts-title">
            <h3 id="xhs-shortcuts-title" class="xhs-shortcuts__title">{ TITLE.get(lang) }</h3>
            <dl class="xhs-shortcuts__list">{ for rows }</dl>
            <p class="xhs-shortcuts__note">{ TYPING.get(lang) }</p>
        </section>
    }
}

/// The footer's button that shows or hides the list, for readers who do not know the "?" key.
pub fn open_button(lang: Lang, shown: bool, on_toggle: Callback<MouseEvent>) -> Html {
    html! {
        <button type="button" class="xhs-link-button xhs-shortcuts__open" aria-expanded={shown.to_string()}
            onclick={on_toggle}>{ OPEN.get(lang) }</button>
    }
}
