//! Downloads the current selection as CSV or JSON, built by `query::export` in the browser.

use crate::query::export::{to_csv, to_json, CSV_BOM};
use crate::view::app::context::use_view;
use crate::view::download::save_text;
use crate::view::strings::export_buttons::{CSV, EXPORT, JSON};
use yew::prelude::*;

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
                save_text(
                    &parent,
                    &format!("xhs-explainer-{lang}.json"),
                    "application/json",
                    &body,
                );
            } else {
                let body = format!("{CSV_BOM}{}", to_csv(ctx.data, &ctx.visible, ctx.lang));
                save_text(
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
