//! Downloads the current selection as CSV or JSON, built by `query::export` in the browser.

use crate::query::export::{to_csv, to_json, CSV_BOM};
use crate::view::context::use_view;
use crate::view::strings::export_buttons::{CSV, EXPORT, JSON};
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};
use yew::prelude::*;

/// Offers `content` as a file download through a temporary object URL and link.
fn download(anchor_parent: &web_sys::Element, name: &str, mime: &str, content: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let opts = BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return;
    };
    let Ok(url) = Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let doc = gloo::utils::document();
    if let Some(a) = doc
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(name);
        a.set_class_name("xhs-visually-hidden");
        // Firefox only follows a click on a link that is in the document.
        let _ = anchor_parent.append_child(&a);
        a.click();
        a.remove();
    }
    let _ = Url::revoke_object_url(&url);
}

#[function_component(ExportButtons)]
pub fn export_buttons() -> Html {
    let ctx = use_view();
    let lang = ctx.lang;
    let root = use_node_ref();
    let on = |json: bool| {
        let ctx = ctx.clone();
        let root = root.clone();
        Callback::from(move |_| {
            let Some(parent) = root.cast::<web_sys::Element>() else {
                return;
            };
            let lang = ctx.lang.tag();
            if json {
                let body = to_json(ctx.data, &ctx.visible, ctx.lang);
                download(
                    &parent,
                    &format!("xhs-explainer-{lang}.json"),
                    "application/json",
                    &body,
                );
            } else {
                let body = format!("{CSV_BOM}{}", to_csv(ctx.data, &ctx.visible, ctx.lang));
                download(
                    &parent,
                    &format!("xhs-explainer-{lang}.csv"),
                    "text/csv;charset=utf-8",
                    &body,
                );
            }
        })
    };
    let (on_csv, on_json) = (on(false), on(true));
    html! {
        <div class="xhs-export" role="group" aria-label={EXPORT.get(lang)} ref={root}>
            <button type="button" class="xhs-export__csv" onclick={on_csv}>{ CSV.get(lang) }</button>
            <button type="button" class="xhs-export__json" onclick={on_json}>{ JSON.get(lang) }</button>
        </div>
    }
}
