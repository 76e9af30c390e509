//! The event dialog: one event's date, title, summary, terms and citations, as a modal dialog.
//!
//! A native `<dialog>` opened with `showModal()`: it sits in the browser's top layer, so the
//! host's `contain: content` cannot clip it, and the page behind it is inert. On top of that the
//! component moves focus to its close button, keeps Tab inside, closes on Escape and on a click on
//! the backdrop, and gives focus back to the element that opened it (read from the shadow root's
//! `activeElement`, since the document's would only name the host).

use crate::model::records::{Dataset, Lang, VocabIx};
use crate::query::filters::facet::Facet;
use crate::view::app::context::use_view;
use crate::view::intl;
use crate::view::labels;
use crate::view::sources::citation_list::CitationList;
use crate::view::strings::event_detail::SOURCES_HEADING;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EventDetailProps {
    /// Index into `dataset().events`.
    pub event: usize,
    pub on_close: Callback<()>,
}

#[function_component(EventDetail)]
pub fn event_detail(props: &EventDetailProps) -> Html {
    let ctx = use_view();
    let lang = ctx.lang;
    let data = ctx.data;
    let dialog_ref = use_node_ref();
    let first_ref = use_node_ref();
    let last_ref = use_node_ref();

    // Open once, remembering who had focus; on the way out, close and hand focus back.
    {
        let dialog_ref = dialog_ref.clone();
        let first_ref = first_ref.clone();
        use_effect_with((), move |_| {
            let dialog = dialog_ref.cast::<Element>();
            let opener = dialog.as_ref().and_then(focused_in_root);
            if let Some(d) = &dialog {
                if call(d, "showModal").is_err() {
                    // No modal support (or not connected yet): show it in place rather than not at all.
                    let _ = d.set_attribute("open", "");
                }
            }
            if let Some(b) = first_ref.cast::<HtmlElement>() {
                let _ = b.focus();
            }
            move || {
                if let Some(d) = &dialog {
                    if d.has_attribute("open") {
                        let _ = call(d, "close");
                    }
                }
                if let Some(o) = opener {
                    if o.is_connected() {
                        let _ = o.focus();
                    }
                }
            }
        });
    }

    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    let onkeydown = {
        let on_close = props.on_close.clone();
        let dialog_ref = dialog_ref.clone();
        let first_ref = first_ref.clone();
        let last_ref = last_ref.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Escape" => {
                e.prevent_default();
                on_close.emit(());
            }
            "Tab" => {
                let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
                let is = |r: &NodeRef| target.is_some() && r.cast::<Element>() == target;
                let wrap_to = if e.shift_key() && (is(&first_ref) || is(&dialog_ref)) {
                    Some(&last_ref)
                } else if !e.shift_key() && is(&last_ref) {
                    Some(&first_ref)
                } else {
                    None
                };
                if let Some(b) = wrap_to.and_then(|r| r.cast::<HtmlElement>()) {
                    e.prevent_default();
                    let _ = b.focus();
                }
            }
            _ => {}
        })
    };
    // A click on the ::backdrop is reported on the <dialog> itself; its content fills the rest.
    let onclick = {
        let on_close = props.on_close.clone();
        let dialog_ref = dialog_ref.clone();
        Callback::from(move |e: MouseEvent| {
            let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
            if target.is_some() && target == dialog_ref.cast::<Element>() {
                on_close.emit(());
            }
        })
    };
    // Escape (or another close request) the browser handles itself, and a forced close.
    let oncancel = {
        let on_close = props.on_close.clone();
        Callback::from(move |e: Event| {
            e.prevent_default();
            on_close.emit(());
        })
    };
    let onclose = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: Event| on_close.emit(()))
    };

    let Some(event) = data.events.get(props.event) else {
        return html! {};
    };
    let terms = [
        (Facet::Theme, event.themes),
        (Facet::Actor, event.actors),
        (Facet::Platform, event.platforms),
    ];
    html! {
        <dialog ref={dialog_ref} class="xhs-dialog" part="dialog" role="dialog" aria-modal="true"
            aria-labelledby="xhs-event-title" data-event={event.id}
            {onkeydown} {onclick} {oncancel} {onclose}>
            <div class="xhs-dialog__frame">
                <button ref={first_ref} type="button" class="xhs-dialog__close"
                    aria-label={labels::CLOSE.get(lang)} onclick={close.clone()}>
                    <span aria-hidden="true">{ "×" }</span>
                </button>
                <p class="xhs-dialog__date">
                    <time datetime={intl::iso(event.when.date)}>
                        { intl::span(event.when, event.until, lang) }
                    </time>
                </p>
                <h3 class="xhs-dialog__title" id="xhs-event-title">{ event.title.get(lang) }</h3>
                <p class="xhs-dialog__summary">{ event.summary.get(lang) }</p>
                <dl class="xhs-dialog__terms">
                    { for terms.iter().filter(|(_, ixs)| !ixs.is_empty())
                        .map(|(facet, ixs)| term_row(data, *facet, ixs, lang)) }
                </dl>
                <h4 class="xhs-subtitle xhs-dialog__sources">
                    { SOURCES_HEADING.get(lang) }
                    { labels::in_brackets(intl::number(event.citations.len() as f64, lang), lang) }
                </h4>
                <CitationList citations={event.citations} />
                <div class="xhs-dialog__foot">
                    <button ref={last_ref} type="button" class="xhs-dialog__done" onclick={close}>
                        { labels::CLOSE.get(lang) }
                    </button>
                </div>
            </div>
        </dialog>
    }
}

/// One facet's terms of the event, labelled in the reader's language.
fn term_row(data: &Dataset, facet: Facet, ixs: &[VocabIx], lang: Lang) -> Html {
    html! {
        <div class="xhs-dialog__term-row">
            <dt>{ labels::facet(facet).get(lang) }</dt>
            <dd>
                <ul class="xhs-dialog__term-list">
                    { for ixs.iter().filter_map(|&ix| facet.term_label(data, ix, lang))
                        .map(|label| html! { <li class="xhs-dialog__term">{ label }</li> }) }
                </ul>
            </dd>
        </div>
    }
}

/// The focused element of the tree `inside` belongs to: a shadow root's `activeElement` when it
/// is in one (the document's would be the host), else the document's.
fn focused_in_root(inside: &Element) -> Option<HtmlElement> {
    let root = inside.get_root_node();
    let active = match root.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.active_element(),
        None => gloo::utils::document().active_element(),
    };
    active.and_then(|a| a.dyn_into::<HtmlElement>().ok())
}

/// Calls a no-argument method by name: `HTMLDialogElement` methods, without the web-sys feature.
fn call(target: &Element, method: &str) -> Result<JsValue, JsValue> {
    let function: js_sys::Function = js_sys::Reflect::get(target, &JsValue::from_str(method))?
        .dyn_into()
        .map_err(|_| JsValue::from_str(method))?;
    function.call0(target)
}
