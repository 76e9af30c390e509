//! "Copy link to this view" (and "Share…" where the browser has `navigator.share`): the page's
//! address, whose hash part holds this instance's whole view (see `query::links::view_link`). Without
//! a hash key an instance cannot be linked to, and the bar says so instead of offering a button.

use crate::model::records::Lang;
use crate::view::links::copier::{use_copier, CopyOutcome};
use crate::view::strings::share::{COPIED, COPY_LINK, FALLBACK, LINK_TEXT, NO_LINK, SHARE};
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub lang: Lang,
    /// False when the instance has no hash key (its view is not in the address).
    pub linkable: bool,
    /// The page title to share with the link.
    pub title: AttrValue,
}

#[function_component(ShareBar)]
pub fn share_bar(props: &ShareProps) -> Html {
    let lang = props.lang;
    let copier = use_copier();
    if !props.linkable {
        return html! { <p class="xhs-share xhs-share__none">{ NO_LINK.get(lang) }</p> };
    }
    let on_copy = {
        let copier = copier.clone();
        Callback::from(move |_| {
            copier.copy(
                0,
                gloo::utils::window().location().href().unwrap_or_default(),
            );
        })
    };
    let navigator = gloo::utils::window().navigator();
    let share = js_sys::Reflect::get(&navigator, &JsValue::from_str("share"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let on_share = share.map(|share| {
        let title = props.title.clone();
        Callback::from(move |_| {
            let data = js_sys::Object::new();
            let url = gloo::utils::window().location().href().unwrap_or_default();
            let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
            let _ = js_sys::Reflect::set(&data, &"title".into(), &title.as_str().into());
            // A promise; a reader who cancels the share sheet rejects it, which is no error.
            let _ = share.call1(&gloo::utils::window().navigator(), &data);
        })
    });
    let outcome = copier.outcome(0);
    let status = match outcome {
        Some(CopyOutcome::Copied) => COPIED.get(lang),
        Some(CopyOutcome::Fallback(_)) => FALLBACK.get(lang),
        None => "",
    };
    html! {
        <div class="xhs-share">
            <button type="button" class="xhs-share__copy" onclick={on_copy}>{ COPY_LINK.get(lang) }</button>
            if let Some(on_share) = on_share {
                <button type="button" class="xhs-share__share" onclick={on_share}>{ SHARE.get(lang) }</button>
            }
            <span class="xhs-share__status" role="status">{ status }</span>
            if let Some(CopyOutcome::Fallback(url)) = outcome {
                <input class="xhs-share__fallback" ref={copier.fallback_ref()} readonly={true}
                    aria-label={LINK_TEXT.get(lang)} value={url.clone()} />
            }
        </div>
    }
}
