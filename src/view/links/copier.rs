//! Copying text for the reader (a citation, a link to the view): the Copy button, its live
//! status, and the fallback when the browser refuses. The share bar uses the same copier with
//! its own button.
//!
//! Copying uses `navigator.clipboard.writeText`. Where the browser refuses (no clipboard, an
//! insecure page, no user activation), the text appears selected in a read-only textarea so the
//! reader can copy it by hand, and the live region says so.

use crate::model::records::Lang;
use crate::view::strings::copier::{CITATION_TEXT, COPIED, COPY, FALLBACK};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// What the last copy did, for the item with the given key.
#[derive(Debug, Clone, PartialEq)]
pub enum CopyOutcome {
    Copied,
    /// The clipboard refused; the text is shown for copying by hand.
    Fallback(String),
}

/// The copy state of one list: which item was copied last and how, and the copy action.
#[derive(Clone)]
pub struct Copier {
    last: UseStateHandle<Option<(usize, CopyOutcome)>>,
    fallback: NodeRef,
}

impl Copier {
    /// Copies `text` for item `key`, then reports the outcome.
    pub fn copy(&self, key: usize, text: String) {
        let last = self.last.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let outcome = match write_clipboard(&text).await {
                Ok(()) => CopyOutcome::Copied,
                Err(_) => CopyOutcome::Fallback(text),
            };
            last.set(Some((key, outcome)));
        });
    }

    /// What the last copy of item `key` did, if the last copy was of that item.
    pub fn outcome(&self, key: usize) -> Option<&CopyOutcome> {
        self.last
            .as_ref()
            .filter(|(k, _)| *k == key)
            .map(|(_, o)| o)
    }

    /// The fallback field's ref: the copier focuses and selects it when it appears.
    pub fn fallback_ref(&self) -> NodeRef {
        self.fallback.clone()
    }

    /// The Copy citation button for item `key`, its live region, and the fallback textarea.
    pub fn controls(&self, key: usize, text: String, lang: Lang) -> Html {
        let onclick = {
            let copier = self.clone();
            Callback::from(move |_| copier.copy(key, text.clone()))
        };
        let outcome = self.outcome(key);
        let message = match outcome {
            Some(CopyOutcome::Copied) => COPIED.get(lang),
            Some(CopyOutcome::Fallback(_)) => FALLBACK.get(lang),
            None => "",
        };
        html! {
            <div class="xhs-copy">
                <button type="button" class="xhs-copy__button" {onclick}>{ COPY.get(lang) }</button>
                <span class="xhs-copy__status" role="status">{ message }</span>
                if let Some(CopyOutcome::Fallback(text)) = outcome {
                    <textarea ref={self.fallback.clone()} class="xhs-copy__fallback" readonly={true}
                        rows="4" aria-label={CITATION_TEXT.get(lang)} value={text.clone()} />
                }
            </div>
        }
    }
}

/// Copy state for a list of copyable items; selects the fallback text when it appears.
#[hook]
pub fn use_copier() -> Copier {
    let last = use_state(|| None::<(usize, CopyOutcome)>);
    let fallback = use_node_ref();
    {
        let fallback = fallback.clone();
        use_effect_with((*last).clone(), move |last| {
            if let Some((_, CopyOutcome::Fallback(_))) = last {
                if let Some(area) = fallback.cast::<web_sys::HtmlElement>() {
                    let _ = area.focus();
                    if let Ok(select) = js_sys::Reflect::get(&area, &JsValue::from_str("select")) {
                        if let Ok(select) = select.dyn_into::<js_sys::Function>() {
                            let _ = select.call0(&area);
                        }
                    }
                }
            }
        });
    }
    Copier { last, fallback }
}

/// `navigator.clipboard.writeText(text)`; an error if there is no clipboard or it refuses.
pub async fn write_clipboard(text: &str) -> Result<(), JsValue> {
    let navigator = gloo::utils::window().navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))?;
    if clipboard.is_undefined() || clipboard.is_null() {
        return Err(JsValue::from_str("no clipboard"));
    }
    let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
    JsFuture::from(clipboard.write_text(text)).await.map(|_| ())
}
